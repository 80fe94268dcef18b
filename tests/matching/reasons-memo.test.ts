/**
 * `writeReasons` remembers its sentences (`message-memo.ts`): it must write exactly what it wrote
 * when it built every sentence anew (tests/matching/reasons-oracle.ts), on random facts that
 * repeat (found in the memo) and on more distinct sentences than a memo holds (it starts over).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ProjectOffer } from "../../src/matching/index.js";
import { countsKey, MessageMemo } from "../../src/matching/message-memo.js";
import {
  FACT_FAILS,
  FACT_OK,
  FACT_REMOTE,
  FACT_UNKNOWN,
  FULL,
  LEVEL_ABOVE,
  LEVEL_BELOW,
  LEVEL_OK,
  LEVEL_UNKNOWN,
  NONE,
  PARTIAL,
  UNKNOWN,
} from "../../src/matching/pair-verdicts.js";
import { type PairFacts, writeReasons } from "../../src/matching/reasons.js";
import { scoringContext } from "../../src/matching/scoring-options.js";
import type { Learner } from "../../src/pathway/index.js";
import { writeReasonsOracle } from "./reasons-oracle.js";

const codes = fc.constantFrom("H2913", "I1304", "M1805", "robotics");
const dates = fc.constantFrom("2026-01-05", "2026-02-01", "2026-09-01", "2026-12-15");
const level = fc.integer({ min: 1, max: 8 });
const skillLevel = fc.constantFrom(1, 2, 3, 4) as fc.Arbitrary<1 | 2 | 3 | 4>;

/** A case: the pair, the options and the facts, with few distinct values (memo hits). */
function pairCase(spread: fc.Arbitrary<number>) {
  return fc.record({
    learner: fc.record(
      {
        id: fc.constant("l"),
        level,
        status: fc.constantFrom("pupil", "student", "apprentice", "job-seeker"),
      },
      { requiredKeys: ["id"] },
    ),
    project: fc.record(
      {
        id: fc.constant("p"),
        start: dates,
        end: dates,
        skills: fc.constant([]),
        levels: fc.record({ min: level, max: level }, { requiredKeys: [] }),
        statuses: fc.array(fc.constantFrom("student", "apprentice", "pupil"), { maxLength: 2 }),
      },
      { requiredKeys: ["id", "start", "end", "skills", "levels"] },
    ),
    options: fc.record({
      locale: fc.constantFrom("en", "fr"),
      strictProfile: fc.boolean(),
      requireEssentialSkills: fc.boolean(),
    }),
    facts: fc.record({
      cover: fc.constantFrom(FULL, PARTIAL, NONE, UNKNOWN),
      covered: spread,
      days: spread,
      levelVerdict: fc.constantFrom(LEVEL_OK, LEVEL_UNKNOWN, LEVEL_BELOW, LEVEL_ABOVE),
      statusVerdict: fc.constantFrom(FACT_OK, FACT_UNKNOWN, FACT_FAILS),
      distanceVerdict: fc.constantFrom(FACT_OK, FACT_UNKNOWN, FACT_FAILS, FACT_REMOTE),
      distanceKm: fc.oneof(
        fc.constant(null),
        fc.constantFrom(0, 0.04, 9.94, 9.95, 12.5, 150.2),
        spread.map((n) => n / 7),
      ),
      limit: fc.constantFrom(Number.POSITIVE_INFINITY, 0, 40, 150, 7.25),
      gaps: fc.array(
        fc.record({ code: codes, required: skillLevel, actual: fc.constantFrom(0, 1, 2, 3) }),
        { maxLength: 3 },
      ),
      met: fc.integer({ min: 0, max: 4 }),
      count: fc.integer({ min: 0, max: 4 }),
      interested: fc.integer({ min: 0, max: 3 }),
      interestCodes: fc.constantFrom("H2913", "H2913, M1805", "robotics"),
    }),
  });
}

function expectSameReasons(cases: fc.Arbitrary<unknown>, numRuns: number): void {
  fc.assert(
    fc.property(cases, (c) => {
      const { learner, project, options, facts } = c as {
        learner: Learner;
        project: ProjectOffer;
        options: object;
        facts: PairFacts;
      };
      const ctx = scoringContext(options);
      // Facts the scoring never reaches still word the same (a level below without a minimum).
      expect(writeReasons(learner, project, ctx, facts)).toStrictEqual(
        writeReasonsOracle(learner, project, ctx, facts),
      );
    }),
    { numRuns },
  );
}

describe("writeReasons with remembered sentences", () => {
  it("writes what it wrote before, sentences repeating", () => {
    expectSameReasons(pairCase(fc.integer({ min: 0, max: 12 })), 3000);
  });

  it("writes what it wrote before past the memo's size (it starts over)", () => {
    expectSameReasons(pairCase(fc.integer({ min: 0, max: 100_000 })), 3000);
  });

  it("gives a list that holds exactly its reasons, fresh at each call", () => {
    const ctx = scoringContext({ locale: "fr" });
    const project = { id: "p", start: "2026-01-05", end: "2026-02-01", skills: [] };
    const facts: PairFacts = {
      cover: FULL,
      covered: 0,
      days: 0,
      levelVerdict: LEVEL_OK,
      statusVerdict: FACT_OK,
      distanceVerdict: FACT_REMOTE,
      distanceKm: null,
      limit: 40,
      gaps: [],
      met: 1,
      count: 2,
      interested: 0,
      interestCodes: "",
    };
    const first = writeReasons({ id: "l" }, project as never, ctx, facts);
    const second = writeReasons({ id: "l" }, project as never, ctx, facts);
    expect(first).toHaveLength(3);
    expect(first).not.toBe(second);
    expect(first[0]).not.toBe(second[0]);
    expect(first).toEqual(second);
  });
});

describe("MessageMemo", () => {
  it("finds what it keeps, forgets all past its size, and keeps no long sentence", () => {
    const memo = new MessageMemo();
    expect(memo.find("a", 1)).toBeUndefined();
    expect(memo.keep("a", 1, "one")).toBe("one");
    expect(memo.find("a", 1)).toBe("one");
    expect(memo.find("a", 2)).toBeUndefined();
    for (let n = 0; n < 1100; n++) memo.keep(n, undefined, `n${n}`);
    expect(memo.find("a", 1)).toBeUndefined();
    expect(memo.find(1099)).toBe("n1099");
    expect(memo.find(1099, 0)).toBeUndefined();
    expect(countsKey(2, 3)).not.toBe(countsKey(3, 2));
    expect(countsKey(2 ** 21, 1)).toBe("2097152/1");
    const long = "x".repeat(1000);
    expect(memo.keep("long", 0, long)).toBe(long);
    expect(memo.find("long", 0)).toBeUndefined();
  });
});
