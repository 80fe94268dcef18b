import { describe, expect, it } from "vitest";
import { type Campus, CMQ_ITIP, checkCampusNetwork, type Partner } from "../../src/campus/index.js";
import { createRegistry } from "../../src/registry/index.js";

const data = () => structuredClone(CMQ_ITIP) as { campus: Campus; partners: Partner[] };

const registry = createRegistry({
  establishments: [
    {
      uai: "0719903D",
      name: "Lycée des Forges",
      type: "Lycée",
      kind: "upper-secondary-school",
      siret: "19710001200017",
      status: "closed",
      closedOn: "2030-06-30",
      source: "annuaire",
    },
  ],
});

const registryIssues = (
  edit: (d: { campus: Campus; partners: Partner[] }) => void,
  options: object = {},
) => {
  const d = data();
  edit(d);
  return checkCampusNetwork(d.campus, d.partners, { on: "2022-09-01", registry, ...options })
    .issues.filter((issue) => issue.code.startsWith("registry.") || issue.path[0] === "registry")
    .map((issue) => [issue.code, issue.path]);
};

describe("checkCampusNetwork with options.registry (CONTRACT §7)", () => {
  it("reports a lycée the Annuaire does not list, and never a kind the registry does not hold", () => {
    // The Annuaire is given, the ESR list is not: universities are never "unknown".
    expect(registryIssues(() => {}).filter(([code]) => code === "registry.unknown_uai")).toEqual([
      ["registry.unknown_uai", ["partners", 6, "uai"]],
    ]);
  });

  it("reports an establishment closed before a membership of it ends, judged on the membership's end", () => {
    const closing = (to: string) =>
      registryIssues((d) => {
        const member = d.campus.members.find((m) => m.partnerId === "lycee-des-forges");
        if (member !== undefined) member.to = to;
      }).filter(([code]) => code === "registry.closed_establishment");
    expect(closing("2029-06-30")).toEqual([]);
    expect(closing("2031-01-01")).toEqual([
      ["registry.closed_establishment", ["campus", "members", 5]],
    ]);
  });

  it("reports a SIRET that is not the directory's", () => {
    const issues = registryIssues((d) => {
      (d.partners.find((p) => p.id === "lycee-des-forges") as Partner).siret = "55210055400013";
    });
    expect(issues).toContainEqual(["registry.siret_mismatch", ["partners", 5, "siret"]]);
  });

  it("reports a registry option that is not one, and never throws on a throwing registry", () => {
    expect(registryIssues(() => {}, { registry: "registry.json" })).toEqual([
      ["network.invalid_input", ["registry"]],
    ]);
    const throwing = {
      certification: () => {
        throw new Error("boom");
      },
      block: () => undefined,
      establishment: () => {
        throw new Error("boom");
      },
      holds: () => true,
    };
    expect(() =>
      checkCampusNetwork(data().campus, data().partners, { on: "2022-09-01", registry: throwing }),
    ).not.toThrow();
  });
});
