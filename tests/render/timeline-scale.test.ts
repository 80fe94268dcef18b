/**
 * The time scale of the timeline against the code it replaced (in `oracle/`), which
 * wrote each academic year's dates and read them back: the same bands, labels and positions for
 * any days of the years 0000 to 9999.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { scaleOfDays } from "../../src/render/timeline-scale.js";
import { toDayNumber } from "../../src/shared/index.js";
import { scaleOf } from "./oracle/timeline-before.js";

function pad4(year: number): string {
  return String(year).padStart(4, "0");
}

/** The scale as the timeline computed it before, from the texts of the academic years: of one step from `min` to `max`. */
function scaleBefore(min: number, max: number, left: number, right: number) {
  const scale = scaleOf([{ start: min, end: max } as never], left, right);
  if (scale === undefined) throw new Error("a step gives a scale");
  return scale;
}

const FIRST_DAY = toDayNumber("0000-01-01");
const LAST_DAY = toDayNumber("9999-12-31");

/** Days anywhere, near the ends of the calendar, and around 1 September. */
const day = fc.oneof(
  fc.integer({ min: FIRST_DAY, max: LAST_DAY }),
  fc.integer({ min: FIRST_DAY, max: FIRST_DAY + 800 }),
  fc.integer({ min: LAST_DAY - 800, max: LAST_DAY }),
  fc
    .tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: -3, max: 3 }))
    .map(([year, offset]) => toDayNumber(`${pad4(year)}-09-01`) + offset)
    .filter((d) => d >= FIRST_DAY && d <= LAST_DAY),
);

describe("scaleOfDays", () => {
  it("gives the bands and positions the texts of the academic years gave", () => {
    fc.assert(
      fc.property(
        day,
        day,
        fc.oneof(
          fc.constant(0),
          fc.integer({ min: 0, max: 3 * 365 }),
          fc.integer({ min: 0, max: 200 * 365 }),
        ),
        fc.constantFrom([190, 944], [190, 304], [0, 1]),
        (a, b, span, [left, right]) => {
          const min = Math.min(a, b);
          const max = Math.min(LAST_DAY, span === 0 ? Math.max(a, b) : min + span);
          const after = scaleOfDays(min, max, left as number, right as number);
          const before = scaleBefore(min, max, left as number, right as number);
          expect(after.first).toBe(before.first);
          expect(after.last).toBe(before.last);
          expect(after.years).toEqual(before.years);
          for (const d of [min, max, max + 1, min + 17]) expect(after.x(d)).toBe(before.x(d));
        },
      ),
      { numRuns: 3000 },
    );
  });
});
