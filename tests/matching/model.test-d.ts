import { describe, expectTypeOf, it } from "vitest";
import type * as z from "zod";
import type {
  Allocation,
  AllocationLearner,
  AllocationMatch,
  AllocationMatchSchema,
  AllocationProblem,
  AllocationProblemSchema,
  AllocationProject,
  AllocationSchema,
  AllocationSupervisor,
  LevelRange,
  ProjectOffer,
  ProjectOfferSchema,
  ProjectSkill,
} from "../../src/index.js";
import type { Interchangeable } from "../helpers/same-type.js";

// Each public model type is an interface (or a union of them) written out for readers; its zod
// schema is the runtime check. These tests prove, in both directions, that the two are the same
// type, so that they can never drift apart.
describe("matching: each interface is its schema's output", () => {
  it("ProjectSkill", () => {
    expectTypeOf<ProjectSkill>().toEqualTypeOf<
      z.output<typeof ProjectOfferSchema>["skills"][number]
    >();
    expectTypeOf<
      Interchangeable<ProjectSkill, z.output<typeof ProjectOfferSchema>["skills"][number]>
    >().toEqualTypeOf<true>();
  });
  it("LevelRange", () => {
    expectTypeOf<LevelRange>().toEqualTypeOf<
      NonNullable<z.output<typeof ProjectOfferSchema>["levels"]>
    >();
    expectTypeOf<
      Interchangeable<LevelRange, NonNullable<z.output<typeof ProjectOfferSchema>["levels"]>>
    >().toEqualTypeOf<true>();
  });
  it("ProjectOffer", () => {
    expectTypeOf<ProjectOffer>().toEqualTypeOf<z.output<typeof ProjectOfferSchema>>();
    expectTypeOf<
      Interchangeable<ProjectOffer, z.output<typeof ProjectOfferSchema>>
    >().toEqualTypeOf<true>();
  });
  it("AllocationLearner", () => {
    expectTypeOf<AllocationLearner>().toEqualTypeOf<
      z.output<typeof AllocationProblemSchema>["learners"][number]
    >();
    expectTypeOf<
      Interchangeable<
        AllocationLearner,
        z.output<typeof AllocationProblemSchema>["learners"][number]
      >
    >().toEqualTypeOf<true>();
  });
  it("AllocationProject", () => {
    expectTypeOf<AllocationProject>().toEqualTypeOf<
      z.output<typeof AllocationProblemSchema>["projects"][number]
    >();
    expectTypeOf<
      Interchangeable<
        AllocationProject,
        z.output<typeof AllocationProblemSchema>["projects"][number]
      >
    >().toEqualTypeOf<true>();
  });
  it("AllocationSupervisor", () => {
    expectTypeOf<AllocationSupervisor>().toEqualTypeOf<
      z.output<typeof AllocationProblemSchema>["supervisors"][number]
    >();
    expectTypeOf<
      Interchangeable<
        AllocationSupervisor,
        z.output<typeof AllocationProblemSchema>["supervisors"][number]
      >
    >().toEqualTypeOf<true>();
  });
  it("AllocationProblem", () => {
    expectTypeOf<AllocationProblem>().toEqualTypeOf<z.output<typeof AllocationProblemSchema>>();
    expectTypeOf<
      Interchangeable<AllocationProblem, z.output<typeof AllocationProblemSchema>>
    >().toEqualTypeOf<true>();
  });
  it("AllocationMatch", () => {
    expectTypeOf<AllocationMatch>().toEqualTypeOf<z.output<typeof AllocationMatchSchema>>();
    expectTypeOf<
      Interchangeable<AllocationMatch, z.output<typeof AllocationMatchSchema>>
    >().toEqualTypeOf<true>();
  });
  it("Allocation", () => {
    expectTypeOf<Allocation>().toEqualTypeOf<z.output<typeof AllocationSchema>>();
    expectTypeOf<
      Interchangeable<Allocation, z.output<typeof AllocationSchema>>
    >().toEqualTypeOf<true>();
  });
});
