import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  checkDatasetShape,
  parseDataset,
  validateDataset,
  validateDatasetJson,
} from "../../src/dataset/index.js";
import { CmqError, formatPath, type Issue } from "../../src/shared/index.js";
import { deepFreeze, hostileValues, junk, prototypeIsClean } from "../helpers/junk.js";
import { vrai } from "./producers.js";

const ON = "2026-01-15";

function codesAt(issues: Issue[]): string[] {
  return issues.map((issue) => `${issue.code} @ ${formatPath(issue.path)}`);
}

function errorsOf(data: unknown, on = ON): string[] {
  return codesAt(
    validateDataset(data, { on }).issues.filter((issue) => issue.severity === "error"),
  );
}

describe("validateDataset on examples/vrai.json", () => {
  it("accepts the example, on several dates, with its known warning", () => {
    for (const on of ["2020-09-01", "2024-03-01", ON, "2029-12-31"]) {
      const result = validateDataset(vrai(), { on });
      expect(result.ok, on).toBe(true);
      expect(codesAt(result.issues)).toEqual(["pathway.target_not_reached @ pathways[8].target"]);
    }
  });

  it("returns the parsed dataset, leaving the input unchanged", () => {
    const input = deepFreeze(vrai());
    const before = JSON.stringify(input);
    const result = validateDataset(input, { on: ON });
    expect(result.ok && result.value.learners?.length).toBe(12);
    expect(JSON.stringify(input)).toBe(before);
  });
});

describe("validateDataset on mutated copies", () => {
  it("reports references to unknown partners, learners, programmes and projects", () => {
    const data = vrai();
    data.projects[0].partnerId = "nowhere";
    data.pathways[0].steps[1].hostId = "ghost-company";
    data.pathways[0].steps[6].employerId = "ghost-employer";
    data.pathways[0].steps[8].partnerId = "ghost-partner";
    data.learners[1].achievements[0].programmeId = "ghost-programme";
    data.learners[0].preferences.push("ghost-project");
    data.campus.sites[0].partnerId = "ghost-site-owner";
    data.campus.fundings[0].partnerId = "ghost-funder";
    data.pathways[1].learnerId = "ghost-learner";
    expect(errorsOf(data)).toEqual([
      "network.unknown_partner @ campus.fundings[0].partnerId",
      "network.unknown_partner @ campus.sites[0].partnerId",
      "dataset.unknown_reference @ learners[0].preferences[3]",
      "dataset.unknown_reference @ learners[1].achievements[0].programmeId",
      "dataset.unknown_reference @ pathways[0].steps[1].hostId",
      "dataset.unknown_reference @ pathways[0].steps[6].employerId",
      "dataset.unknown_reference @ pathways[0].steps[8].partnerId",
      "dataset.unknown_reference @ pathways[1].learnerId",
      "dataset.unknown_reference @ projects[0].partnerId",
    ]);
  });

  it("reports duplicate ids at the second entry, naming the first", () => {
    const data = vrai();
    data.partners.push({ ...data.partners[3] });
    data.programmes.push({ ...data.programmes[0] });
    data.learners.push({ ...data.learners[0] });
    data.pathways.push({ ...data.pathways[0], learnerId: "l-lea" });
    data.projects.push({ ...data.projects[2] });
    data.programmes[4].blocks.push({ ...data.programmes[4].blocks[0] });
    const issues = validateDataset(data, { on: ON }).issues.filter(
      (i) => i.code === "dataset.duplicate_id",
    );
    expect(codesAt(issues)).toEqual([
      "dataset.duplicate_id @ partners[18].id",
      "dataset.duplicate_id @ programmes[4].blocks[4].code",
      "dataset.duplicate_id @ programmes[10].id",
      "dataset.duplicate_id @ learners[12].id",
      "dataset.duplicate_id @ pathways[10].id",
      "dataset.duplicate_id @ projects[7].id",
    ]);
    expect(issues[0]?.params).toMatchObject({
      kind: "partner",
      id: "cu-creusot-montceau",
      first: "partners[3]",
    });
    expect(issues[0]?.message).toBe(
      'Duplicate partner id "cu-creusot-montceau" (first used at partners[3]).',
    );
  });

  it("runs every module's rules with paths into the dataset", () => {
    const data = vrai();
    data.campus.labels[0].durationYears = 7;
    data.partners[10].siret = "55210055400014";
    data.partners[0].uai = "0251234K";
    data.programmes[4].rncp = "RNCP12";
    data.learners[0].birthDate = "1990-01-01";
    data.campus.members = data.campus.members.filter(
      (m: { roles: string[] }) => !m.roles.includes("carrier"),
    );
    expect(errorsOf(data)).toEqual([
      "label.duration_out_of_range @ campus.labels[0].durationYears",
      "network.no_carrier @ campus.members",
      "network.invalid_uai @ partners[0].uai",
      "network.invalid_siret @ partners[10].siret",
      "ids.invalid_format @ programmes[4].rncp",
      "apprenticeship.age_out_of_range @ pathways[0].steps[6]",
    ]);
  });

  it("reports wrong types at every level, and keeps checking the rest", () => {
    const data = vrai();
    data.campus.name = 42;
    data.partners[2].kind = "bank";
    data.programmes[1].level = 9;
    data.learners[3].skills[0].level = "expert";
    data.pathways[2].steps[1].start = "2024-02-30";
    data.projects[1].capacity = 1.5;
    data.learners[0].preferences.push("ghost-project");
    expect(errorsOf(data)).toEqual([
      "dataset.invalid_input @ campus.name",
      "dataset.invalid_input @ partners[2].kind",
      "dataset.invalid_input @ programmes[1].level",
      "dataset.unknown_reference @ learners[0].preferences[3]",
      "dataset.invalid_input @ learners[3].skills[0].level",
      "pathway.invalid_input @ pathways[2].steps[1].start",
      "dataset.invalid_input @ projects[1].capacity",
    ]);
  });

  it("does not report references to entries that exist but are malformed", () => {
    const data = vrai();
    data.partners[10].kind = "bank";
    expect(errorsOf(data)).toEqual(["dataset.invalid_input @ partners[10].kind"]);
  });

  it("refuses non-objects, arrays, empty objects and missing sections", () => {
    expect(errorsOf([])).toEqual(["dataset.invalid_input @ (root)"]);
    expect(errorsOf("text")).toEqual(["dataset.invalid_input @ (root)"]);
    expect(errorsOf({})).toEqual([
      "dataset.invalid_input @ campus",
      "dataset.invalid_input @ partners",
    ]);
    expect(errorsOf({ ...vrai(), partners: {} })).toContain("dataset.invalid_input @ partners");
    expect(errorsOf({ ...vrai(), pathways: "none" })).toEqual(["dataset.invalid_input @ pathways"]);
  });

  it("refuses data nested too deep before reading it", () => {
    let deep: unknown = {};
    for (let i = 0; i < 100_000; i++) deep = { all: [deep] };
    const data = { ...vrai(), programmes: [{ ...vrai().programmes[0], requires: deep }] };
    const result = validateDataset(data, { on: ON });
    expect(result.ok).toBe(false);
    expect(result.issues[0]?.code).toBe("dataset.too_deep");
    expect(result.issues[0]?.path.slice(0, 3)).toEqual(["programmes", 0, "requires"]);
  });

  it("reports a bad reference date", () => {
    expect(errorsOf(vrai(), "2026-02-30")).toEqual(["dataset.invalid_option @ (root)"]);
    expect(validateDataset(vrai(), undefined as never).issues[0]?.code).toBe(
      "dataset.invalid_option",
    );
  });

  it("ignores __proto__ and constructor keys without polluting prototypes", () => {
    const text = JSON.stringify(vrai()).replace(
      '"campus":{',
      '"campus":{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},',
    );
    const result = validateDatasetJson(`{"__proto__":{"polluted":true},${text.slice(1)}`, {
      on: ON,
    });
    expect(result.ok).toBe(true);
    expect(prototypeIsClean()).toBe(true);
  });

  it("writes messages in French with the same codes, paths and params", () => {
    const data = vrai();
    data.projects[0].partnerId = "nowhere";
    const [english] = validateDataset(data, { on: ON }).issues.filter(
      (i) => i.severity === "error",
    );
    const [french] = validateDataset(data, { on: ON, locale: "fr" }).issues.filter(
      (i) => i.severity === "error",
    );
    expect(french).toEqual({
      ...english,
      message: "Aucun partenaire n'a l'identifiant « nowhere ».",
    });
  });
});

describe("validateDataset on junk", () => {
  it("never throws and never accepts", () => {
    for (const value of hostileValues()) {
      const result = validateDataset(value, { on: ON });
      expect(result.ok).toBe(false);
      expect(result.issues.length).toBeGreaterThan(0);
    }
    fc.assert(
      fc.property(junk, (value) => {
        expect(validateDataset(value, { on: ON }).ok).toBe(false);
      }),
      { numRuns: 300 },
    );
    expect(prototypeIsClean()).toBe(true);
  });

  it("survives junk inside every section", () => {
    // Failures are collected rather than thrown: fast-check cannot print values whose getters throw.
    const failures: string[] = [];
    fc.assert(
      fc.property(
        fc.constantFrom("campus", "partners", "programmes", "learners", "pathways", "projects"),
        fc.nat(5),
        junk,
        (section, index, value) => {
          const data = vrai();
          if (Array.isArray(data[section])) data[section][index % data[section].length] = value;
          else data[section] = value;
          try {
            const result = validateDataset(data, { on: ON });
            const unlocated = result.issues.filter((issue) => issue.path.length === 0);
            if (unlocated.length > 0) failures.push(`${section}: ${codesAt(unlocated).join(", ")}`);
          } catch (error) {
            failures.push(`${section}: threw ${(error as Error).stack ?? String(error)}`);
          }
        },
      ),
      { numRuns: 80 },
    );
    expect(failures).toEqual([]);
  }, 60_000);
});

describe("checkDatasetShape", () => {
  it("checks the shape only", () => {
    const data = vrai();
    data.projects[0].partnerId = "nowhere";
    expect(checkDatasetShape(data).ok).toBe(true);
    expect(checkDatasetShape({ campus: {} }).ok).toBe(false);
  });
});

describe("parseDataset", () => {
  it("returns the dataset or throws a CmqError", () => {
    expect(parseDataset(vrai(), { on: ON }).campus.id).toBe("cmq-itip");
    expect(() => parseDataset({}, { on: ON })).toThrow(CmqError);
  });
});

describe("validateDataset: host limits of internships and PFMP", () => {
  it("checks the quota at partners with a headcount, rounded up to whole persons", () => {
    const data = vrai();
    const extra = data.pathways.length;
    data.pathways.push(
      { ...data.pathways[9], id: "p-copy-1" },
      { ...data.pathways[9], id: "p-copy-2" },
    );
    expect(
      validateDataset(data, { on: ON }).issues.some((i) => i.code.startsWith("placement.")),
    ).toBe(false);
    const host = data.partners.find((partner: { id: string }) => partner.id === "alfa-laval");
    host.size = { headcount: 12.4 };
    const issues = validateDataset(data, { on: ON }).issues.filter((i) =>
      i.code.startsWith("placement."),
    );
    expect(issues.map((i) => [i.code, i.path])).toEqual([
      ["placement.host_quota_exceeded", ["pathways", extra + 1, "steps", 1]],
    ]);
    expect(issues[0]?.params).toMatchObject({ headcount: 13, count: 4, limit: 3 });
    host.size = { headcount: 26.1 }; // 27 persons: ceil(4.05) = 5
    expect(
      validateDataset(data, { on: ON }).issues.some((i) => i.code.startsWith("placement.")),
    ).toBe(false);
  });
});
