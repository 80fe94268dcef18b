/**
 * The timeline against the code it replaced (kept in `oracle/`, which wrote every attribute on
 * every element): the same picture for any pathway, issues, catalogue, language and width. The
 * two are compared as they render (see `svg-semantics.ts`): the same elements in the same order,
 * with the same computed presentation attributes, geometry and text.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { pathwayTimelineSvg } from "../../src/render/index.js";
import { hostileValues } from "../helpers/junk.js";
import { pathwayTimelineSvg as pathwayTimelineSvgBefore } from "./oracle/timeline-before.js";
import { shownDifferences } from "./svg-semantics.js";

/** Texts from the data: plain words, markup, white space of every kind, right-to-left letters, controls. */
const text = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom("a", "BTS CRSA", "h", "Project 7", "x-1", "Lyon") },
  fc.string({
    unit: fc.constantFrom("a", "b", " ", "&", "<", '"', "'", "é", "→", "\u05D0", "\t", "\u00A0"),
    maxLength: 24,
  }),
  fc.string({ unit: "binary", maxLength: 12 }),
  fc.string({ minLength: 50, maxLength: 260 }),
);

/** Values that are no step and no issue: null, a list, objects whose fields throw, a revoked proxy. */
const HOSTILE_ENTRIES: readonly unknown[] = [
  null,
  42,
  [],
  ["steps", 1],
  ...hostileValues().filter((value) => typeof value === "object"),
];

/** Whether fast-check can hold a value (it looks into each value it generates: not into a revoked proxy). */
function inspectable(value: unknown): boolean {
  if (value === null || typeof value !== "object") return true;
  try {
    Reflect.has(value, "clone");
    return true;
  } catch {
    return false;
  }
}

/** One of {@link HOSTILE_ENTRIES} that fast-check can hold (the others are tried in their own test). */
const hostileEntry = fc.constantFrom(...HOSTILE_ENTRIES.filter(inspectable));

const day = fc.integer({ min: 0, max: 3650 }).map((n) => {
  const date = new Date(Date.UTC(2018, 0, 1) + n * 86_400_000);
  return date.toISOString().slice(0, 10);
});

const step = fc
  .record({
    id: fc.option(text, { nil: undefined }),
    kind: fc.constantFrom(
      "programme",
      "block",
      "internship",
      "pfmp",
      "apprenticeship",
      "project",
      "mobility",
      "spaceflight",
    ),
    start: day,
    length: fc.integer({ min: -3, max: 800 }),
    programmeId: fc.constantFrom("bts", "bac", "unknown", undefined),
    status: fc.constantFrom("student", "apprentice", "job-seeker", "alien", undefined),
    block: fc.option(text, { nil: undefined }),
    hostId: fc.constantFrom("h", "x", undefined),
    employerId: fc.constantFrom("h", "e", undefined),
    title: fc.option(text, { nil: undefined }),
    country: fc.option(text, { nil: undefined }),
    hostName: fc.option(text, { nil: undefined }),
    hours: fc.option(fc.oneof(fc.integer({ min: 0, max: 2000 }), fc.double({ noNaN: true })), {
      nil: undefined,
    }),
    badDate: fc.option(
      fc.constantFrom("2024-02-30", "2024-1-01", "20x0-01-15", "2023-02-29", "", 20240101, null),
      { nil: undefined, freq: 8 },
    ),
    badEnd: fc.boolean(),
  })
  .map(({ start, length, badDate, badEnd, ...fields }) => {
    const end = new Date(Date.parse(start) + length * 86_400_000).toISOString().slice(0, 10);
    if (badDate === undefined) return { ...fields, start, end };
    return badEnd ? { ...fields, start, end: badDate } : { ...fields, start: badDate, end };
  });

const pathway = fc.oneof(
  {
    weight: 8,
    arbitrary: fc.record({ id: text, learnerId: text, steps: fc.array(step, { maxLength: 40 }) }),
  },
  fc.record({
    id: text,
    learnerId: text,
    target: fc.record({ programmeId: fc.constantFrom("bts", "zz") }),
    steps: fc.array(fc.oneof(step, hostileEntry), { maxLength: 12 }),
  }),
  fc.constantFrom(null, { steps: "many" }, { id: "e", steps: [] }),
);

/** A field that is usually a text, sometimes missing, empty or not a string. */
const maybeText = fc.oneof(
  { weight: 6, arbitrary: text },
  fc.constantFrom(undefined, "", null, 7, ["x"]),
);

const issue = fc.record(
  {
    code: fc.oneof(fc.constantFrom("internship.gratification_required", ""), maybeText),
    severity: fc.constantFrom("error", "warning", "info", "fatal"),
    path: fc.oneof(
      fc.tuple(fc.constant("steps"), fc.integer({ min: 0, max: 45 })),
      fc.tuple(fc.constant("steps"), fc.integer({ min: 0, max: 45 }), text),
      fc.array(fc.oneof(text, fc.integer()), { maxLength: 3 }),
      fc.array(fc.constantFrom("steps", 1, null, Number.NaN, Number.POSITIVE_INFINITY, {}), {
        maxLength: 4,
      }),
      fc.constantFrom("steps", null),
    ),
    message: maybeText,
  },
  { requiredKeys: ["severity", "path"] },
);

/** Issues, with now and then an entry that cannot be read (hostile values included). */
const issues = fc.array(fc.oneof({ weight: 12, arbitrary: issue }, hostileEntry), {
  maxLength: 60,
});

const options = fc.record({
  programmes: fc.constant([
    { id: "bts", title: "BTS CRSA" },
    { id: "bac", title: "Bac pro <MELEC> & co" },
  ]),
  partners: fc.constant([
    { id: "h", name: 'Host "one"' },
    { id: "e", name: "Employer" },
  ]),
  learner: fc.option(fc.record({ id: text }), { nil: undefined }),
  issues: fc.option(issues, { nil: undefined }),
  locale: fc.constantFrom("en", "fr"),
  width: fc.option(fc.oneof(fc.integer({ min: 100, max: 3000 }), fc.double()), { nil: undefined }),
  idPrefix: fc.option(fc.constantFrom("p1", "x-y", "9bad"), { nil: undefined }),
});

describe("pathwayTimelineSvg against the code it replaced", () => {
  it("draws the same picture", () => {
    fc.assert(
      fc.property(pathway, options, (value, given) => {
        const before = pathwayTimelineSvgBefore(value, given as never);
        const after = pathwayTimelineSvg(value, given as never);
        expect(shownDifferences(before, after)).toEqual([]);
        expect(after.length).toBeLessThan(before.length);
      }),
      { numRuns: 1500 },
    );
  });

  it("draws the same picture with entries fast-check cannot hold (a revoked proxy)", () => {
    const entries = HOSTILE_ENTRIES.filter((value) => !inspectable(value));
    expect(entries.length).toBeGreaterThan(0);
    for (const entry of entries) {
      const value = {
        id: "p",
        learnerId: "l",
        steps: [entry, { kind: "project", start: "2024-01-01", end: "2024-02-01" }],
      };
      const given = { programmes: [], issues: [entry, { code: "c", path: ["steps", 1] }] };
      for (const locale of ["en", "fr"] as const) {
        const before = pathwayTimelineSvgBefore(value, { ...given, locale } as never);
        const after = pathwayTimelineSvg(value, { ...given, locale } as never);
        expect(shownDifferences(before, after)).toEqual([]);
      }
    }
  });
});
