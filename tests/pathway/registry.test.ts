import { describe, expect, it } from "vitest";
import { type Programme, type Step, validatePathway } from "../../src/index.js";
import { type Certification, createRegistry } from "../../src/registry/index.js";
import { pathwayOf } from "./fixtures.js";

const fiche = (code: string, extra: Partial<Certification> = {}): Certification => ({
  code,
  title: `Fiche ${code}`,
  level: 5,
  active: true,
  blocks: [{ code: `${code}BC01`, title: "Bloc 1" }],
  nsf: [],
  rome: [],
  certifiers: [],
  ...extra,
});

const registry = createRegistry({
  certifications: [
    fiche("RNCP35340"),
    fiche("RNCP34000", { active: false, registrationEnd: "2025-08-31" }),
    fiche("RNCP36000", { level: 6 }),
  ],
});

const programmes: Programme[] = [
  { id: "bts-ok", title: "BTS", diploma: "bts", level: 5, rncp: "RNCP35340" },
  { id: "bts-old", title: "BTS ancien", diploma: "bts", level: 5, rncp: "RNCP34000" },
  { id: "bts-level", title: "BTS niveau", diploma: "bts", level: 5, rncp: "RNCP36000" },
  { id: "bts-gone", title: "BTS inconnu", diploma: "bts", level: 5, rncp: "RNCP99999" },
];

const step = (id: string, programmeId: string, start: string): Step => ({
  id,
  kind: "programme",
  programmeId,
  status: "student",
  start,
  end: "2027-06-30",
});

const registryCodes = (steps: Step[], options: Record<string, unknown> = {}) =>
  validatePathway(pathwayOf(steps), { learner: { id: "l1" }, programmes, registry, ...options })
    .issues.filter(
      (issue) => issue.code.startsWith("registry.") || issue.code === "pathway.invalid_option",
    )
    .map((issue) => [issue.code, issue.path]);

describe("validatePathway with options.registry (CONTRACT §7)", () => {
  it("accepts a registered, active certification and one of its blocks", () => {
    expect(
      registryCodes([
        step("a", "bts-ok", "2025-09-01"),
        {
          id: "b",
          kind: "block",
          programmeId: "bts-ok",
          block: "RNCP35340BC01",
          start: "2025-09-01",
          end: "2026-06-30",
        },
      ]),
    ).toEqual([]);
  });

  it("reports an unknown certification, an unknown block, a level that differs, on the step", () => {
    expect(
      registryCodes([
        step("gone", "bts-gone", "2025-09-01"),
        step("level", "bts-level", "2025-09-01"),
        {
          id: "b",
          kind: "block",
          programmeId: "bts-ok",
          block: "RNCP35340BC09",
          start: "2025-09-01",
          end: "2026-06-30",
        },
      ]),
    ).toEqual([
      ["registry.unknown_certification", ["steps", 0]],
      ["registry.level_mismatch", ["steps", 1]],
      ["registry.unknown_block", ["steps", 2]],
    ]);
  });

  it("judges a certification's end on the step's start: the day it ends it is still registered", () => {
    expect(registryCodes([step("s", "bts-old", "2025-08-31")])).toEqual([]);
    expect(registryCodes([step("s", "bts-old", "2025-09-01")])).toEqual([
      ["registry.inactive_certification", ["steps", 0]],
    ]);
  });

  it("reports a registry option that is not one, in French too, and checks nothing then", () => {
    expect(
      registryCodes([step("gone", "bts-gone", "2025-09-01")], { registry: { certification: 1 } }),
    ).toEqual([["pathway.invalid_option", ["registry"]]]);
    const [issue] = validatePathway(pathwayOf([]), {
      learner: { id: "l1" },
      programmes,
      registry: "registry.json" as never,
      locale: "fr",
    }).issues;
    expect(issue?.message).toBe(
      'Option registry : un répertoire (createRegistry de cmq-kit/registry) est attendu, et non "registry.json" ; aucune vérification au répertoire n\'a été faite.',
    );
  });
});
