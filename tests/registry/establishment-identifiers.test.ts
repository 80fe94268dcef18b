import { describe, expect, it } from "vitest";
import { EstablishmentSchema } from "../../src/registry/index.js";

describe("EstablishmentSchema normalises and checks identifiers (CONTRACT §2)", () => {
  const base = { name: "Lycée", type: "Lycée", kind: "upper-secondary-school" } as const;
  const rest = { status: "open", source: "annuaire" } as const;

  it("outputs canonical UAI and SIRET (the SIREN is the SIRET's first 9 digits, as given)", () => {
    const parsed = EstablishmentSchema.parse({
      ...base,
      ...rest,
      uai: "0710 010a",
      siret: "552 100 554 00013",
      siren: "552100554",
    });
    expect([parsed.uai, parsed.siret, parsed.siren]).toEqual([
      "0710010A",
      "55210055400013",
      "552100554",
    ]);
  });

  it("refuses wrong ones", () => {
    for (const wrong of [{ uai: "071999" }, { uai: "0710010A", siret: "55210055400014" }]) {
      expect(EstablishmentSchema.safeParse({ ...base, ...rest, ...wrong }).success).toBe(false);
    }
  });
});
