import { describe, expect, it } from "vitest";
import { MaxScoreProblemSchema } from "../../../src/matching/index.js";

describe("MaxScoreProblemSchema", () => {
  const problem = {
    learners: [{ id: "ada" }],
    projects: [{ id: "cobot", capacity: 2, supervisorId: "dupont" }],
    supervisors: [{ id: "dupont", capacity: 1 }],
    scores: [{ learnerId: "ada", projectId: "cobot", score: -0.5 }],
  };

  it("accepts a problem, with or without supervisors", () => {
    expect(MaxScoreProblemSchema.parse(problem)).toEqual(problem);
    const { supervisors: _, ...withoutSupervisors } = problem;
    expect(MaxScoreProblemSchema.safeParse(withoutSupervisors).success).toBe(true);
  });

  it("rejects capacities that are not whole numbers ≥ 1, non-finite scores and empty ids", () => {
    const bad = (change: object) =>
      MaxScoreProblemSchema.safeParse({ ...problem, ...change }).success;
    expect(bad({ projects: [{ id: "cobot", capacity: 0 }] })).toBe(false);
    expect(bad({ projects: [{ id: "cobot", capacity: 1.5 }] })).toBe(false);
    expect(bad({ supervisors: [{ id: "dupont", capacity: Number.NaN }] })).toBe(false);
    expect(
      bad({ scores: [{ learnerId: "ada", projectId: "cobot", score: Number.POSITIVE_INFINITY }] }),
    ).toBe(false);
    expect(bad({ learners: [{ id: "" }] })).toBe(false);
  });
});
