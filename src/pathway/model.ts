/**
 * The pathway model: programmes and their requirements, learners and their achievements, and
 * the steps of a personalised pathway. Schemas are the single source; each type is inferred from
 * its schema (except the recursive {@link Requirement}, declared once and checked against its
 * schema).
 *
 * @module
 */
import * as z from "zod";
import {
  type DiplomaKind,
  DiplomaKindSchema,
  type QualificationLevel,
  QualificationLevelSchema,
} from "../ids/index.js";
import { createIssue, IsoDateSchema, PeriodSchema, zodIssueFor } from "../shared/index.js";
import { PATHWAY_MESSAGES } from "./codes.js";
import { inspectRequirement, MAX_BLOCKS_PER_COUNT } from "./guard.js";

const IdSchema = /* @__PURE__ */ z.string().min(1);

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
 * `allowCourseDoubleCounting`, graduatenu's sibling solutions), reference/standards-landscape.md §5b.
 *
 * @example
 * ```ts
 * const twoOfThree: BlocksRequirement = { blocks: ["RNCP35341BC01", "RNCP35341BC02", "RNCP35341BC03"], min: 2 };
 * ```
 */
export interface BlocksRequirement {
  /** The block codes that count (duplicates count once). */
  blocks: string[];
  /** How many of them are needed; all of them when omitted. */
  min?: number | undefined;
  /** When `true`, the leaf may count blocks that a sibling leaf also counts. */
  shareable?: boolean | undefined;
}

/**
 * A rule on what a learner must have achieved, as a tree: combinators over leaves.
 *
 * Contract (CONTRACT §4): `all`, `any`, `atLeast`/`of` over the leaves `programme` (completed),
 * `diploma` (obtained), `level` (highest achieved level ≥ n), `block` (validated) and `ects` (sum of
 * achieved ECTS ≥ n), evaluated by plain boolean logic.
 *
 * Extensions, after CTDL Pathways' `ComponentCondition` (reference/standards-landscape.md §5a):
 * - `onlyOne`: exactly one option is met (CTDL logical operator `onlyOne`, mutually exclusive
 *   options);
 * - `sequence`: every item is met, in order of achievement dates (CTDL `andSequence`): item *i* is
 *   judged on the achievements dated on or after the date item *i − 1* was met;
 * - `blocks`: a count of competence blocks with degree-audit double-counting control
 *   ({@link BlocksRequirement}).
 *
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
 * z.toJSONSchema(RequirementShapeSchema);
 * ```
 */
export const RequirementShapeSchema: z.ZodType<Requirement> = /* @__PURE__ */ z.lazy(() =>
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
);

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
export const RequirementSchema: z.ZodType<Requirement> = /* @__PURE__ */ z
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
  .pipe(RequirementShapeSchema);

/**
 * zod schema of {@link ProgrammeBlock}.
 *
 * @example
 * ```ts
 * ProgrammeBlockSchema.parse({ code: "RNCP35341BC01", title: "Étude et conception" });
 * ```
 */
export const ProgrammeBlockSchema = /* @__PURE__ */ z.object({
  /** Block code, e.g. an RNCP block code `RNCP35341BC01` (unique within the programme). */
  code: IdSchema,
  /** Title. */
  title: z.string().optional(),
  /** ECTS credits of the block. */
  ects: z.number().nonnegative().optional(),
  /** Skill codes the block teaches (ROME, ESCO or local codes), used to close matching gaps. */
  skills: z.array(z.string().min(1)).optional(),
});

/**
 * A competence block (bloc de compétences, C. trav. L. 6113-1) of a programme.
 *
 * @example
 * ```ts
 * const block: ProgrammeBlock = { code: "RNCP35341BC01", ects: 30 };
 * ```
 */
export type ProgrammeBlock = z.output<typeof ProgrammeBlockSchema>;

/**
 * zod schema of {@link Programme}.
 *
 * @example
 * ```ts
 * ProgrammeSchema.parse({ id: "bts-crsa", title: "BTS CRSA", diploma: "bts", level: 5, ects: 120 });
 * ```
 */
export const ProgrammeSchema = /* @__PURE__ */ z
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
    /** RNCP code of the certification. */
    rncp: z.string().optional(),
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
  .meta({ description: "A programme of the catalogue, leading to a diploma." });

/**
 * A programme of the catalogue: a training that leads to a diploma, possibly by blocks.
 *
 * @example
 * ```ts
 * const programme: Programme = { id: "bac-pro-melec", title: "Bac pro MELEC", diploma: "bac-pro", level: 4 };
 * ```
 */
export type Programme = z.output<typeof ProgrammeSchema>;

/**
 * zod schema of {@link LearnerStatus}.
 *
 * @example
 * ```ts
 * LearnerStatusSchema.parse("apprentice");
 * ```
 */
export const LearnerStatusSchema = /* @__PURE__ */ z.enum([
  "pupil",
  "student",
  "apprentice",
  "continuing-education",
  "job-seeker",
]);

/**
 * A learner's status: pupil (élève), student (étudiant), apprentice (apprenti), in continuing
 * education (stagiaire de la formation professionnelle), job seeker.
 *
 * @example
 * ```ts
 * const status: LearnerStatus = "student";
 * ```
 */
export type LearnerStatus = z.output<typeof LearnerStatusSchema>;

/**
 * zod schema of {@link Achievement}.
 *
 * @example
 * ```ts
 * AchievementSchema.parse({ on: "2024-07-05", diploma: "bac-pro", level: 4 });
 * ```
 */
export const AchievementSchema = /* @__PURE__ */ z.object({
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
});

/**
 * Something a learner has achieved: a programme, a block, a diploma, a level or ECTS credits.
 *
 * @example
 * ```ts
 * const achievement: Achievement = { on: "2024-07-05", diploma: "bac-pro", level: 4 };
 * ```
 */
export type Achievement = z.output<typeof AchievementSchema>;

/**
 * zod schema of {@link GeoPoint}.
 *
 * @example
 * ```ts
 * GeoPointSchema.parse({ lat: 46.8, lon: 4.42 });
 * ```
 */
export const GeoPointSchema = /* @__PURE__ */ z.object({
  /** Latitude in degrees. */
  lat: z.number().min(-90).max(90),
  /** Longitude in degrees. */
  lon: z.number().min(-180).max(180),
});

/**
 * A point on Earth (WGS 84 degrees).
 *
 * @example
 * ```ts
 * const leCreusot: GeoPoint = { lat: 46.8, lon: 4.42 };
 * ```
 */
export type GeoPoint = z.output<typeof GeoPointSchema>;

/**
 * zod schema of {@link SkillLevel}.
 *
 * @example
 * ```ts
 * SkillLevelSchema.parse(3);
 * ```
 */
export const SkillLevelSchema = /* @__PURE__ */ z.literal([1, 2, 3, 4]);

/**
 * Mastery of a skill: 1 (notions) to 4 (expert).
 *
 * @example
 * ```ts
 * const level: SkillLevel = 2;
 * ```
 */
export type SkillLevel = z.output<typeof SkillLevelSchema>;

/**
 * zod schema of {@link Learner}.
 *
 * @example
 * ```ts
 * LearnerSchema.parse({ id: "l-001", birthDate: "2007-03-14", level: 4, status: "apprentice" });
 * ```
 */
export const LearnerSchema = /* @__PURE__ */ z
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
  .meta({ description: "A learner, with their achievements and matching profile." });

/**
 * A learner: identity facts the legal rules need, achievements, and a matching profile.
 *
 * @example
 * ```ts
 * const learner: Learner = { id: "l-001", birthDate: "2007-03-14", completedLowerSecondary: true };
 * ```
 */
export type Learner = z.output<typeof LearnerSchema>;

/**
 * zod schema of {@link AgeException}.
 *
 * @example
 * ```ts
 * AgeExceptionSchema.parse("rqth");
 * ```
 */
export const AgeExceptionSchema = /* @__PURE__ */ z.enum([
  "higher-level-continuation",
  "broken-contract",
  "rqth",
  "business-creation",
  "high-level-athlete",
]);

/**
 * An exception to the apprenticeship upper age (C. trav. L. 6222-2): a contract that continues
 * to a higher diploma, a previous contract broken for reasons beyond the apprentice, a
 * recognised disability (RQTH), a business-creation project, a listed high-level athlete.
 *
 * @example
 * ```ts
 * const exception: AgeException = "higher-level-continuation";
 * ```
 */
export type AgeException = z.output<typeof AgeExceptionSchema>;

const stepBase = { id: IdSchema, start: IsoDateSchema, end: IsoDateSchema };

/**
 * zod schema of {@link PfmpPurpose}.
 *
 * @example
 * ```ts
 * PfmpPurposeSchema.parse("insertion");
 * ```
 */
export const PfmpPurposeSchema = /* @__PURE__ */ z.enum(["certification", "insertion"]);

/**
 * What a PFMP is for: `"certification"` (the default) counts towards the diploma's minimum;
 * `"insertion"` (the differentiated track of terminale bac pro since rentrée 2024) does not.
 *
 * @example
 * ```ts
 * const purpose: PfmpPurpose = "certification";
 * ```
 */
export type PfmpPurpose = z.output<typeof PfmpPurposeSchema>;

/**
 * zod schema of {@link ContractExtension}.
 *
 * @example
 * ```ts
 * ContractExtensionSchema.parse("failed-exam");
 * ```
 */
export const ContractExtensionSchema = /* @__PURE__ */ z.enum(["failed-exam"]);

/**
 * Why an apprenticeship contract is extended beyond its maximum: `"failed-exam"`, by at most
 * one year after a failed exam (C. trav. L. 6222-11).
 *
 * @example
 * ```ts
 * const extension: ContractExtension = "failed-exam";
 * ```
 */
export type ContractExtension = z.output<typeof ContractExtensionSchema>;

/** Fields shared by internships and PFMP (presence, gratification, host limits). */
const placementFields = {
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
};

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
export const StepSchema = /* @__PURE__ */ z.discriminatedUnion("kind", [
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
]);

/**
 * One step of a pathway, over a period (both ends included): a programme, a block, a project, an
 * internship, a PFMP (période de formation en milieu professionnel), an apprenticeship contract,
 * or a mobility abroad.
 *
 * @example
 * ```ts
 * const step: Step = { id: "bts", kind: "programme", programmeId: "bts-crsa", status: "apprentice", start: "2025-09-01", end: "2027-06-30" };
 * ```
 */
export type Step = z.output<typeof StepSchema>;

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
export const PathwaySchema = /* @__PURE__ */ z
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
  .meta({ description: "A learner's personalised training pathway." });

/**
 * A learner's personalised training pathway: the steps planned or done, and the target.
 *
 * @example
 * ```ts
 * const pathway: Pathway = { id: "p1", learnerId: "l-001", target: { programmeId: "lp-robotique" }, steps: [] };
 * ```
 */
export type Pathway = z.output<typeof PathwaySchema>;
