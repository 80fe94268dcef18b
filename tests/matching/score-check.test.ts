/**
 * The cheap check that scoring runs on every pair (learnerLooksValid, projectLooksValid) must
 * agree with the model's zod schemas on every field scoring reads: when it says yes, zod says
 * yes too (no silent accept), and when it says no, scoring reports zod's issues.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ProjectOfferSchema } from "../../src/matching/index.js";
import { learnerLooksValid, projectLooksValid } from "../../src/matching/score.js";
import { LearnerSchema } from "../../src/pathway/index.js";
import { hostileValues } from "../helpers/junk.js";
import { ANA, COBOT } from "./fixtures.js";

/** The learner fields scoring reads, with the schema's own rules. */
const LearnerReadSchema = LearnerSchema.pick({
  id: true,
  level: true,
  status: true,
  skills: true,
  interests: true,
  availability: true,
  location: true,
  maxDistanceKm: true,
});

/** The project fields scoring reads. */
const ProjectReadSchema = ProjectOfferSchema.pick({
  id: true,
  start: true,
  end: true,
  skills: true,
  levels: true,
  statuses: true,
  location: true,
  remote: true,
});

/** Values close to valid ones, and the edge cases of each check. */
const edgeValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(
    undefined,
    null,
    0,
    -0,
    1,
    4,
    5,
    8,
    9,
    1.5,
    -1,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    Number.MAX_VALUE,
    "",
    "x",
    "H2913",
    "apprentice",
    "retired",
    "2026-02-29",
    "2024-02-29",
    "2026-01-05",
    "2026-13-01",
    true,
    false,
    [],
    [1],
    [null],
    ["x", 2],
    ["student", "pupil"],
    [{ code: "H2913", level: 2 }],
    [{ code: "H2913", level: 5 }],
    [{ code: "", level: 2 }],
    [{ code: "H2913", level: 3, essential: true }],
    [{ code: "H2913", level: 3, essential: "yes" }],
    [{ start: "2026-01-05", end: "2026-06-30" }],
    [{ start: "2026-06-30", end: "2026-01-05" }],
    [{ start: "2026-01-05" }],
    { lat: 46.8, lon: 4.4 },
    { lat: 91, lon: 0 },
    { lat: 0, lon: Number.NaN },
    { lat: "46", lon: 4 },
    { min: 3 },
    { min: 0 },
    { max: 9 },
    { min: 5, max: 3 },
    {},
  ),
  fc.anything(),
);

/** Edge values, and lists of records whose fields are edge values (skills, periods, points). */
const nearValue: fc.Arbitrary<unknown> = fc.oneof(
  edgeValue,
  fc.array(
    fc.oneof(
      fc.record({ code: edgeValue, level: edgeValue }),
      fc.record({ code: edgeValue, level: edgeValue, essential: edgeValue }),
      fc.record({ start: edgeValue, end: edgeValue }),
      edgeValue,
    ),
    { maxLength: 3 },
  ),
  fc.record({ lat: edgeValue, lon: edgeValue }),
  fc.record({ min: edgeValue, max: edgeValue }, { requiredKeys: [] }),
);

/** A valid record with some of its read fields replaced or removed. */
function mutated(base: object, fields: readonly string[]): fc.Arbitrary<unknown> {
  return fc
    .dictionary(fc.constantFrom(...fields), fc.option(nearValue, { nil: undefined }), {
      maxKeys: 3,
    })
    .chain((changes) =>
      fc.boolean().map((drop) => {
        const record: Record<string, unknown> = { ...base };
        for (const [key, value] of Object.entries(changes)) {
          if (value === undefined && drop) delete record[key];
          else record[key] = value;
        }
        return record;
      }),
    );
}

const LEARNER_FIELDS = Object.keys(LearnerReadSchema.shape);
const PROJECT_FIELDS = Object.keys(ProjectReadSchema.shape);

/** zod's verdict on a learner's read fields (input that throws when read is not accepted). */
function learnerAccepted(value: unknown): boolean {
  try {
    return LearnerReadSchema.safeParse(value).success;
  } catch {
    return false;
  }
}

/** zod's verdict on a project's read fields, plus the period rule scoring adds. */
function projectAccepted(value: unknown): boolean {
  try {
    const parsed = ProjectReadSchema.safeParse(value);
    return parsed.success && parsed.data.end >= parsed.data.start;
  } catch {
    return false;
  }
}

/** The cheap check's verdict (input that throws when read is not accepted, as in scoring). */
function cheapVerdict(check: (value: unknown) => boolean, value: unknown): boolean {
  try {
    return check(value);
  } catch {
    return false;
  }
}

describe("the cheap check of scoring", () => {
  it("agrees with LearnerSchema on the fields scoring reads", () => {
    fc.assert(
      fc.property(mutated(ANA, LEARNER_FIELDS), (learner) => {
        expect(learnerLooksValid(learner)).toBe(learnerAccepted(learner));
      }),
      { numRuns: 3000 },
    );
  });

  it("agrees with ProjectOfferSchema on the fields scoring reads", () => {
    fc.assert(
      fc.property(mutated(COBOT, PROJECT_FIELDS), (project) => {
        expect(projectLooksValid(project)).toBe(projectAccepted(project));
      }),
      { numRuns: 3000 },
    );
  });

  it("agrees on hostile values in every read field", () => {
    for (const value of hostileValues()) {
      for (const field of LEARNER_FIELDS) {
        const learner = { ...ANA, [field]: value };
        expect(cheapVerdict(learnerLooksValid, learner), `learner.${field}`).toBe(
          learnerAccepted(learner),
        );
      }
      for (const field of PROJECT_FIELDS) {
        const project = { ...COBOT, [field]: value };
        expect(cheapVerdict(projectLooksValid, project), `project.${field}`).toBe(
          projectAccepted(project),
        );
      }
    }
  });
});
