import { describe, expectTypeOf, it } from "vitest";
import type * as z from "zod";
import {
  type Certification,
  type CertificationSchema,
  createRegistry,
  type Establishment,
  type EstablishmentSchema,
  type Partner,
  type Programme,
  partnerFromEstablishment,
  programmeFromCertification,
  type RegistryIssueCode,
  type RegistryLookup,
  type Result,
  readEstablishmentDirectory,
  readRncpExport,
} from "../../src/index.js";

describe("registry types", () => {
  it("proves each interface equals its schema's output", () => {
    expectTypeOf<z.output<typeof CertificationSchema>>().toEqualTypeOf<Certification>();
    expectTypeOf<z.output<typeof EstablishmentSchema>>().toEqualTypeOf<Establishment>();
  });

  it("types readers and builders as Results of registry codes", () => {
    expectTypeOf(readRncpExport({})).toEqualTypeOf<
      Result<{ certifications: Certification[]; exportedOn?: string }, RegistryIssueCode>
    >();
    expectTypeOf(readEstablishmentDirectory("")).toEqualTypeOf<
      Result<Establishment[], RegistryIssueCode>
    >();
    const registry = createRegistry({});
    expectTypeOf(registry).toExtend<RegistryLookup>();
    expectTypeOf(programmeFromCertification(registry, "RNCP1")).toEqualTypeOf<
      Result<Programme, RegistryIssueCode>
    >();
    expectTypeOf(partnerFromEstablishment(registry, "0710010A")).toEqualTypeOf<
      Result<Partner, RegistryIssueCode>
    >();
  });
});
