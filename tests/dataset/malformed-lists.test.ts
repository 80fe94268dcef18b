import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkDatasetShape, validateDataset } from "../../src/dataset/index.js";
import { ProjectOfferSchema } from "../../src/matching/index.js";
import type { Issue } from "../../src/shared/index.js";
import { vrai } from "./producers.js";

const ON = "2026-01-15";

/** The entries of `section` that have shape issues listed, in order, each once. */
function listedEntries(issues: readonly Issue[], path: readonly (string | number)[]): number[] {
  const entries = new Set<number>();
  for (const issue of issues) {
    if (issue.code !== "dataset.invalid_input") continue;
    if (!path.every((key, x) => issue.path[x] === key)) continue;
    entries.add(issue.path[path.length] as number);
  }
  return [...entries];
}

function truncations(issues: readonly Issue[]): Issue[] {
  return issues.filter((issue) => issue.code.endsWith(".issues_truncated"));
}

const SECTIONS = ["partners", "programmes", "learners", "pathways", "projects"] as const;

describe("validateDataset: long lists of malformed entries", () => {
  it.each(SECTIONS)("lists the first 1000 malformed %s and counts the others", (section) => {
    const data = vrai();
    const kept = data[section].length;
    const junk = Array.from({ length: 1501 }, (_, i) => (i % 3 === 0 ? null : { id: i }));
    data[section].push(...junk);
    const { issues } = validateDataset(data, { on: ON });
    expect(listedEntries(issues, [section])).toEqual(
      Array.from({ length: 1000 }, (_, i) => kept + i),
    );
    expect(truncations(issues).map((issue) => [issue.path, issue.severity, issue.params])).toEqual([
      [[section], "info", { where: section, listed: 1000, omitted: 501 }],
    ]);
  });

  it("says so in French", () => {
    const data = vrai();
    data.learners.push(...new Array(1002).fill(7));
    const issue = truncations(validateDataset(data, { on: ON, locale: "fr" }).issues)[0];
    expect(issue?.message).toBe(
      "learners : 2 autres entrées mal formées ont été trouvées mais non listées (au plus 1000 par liste).",
    );
  });

  it("still checks the well-formed entries past the bound", () => {
    const data = vrai();
    const first = data.projects[0];
    data.projects.push(
      ...new Array(1200).fill(null),
      { ...first },
      { ...first, id: "late", partnerId: "nobody" },
    );
    const { issues } = validateDataset(data, { on: ON });
    const at = data.projects.length - 2;
    expect(issues).toContainEqual(
      expect.objectContaining({ code: "dataset.duplicate_id", path: ["projects", at, "id"] }),
    );
    expect(issues).toContainEqual(
      expect.objectContaining({
        code: "dataset.unknown_reference",
        path: ["projects", at + 1, "partnerId"],
      }),
    );
    expect(listedEntries(issues, ["projects"])).toHaveLength(1000);
  });

  it("still reads a learner past the bound, and checks the rules of their pathway", () => {
    const data = vrai();
    const noah = data.learners.find((learner: { id: string }) => learner.id === "l-noah");
    data.learners.push(...new Array(1100).fill(null), { ...noah, id: "l-late" });
    const late = { ...structuredClone(data.pathways[8]), id: "p-late", learnerId: "l-late" };
    data.pathways.push(...new Array(1100).fill(null), late);
    const { issues } = validateDataset(data, { on: ON });
    const at = data.pathways.length - 1;
    expect(issues).toContainEqual(
      expect.objectContaining({
        code: "pathway.target_not_reached",
        path: ["pathways", at, "target"],
      }),
    );
    expect(issues.filter((issue) => issue.path[1] === at).map((issue) => issue.code)).not.toContain(
      "dataset.check_skipped",
    );
  });

  it("bounds the malformed pathways of a known learner too", () => {
    const data = vrai();
    const kept = data.pathways.length;
    data.pathways.push(
      ...Array.from({ length: 1100 }, (_, i) => ({
        id: `bad-${i}`,
        learnerId: "l-noah",
        steps: 7,
      })),
    );
    const { issues } = validateDataset(data, { on: ON });
    const listed = new Set(
      issues
        .filter((issue) => issue.code === "pathway.invalid_input")
        .map((issue) => issue.path[1] as number),
    );
    expect([...listed]).toEqual(Array.from({ length: 1000 }, (_, i) => kept + i));
    expect(truncations(issues).map((issue) => [issue.path, issue.params?.omitted])).toEqual([
      [["pathways"], 100],
    ]);
  });

  it("bounds a list inside an entry, and the campus's members once", () => {
    const data = vrai();
    data.learners[0].skills = new Array(1300).fill(null);
    data.campus.members.push(...new Array(1300).fill(null));
    const { issues } = validateDataset(data, { on: ON });
    expect(listedEntries(issues, ["learners", 0, "skills"])).toHaveLength(1000);
    const members = data.campus.members.length - 1300;
    expect(listedEntries(issues, ["campus", "members"])).toEqual(
      Array.from({ length: 1000 }, (_, i) => members + i),
    );
    expect(
      truncations(issues).map((issue) => [issue.code, issue.path, issue.params?.omitted]),
    ).toEqual([
      ["dataset.issues_truncated", ["campus", "members"], 300],
      ["dataset.issues_truncated", ["learners", 0, "skills"], 300],
    ]);
  });

  it("bounds checkDatasetShape the same way", () => {
    const data = vrai();
    data.projects.push(...new Array(1500).fill(null));
    const result = checkDatasetShape(data);
    expect(result.ok).toBe(false);
    expect(listedEntries(result.issues, ["projects"])).toHaveLength(1000);
    expect(truncations(result.issues).map((issue) => issue.params)).toEqual([
      { where: "projects", listed: 1000, omitted: 500 },
    ]);
  });

  it("lists exactly the first 1000 malformed entries, whatever lies between them (property)", () => {
    const base = vrai();
    const project = base.projects[0];
    const entry = fc.oneof(
      fc.constant("valid"),
      fc.constantFrom(null, 3, "x", [], { id: 7 }, { ...project, capacity: -1 }),
    );
    fc.assert(
      // 994 malformed entries, then a mix that crosses the bound or not.
      fc.property(fc.array(entry, { maxLength: 14, size: "max" }), (tail) => {
        const data = vrai();
        const kept = data.projects.length;
        const kinds = [...new Array(994).fill(null), ...tail];
        data.projects.push(
          ...kinds.map((kind, i) =>
            kind === "valid" ? { ...project, id: `extra-${i}` } : structuredClone(kind),
          ),
        );
        const malformed = data.projects
          .map((item: unknown, i: number) => (ProjectOfferSchema.safeParse(item).success ? -1 : i))
          .filter((i: number) => i >= 0);
        const { issues } = validateDataset(data, { on: ON });
        expect(listedEntries(issues, ["projects"])).toEqual(malformed.slice(0, 1000));
        const omitted = truncations(issues).map((issue) => issue.params?.omitted);
        expect(omitted).toEqual(malformed.length > 1000 ? [malformed.length - 1000] : []);
        expect(kept).toBeGreaterThan(0);
      }),
      { numRuns: 12 },
    );
  });
});
