/**
 * The time scale of the timeline against the code it replaced (kept here as an oracle), which
 * wrote each academic year's dates and read them back: the same bands, labels and positions for
 * any days of the years 0000 to 9999.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { scaleOfDays } from "../../src/render/timeline.js";
import { academicYearOf, fromDayNumber, toDayNumber } from "../../src/shared/index.js";

function pad4(year: number): string {
  return String(year).padStart(4, "0");
}

/** The scale as it was computed before: from the texts of the academic years. */
function scaleBefore(min: number, max: number, left: number, right: number) {
  const firstYear = academicYearOf(fromDayNumber(min));
  const lastYear = academicYearOf(fromDayNumber(max));
  const first = toDayNumber(firstYear.start);
  const last = toDayNumber(lastYear.end) + 1;
  const perDay = (right - left) / (last - first);
  const years: { start: number; end: number; label: string; short: string }[] = [];
  const count = lastYear.startYear - firstYear.startYear + 1;
  const step = Math.max(1, Math.ceil(count / 60));
  for (let y = firstYear.startYear; y <= lastYear.startYear; y += step) {
    const from = academicYearOf(`${pad4(y)}-09-01`);
    const to = academicYearOf(`${pad4(Math.min(lastYear.startYear, y + step - 1))}-09-01`);
    years.push({
      start: toDayNumber(from.start),
      end: toDayNumber(to.end) + 1,
      label: step === 1 ? from.label : `${pad4(y)}-${to.label.slice(5)}`,
      short: step === 1 ? `${from.label.slice(2, 4)}-${from.label.slice(7, 9)}` : pad4(y),
    });
  }
  return { first, last, years, x: (day: number) => left + (day - first) * perDay };
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
