/**
 * The pathway model: programmes and their requirements, learners and their achievements, and
 * the steps of a personalised pathway. Each type is an interface (or a union of them) documented
 * field by field; its zod schema `XSchema` is the runtime check, and tests/pathway/model.test-d.ts
 * proves that the two are the same type.
 *
 * @module
 */
import * as z from "zod";
import {
  type DiplomaKind,
  DiplomaKindSchema,
  type QualificationLevel,
  QualificationLevelSchema,
  RncpCodeSchema,
} from "../ids/index.js";
import {
  createIssue,
  type IsoDate,
  IsoDateSchema,
  type Period,
  PeriodSchema,
  zodIssueFor,
} from "../shared/index.js";
import { PATHWAY_MESSAGES } from "./codes.js";
import { AGE_EXCEPTION_VALUES, LEARNER_STATUS_VALUES } from "./enum-values.js";
import { inspectRequirement, MAX_BLOCKS_PER_COUNT } from "./guard.js";

const IdSchema = /* @__PURE__ */ (() => z.string().min(1))();

/**
 * A count of competence blocks, the requirement leaf that follows degree-audit practice on
 * double counting: at least `min` of the listed blocks (all of them when `min` is omitted).
 *
 * Among the `blocks` leaves that are direct children of one `all`, `atLeast` or `sequence`, a
 * block may be counted by one leaf only (a block does not satisfy two sibling requirements), unless
 * a leaf says `shareable: true`. Under `any` and `onlyOne`, and at the root, each leaf is judged on
 * its own. The contract's own leaves (`programme`, `diploma`, `level`, `block`, `ects`) keep plain
 * boolean logic.
 *
 * Sources: degree-audit engines (Penn Degree Plan's `DoubleCountRestriction`, Cornell course-plan's
 * `allowCourseDoubleCounting`, graduatenu's sibling solutions).
 *
 * @fr décompte de blocs
 * @example
 * ```ts
 * const twoOfThree: BlocksRequirement = { blocks: ["RNCP35341BC01", "RNCP35341BC02", "RNCP35341BC03"], min: 2 };
 * ```
 */
export interface BlocksRequirement {
  /**
   * The block codes that count (duplicates count once), at most {@link MAX_BLOCKS_PER_COUNT}.
   *
   * @fr blocs
   */
  blocks: string[];
  /**
   * How many of them are needed, a whole number, 0 or more; all of them when omitted.
   *
   * @fr nombre minimal
   */
  min?: number | undefined;
  /**
   * When `true`, the leaf may count blocks that a sibling leaf also counts.
   *
   * @fr partageable
   */
  shareable?: boolean | undefined;
}

/**
 * A rule on what a learner must have achieved, as a tree: combinators over leaves.
 *
 * The base tree: `all`, `any`, `atLeast`/`of` over the leaves `programme` (completed),
 * `diploma` (obtained), `level` (highest achieved level ≥ n), `block` (validated) and `ects` (sum of
 * achieved ECTS ≥ n), evaluated by plain boolean logic.
 *
 * Extensions, after CTDL Pathways' `ComponentCondition`:
 * - `onlyOne`: exactly one option is met (CTDL logical operator `onlyOne`, mutually exclusive
 *   options);
 * - `sequence`: every item is met, in order of achievement dates (CTDL `andSequence`): item *i* is
 *   judged on the achievements dated on or after the date item *i − 1* was met;
 * - `blocks`: a count of competence blocks with degree-audit double-counting control
 *   ({@link BlocksRequirement}).
 *
 * @fr prérequis
 * @example
 * ```ts
 * const bts: Requirement = { any: [{ diploma: "bac-pro" }, { level: 4 }] };
 * const lp: Requirement = { sequence: [{ level: 5 }, { ects: 60 }] };
 * ```
 */
export type Requirement =
  | { all: Requirement[] }
  | { any: Requirement[] }
  | { atLeast: number; of: Requirement[] }
  | { onlyOne: Requirement[] }
  | { sequence: Requirement[] }
  | { programme: string }
  | { diploma: DiplomaKind }
  | { level: QualificationLevel }
  | { block: string }
  | { ects: number }
  | BlocksRequirement;

/**
 * The shape of a {@link Requirement} alone, without {@link RequirementSchema}'s guard against deep
 * or huge trees: what JSON Schema generation describes (`datasetJsonSchema`). Do not parse
 * untrusted input with it: zod recurses, and a hostile tree would overflow the stack.
 *
 * @example
 * ```ts
 * import * as z from "zod";
 *
 * RequirementShapeSchema.safeParse({ all: [{ level: 5 }, { ects: 120 }] }).success; //=> true
 * z.toJSONSchema(RequirementShapeSchema);
 * ```
 */
export const RequirementShapeSchema: z.ZodType<Requirement> = /* @__PURE__ */ (() =>
  z.lazy(() =>
    z.union([
      z.strictObject({ all: z.array(RequirementShapeSchema) }),
      z.strictObject({ any: z.array(RequirementShapeSchema) }),
      z.strictObject({
        atLeast: z.number().int().nonnegative(),
        of: z.array(RequirementShapeSchema),
      }),
      z.strictObject({ onlyOne: z.array(RequirementShapeSchema) }),
      z.strictObject({ sequence: z.array(RequirementShapeSchema) }),
      z.strictObject({ programme: IdSchema }),
      z.strictObject({ diploma: DiplomaKindSchema }),
      z.strictObject({ level: QualificationLevelSchema }),
      z.strictObject({ block: IdSchema }),
      z.strictObject({ ects: z.number().nonnegative() }),
      z.strictObject({
        blocks: z.array(IdSchema).max(MAX_BLOCKS_PER_COUNT),
        min: z.number().int().nonnegative().optional(),
        shareable: z.boolean().optional(),
      }),
    ]),
  ))();

/**
 * zod schema of {@link Requirement}. Before zod recurses into the tree, a guard walks it without
 * recursion and reports `requirement.too_deep` (more than {@link MAX_REQUIREMENT_DEPTH} levels) or
 * `requirement.too_large` (more than {@link MAX_REQUIREMENT_NODES} nodes, or more than
 * {@link MAX_EXCLUSIVE_BLOCK_COUNTS} non-shareable `blocks` options under one `atLeast`), so that
 * hostile input can never overflow the stack.
 *
 * @example
 * ```ts
 * RequirementSchema.parse({ atLeast: 2, of: [{ block: "RNCP1BC01" }, { block: "RNCP1BC02" }, { ects: 60 }] });
 * ```
 */
export const RequirementSchema: z.ZodType<Requirement> = /* @__PURE__ */ (() =>
  z
    .unknown()
    .check((ctx) => {
      const problem = inspectRequirement(ctx.value);
      if (problem === undefined) return;
      const message = createIssue(PATHWAY_MESSAGES, problem.code, [], problem.params).message;
      ctx.issues.push({
        ...zodIssueFor(problem.code, problem.params, ctx.value, message),
        path: problem.path,
      });
    })
    .pipe(RequirementShapeSchema))();

/**
 * zod schema of {@link ProgrammeBlock}.
 *
 * @example
 * ```ts
 * ProgrammeBlockSchema.parse({ code: "RNCP35341BC01", title: "Étude et conception" });
 * ```
 */
export const ProgrammeBlockSchema = /* @__PURE__ */ (() =>
  z.object({
    /** Block code, e.g. an RNCP block code `RNCP35341BC01` (unique within the programme). */
    code: IdSchema,
    /** Title. */
    title: z.string().optional(),
    /** ECTS credits of the block. */
    ects: z.number().nonnegative().optional(),
    /** Skill codes the block teaches (ROME, ESCO or local codes), used to close matching gaps. */
    skills: z.array(z.string().min(1)).optional(),
  }))();

/**
 * A competence block (bloc de compétences) of a programme: by C. trav. L. 6113-1, "ensembles
 * homogènes et cohérents de compétences contribuant à l'exercice autonome d'une activité
 * professionnelle et pouvant être évaluées et validées". For a CAP or a bac pro, one block is one
 * unité of the diploma.
 *
 * @fr bloc de compétences
 * @example
 * ```ts
 * const block: ProgrammeBlock = { code: "RNCP35341BC01", ects: 30 };
 * ```
 */
export interface ProgrammeBlock {
  /**
   * Block code, non-empty and unique within the programme, e.g. the RNCP block code
   * `"RNCP35341BC01"`.
   *
   * @fr code du bloc
   */
  code: string;
  /**
   * Title.
   *
   * @fr intitulé
   */
  title?: string | undefined;
  /**
   * ECTS credits of the block, 0 or more.
   *
   * @fr crédits ECTS
   */
  ects?: number | undefined;
  /**
   * Skill codes the block teaches (ROME, ESCO or local codes, each non-empty), used to suggest
   * blocks that close matching gaps (`suggestBlocksForGaps`).
   *
   * @fr compétences enseignées
   */
  skills?: string[] | undefined;
}

/**
 * zod schema of {@link Programme}.
 *
 * @example
 * ```ts
 * ProgrammeSchema.parse({ id: "bts-crsa", title: "BTS CRSA", diploma: "bts", level: 5, ects: 120 });
 * ```
 */
export const ProgrammeSchema = /* @__PURE__ */ (() =>
  z
    .object({
      /** Identifier, unique within a catalogue. */
      id: IdSchema,
      /** Title. */
      title: z.string().min(1),
      /** The diploma it leads to. */
      diploma: DiplomaKindSchema,
      /** Its qualification level. */
      level: QualificationLevelSchema,
      /** ECTS credits the programme itself carries. */
      ects: z.number().nonnegative().optional(),
      /** RNCP code of the certification; loose forms (`"rncp 36315"`) are normalised and checked. */
      rncp: RncpCodeSchema.optional(),
      /** Competence blocks. */
      blocks: z.array(ProgrammeBlockSchema).optional(),
      /** What a learner must have achieved to start it. */
      requires: RequirementSchema.optional(),
      /** Usual duration in months. */
      durationMonths: z.number().positive().optional(),
      /**
       * The certifier's own minimum of CFA training hours for an apprenticeship contract preparing
       * it; it prevails over the 25 % share (C. trav. L. 6211-2).
       */
      apprenticeshipMinTrainingHours: z.number().nonnegative().optional(),
    })
    .meta({ description: "A programme of the catalogue, leading to a diploma." }))();

/**
 * A programme of the catalogue: a training that leads to a diploma, possibly by blocks.
 *
 * @fr formation
 * @example
 * ```ts
 * const programme: Programme = { id: "bac-pro-melec", title: "Bac pro MELEC", diploma: "bac-pro", level: 4 };
 * ```
 */
export interface Programme {
  /**
   * Identifier, non-empty and unique within a catalogue; steps name the programme by it.
   *
   * @fr identifiant
   */
  id: string;
  /**
   * Title, non-empty.
   *
   * @fr intitulé
   */
  title: string;
  /**
   * The kind of diploma it leads to (`"bts"`, `"bac-pro"`…); see `DIPLOMAS`.
   *
   * @fr diplôme préparé
   */
  diploma: DiplomaKind;
  /**
   * Its level in the cadre national des certifications professionnelles, 1 to 8; for a kind with
   * several possible levels it must be one of them.
   *
   * @fr niveau de qualification
   */
  level: QualificationLevel;
  /**
   * ECTS credits the programme itself carries, 0 or more (BTS 120, licence 180…).
   *
   * @fr crédits ECTS
   */
  ects?: number | undefined;
  /**
   * RNCP code of the certification, e.g. `"RNCP35340"`.
   *
   * @fr code RNCP
   */
  rncp?: string | undefined;
  /**
   * Competence blocks.
   *
   * @fr blocs de compétences
   */
  blocks?: ProgrammeBlock[] | undefined;
  /**
   * What a learner must have achieved to start it (prérequis); checked at the start of each
   * programme step (`pathway.prerequisite_unmet`).
   *
   * @fr prérequis
   */
  requires?: Requirement | undefined;
  /**
   * Usual duration, in months, more than 0.
   *
   * @fr durée (mois)
   */
  durationMonths?: number | undefined;
  /**
   * The certifier's own minimum of CFA training hours for an apprenticeship contract preparing
   * it, 0 or more; it prevails over the 25 % share of C. trav. L. 6211-2 ("sous réserve, le cas
   * échéant, des règles fixées par l'organisme certificateur").
   *
   * @fr heures minimales en CFA (apprentissage)
   */
  apprenticeshipMinTrainingHours?: number | undefined;
}

/**
 * zod schema of {@link LearnerStatus}.
 *
 * @example
 * ```ts
 * LearnerStatusSchema.parse("apprentice");
 * ```
 */
export const LearnerStatusSchema = /* @__PURE__ */ z.enum(LEARNER_STATUS_VALUES);

/**
 * A learner's status (statut), the four publics of C. éduc. D. 335-33 and job seekers:
 *
 * - `"pupil"`: élève, under school status (lycée);
 * - `"student"`: étudiant (higher education);
 * - `"apprentice"`: apprenti, under an apprenticeship contract;
 * - `"continuing-education"`: stagiaire de la formation professionnelle (continuing training);
 * - `"job-seeker"`: demandeur d'emploi.
 *
 * @fr statut
 * @example
 * ```ts
 * const status: LearnerStatus = "student";
 * ```
 */
export type LearnerStatus =
  | "pupil"
  | "student"
  | "apprentice"
  | "continuing-education"
  | "job-seeker";

/**
 * zod schema of {@link Achievement}.
 *
 * @example
 * ```ts
 * AchievementSchema.parse({ on: "2024-07-05", diploma: "bac-pro", level: 4 });
 * ```
 */
export const AchievementSchema = /* @__PURE__ */ (() =>
  z.object({
    /** When it was achieved. */
    on: IsoDateSchema,
    /** The programme completed. */
    programmeId: IdSchema.optional(),
    /** A block validated. */
    block: IdSchema.optional(),
    /** A diploma obtained. */
    diploma: DiplomaKindSchema.optional(),
    /** A level reached. */
    level: QualificationLevelSchema.optional(),
    /** ECTS credits earned. */
    ects: z.number().nonnegative().optional(),
  }))();

/**
 * Something a learner has achieved: a programme, a block, a diploma, a level or ECTS credits
 * (any of them, on one date). Requirements are evaluated on achievements.
 *
 * @fr acquis
 * @example
 * ```ts
 * const achievement: Achievement = { on: "2024-07-05", diploma: "bac-pro", level: 4 };
 * ```
 */
export interface Achievement {
  /**
   * When it was achieved, `YYYY-MM-DD`.
   *
   * @fr date d'obtention
   */
  on: IsoDate;
  /**
   * The {@link Programme.id} of a programme completed.
   *
   * @fr formation suivie
   */
  programmeId?: string | undefined;
  /**
   * The code of a block validated, e.g. `"RNCP35341BC01"`.
   *
   * @fr bloc validé
   */
  block?: string | undefined;
  /**
   * A diploma obtained.
   *
   * @fr diplôme obtenu
   */
  diploma?: DiplomaKind | undefined;
  /**
   * A level reached in the cadre national des certifications professionnelles, 1 to 8.
   *
   * @fr niveau atteint
   */
  level?: QualificationLevel | undefined;
  /**
   * ECTS credits earned, 0 or more.
   *
   * @fr crédits ECTS acquis
   */
  ects?: number | undefined;
}

/**
 * zod schema of {@link GeoPoint}.
 *
 * @example
 * ```ts
 * GeoPointSchema.parse({ lat: 46.8, lon: 4.42 });
 * ```
 */
export const GeoPointSchema = /* @__PURE__ */ (() =>
  z.object({
    /** Latitude in degrees. */
    lat: z.number().min(-90).max(90),
    /** Longitude in degrees. */
    lon: z.number().min(-180).max(180),
  }))();

/**
 * A point on Earth, in WGS 84 degrees (as GPS and most open data give it).
 *
 * @fr coordonnées
 * @example
 * ```ts
 * const leCreusot: GeoPoint = { lat: 46.8, lon: 4.42 };
 * ```
 */
export interface GeoPoint {
  /**
   * Latitude, in degrees, -90 to 90 (north positive).
   *
   * @fr latitude
   */
  lat: number;
  /**
   * Longitude, in degrees, -180 to 180 (east positive).
   *
   * @fr longitude
   */
  lon: number;
}

/**
 * zod schema of {@link SkillLevel}.
 *
 * @example
 * ```ts
 * SkillLevelSchema.parse(3);
 * ```
 */
export const SkillLevelSchema = /* @__PURE__ */ (() => z.literal([1, 2, 3, 4]))();

/**
 * Mastery of a skill (niveau de maîtrise), on four levels:
 *
 * - `1`, notions (notions): knows what the skill is about, acts under close guidance;
 * - `2`, practice (pratique): performs common tasks with some help;
 * - `3`, mastery (maîtrise): performs the tasks on their own, including unusual ones;
 * - `4`, expert (expertise): masters the field, can teach it and improve the practice.
 *
 * A learner below a project's required level on an essential skill has a gap (`SkillGap`).
 *
 * @fr niveau de maîtrise
 * @example
 * ```ts
 * const level: SkillLevel = 2;
 * ```
 */
export type SkillLevel = 1 | 2 | 3 | 4;

/**
 * A skill of a learner's matching profile and how well they master it.
 *
 * @fr compétence de l'apprenant
 * @example
 * ```ts
 * const welding: LearnerSkill = { code: "H2913", level: 2 };
 * ```
 */
export interface LearnerSkill {
  /**
   * Skill code, non-empty: a ROME code (`"H2913"`), an ESCO code or a local one, compared as
   * written with the projects' skill codes.
   *
   * @fr code de compétence
   */
  code: string;
  /**
   * Mastery, 1 (notions) to 4 (expert); see {@link SkillLevel}.
   *
   * @fr niveau de maîtrise
   */
  level: SkillLevel;
}

/**
 * zod schema of {@link Learner}.
 *
 * @example
 * ```ts
 * LearnerSchema.parse({ id: "l-001", birthDate: "2007-03-14", level: 4, status: "apprentice" });
 * ```
 */
export const LearnerSchema = /* @__PURE__ */ (() =>
  z
    .object({
      /** Identifier. */
      id: IdSchema,
      /** Date of birth (needed by the apprenticeship age rule). */
      birthDate: IsoDateSchema.optional(),
      /** Whether the learner completed collège (lowers the apprenticeship age to 15). */
      completedLowerSecondary: z.boolean().optional(),
      /** Recognised disabled worker (RQTH): no upper age for apprenticeship. */
      rqth: z.boolean().optional(),
      /** What the learner has achieved so far. */
      achievements: z.array(AchievementSchema).optional(),
      /** Current qualification level (matching profile). */
      level: QualificationLevelSchema.optional(),
      /** Current status (matching profile). */
      status: LearnerStatusSchema.optional(),
      /** Skills and their mastery (matching profile). */
      skills: z.array(z.object({ code: z.string().min(1), level: SkillLevelSchema })).optional(),
      /** Interests, as free tags or skill codes (matching profile). */
      interests: z.array(z.string()).optional(),
      /** When the learner is available (matching profile). */
      availability: z.array(PeriodSchema).optional(),
      /** Where the learner lives or studies (matching profile). */
      location: GeoPointSchema.optional(),
      /** Farthest distance the learner accepts to travel, in km (matching profile). */
      maxDistanceKm: z.number().nonnegative().optional(),
      /** Project ids the learner prefers, best first (matching profile). */
      preferences: z.array(z.string()).optional(),
    })
    .meta({ description: "A learner, with their achievements and matching profile." }))();

/**
 * A learner: identity facts the legal rules need, achievements, and a matching profile.
 *
 * @fr apprenant
 * @example
 * ```ts
 * const learner: Learner = { id: "l-001", birthDate: "2007-03-14", completedLowerSecondary: true };
 * ```
 */
export interface Learner {
  /**
   * Identifier, non-empty; pathways name the learner by it.
   *
   * @fr identifiant
   */
  id: string;
  /**
   * Date of birth, `YYYY-MM-DD`. Needed by the apprenticeship age rule (C. trav. L. 6222-1:
   * 16 to 29 years at the start of the contract); without it, an apprenticeship step is
   * `pathway.missing_birth_date`.
   *
   * @fr date de naissance
   */
  birthDate?: IsoDate | undefined;
  /**
   * Whether the learner completed collège (the first cycle of secondary education), which lowers
   * the minimum apprenticeship age to 15 (C. trav. L. 6222-1 al. 2).
   *
   * @fr a terminé le collège
   */
  completedLowerSecondary?: boolean | undefined;
  /**
   * Recognised disabled worker (reconnaissance de la qualité de travailleur handicapé): no upper
   * age for apprenticeship (C. trav. L. 6222-2 3°) and a contract of up to 4 years (R. 6222-46).
   *
   * @fr RQTH
   */
  rqth?: boolean | undefined;
  /**
   * What the learner has achieved so far (before the pathway's steps).
   *
   * @fr acquis
   */
  achievements?: Achievement[] | undefined;
  /**
   * Current qualification level, 1 to 8 (matching profile: compared with a project's `levels`).
   *
   * @fr niveau actuel
   */
  level?: QualificationLevel | undefined;
  /**
   * Current status (matching profile: compared with a project's `statuses`).
   *
   * @fr statut
   */
  status?: LearnerStatus | undefined;
  /**
   * Skills and their mastery (matching profile).
   *
   * @fr compétences
   */
  skills?: LearnerSkill[] | undefined;
  /**
   * Interests, as free tags or skill codes (matching profile: the share of a project's skill
   * codes among them is the `interests` part of the score).
   *
   * @fr centres d'intérêt
   */
  interests?: string[] | undefined;
  /**
   * When the learner is available, as periods with both ends included (matching profile: a
   * project that overlaps none of them is not eligible).
   *
   * @fr disponibilités
   */
  availability?: Period[] | undefined;
  /**
   * Where the learner lives or studies (matching profile: distance to the project).
   *
   * @fr localisation
   */
  location?: GeoPoint | undefined;
  /**
   * Farthest distance the learner accepts to travel, in kilometres, 0 or more (matching profile;
   * a remote project ignores it).
   *
   * @fr distance maximale (km)
   */
  maxDistanceKm?: number | undefined;
  /**
   * Project ids (`ProjectOffer.id`) the learner prefers, best first (matching profile:
   * `buildAllocationProblem` keeps them, in their order, instead of ranking by score).
   *
   * @fr vœux (projets, par ordre de préférence)
   */
  preferences?: string[] | undefined;
}

/**
 * zod schema of {@link AgeException}.
 *
 * @example
 * ```ts
 * AgeExceptionSchema.parse("rqth");
 * ```
 */
export const AgeExceptionSchema = /* @__PURE__ */ z.enum(AGE_EXCEPTION_VALUES);

/**
 * An exception to the apprenticeship upper age of 29 (C. trav. L. 6222-2):
 *
 * - `"higher-level-continuation"` (1°): the contract follows a previous apprenticeship contract
 *   and leads to a higher diploma or title;
 * - `"broken-contract"` (2°): the previous contract was broken for reasons beyond the apprentice
 *   or for a temporary physical inaptitude;
 * - `"rqth"` (3°): the apprentice is a recognised disabled worker;
 * - `"business-creation"` (4°): a project to create or take over a business that needs the
 *   diploma;
 * - `"high-level-athlete"` (5°): a listed sportif de haut niveau.
 *
 * For 1° and 2°, the apprentice is at most 35 when the contract is concluded and it is signed
 * within one year of the previous one's end (D. 6222-1); 3° to 5° lift the upper age.
 *
 * @fr dérogation à la limite d'âge
 * @example
 * ```ts
 * const exception: AgeException = "higher-level-continuation";
 * ```
 */
export type AgeException =
  | "higher-level-continuation"
  | "broken-contract"
  | "rqth"
  | "business-creation"
  | "high-level-athlete";

const stepBase = { id: IdSchema, start: IsoDateSchema, end: IsoDateSchema };

/**
 * zod schema of {@link PfmpPurpose}.
 *
 * @example
 * ```ts
 * PfmpPurposeSchema.parse("insertion");
 * ```
 */
export const PfmpPurposeSchema = /* @__PURE__ */ (() => z.enum(["certification", "insertion"]))();

/**
 * What a PFMP is for (finalité de la PFMP):
 *
 * - `"certification"` (the default): counts towards the diploma's minimum of PFMP weeks
 *   (`pfmp.weeks_below_minimum`);
 * - `"insertion"`: the differentiated track of terminale bac pro since rentrée 2024 (arrêté of
 *   22 January 2024), which does not count towards that minimum.
 *
 * @fr finalité de la PFMP
 * @example
 * ```ts
 * const purpose: PfmpPurpose = "certification";
 * ```
 */
export type PfmpPurpose = "certification" | "insertion";

/**
 * zod schema of {@link ContractExtension}.
 *
 * @example
 * ```ts
 * ContractExtensionSchema.parse("failed-exam");
 * ```
 */
export const ContractExtensionSchema = /* @__PURE__ */ (() => z.enum(["failed-exam"]))();

/**
 * Why an apprenticeship contract is extended beyond its maximum duration (prolongation):
 *
 * - `"failed-exam"`: after a failed exam, by at most one year (C. trav. L. 6222-11:
 *   "l'apprentissage peut être prolongé pour une durée d'un an au plus").
 *
 * @fr motif de prolongation
 * @example
 * ```ts
 * const extension: ContractExtension = "failed-exam";
 * ```
 */
export type ContractExtension = "failed-exam";

/** Fields shared by internships and PFMP (presence, gratification, host limits). */
const placementFields = /* @__PURE__ */ (() => ({
  /** Hours of presence; without them, presence days are the weekdays of the period. */
  hours: z.number().nonnegative().optional(),
  /** Whether a gratification is paid. */
  gratified: z.boolean().optional(),
  /** The host's tutor following the learner. */
  tutorId: IdSchema.optional(),
  /** The post the learner holds at the host. */
  post: z.string().min(1).optional(),
  /** Whether Saturdays are presence days. */
  openOnSaturday: z.boolean().optional(),
}))();

/**
 * A mobility's country: two capital letters, as in an ISO 3166-1 alpha-2 code (`"DE"`).
 *
 * @internal
 */
export const COUNTRY_CODE_PATTERN = /^[A-Z]{2}$/;

/**
 * zod schema of {@link Step}: a union discriminated by `kind`.
 *
 * @example
 * ```ts
 * StepSchema.parse({ id: "s1", kind: "mobility", start: "2027-02-01", end: "2027-06-30", country: "DE" });
 * ```
 */
export const StepSchema = /* @__PURE__ */ (() =>
  z.discriminatedUnion("kind", [
    z.object({
      ...stepBase,
      kind: z.literal("programme"),
      programmeId: IdSchema,
      status: LearnerStatusSchema,
    }),
    z.object({ ...stepBase, kind: z.literal("block"), programmeId: IdSchema, block: IdSchema }),
    z.object({
      ...stepBase,
      kind: z.literal("project"),
      title: z.string().min(1),
      partnerId: IdSchema.optional(),
      blocks: z.array(IdSchema).optional(),
      hours: z.number().nonnegative().optional(),
    }),
    z.object({
      ...stepBase,
      kind: z.literal("internship"),
      hostId: IdSchema,
      programmeStepId: IdSchema,
      ...placementFields,
    }),
    z.object({
      ...stepBase,
      kind: z.literal("pfmp"),
      hostId: IdSchema,
      programmeStepId: IdSchema,
      purpose: PfmpPurposeSchema.optional(),
      ...placementFields,
    }),
    z.object({
      ...stepBase,
      kind: z.literal("apprenticeship"),
      employerId: IdSchema,
      programmeStepId: IdSchema,
      trainingHours: z.number().nonnegative(),
      ageException: AgeExceptionSchema.optional(),
      signedOn: IsoDateSchema.optional(),
      cfaStart: IsoDateSchema.optional(),
      employerStart: IsoDateSchema.optional(),
      previousContractEnd: IsoDateSchema.optional(),
      extension: ContractExtensionSchema.optional(),
    }),
    z.object({
      ...stepBase,
      kind: z.literal("mobility"),
      country: z.string().regex(COUNTRY_CODE_PATTERN),
      hostName: z.string().optional(),
    }),
  ]))();

/**
 * A programme followed over a period, under a status: a year of BTS, a bac pro cycle…
 *
 * @fr étape de formation
 * @example
 * ```ts
 * const bts: ProgrammeStep = { id: "bts", kind: "programme", programmeId: "bts-crsa", status: "apprentice", start: "2025-09-01", end: "2027-06-30" };
 * ```
 */
export interface ProgrammeStep {
  /**
   * Identifier, non-empty and unique within the pathway (`pathway.duplicate_step_id`).
   *
   * @fr identifiant
   */
  id: string;
  /**
   * The kind of step: `"programme"`.
   *
   * @fr type d'étape
   */
  kind: "programme";
  /**
   * First day, `YYYY-MM-DD`.
   *
   * @fr début
   */
  start: IsoDate;
  /**
   * Last day (included), `YYYY-MM-DD`, not before `start` (`pathway.period_invalid`).
   *
   * @fr fin
   */
  end: IsoDate;
  /**
   * The {@link Programme.id} followed; one the catalogue does not hold is
   * `pathway.unknown_programme`.
   *
   * @fr formation
   */
  programmeId: string;
  /**
   * The learner's status during the step: under school status, student, apprentice…
   *
   * @fr statut
   */
  status: LearnerStatus;
}

/**
 * One competence block of a programme followed on its own (formation par blocs).
 *
 * @fr étape de bloc de compétences
 * @example
 * ```ts
 * const block: BlockStep = { id: "bc2", kind: "block", programmeId: "lp-robotique", block: "RNCP35341BC02", start: "2026-01-05", end: "2026-03-27" };
 * ```
 */
export interface BlockStep {
  /**
   * Identifier, non-empty and unique within the pathway (`pathway.duplicate_step_id`).
   *
   * @fr identifiant
   */
  id: string;
  /**
   * The kind of step: `"block"`.
   *
   * @fr type d'étape
   */
  kind: "block";
  /**
   * First day, `YYYY-MM-DD`.
   *
   * @fr début
   */
  start: IsoDate;
  /**
   * Last day (included), `YYYY-MM-DD`, not before `start` (`pathway.period_invalid`).
   *
   * @fr fin
   */
  end: IsoDate;
  /**
   * The {@link Programme.id} the block belongs to.
   *
   * @fr formation
   */
  programmeId: string;
  /**
   * The block's code ({@link ProgrammeBlock.code}).
   *
   * @fr bloc
   */
  block: string;
}

/**
 * A project carried out during the pathway, possibly with a partner, possibly validating blocks.
 *
 * @fr étape de projet
 * @example
 * ```ts
 * const project: ProjectStep = { id: "vrai", kind: "project", title: "Cellule robotisée", partnerId: "framatome", start: "2026-01-05", end: "2026-03-27" };
 * ```
 */
export interface ProjectStep {
  /**
   * Identifier, non-empty and unique within the pathway (`pathway.duplicate_step_id`).
   *
   * @fr identifiant
   */
  id: string;
  /**
   * The kind of step: `"project"`.
   *
   * @fr type d'étape
   */
  kind: "project";
  /**
   * First day, `YYYY-MM-DD`.
   *
   * @fr début
   */
  start: IsoDate;
  /**
   * Last day (included), `YYYY-MM-DD`, not before `start` (`pathway.period_invalid`).
   *
   * @fr fin
   */
  end: IsoDate;
  /**
   * Title, non-empty.
   *
   * @fr intitulé
   */
  title: string;
  /**
   * The `Partner.id` of the partner it is carried out with.
   *
   * @fr partenaire
   */
  partnerId?: string | undefined;
  /**
   * Codes of the blocks the project works towards.
   *
   * @fr blocs travaillés
   */
  blocks?: string[] | undefined;
  /**
   * Hours spent, 0 or more.
   *
   * @fr heures
   */
  hours?: number | undefined;
}

/**
 * An internship (stage) in higher education, under the Code de l'éducation (L. 124-1 ff.): at
 * most 6 months per academic year with one host (L. 124-5: 132 presence days), a gratification
 * over 2 months (L. 124-6: 44 presence days). The academic year runs 1 September – 31 August.
 *
 * @fr stage
 * @example
 * ```ts
 * const internship: InternshipStep = { id: "stage", kind: "internship", hostId: "michelin", programmeStepId: "but", start: "2027-04-05", end: "2027-06-25", gratified: true };
 * ```
 */
export interface InternshipStep {
  /**
   * Identifier, non-empty and unique within the pathway (`pathway.duplicate_step_id`).
   *
   * @fr identifiant
   */
  id: string;
  /**
   * The kind of step: `"internship"`.
   *
   * @fr type d'étape
   */
  kind: "internship";
  /**
   * First day, `YYYY-MM-DD`.
   *
   * @fr début
   */
  start: IsoDate;
  /**
   * Last day (included), `YYYY-MM-DD`, not before `start` (`pathway.period_invalid`).
   *
   * @fr fin
   */
  end: IsoDate;
  /**
   * The host's `Partner.id` (the organisme d'accueil).
   *
   * @fr organisme d'accueil
   */
  hostId: string;
  /**
   * The id of the programme step it belongs to; the placement must lie inside that step's
   * period (`pathway.placement_outside_programme`).
   *
   * @fr étape de formation
   */
  programmeStepId: string;
  /**
   * Hours of presence at the host, 0 or more; presence days are then `ceil(hours / 7)`
   * (C. éduc. D. 124-6). Without them, presence days are the weekdays of the period (Saturdays
   * too with `openOnSaturday`) that are not public holidays.
   *
   * @fr heures de présence
   */
  hours?: number | undefined;
  /**
   * Whether a gratification is paid. Over 44 presence days with one host in one academic year, a
   * placement that is not `gratified: true` is `internship.gratification_required`
   * (C. éduc. L. 124-6: more than two months).
   *
   * @fr gratifié
   */
  gratified?: boolean | undefined;
  /**
   * The host's tutor following the learner (at most three learners at a time per tutor,
   * C. éduc. R. 124-13; see `checkPlacementHosts`).
   *
   * @fr tuteur
   */
  tutorId?: string | undefined;
  /**
   * The post the learner holds at the host, non-empty; a new placement on the same post must
   * wait a third of the previous one's length (délai de carence, C. éduc. L. 124-11).
   *
   * @fr poste
   */
  post?: string | undefined;
  /**
   * Whether Saturdays are presence days (when `hours` is not given).
   *
   * @fr présence le samedi
   */
  openOnSaturday?: boolean | undefined;
}

/**
 * A PFMP (période de formation en milieu professionnel) of a lycée professionnel pupil. Since
 * C. éduc. L. 124-5 and L. 124-6 name "stages ou périodes de formation en milieu professionnel",
 * PFMP count with internships for the host limit and the gratification; a bac pro or CAP cycle
 * needs its minimum of certifying weeks (`pfmp.weeks_below_minimum`).
 *
 * @fr période de formation en milieu professionnel (PFMP)
 * @example
 * ```ts
 * const pfmp: PfmpStep = { id: "pfmp-1", kind: "pfmp", hostId: "framatome", programmeStepId: "bac-pro", start: "2025-11-17", end: "2025-12-12" };
 * ```
 */
export interface PfmpStep {
  /**
   * Identifier, non-empty and unique within the pathway (`pathway.duplicate_step_id`).
   *
   * @fr identifiant
   */
  id: string;
  /**
   * The kind of step: `"pfmp"`.
   *
   * @fr type d'étape
   */
  kind: "pfmp";
  /**
   * First day, `YYYY-MM-DD`.
   *
   * @fr début
   */
  start: IsoDate;
  /**
   * Last day (included), `YYYY-MM-DD`, not before `start` (`pathway.period_invalid`).
   *
   * @fr fin
   */
  end: IsoDate;
  /**
   * The host's `Partner.id` (the organisme d'accueil).
   *
   * @fr organisme d'accueil
   */
  hostId: string;
  /**
   * The id of the programme step it belongs to; the placement must lie inside that step's
   * period (`pathway.placement_outside_programme`).
   *
   * @fr étape de formation
   */
  programmeStepId: string;
  /**
   * What the PFMP is for; `"certification"` when absent. See {@link PfmpPurpose}.
   *
   * @fr finalité
   */
  purpose?: PfmpPurpose | undefined;
  /**
   * Hours of presence at the host, 0 or more; presence days are then `ceil(hours / 7)`
   * (C. éduc. D. 124-6). Without them, presence days are the weekdays of the period (Saturdays
   * too with `openOnSaturday`) that are not public holidays.
   *
   * @fr heures de présence
   */
  hours?: number | undefined;
  /**
   * Whether a gratification is paid. Over 44 presence days with one host in one academic year, a
   * placement that is not `gratified: true` is `internship.gratification_required`
   * (C. éduc. L. 124-6: more than two months).
   *
   * @fr gratifié
   */
  gratified?: boolean | undefined;
  /**
   * The host's tutor following the learner (at most three learners at a time per tutor,
   * C. éduc. R. 124-13; see `checkPlacementHosts`).
   *
   * @fr tuteur
   */
  tutorId?: string | undefined;
  /**
   * The post the learner holds at the host, non-empty; a new placement on the same post must
   * wait a third of the previous one's length (délai de carence, C. éduc. L. 124-11).
   *
   * @fr poste
   */
  post?: string | undefined;
  /**
   * Whether Saturdays are presence days (when `hours` is not given).
   *
   * @fr présence le samedi
   */
  openOnSaturday?: boolean | undefined;
}

/**
 * An apprenticeship contract (contrat d'apprentissage, C. trav. L. 6221-1 ff.), checked under the
 * law in force on its dates:
 *
 * - age at the start 16 to 29 (15 after collège), without upper age or up to 35 with an
 *   exception (L. 6222-1, L. 6222-2, D. 6222-1);
 * - duration 6 months to 3 years (L. 6222-7-1), 4 years with RQTH (R. 6222-46), one more year
 *   after a failed exam (L. 6222-11);
 * - CFA training at least 25 % of the contract's duration, on 1 607 hours a year, unless the
 *   certifier sets its own minimum (L. 6211-2);
 * - CFA and employer training starting at most 3 months after the contract (L. 6222-12);
 * - the contract ends at most 2 months after the end of its programme cycle.
 *
 * @fr contrat d'apprentissage
 * @example
 * ```ts
 * const contract: ApprenticeshipStep = { id: "contrat", kind: "apprenticeship", employerId: "framatome", programmeStepId: "bts", trainingHours: 1350, start: "2025-09-01", end: "2027-08-31" };
 * ```
 */
export interface ApprenticeshipStep {
  /**
   * Identifier, non-empty and unique within the pathway (`pathway.duplicate_step_id`).
   *
   * @fr identifiant
   */
  id: string;
  /**
   * The kind of step: `"apprenticeship"`.
   *
   * @fr type d'étape
   */
  kind: "apprenticeship";
  /**
   * First day of the contract's execution (début d'exécution du contrat), `YYYY-MM-DD`; the age rule and the values of the law are read on it.
   *
   * @fr début
   */
  start: IsoDate;
  /**
   * Last day of the contract (included), `YYYY-MM-DD`; `end − start` must be 6 months to 3 years (C. trav. L. 6222-7-1).
   *
   * @fr fin
   */
  end: IsoDate;
  /**
   * The employer's `Partner.id`.
   *
   * @fr employeur
   */
  employerId: string;
  /**
   * The id of the programme step the contract prepares; the contract must lie inside it, or end
   * at most 2 months after it.
   *
   * @fr étape de formation
   */
  programmeStepId: string;
  /**
   * Hours of training in the CFA over the contract, 0 or more: at least 25 % of the contract's
   * working time (C. trav. L. 6211-2), or the certifier's own minimum
   * ({@link Programme.apprenticeshipMinTrainingHours}); `apprenticeship.training_share_too_low`
   * otherwise.
   *
   * @fr heures de formation en CFA
   */
  trainingHours: number;
  /**
   * The exception to the upper age that applies, if any (C. trav. L. 6222-2); see
   * {@link AgeException}.
   *
   * @fr dérogation à la limite d'âge
   */
  ageException?: AgeException | undefined;
  /**
   * Day the contract was concluded (signed), `YYYY-MM-DD`; `start` when absent. D. 6222-1 reads
   * the age (35 at most) and the one-year delay at this date.
   *
   * @fr date de conclusion
   */
  signedOn?: IsoDate | undefined;
  /**
   * First day of training in the CFA, `YYYY-MM-DD`: at most 3 months after `start` (C. trav.
   * L. 6222-12, contracts from 2019-01-01).
   *
   * @fr début de la formation en CFA
   */
  cfaStart?: IsoDate | undefined;
  /**
   * First day of practical training at the employer, `YYYY-MM-DD`: at most 3 months after
   * `start` (C. trav. L. 6222-12).
   *
   * @fr début de la formation chez l'employeur
   */
  employerStart?: IsoDate | undefined;
  /**
   * Last day of the previous contract, `YYYY-MM-DD`, for the exceptions 1° and 2° of L. 6222-2:
   * the new contract is concluded at most one year after it (D. 6222-1).
   *
   * @fr fin du contrat précédent
   */
  previousContractEnd?: IsoDate | undefined;
  /**
   * Why the contract goes beyond its maximum duration; see {@link ContractExtension}.
   *
   * @fr prolongation
   */
  extension?: ContractExtension | undefined;
}

/**
 * A mobility abroad (a period of study or work in another country).
 *
 * @fr mobilité internationale
 * @example
 * ```ts
 * const erasmus: MobilityStep = { id: "erasmus", kind: "mobility", country: "DE", hostName: "Hochschule Ulm", start: "2027-02-01", end: "2027-06-30" };
 * ```
 */
export interface MobilityStep {
  /**
   * Identifier, non-empty and unique within the pathway (`pathway.duplicate_step_id`).
   *
   * @fr identifiant
   */
  id: string;
  /**
   * The kind of step: `"mobility"`.
   *
   * @fr type d'étape
   */
  kind: "mobility";
  /**
   * First day, `YYYY-MM-DD`.
   *
   * @fr début
   */
  start: IsoDate;
  /**
   * Last day (included), `YYYY-MM-DD`, not before `start` (`pathway.period_invalid`).
   *
   * @fr fin
   */
  end: IsoDate;
  /**
   * Country, two capital letters as in ISO 3166-1 alpha-2 (`"DE"`).
   *
   * @fr pays
   */
  country: string;
  /**
   * Name of the host abroad.
   *
   * @fr organisme d'accueil
   */
  hostName?: string | undefined;
}

/**
 * One step of a pathway, over a period (both ends included): a programme, a block, a project, an
 * internship, a PFMP (période de formation en milieu professionnel), an apprenticeship contract,
 * or a mobility abroad. A union discriminated by `kind`: check `step.kind` to reach the fields of
 * one kind.
 *
 * @fr étape du parcours
 * @example
 * ```ts
 * const step: Step = { id: "bts", kind: "programme", programmeId: "bts-crsa", status: "apprentice", start: "2025-09-01", end: "2027-06-30" };
 * ```
 */
export type Step =
  | ProgrammeStep
  | BlockStep
  | ProjectStep
  | InternshipStep
  | PfmpStep
  | ApprenticeshipStep
  | MobilityStep;

/**
 * A kind of step.
 *
 * @example
 * ```ts
 * const kind: StepKind = "pfmp";
 * ```
 */
export type StepKind = Step["kind"];

/**
 * zod schema of {@link Pathway}.
 *
 * @example
 * ```ts
 * PathwaySchema.parse({ id: "p1", learnerId: "l-001", steps: [] });
 * ```
 */
export const PathwaySchema = /* @__PURE__ */ (() =>
  z
    .object({
      /** Identifier. */
      id: IdSchema,
      /** The learner it belongs to. */
      learnerId: IdSchema,
      /** The programme the learner aims at. */
      target: z.object({ programmeId: IdSchema }).optional(),
      /** The steps, in any order. */
      steps: z.array(StepSchema),
    })
    .meta({ description: "A learner's personalised training pathway." }))();

/**
 * The programme a pathway aims at.
 *
 * @fr objectif du parcours
 * @example
 * ```ts
 * const target: PathwayTarget = { programmeId: "lp-robotique" };
 * ```
 */
export interface PathwayTarget {
  /**
   * The {@link Programme.id} aimed at; `auditPathway` says what is still missing for it.
   *
   * @fr formation visée
   */
  programmeId: string;
}

/**
 * A learner's personalised training pathway (parcours personnalisé): the steps planned or done,
 * and the target.
 *
 * @fr parcours
 * @example
 * ```ts
 * const pathway: Pathway = { id: "p1", learnerId: "l-001", target: { programmeId: "lp-robotique" }, steps: [] };
 * ```
 */
export interface Pathway {
  /**
   * Identifier, non-empty.
   *
   * @fr identifiant
   */
  id: string;
  /**
   * The {@link Learner.id} of the learner it belongs to.
   *
   * @fr apprenant
   */
  learnerId: string;
  /**
   * The programme the learner aims at.
   *
   * @fr objectif
   */
  target?: PathwayTarget | undefined;
  /**
   * The steps, in any order.
   *
   * @fr étapes
   */
  steps: Step[];
}
