/**
 * Internal `zod/mini` counterparts of the pathway schemas of `model.ts`, for the checks of
 * {@link validatePathway} and the catalogue and learner readers.
 *
 * The public `XSchema`s stay zod classic (their type is public API), but a classic schema carries
 * every method of zod classic, `toJSONSchema` included, so any use of one costs about 25 kB
 * gzipped in an application's bundle; the same shapes in `zod/mini` cost a third of that. Each
 * schema here accepts and rejects exactly what its classic twin does, with the same output and
 * the same zod issues (code, path, params): `tests/pathway/mini-model.test.ts` checks it on
 * valid, mutated and junk inputs. Change both together.
 *
 * @internal
 * @module
 */

import * as z from "zod/mini";
import * as core from "zod/v4/core";
import {
  DIPLOMA_KINDS,
  type DiplomaKind,
  QUALIFICATION_LEVELS,
  type QualificationLevel,
  validateIdentifier,
} from "../ids/index.js";
import { createIssue, isIsoDate, zodIssueFor } from "../shared/index.js";
import { PATHWAY_MESSAGES } from "./codes.js";
import { AGE_EXCEPTION_VALUES, LEARNER_STATUS_VALUES } from "./enum-values.js";
import { inspectRequirement, MAX_BLOCKS_PER_COUNT } from "./guard.js";
import {
  type Achievement,
  COUNTRY_CODE_PATTERN,
  type Pathway,
  type Programme,
  type Requirement,
} from "./model.js";

/** The `init` of a zod constructor. */
type Init = (inst: unknown, def: unknown) => void;

/**
 * `z.object` of `zod/mini` with zod classic's compiled object parser (`$ZodObjectJIT`): mini's
 * own objects are interpreted, which parses a programme list or an invalid pathway about twice
 * as slowly as the classic schemas did. Same checks, issues and output (the classic objects run
 * this very parser).
 */
const JitObject: z.core.$constructor<z.ZodMiniObject> = /* @__PURE__ */ core.$constructor(
  "ZodMiniObjectJIT",
  (inst, def) => {
    // Read through the namespace: a zod 4 release without `$ZodObjectJIT` gets `$ZodObject`,
    // which parses alike, instead of failing to link.
    ((core.$ZodObjectJIT ?? core.$ZodObject).init as Init)(inst, def);
    (z.ZodMiniType.init as Init)(inst, def);
  },
);

/** A `zod/mini` object that strips unknown keys, compiled as zod classic's are. */
function object<T extends z.core.$ZodLooseShape>(
  shape: T,
): z.ZodMiniObject<z.core.util.Writeable<T>, z.core.$strip> {
  return new JitObject({ type: "object", shape }) as unknown as z.ZodMiniObject<
    z.core.util.Writeable<T>,
    z.core.$strip
  >;
}

/** A `zod/mini` object that rejects unknown keys, compiled as zod classic's are. */
function strictObject<T extends z.core.$ZodLooseShape>(
  shape: T,
): z.ZodMiniObject<z.core.util.Writeable<T>, z.core.$strict> {
  return new JitObject({
    type: "object",
    shape,
    catchall: z.never(),
  }) as unknown as z.ZodMiniObject<z.core.util.Writeable<T>, z.core.$strict>;
}

const IdSchema = /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1));

/** `IsoDateSchema`: a string that is a real calendar date, else zod's `invalid_format` "date". */
const IsoDateSchema = /* @__PURE__ */ z.string().check((ctx) => {
  if (isIsoDate(ctx.value)) return;
  ctx.issues.push({ code: "invalid_format", format: "date", input: ctx.value });
});

/**
 * What `identifierSchema` writes over a string before checking it (`canonicalShape` of
 * `ids/kinds.ts` for an upper-case kind): white space removed and upper case, unless longer than
 * the 64 characters that `MAX_LOOSE_LENGTH` allows, which stay as they are (and are rejected).
 */
function upperCaseShape(value: string): string {
  return value.length > 64 ? value : value.replace(/\s+/g, "").toUpperCase();
}

/** `RncpCodeSchema`: shaped, then checked, failing with the identifier's own issue. */
const RncpCodeSchema = /* @__PURE__ */ z
  .string()
  .check(/* @__PURE__ */ z.overwrite(upperCaseShape), (ctx) => {
    const result = validateIdentifier("rncp", ctx.value);
    if (result.ok) return;
    for (const issue of result.issues) {
      ctx.issues.push(zodIssueFor(issue.code, issue.params ?? {}, ctx.value, issue.message));
    }
  });

const QualificationLevelSchema: z.ZodMiniType<QualificationLevel> = /* @__PURE__ */ z.literal(
  QUALIFICATION_LEVELS,
);
const DiplomaKindSchema: z.ZodMiniType<DiplomaKind> = /* @__PURE__ */ z.enum(DIPLOMA_KINDS);

/** A non-negative number. */
function amount() {
  return z.number().check(z.nonnegative());
}

const RequirementShapeSchema: z.ZodMiniType<Requirement> = /* @__PURE__ */ z.lazy(() =>
  z.union([
    strictObject({ all: z.array(RequirementShapeSchema) }),
    strictObject({ any: z.array(RequirementShapeSchema) }),
    strictObject({
      atLeast: z.number().check(z.int(), z.nonnegative()),
      of: z.array(RequirementShapeSchema),
    }),
    strictObject({ onlyOne: z.array(RequirementShapeSchema) }),
    strictObject({ sequence: z.array(RequirementShapeSchema) }),
    strictObject({ programme: IdSchema }),
    strictObject({ diploma: DiplomaKindSchema }),
    strictObject({ level: QualificationLevelSchema }),
    strictObject({ block: IdSchema }),
    strictObject({ ects: amount() }),
    strictObject({
      blocks: z.array(IdSchema).check(z.maxLength(MAX_BLOCKS_PER_COUNT)),
      min: z.optional(z.number().check(z.int(), z.nonnegative())),
      shareable: z.optional(z.boolean()),
    }),
  ]),
);

const RequirementSchema: z.ZodMiniType<Requirement> = /* @__PURE__ */ z.pipe(
  /* @__PURE__ */ z.unknown().check((ctx) => {
    const problem = inspectRequirement(ctx.value);
    if (problem === undefined) return;
    const message = createIssue(PATHWAY_MESSAGES, problem.code, [], problem.params).message;
    ctx.issues.push({
      ...zodIssueFor(problem.code, problem.params, ctx.value, message),
      path: problem.path,
    });
  }),
  RequirementShapeSchema,
);

const ProgrammeBlockSchema = /* @__PURE__ */ object({
  code: IdSchema,
  title: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
  ects: /* @__PURE__ */ z.optional(/* @__PURE__ */ amount()),
  skills: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(IdSchema)),
});

const programmeShape = {
  id: IdSchema,
  title: IdSchema,
  diploma: DiplomaKindSchema,
  level: QualificationLevelSchema,
  ects: /* @__PURE__ */ z.optional(/* @__PURE__ */ amount()),
  rncp: /* @__PURE__ */ z.optional(RncpCodeSchema),
  blocks: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(ProgrammeBlockSchema)),
  requires: /* @__PURE__ */ z.optional(RequirementSchema),
  durationMonths: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.number().check(z.positive())),
  apprenticeshipMinTrainingHours: /* @__PURE__ */ z.optional(/* @__PURE__ */ amount()),
};

/** `ProgrammeSchema`. */
export const MiniProgrammeSchema: z.ZodMiniType<Programme> = /* @__PURE__ */ object(programmeShape);

/** `ProgrammeSchema` with the RNCP code taken as any string (see `catalogue.ts`). */
export const MiniLenientProgrammeSchema: z.ZodMiniType<
  Omit<Programme, "rncp"> & { rncp?: string | undefined }
> = /* @__PURE__ */ object({
  ...programmeShape,
  rncp: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
});

/** `AchievementSchema`. */
export const MiniAchievementSchema: z.ZodMiniType<Achievement> = /* @__PURE__ */ object({
  on: IsoDateSchema,
  programmeId: /* @__PURE__ */ z.optional(IdSchema),
  block: /* @__PURE__ */ z.optional(IdSchema),
  diploma: /* @__PURE__ */ z.optional(DiplomaKindSchema),
  level: /* @__PURE__ */ z.optional(QualificationLevelSchema),
  ects: /* @__PURE__ */ z.optional(/* @__PURE__ */ amount()),
});

/** `LearnerSchema.pick({ id, birthDate, completedLowerSecondary, rqth, achievements })`. */
export const MiniLearnerFactsSchema = /* @__PURE__ */ object({
  id: IdSchema,
  birthDate: /* @__PURE__ */ z.optional(IsoDateSchema),
  completedLowerSecondary: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
  rqth: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
  achievements: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(MiniAchievementSchema)),
});

/** `z.array(z.unknown())`: what a list option must be. */
export const MiniListSchema = /* @__PURE__ */ z.array(/* @__PURE__ */ z.unknown());

const LearnerStatusSchema = /* @__PURE__ */ z.enum(LEARNER_STATUS_VALUES);

function stepBase() {
  return { id: IdSchema, start: IsoDateSchema, end: IsoDateSchema };
}

function placementFields() {
  return {
    hours: z.optional(amount()),
    gratified: z.optional(z.boolean()),
    tutorId: z.optional(IdSchema),
    post: z.optional(IdSchema),
    openOnSaturday: z.optional(z.boolean()),
  };
}

/** `StepSchema` (a function, so that the whole union is one pure call for bundlers). */
function stepSchema() {
  return z.discriminatedUnion("kind", [
    object({
      ...stepBase(),
      kind: z.literal("programme"),
      programmeId: IdSchema,
      status: LearnerStatusSchema,
    }),
    object({ ...stepBase(), kind: z.literal("block"), programmeId: IdSchema, block: IdSchema }),
    object({
      ...stepBase(),
      kind: z.literal("project"),
      title: IdSchema,
      partnerId: z.optional(IdSchema),
      blocks: z.optional(z.array(IdSchema)),
      hours: z.optional(amount()),
    }),
    object({
      ...stepBase(),
      kind: z.literal("internship"),
      hostId: IdSchema,
      programmeStepId: IdSchema,
      ...placementFields(),
    }),
    object({
      ...stepBase(),
      kind: z.literal("pfmp"),
      hostId: IdSchema,
      programmeStepId: IdSchema,
      purpose: z.optional(z.enum(["certification", "insertion"])),
      ...placementFields(),
    }),
    object({
      ...stepBase(),
      kind: z.literal("apprenticeship"),
      employerId: IdSchema,
      programmeStepId: IdSchema,
      trainingHours: amount(),
      ageException: z.optional(z.enum(AGE_EXCEPTION_VALUES)),
      signedOn: z.optional(IsoDateSchema),
      cfaStart: z.optional(IsoDateSchema),
      employerStart: z.optional(IsoDateSchema),
      previousContractEnd: z.optional(IsoDateSchema),
      extension: z.optional(z.enum(["failed-exam"])),
    }),
    object({
      ...stepBase(),
      kind: z.literal("mobility"),
      country: z.string().check(z.regex(COUNTRY_CODE_PATTERN)),
      hostName: z.optional(z.string()),
    }),
  ]);
}

/** `PathwaySchema`. */
export const MiniPathwaySchema: z.ZodMiniType<Pathway> = /* @__PURE__ */ object({
  id: IdSchema,
  learnerId: IdSchema,
  target: /* @__PURE__ */ z.optional(/* @__PURE__ */ object({ programmeId: IdSchema })),
  steps: /* @__PURE__ */ z.array(/* @__PURE__ */ stepSchema()),
});
