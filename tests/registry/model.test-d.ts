import { describe, expectTypeOf, it } from "vitest";
import type * as z from "zod";
import type {
  Certification,
  CertificationBlock,
  CertificationSchema,
  Certifier,
  Establishment,
  EstablishmentSchema,
} from "../../src/index.js";
import type { Interchangeable } from "../helpers/same-type.js";

// Each public model type is an interface (or a union of them) written out for readers; its zod
// schema is the runtime check. These tests prove, in both directions, that the two are the same
// type, so that they can never drift apart.
describe("registry: each interface is its schema's output", () => {
  it("CertificationBlock", () => {
    expectTypeOf<CertificationBlock>().toEqualTypeOf<
      z.output<typeof CertificationSchema>["blocks"][number]
    >();
    expectTypeOf<
      Interchangeable<CertificationBlock, z.output<typeof CertificationSchema>["blocks"][number]>
    >().toEqualTypeOf<true>();
  });
  it("Certifier", () => {
    expectTypeOf<Certifier>().toEqualTypeOf<
      z.output<typeof CertificationSchema>["certifiers"][number]
    >();
    expectTypeOf<
      Interchangeable<Certifier, z.output<typeof CertificationSchema>["certifiers"][number]>
    >().toEqualTypeOf<true>();
  });
  it("Certification", () => {
    expectTypeOf<Certification>().toEqualTypeOf<z.output<typeof CertificationSchema>>();
    expectTypeOf<
      Interchangeable<Certification, z.output<typeof CertificationSchema>>
    >().toEqualTypeOf<true>();
  });
  it("Establishment", () => {
    expectTypeOf<Establishment>().toEqualTypeOf<z.output<typeof EstablishmentSchema>>();
    expectTypeOf<
      Interchangeable<Establishment, z.output<typeof EstablishmentSchema>>
    >().toEqualTypeOf<true>();
  });
});
