import { describe, expectTypeOf, it } from "vitest";
import type * as z from "zod";
import type { CampusDataset, CampusDatasetSchema } from "../../src/index.js";
import type { Interchangeable } from "../helpers/same-type.js";

// Each public model type is an interface (or a union of them) written out for readers; its zod
// schema is the runtime check. These tests prove, in both directions, that the two are the same
// type, so that they can never drift apart.
describe("dataset: each interface is its schema's output", () => {
  it("CampusDataset", () => {
    expectTypeOf<CampusDataset>().toEqualTypeOf<z.output<typeof CampusDatasetSchema>>();
    expectTypeOf<
      Interchangeable<CampusDataset, z.output<typeof CampusDatasetSchema>>
    >().toEqualTypeOf<true>();
  });
});
