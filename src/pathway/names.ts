/**
 * English and French names of the pathway module's enumerated values, as shown to people.
 * Diploma kinds carry their names in `DIPLOMAS` (`cmq-kit/ids`).
 *
 * @module
 */
import { deepFreeze, type LocalizedName } from "../shared/index.js";
import type { LearnerStatus, StepKind } from "./model.js";

/**
 * The names of the learner statuses, in English and French: élève (pupil), étudiant, apprenti,
 * stagiaire de la formation continue, demandeur d'emploi.
 *
 * @example
 * ```ts
 * LEARNER_STATUS_NAMES.pupil.fr; //=> "élève"
 * LEARNER_STATUS_NAMES["job-seeker"].en; //=> "job seeker"
 * ```
 */
export const LEARNER_STATUS_NAMES: Readonly<Record<LearnerStatus, LocalizedName>> =
  /* @__PURE__ */ deepFreeze({
    pupil: { en: "pupil", fr: "élève" },
    student: { en: "student", fr: "étudiant" },
    apprentice: { en: "apprentice", fr: "apprenti" },
    "continuing-education": {
      en: "continuing-education trainee",
      fr: "stagiaire de la formation continue",
    },
    "job-seeker": { en: "job seeker", fr: "demandeur d'emploi" },
  });

/**
 * The names of the kinds of pathway steps, in English and French.
 *
 * @example
 * ```ts
 * STEP_KIND_NAMES.pfmp.fr; //=> "PFMP"
 * STEP_KIND_NAMES.internship.fr; //=> "stage"
 * ```
 */
export const STEP_KIND_NAMES: Readonly<Record<StepKind, LocalizedName>> =
  /* @__PURE__ */ deepFreeze({
    programme: { en: "programme", fr: "formation" },
    block: { en: "block of skills", fr: "bloc de compétences" },
    internship: { en: "internship", fr: "stage" },
    pfmp: { en: "PFMP (work placement)", fr: "PFMP" },
    apprenticeship: { en: "apprenticeship", fr: "apprentissage" },
    project: { en: "project", fr: "projet" },
    mobility: { en: "mobility", fr: "mobilité" },
  });
