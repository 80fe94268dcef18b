/**
 * The internal `zod/mini` schemas of `mini-model.ts` against the public classic schemas they
 * mirror: on valid, mutated and junk inputs, both succeed or fail together, output the same value,
 * and give the same issues once mapped by `fromZodIssues` (codes, paths, params and messages, in
 * both languages). This is what lets `validatePathway` and the catalogue and learner readers parse
 * with the mini schemas while `PathwaySchema` and the others stay zod classic.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as z from "zod";
import { IDS_CODES } from "../../src/ids/index.js";
import { safeParse } from "../../src/pathway/evaluate.js";
import {
  AchievementSchema,
  LearnerSchema,
  PATHWAY_CODES,
  PathwaySchema,
  ProgrammeSchema,
} from "../../src/pathway/index.js";
import {
  MiniAchievementSchema,
  MiniLearnerFactsSchema,
  MiniLenientProgrammeSchema,
  MiniListSchema,
  MiniPathwaySchema,
  MiniProgrammeSchema,
} from "../../src/pathway/mini-model.js";
import { fromZodIssues, type Locale, type ParsableSchema } from "../../src/shared/index.js";
import { hostileValues, junk } from "../helpers/junk.js";
import { edgeValue, mutate, mutations } from "../helpers/mutate.js";
import { pathwayArb } from "./arbitraries.js";
import { BTS, fullPathway, LEARNER, LP, MELEC, PROGRAMMES } from "./fixtures.js";

const CATALOGUE = { ...PATHWAY_CODES, ...IDS_CODES };

/** What a caller of the parse sees: success, the output, and the issues mapped in both languages. */
function outcome(schema: ParsableSchema<unknown>, input: unknown) {
  const parsed = safeParse(schema, input);
  if (parsed.success) return { success: true, data: parsed.data };
  const mapped = (locale: Locale) =>
    fromZodIssues(parsed.issues, {
      invalidInputCode: "pathway.invalid_input",
      catalogue: CATALOGUE,
      locale,
      basePath: ["root"],
    });
  return {
    success: false,
    zod: parsed.issues.map(({ code, path }) => ({ code, path })),
    en: mapped("en"),
    fr: mapped("fr"),
  };
}

function expectSame(
  classic: ParsableSchema<unknown>,
  mini: ParsableSchema<unknown>,
  input: unknown,
) {
  const expected = outcome(classic, input);
  const actual = outcome(mini, input);
  expect(actual).toStrictEqual(expected);
  // Same keys in the same order, as zod classic copies them.
  if (expected.success) expect(keyOrder(actual.data)).toStrictEqual(keyOrder(expected.data));
}

/** The keys of a parsed value, in order, a few levels deep (zod's output is at most that deep). */
function keyOrder(value: unknown, depth = 6): unknown {
  if (depth === 0 || typeof value !== "object" || value === null) return null;
  if (Array.isArray(value)) return value.slice(0, 20).map((item) => keyOrder(item, depth - 1));
  return Object.entries(value).map(([key, item]) => [key, keyOrder(item, depth - 1)]);
}

/** {@link mutate}, or `undefined` when a mutation cannot apply (a frozen boxed string…). */
function tryMutate(base: unknown, changes: Parameters<typeof mutate>[1]): unknown {
  try {
    return mutate(base, changes);
  } catch {
    return undefined;
  }
}

const LenientProgrammeSchema = ProgrammeSchema.extend({ rncp: z.string().optional() });
const LearnerFactsSchema = LearnerSchema.pick({
  id: true,
  birthDate: true,
  completedLowerSecondary: true,
  rqth: true,
  achievements: true,
});

const PLACEMENT_KEYS = [
  "hostId",
  "programmeStepId",
  "hours",
  "gratified",
  "tutorId",
  "post",
  "openOnSaturday",
];
const FULL = fullPathway();

/** Values a field may be set to: edge values, numbers, near-valid ones of each kind, and junk. */
const fieldValue = fc.oneof(
  edgeValue,
  fc.oneof(fc.double(), fc.integer({ min: -3, max: 3 }), fc.constantFrom(-1, -0.5, 0.5, 2.5)),
  fc.constantFrom<unknown>(
    "2024-02-29",
    "2023-02-29",
    "2025-09-01",
    " 2025-09-01",
    "bts",
    "bac-pro",
    "licence",
    "rncp 36315",
    "RNCP 1",
    "RNCP36315",
    `rncp ${"1".repeat(70)}`,
    "apprentice",
    "rqth",
    "insertion",
    "failed-exam",
    "DE",
    "de",
    "programme",
    "block",
    "project",
    "internship",
    "pfmp",
    "apprenticeship",
    "mobility",
    { any: [{ level: 4 }] },
    { all: [] },
    { atLeast: 1.5, of: [] },
    { blocks: ["a", "b"], min: -1 },
    { level: 9 },
    { ects: -1, extra: 1 },
    { diploma: "bts", level: 5 },
    [{ on: "2024-07-05", level: 4 }],
    [{ code: "x", ects: -1 }],
  ),
  junk,
);

const stepKeys = fc.constantFrom(
  "id",
  "kind",
  "start",
  "end",
  "programmeId",
  "status",
  "block",
  "title",
  "partnerId",
  "blocks",
  "hours",
  "hostId",
  "programmeStepId",
  "gratified",
  "tutorId",
  "post",
  "openOnSaturday",
  "purpose",
  "employerId",
  "trainingHours",
  "ageException",
  "signedOn",
  "cfaStart",
  "employerStart",
  "previousContractEnd",
  "extension",
  "country",
  "hostName",
);

/** The keys each kind of step may have, besides `id`, `kind`, `start` and `end`. */
const KIND_KEYS: Record<string, readonly string[]> = {
  programme: ["programmeId", "status"],
  block: ["programmeId", "block"],
  project: ["title", "partnerId", "blocks", "hours"],
  internship: PLACEMENT_KEYS,
  pfmp: [...PLACEMENT_KEYS, "purpose"],
  apprenticeship: [
    "employerId",
    "programmeStepId",
    "trainingHours",
    "ageException",
    "signedOn",
    "cfaStart",
    "employerStart",
    "previousContractEnd",
    "extension",
  ],
  mobility: ["country", "hostName"],
};

/** A path into one step of {@link fullPathway}, to one of the keys its kind may have. */
const stepFieldPath = fc.nat(FULL.steps.length - 1).chain((index) => {
  const kind = FULL.steps[index]?.kind ?? "programme";
  return fc.tuple(
    fc.constant("steps"),
    fc.constant(index),
    fc.constantFrom("id", "kind", "start", "end", ...(KIND_KEYS[kind] ?? [])),
  );
});

const pathwayPaths: fc.Arbitrary<readonly (string | number)[]> = fc.oneof(
  fc.constantFrom<(string | number)[]>(
    [],
    ["id"],
    ["learnerId"],
    ["target"],
    ["target", "programmeId"],
    ["steps"],
  ),
  fc.tuple(fc.constant("steps"), fc.nat(12)),
  fc.tuple(fc.constant("steps"), fc.nat(12), stepKeys),
  { weight: 6, arbitrary: stepFieldPath },
  fc.tuple(fc.constant("steps"), fc.nat(12), fc.constant("blocks"), fc.nat(2)),
);

const programmeKeys = fc.constantFrom(
  "id",
  "title",
  "diploma",
  "level",
  "ects",
  "rncp",
  "blocks",
  "requires",
  "durationMonths",
  "apprenticeshipMinTrainingHours",
  "unknownKey",
);

const programmePaths: fc.Arbitrary<readonly (string | number)[]> = fc.oneof(
  fc.constant([]),
  fc.tuple(programmeKeys),
  fc.tuple(fc.constant("blocks"), fc.nat(3), fc.constantFrom("code", "title", "ects", "skills")),
  fc.tuple(fc.constant("blocks"), fc.nat(3), fc.constant("skills"), fc.nat(1)),
  fc.tuple(
    fc.constant("requires"),
    fc.constantFrom("any", "all", "of", "atLeast", "level", "ects", "blocks", "min", "shareable"),
  ),
  fc.tuple(fc.constant("requires"), fc.constantFrom("any", "all"), fc.nat(2)),
  fc.tuple(
    fc.constant("requires"),
    fc.constantFrom("any", "all"),
    fc.nat(2),
    fc.constantFrom("level", "diploma", "ects", "programme", "block", "extra"),
  ),
);

const learnerPaths: fc.Arbitrary<readonly (string | number)[]> = fc.oneof(
  fc.constant([]),
  fc.tuple(
    fc.constantFrom(
      "id",
      "birthDate",
      "completedLowerSecondary",
      "rqth",
      "achievements",
      "level",
      "skills",
    ),
  ),
  fc.tuple(fc.constant("achievements"), fc.nat(2)),
  fc.tuple(
    fc.constant("achievements"),
    fc.nat(2),
    fc.constantFrom("on", "programmeId", "block", "diploma", "level", "ects"),
  ),
);

const RICH_PROGRAMME = {
  ...LP,
  rncp: "rncp 36315",
  durationMonths: 12,
  apprenticeshipMinTrainingHours: 400,
  blocks: [
    { code: "LP-BC01", title: "Automatisme", ects: 20, skills: ["H2903"] },
    { code: "LP-BC02", ects: 20 },
  ],
  requires: {
    all: [
      { level: 5 },
      { any: [{ diploma: "bts" }, { programme: "bts-electrotechnique" }, { block: "X" }] },
      { atLeast: 1, of: [{ ects: 60 }, { blocks: ["A", "B"], min: 1, shareable: true }] },
      { onlyOne: [{ level: 4 }] },
      { sequence: [{ level: 4 }, { level: 5 }] },
    ],
  },
};

const LEARNER_FACTS = {
  ...LEARNER,
  rqth: false,
  achievements: [
    { on: "2024-07-05", diploma: "bac-pro", level: 4, programmeId: "bac-pro-melec" },
    { on: "2025-06-30", block: "B1", ects: 30 },
  ],
};

describe("zod/mini twins of the pathway schemas", () => {
  it("parse valid pathways exactly as PathwaySchema", () => {
    expectSame(PathwaySchema, MiniPathwaySchema, fullPathway());
    fc.assert(
      fc.property(pathwayArb, (pathway) => expectSame(PathwaySchema, MiniPathwaySchema, pathway)),
      { numRuns: 300 },
    );
  });

  it("parse mutated pathways exactly as PathwaySchema", () => {
    const base = FULL;
    fc.assert(
      fc.property(mutations(pathwayPaths, fieldValue, 4), (changes) => {
        expectSame(PathwaySchema, MiniPathwaySchema, tryMutate(base, changes));
      }),
      { numRuns: 5000 },
    );
  });

  it("parse junk exactly as the classic schemas", () => {
    const pairs: [ParsableSchema<unknown>, ParsableSchema<unknown>][] = [
      [PathwaySchema, MiniPathwaySchema],
      [ProgrammeSchema, MiniProgrammeSchema],
      [LenientProgrammeSchema, MiniLenientProgrammeSchema],
      [AchievementSchema, MiniAchievementSchema],
      [LearnerFactsSchema, MiniLearnerFactsSchema],
      [z.array(z.unknown()), MiniListSchema],
    ];
    for (const value of hostileValues()) {
      for (const [classic, mini] of pairs) expectSame(classic, mini, value);
    }
    fc.assert(
      fc.property(junk, (value) => {
        for (const [classic, mini] of pairs) expectSame(classic, mini, value);
      }),
      { numRuns: 500 },
    );
  });

  it("parse valid and mutated programmes exactly as ProgrammeSchema (and its lenient form)", () => {
    for (const programme of [...PROGRAMMES, RICH_PROGRAMME]) {
      expectSame(ProgrammeSchema, MiniProgrammeSchema, programme);
      expectSame(LenientProgrammeSchema, MiniLenientProgrammeSchema, programme);
    }
    const bases = fc.constantFrom<unknown>(RICH_PROGRAMME, MELEC, BTS, LP);
    fc.assert(
      fc.property(bases, mutations(programmePaths, fieldValue, 3), (base, changes) => {
        const programme = tryMutate(base, changes);
        expectSame(ProgrammeSchema, MiniProgrammeSchema, programme);
        expectSame(LenientProgrammeSchema, MiniLenientProgrammeSchema, programme);
      }),
      { numRuns: 3000 },
    );
  });

  it("parse valid and mutated learners and achievements exactly as the classic schemas", () => {
    expectSame(LearnerFactsSchema, MiniLearnerFactsSchema, LEARNER_FACTS);
    fc.assert(
      fc.property(mutations(learnerPaths, fieldValue, 3), (changes) => {
        const learner = tryMutate(LEARNER_FACTS, changes) as { achievements?: unknown };
        expectSame(LearnerFactsSchema, MiniLearnerFactsSchema, learner);
        const achievements = Array.isArray(learner?.achievements) ? learner.achievements : [];
        for (const achievement of achievements) {
          expectSame(AchievementSchema, MiniAchievementSchema, achievement);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it("shape RNCP codes as identifierSchema does, long ones included", () => {
    for (const rncp of ["rncp 36315", " RNCP\u00a036315 ", "rncp 1", `rncp ${"1".repeat(70)}`]) {
      const programme = { ...CAP_WITH_RNCP, rncp };
      expectSame(ProgrammeSchema, MiniProgrammeSchema, programme);
      expectSame(LenientProgrammeSchema, MiniLenientProgrammeSchema, programme);
    }
  });
});

const CAP_WITH_RNCP = { id: "cap", title: "CAP", diploma: "cap", level: 3 };
