import { describe, expectTypeOf, it } from "vitest";
import type * as z from "zod";
import type {
  MaxScoreLearner,
  MaxScorePair,
  MaxScoreProblem,
  MaxScoreProblemSchema,
  MaxScoreProject,
  MaxScoreSupervisor,
} from "../../../src/index.js";
import type { Interchangeable } from "../../helpers/same-type.js";

// Each public model type is an interface (or a union of them) written out for readers; its zod
// schema is the runtime check. These tests prove, in both directions, that the two are the same
// type, so that they can never drift apart.
describe("assignment: each interface is its schema's output", () => {
  it("MaxScoreLearner", () => {
    expectTypeOf<MaxScoreLearner>().toEqualTypeOf<
      z.output<typeof MaxScoreProblemSchema>["learners"][number]
    >();
    expectTypeOf<
      Interchangeable<MaxScoreLearner, z.output<typeof MaxScoreProblemSchema>["learners"][number]>
    >().toEqualTypeOf<true>();
  });
  it("MaxScoreProject", () => {
    expectTypeOf<MaxScoreProject>().toEqualTypeOf<
      z.output<typeof MaxScoreProblemSchema>["projects"][number]
    >();
    expectTypeOf<
      Interchangeable<MaxScoreProject, z.output<typeof MaxScoreProblemSchema>["projects"][number]>
    >().toEqualTypeOf<true>();
  });
  it("MaxScoreSupervisor", () => {
    expectTypeOf<MaxScoreSupervisor>().toEqualTypeOf<
      NonNullable<z.output<typeof MaxScoreProblemSchema>["supervisors"]>[number]
    >();
    expectTypeOf<
      Interchangeable<
        MaxScoreSupervisor,
        NonNullable<z.output<typeof MaxScoreProblemSchema>["supervisors"]>[number]
      >
    >().toEqualTypeOf<true>();
  });
  it("MaxScorePair", () => {
    expectTypeOf<MaxScorePair>().toEqualTypeOf<
      z.output<typeof MaxScoreProblemSchema>["scores"][number]
    >();
    expectTypeOf<
      Interchangeable<MaxScorePair, z.output<typeof MaxScoreProblemSchema>["scores"][number]>
    >().toEqualTypeOf<true>();
  });
  it("MaxScoreProblem", () => {
    expectTypeOf<MaxScoreProblem>().toEqualTypeOf<z.output<typeof MaxScoreProblemSchema>>();
    expectTypeOf<
      Interchangeable<MaxScoreProblem, z.output<typeof MaxScoreProblemSchema>>
    >().toEqualTypeOf<true>();
  });
});
