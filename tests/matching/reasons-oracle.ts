/**
 * The wording of reasons as `reasons.ts` wrote it before its sentences were remembered
 * (2026-12-07): every sentence built anew, the list grown by `push`. Kept as the oracle of the
 * property test of `writeReasons`.
 */

import type { MatchReason, SkillGap } from "../../src/matching/match-score.js";
import type { ProjectOffer } from "../../src/matching/model.js";
import {
  FACT_FAILS,
  FACT_OK,
  FACT_REMOTE,
  FACT_UNKNOWN,
  FULL,
  LEVEL_ABOVE,
  LEVEL_BELOW,
  LEVEL_UNKNOWN,
  NONE,
  PARTIAL,
  UNKNOWN,
} from "../../src/matching/pair-verdicts.js";
import type { PairFacts } from "../../src/matching/reasons.js";
import type { ScoringContext } from "../../src/matching/scoring-options.js";
import type { Learner } from "../../src/pathway/index.js";
import { countOf, type Locale } from "../../src/shared/index.js";

const STATUS_LABELS: Record<Locale, Record<string, string>> = {
  en: {
    pupil: "pupil",
    student: "student",
    apprentice: "apprentice",
    "continuing-education": "continuing-education trainee",
    "job-seeker": "job seeker",
  },
  fr: {
    pupil: "élève",
    student: "étudiant",
    apprentice: "apprenti",
    "continuing-education": "stagiaire de la formation continue",
    "job-seeker": "demandeur d'emploi",
  },
};

function statusLabel(status: string, locale: Locale): string {
  return STATUS_LABELS[locale][status] ?? status;
}

function statusList(statuses: readonly string[], locale: Locale): string {
  if (statuses.length === 0) return locale === "fr" ? "aucun" : "none";
  return statuses.map((status) => statusLabel(status, locale)).join(", ");
}

/** Whole km, or one decimal below 10 km (without `toFixed`, which is slow). */
function formatKm(km: number, locale: Locale): string {
  if (km >= 9.95) return String((km + 0.5) | 0);
  const tenths = Math.round(km * 10);
  return `${Math.floor(tenths / 10)}${locale === "fr" ? "," : "."}${tenths % 10}`;
}

function rangeText(min: number | undefined, max: number | undefined, locale: Locale): string {
  const fr = locale === "fr";
  if (min !== undefined && max !== undefined) return fr ? `${min} à ${max}` : `${min} to ${max}`;
  if (min !== undefined) return fr ? `au moins ${min}` : `at least ${min}`;
  return fr ? `au plus ${max}` : `at most ${max}`;
}

/**
 * The reasons of a scored pair, in the context's language, as they were written before.
 */
export function writeReasonsOracle(
  learner: Learner,
  project: ProjectOffer,
  ctx: ScoringContext,
  facts: PairFacts,
): MatchReason[] {
  const levels = project.levels;
  const own = learner.level;
  const statuses = project.statuses;
  const strict = ctx.strict;
  const fr = ctx.locale === "fr";
  const reasons: MatchReason[] = [];
  // Exclusions first, in a fixed order: dates, level, status, distance, gaps, unknown facts.
  if (facts.cover === NONE) {
    reasons.push({
      kind: "unavailable",
      excludes: true,
      message: fr
        ? `Pas disponible pendant le projet (du ${project.start} au ${project.end}).`
        : `Not available during the project (${project.start} to ${project.end}).`,
    });
  }
  if (facts.levelVerdict === LEVEL_BELOW) {
    const min = levels?.min;
    reasons.push({
      kind: "level-below",
      excludes: true,
      message: fr
        ? `Le niveau ${own} est inférieur au minimum du projet (${min}).`
        : `Level ${own} is below the project's minimum (${min}).`,
    });
  } else if (facts.levelVerdict === LEVEL_ABOVE) {
    const max = levels?.max;
    reasons.push({
      kind: "level-above",
      excludes: true,
      message: fr
        ? `Le niveau ${own} dépasse le maximum du projet (${max}).`
        : `Level ${own} is above the project's maximum (${max}).`,
    });
  }
  if (facts.statusVerdict === FACT_FAILS) {
    const status = learner.status as string;
    const list = statusList(statuses ?? [], ctx.locale);
    reasons.push({
      kind: "status-not-accepted",
      excludes: true,
      message: fr
        ? `Le statut ${statusLabel(status, "fr")} ne fait pas partie des statuts acceptés (${list}).`
        : `Status ${statusLabel(status, "en")} is not among those accepted (${list}).`,
    });
  }
  if (facts.distanceVerdict === FACT_FAILS) {
    const km = formatKm(facts.distanceKm as number, ctx.locale);
    const max = formatKm(facts.limit, ctx.locale);
    reasons.push({
      kind: "too-far",
      excludes: true,
      message: fr
        ? `À ${km} km, au-delà de la limite de ${max} km.`
        : `${km} km away, beyond the limit of ${max} km.`,
    });
  }
  if (ctx.requireEssential) pushGaps(reasons, facts.gaps, true, fr);
  if (strict) pushUnknowns(reasons, true, facts, project, ctx);
  // Then the other facts.
  if (!ctx.requireEssential) pushGaps(reasons, facts.gaps, false, fr);
  pushUnknowns(reasons, false, facts, project, ctx);
  if (facts.cover === FULL) {
    reasons.push({
      kind: "availability",
      excludes: false,
      message: fr ? "Disponible pendant tout le projet." : "Available for the whole project.",
    });
  } else if (facts.cover === PARTIAL) {
    reasons.push({
      kind: "availability",
      excludes: false,
      message: fr
        ? `Disponible ${countOf(facts.covered, "fr", { one: "jour", other: "jours" })} sur les ${facts.days} du projet.`
        : `Available ${facts.covered} of the project's ${facts.days} days.`,
    });
  }
  if (facts.distanceVerdict === FACT_REMOTE) {
    reasons.push({
      kind: "remote",
      excludes: false,
      message: fr ? "Peut se faire à distance." : "Can be done remotely.",
    });
  } else if (facts.distanceVerdict === FACT_OK && facts.distanceKm !== null) {
    const km = formatKm(facts.distanceKm, ctx.locale);
    reasons.push({
      kind: "distance",
      excludes: false,
      message: fr ? `À ${km} km.` : `${km} km away.`,
    });
  }
  if (facts.count > 0) {
    reasons.push({
      kind: "skills",
      excludes: false,
      message: fr
        ? `${countOf(facts.met, "fr", { one: "compétence", other: "compétences" })} sur ${facts.count} au niveau requis.`
        : `${facts.met} of ${facts.count} skills at the required level.`,
    });
  }
  if (facts.interested > 0) {
    reasons.push({
      kind: "interests",
      excludes: false,
      message: fr
        ? `Intérêt pour ${facts.interestCodes}.`
        : `Interested in ${facts.interestCodes}.`,
    });
  }
  return reasons;
}

function pushGaps(reasons: MatchReason[], gaps: SkillGap[], excludes: boolean, fr: boolean): void {
  for (const gap of gaps) {
    reasons.push({
      kind: "skill-gap",
      excludes,
      message:
        gap.actual === 0
          ? fr
            ? `Compétence essentielle ${gap.code} (niveau ${gap.required}) absente.`
            : `Essential skill ${gap.code} (level ${gap.required}) is missing.`
          : fr
            ? `Compétence essentielle ${gap.code} : niveau ${gap.required} requis, l'apprenant a le niveau ${gap.actual}.`
            : `Essential skill ${gap.code}: level ${gap.required} required, the learner has ${gap.actual}.`,
    });
  }
}

/** Reasons for the facts the learner did not give; `excludes` selects which pass this is. */
function pushUnknowns(
  reasons: MatchReason[],
  excludes: boolean,
  facts: PairFacts,
  project: ProjectOffer,
  ctx: ScoringContext,
): void {
  const { cover, levelVerdict, statusVerdict, distanceVerdict, limit } = facts;
  const fr = ctx.locale === "fr";
  // In the strict pass every unknown excludes, except a distance no limit applies to.
  const distanceExcludes = ctx.strict && limit !== Number.POSITIVE_INFINITY;
  if (cover === UNKNOWN && excludes === ctx.strict) {
    reasons.push({
      kind: "availability-unknown",
      excludes,
      message: fr ? "Disponibilités non renseignées." : "Availability not given.",
    });
  }
  if (levelVerdict === LEVEL_UNKNOWN && excludes === ctx.strict) {
    const range = rangeText(project.levels?.min, project.levels?.max, ctx.locale);
    reasons.push({
      kind: "level-unknown",
      excludes,
      message: fr
        ? `Niveau de qualification non renseigné ; le projet demande ${range}.`
        : `Qualification level not given; the project asks for ${range}.`,
    });
  }
  if (statusVerdict === FACT_UNKNOWN && excludes === ctx.strict) {
    const list = statusList(project.statuses ?? [], ctx.locale);
    reasons.push({
      kind: "status-unknown",
      excludes,
      message: fr
        ? `Statut non renseigné ; le projet accepte : ${list}.`
        : `Status not given; the project accepts: ${list}.`,
    });
  }
  if (distanceVerdict === FACT_UNKNOWN && excludes === distanceExcludes) {
    reasons.push({
      kind: "location-unknown",
      excludes,
      message: fr
        ? "Distance inconnue (localisation manquante)."
        : "Distance unknown (a location is missing).",
    });
  }
}
