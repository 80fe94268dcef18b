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
import { edgeValue, mutate, mutations } from "../helpers/mutate.js";
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

/** Values of the scoring fields: codes, statuses, dates (valid or not), records, ranges. */
const scoringValue: fc.Arbitrary<unknown> = fc.constantFrom<unknown>(
  "H2913",
  "apprentice",
  "retired",
  "2026-02-29",
  "2024-02-29",
  "2026-01-05",
  "2026-13-01",
  ["x", 2],
  ["student", "pupil"],
  { code: "H2913", level: 2 },
  { code: "H2913", level: 3, essential: true },
  { start: "2026-01-05", end: "2026-06-30" },
  { start: "2026-06-30", end: "2026-01-05" },
  { lat: 46.8, lon: 4.4 },
  { lat: 91, lon: 0 },
  { min: 5, max: 3 },
);

const LEARNER_FIELDS = Object.keys(LearnerReadSchema.shape);
const PROJECT_FIELDS = Object.keys(ProjectReadSchema.shape);

/** Paths to a field, an entry of a list field, or a field of such an entry. */
function pathsInto(fields: readonly string[]): fc.Arbitrary<readonly (string | number)[]> {
  const field = fc.constantFrom(...fields);
  return fc.oneof(
    fc.tuple(field),
    fc.tuple(field, fc.nat(2)),
    fc.tuple(
      field,
      fc.nat(1),
      fc.constantFrom("code", "level", "essential", "start", "end", "lat", "lon", "min", "max"),
    ),
    fc.tuple(field, fc.constantFrom("lat", "lon", "min", "max")),
  );
}

const values = fc.oneof(edgeValue, scoringValue);
const mutatedLearner = mutations(pathsInto(LEARNER_FIELDS), values).map((m) => mutate(ANA, m));
const mutatedProject = mutations(pathsInto(PROJECT_FIELDS), values).map((m) => mutate(COBOT, m));

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
      fc.property(mutatedLearner, (learner) => {
        expect(learnerLooksValid(learner)).toBe(learnerAccepted(learner));
      }),
      { numRuns: 3000 },
    );
  });

  it("agrees with ProjectOfferSchema on the fields scoring reads", () => {
    fc.assert(
      fc.property(mutatedProject, (project) => {
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
