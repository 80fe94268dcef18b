/**
 * What a timeline reads of a pathway (`readPathway`), each step's fields read under one `try`,
 * against the code that read each field under its own (kept in `oracle/`): the same bars and the
 * same reasons for steps whose fields throw, are inherited, or sit behind a proxy.
 */
import fc from "fast-check";
import { afterEach, describe, expect, it } from "vitest";
import { textsOf } from "../../src/render/texts.js";
import { KIND_LANE, LANES, laneIndexOf, readPathway } from "../../src/render/timeline-read.js";
import { revokedProxy } from "../helpers/junk.js";
import { hostileRecord } from "./hostile-records.js";
import { readPathway as readPathwayBefore } from "./oracle/timeline-read-before.js";

const PROGRAMMES = new Map([["bts", "BTS CRSA"]]);
const PARTNERS = new Map([["h", "Host"]]);
const TEXTS = textsOf("en");

function read(pathway: unknown) {
  return readPathway(pathway, PROGRAMMES, PARTNERS, TEXTS);
}

function readBefore(pathway: unknown) {
  return readPathwayBefore(pathway, PROGRAMMES, PARTNERS, TEXTS);
}

/** The fields a step may have, with values good and bad. */
const FIELDS: Record<string, fc.Arbitrary<unknown>> = {
  kind: fc.constantFrom("pfmp", "project", "programme", "mobility", "block", "alien", "", 3),
  id: fc.constantFrom("s1", "", 7, undefined),
  start: fc.constantFrom("2024-01-08", "2024-02-30", 20240108, undefined),
  end: fc.constantFrom("2024-01-12", "2023-12-01", null),
  hours: fc.constantFrom(35, Number.NaN, "35", undefined),
  trainingHours: fc.constantFrom(70, -1, undefined),
  title: fc.constantFrom("Project", "", undefined),
  hostId: fc.constantFrom("h", "x"),
  programmeId: fc.constantFrom("bts", "zz"),
  status: fc.constantFrom("student", "alien"),
  country: fc.constantFrom("FR", 1),
};

/** A step whose fields are held in every way (a proxy's trap throws for its start and hours). */
const step = hostileRecord(FIELDS, ["start", "hours"]);

describe("readPathway", () => {
  afterEach(() => {
    delete (Object.prototype as Record<string, unknown>).kind;
    delete (Object.prototype as Record<string, unknown>).start;
  });

  it("reads steps as the code that read each field under its own try", () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 6 }), (steps) => {
        expect(read({ id: "p", steps })).toEqual(readBefore({ id: "p", steps }));
      }),
      { numRuns: 500 },
    );
  });

  it("reads a revoked proxy, null and a list as steps that are not objects", () => {
    const steps = [revokedProxy(), null, ["pfmp"], 42];
    const result = read({ steps });
    expect(result).toEqual(readBefore({ steps }));
    expect(result.bars).toEqual([]);
    expect(result.unreadable).toHaveLength(4);
  });

  it("does not see fields inherited from a polluted Object.prototype", () => {
    (Object.prototype as Record<string, unknown>).kind = "pfmp";
    (Object.prototype as Record<string, unknown>).start = "2024-01-08";
    const result = read({ steps: [{ id: "s1", end: "2024-01-12" }] });
    expect(result.bars).toEqual([]);
    expect(result.unreadable).toEqual(
      readBefore({ steps: [{ id: "s1", end: "2024-01-12" }] }).unreadable,
    );
  });

  it("reads the other fields of a step whose hours throw", () => {
    const withHours = {
      id: "s1",
      kind: "project",
      title: "P",
      start: "2024-01-08",
      end: "2024-01-12",
    };
    Object.defineProperty(withHours, "hours", {
      get() {
        throw new Error("hours");
      },
    });
    const [bar] = read({ steps: [withHours] }).bars;
    expect(bar).toMatchObject({ id: "s1", label: "P", hours: undefined });
  });
});

describe("laneIndexOf", () => {
  it("gives each kind its lane's place, and no place to any other text", () => {
    for (const [kind, lane] of Object.entries(KIND_LANE))
      expect(laneIndexOf(kind)).toBe(LANES.indexOf(lane));
    for (const other of ["", "PFMP", "toString", "__proto__", "constructor", "lanes", "pfmp "])
      expect(laneIndexOf(other)).toBeUndefined();
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(laneIndexOf(text)).toBe(
          Object.hasOwn(KIND_LANE, text)
            ? LANES.indexOf(KIND_LANE[text as keyof typeof KIND_LANE])
            : undefined,
        );
      }),
    );
  });
});
