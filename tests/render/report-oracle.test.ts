/**
 * The campus report against its code before it was written for large datasets
 * (`oracle/report-before.ts`): the same bytes on the VRAI dataset with mistakes in it, repeated
 * or reordered pathways and learners, and any limits of rows and timelines. (The oracle follows
 * the report's later changes of content: its pathways' issues numbered in their table, not listed
 * again in their timelines.)
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { campusReport } from "../../src/index.js";
import { edgeValue, mutate, mutations } from "../helpers/mutate.js";
import { VRAI } from "./fixtures.js";
import { campusReportBefore } from "./oracle/report-before.js";

/** Paths where a mistake gives issues in every section, and in the allocation. */
const paths: fc.Arbitrary<(string | number)[]> = fc.oneof(
  fc.tuple(
    fc.constant("pathways"),
    fc.nat(11),
    fc.constantFrom("id", "learnerId", "steps", "target"),
  ),
  fc.tuple(
    fc.constant("pathways"),
    fc.nat(11),
    fc.constant("steps"),
    fc.nat(10),
    fc.constantFrom("id", "kind", "start", "end", "programmeId", "hostId", "title"),
  ),
  fc.tuple(
    fc.constant("learners"),
    fc.nat(13),
    fc.constantFrom("id", "birthDate", "preferences", "skills", "status"),
  ),
  fc.tuple(
    fc.constant("projects"),
    fc.nat(8),
    fc.constantFrom("id", "capacity", "supervisorId", "title"),
  ),
  fc.tuple(
    fc.constant("campus"),
    fc.constantFrom("labels", "members"),
    fc.nat(3),
    fc.constantFrom("category", "decidedOn", "durationYears", "partnerId", "roles"),
  ),
  fc.tuple(fc.constant("partners"), fc.nat(20), fc.constantFrom("id", "name", "kind", "siret")),
  fc.tuple(fc.constantFrom("campus", "partners", "pathways", "learners", "projects", "programmes")),
);

/** Values from the dataset itself (ids, dates) besides the edge values: duplicates, swaps. */
const values = fc.oneof(
  edgeValue,
  fc.constantFrom<unknown>(
    "pathway-1",
    VRAI.learners[0]?.id,
    VRAI.learners[1]?.id,
    VRAI.projects[0]?.id,
    "2019-01-01",
    "2031-12-31",
  ),
);

/** VRAI with some pathways and learners repeated, then mutated. */
const datasets = fc
  .tuple(
    fc.array(fc.nat(VRAI.pathways.length - 1), { maxLength: 4 }),
    fc.array(fc.nat(VRAI.learners.length - 1), { maxLength: 3 }),
    mutations(paths, values, 4),
  )
  .map(([pathways, learners, changes]) =>
    mutate(
      {
        ...VRAI,
        pathways: [...VRAI.pathways, ...pathways.map((k) => VRAI.pathways[k])],
        learners: [...VRAI.learners, ...learners.map((k) => VRAI.learners[k])],
      },
      changes,
    ),
  );

const options = fc.record(
  {
    on: fc.constantFrom("2026-01-15", "2024-06-30", "2031-03-01"),
    locale: fc.constantFrom("en", "fr") as fc.Arbitrary<"en" | "fr">,
    maxPathways: fc.nat(16),
    maxRows: fc.nat(14),
  },
  { requiredKeys: ["on"] },
);

describe("campusReport against its code before", () => {
  it("writes the same report", () => {
    fc.assert(
      fc.property(datasets, options, (dataset, chosen) => {
        expect(campusReport(dataset, chosen)).toBe(campusReportBefore(dataset, chosen));
      }),
      { numRuns: 60 },
    );
  }, 120_000);

  it("writes the same report of the whole VRAI dataset in both languages, whatever the rows shown", () => {
    const n = VRAI.learners.length;
    for (const locale of ["en", "fr"] as const)
      for (const maxRows of [0, 1, 3, n - 1, n, n + 1, 500]) {
        const chosen = { on: "2026-01-15", locale, maxRows };
        expect(campusReport(VRAI, chosen)).toBe(campusReportBefore(VRAI, chosen));
      }
  }, 60_000);
});
