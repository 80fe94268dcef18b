import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addMonthsToDate,
  dayNumberOf,
  weekdaysBetween,
  yearsBetween,
} from "../../src/pathway/calendar.js";
import {
  addCalendarMonths,
  addCalendarYears,
  ageInYears,
  countWeekdays,
  fromDayNumber,
  toDayNumber,
} from "../../src/shared/index.js";

const FROM = toDayNumber("2023-01-01");
const TO = toDayNumber("2029-12-31");
const dateArb = fc
  .integer({ min: toDayNumber("0100-01-01"), max: toDayNumber("9980-12-31") })
  .map(fromDayNumber);

describe("day-number calendar (equal to the shared date-fns helpers)", () => {
  it("numbers days like toDayNumber", () => {
    fc.assert(
      fc.property(dateArb, (date) => {
        expect(
          dayNumberOf(Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8))),
        ).toBe(toDayNumber(date));
      }),
    );
  });

  it("adds ±3, 6 and 36 months like addCalendarMonths / addCalendarYears, every day of 2023–2029", () => {
    for (let day = FROM; day <= TO; day++) {
      const date = fromDayNumber(day);
      expect(addMonthsToDate(date, 6)).toBe(toDayNumber(addCalendarMonths(date, 6)));
      expect(addMonthsToDate(date, 36)).toBe(toDayNumber(addCalendarYears(date, 3)));
      expect(addMonthsToDate(date, -3)).toBe(toDayNumber(addCalendarMonths(date, -3)));
      expect(addMonthsToDate(date, 3)).toBe(toDayNumber(addCalendarMonths(date, 3)));
    }
  });

  it("adds any number of months like addCalendarMonths on random dates", () => {
    fc.assert(
      fc.property(dateArb, fc.integer({ min: -120, max: 120 }), (date, months) => {
        expect(addMonthsToDate(date, months)).toBe(toDayNumber(addCalendarMonths(date, months)));
      }),
    );
  });

  it("computes ages like ageInYears, birthdays and 29 February included", () => {
    fc.assert(
      fc.property(dateArb, dateArb, (birth, on) => {
        expect(yearsBetween(birth, on)).toBe(ageInYears(birth, on));
      }),
    );
    for (const birth of ["2008-02-29", "1996-02-29", "2000-03-01", "1999-12-31"]) {
      for (let day = toDayNumber("2024-02-20"); day <= toDayNumber("2028-03-05"); day++) {
        expect(yearsBetween(birth, fromDayNumber(day))).toBe(ageInYears(birth, fromDayNumber(day)));
      }
    }
  });

  it("counts weekdays like countWeekdays", () => {
    fc.assert(
      fc.property(dateArb, fc.integer({ min: -5, max: 800 }), (start, length) => {
        const first = toDayNumber(start);
        const end = fromDayNumber(first + length);
        expect(weekdaysBetween(first, first + length)).toBe(countWeekdays({ start, end }));
      }),
    );
  });
});

describe("yearsBetween", () => {
  it("is 0 on the birth date and negative before it", () => {
    expect(yearsBetween("2007-03-14", "2007-03-14")).toBe(0);
    expect(yearsBetween("2007-03-14", "2005-03-15")).toBe(-1);
    expect(Object.is(yearsBetween("2007-03-14", "2007-03-13"), 0)).toBe(true);
  });
});
