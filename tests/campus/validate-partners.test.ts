import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CMQ_ITIP, type Partner, validatePartners } from "../../src/campus/index.js";
import { createRegistry } from "../../src/registry/index.js";
import { hostileValues, junk } from "../helpers/junk.js";

describe("validatePartners", () => {
  it("accepts the example's partner list and returns it", () => {
    const result = validatePartners(CMQ_ITIP.partners);
    expect(result.ok).toBe(true);
    expect(result.ok && result.value.length).toBe(CMQ_ITIP.partners.length);
  });

  it("reports shapes, identifiers and repeated ids, located in the list", () => {
    const partners = [
      { id: "lycee", name: "Lycée", kind: "upper-secondary-school", uai: "0711111A" },
      { id: "lycee", name: "Autre", kind: "company", siret: "55210055400014" },
      { id: "x", name: "X", kind: "nope" },
    ];
    const result = validatePartners(partners);
    expect(result.ok).toBe(false);
    expect(result.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ["network.invalid_uai", ["partners", 0, "uai"]],
      ["network.duplicate_partner_id", ["partners", 1, "id"]],
      ["network.invalid_siret", ["partners", 1, "siret"]],
      ["network.invalid_input", ["partners", 2, "kind"]],
    ]);
  });

  it("puts the issues under options.path, and checks the registry when one is given", () => {
    const registry = createRegistry({
      establishments: [
        {
          uai: "0719903D",
          name: "Lycée",
          type: "Lycée",
          kind: "upper-secondary-school",
          status: "open",
          source: "annuaire",
        },
      ],
    });
    const partners: Partner[] = [
      { id: "a", name: "A", kind: "upper-secondary-school", uai: "0719903D" },
      { id: "b", name: "B", kind: "upper-secondary-school", uai: "0719904E" },
    ];
    const result = validatePartners(partners, { registry, path: ["annuaire", 2] });
    expect(result.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ["registry.unknown_uai", ["annuaire", 2, 1, "uai"]],
    ]);
  });

  it("never throws, on any list or option", () => {
    for (const value of hostileValues()) {
      expect(() => validatePartners(value, value as never)).not.toThrow();
    }
    fc.assert(
      fc.property(junk, fc.anything(), (partners, options) => {
        const result = validatePartners(partners, options as never);
        expect(result.ok).toBe(!result.issues.some((issue) => issue.severity === "error"));
      }),
      { numRuns: 200 },
    );
  });
});
