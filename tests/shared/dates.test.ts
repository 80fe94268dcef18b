import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  academicYearOf,
  addCalendarDays,
  addCalendarMonths,
  addCalendarYears,
  ageInYears,
  countWeekdays,
  daysBetween,
  fromDayNumber,
  IsoDateSchema,
  isIsoDate,
  isLeapYear,
  isOrderedPeriod,
  isoWeekday,
  isWithinPeriod,
  PeriodSchema,
  periodContains,
  periodDays,
  periodsOverlap,
  toDayNumber,
} from "../../src/shared/index.js";

const MS_PER_DAY = 86_400_000;

/** Oracle built on the JavaScript engine's own UTC calendar. */
function oracleDate(dayNumber: number): string {
  return new Date(dayNumber * MS_PER_DAY).toISOString().slice(0, 10);
}

function utcDayNumber(year: number, month: number, day: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.getTime() / MS_PER_DAY;
}

const MIN_DAY = utcDayNumber(1, 1, 1);
const MAX_DAY = utcDayNumber(9999, 12, 31);
const dayNumbers = fc.integer({ min: MIN_DAY, max: MAX_DAY });
const isoDates = dayNumbers.map(oracleDate);
const modernDates = fc
  .integer({ min: utcDayNumber(1950, 1, 1), max: utcDayNumber(2100, 12, 31) })
  .map(oracleDate);

function parts(date: string): [number, number, number] {
  return [Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))];
}

function daysInMonthOracle(year: number, month: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month, 0);
  return date.getUTCDate();
}

describe("isIsoDate", () => {
  it("accepts real dates, leap days included", () => {
    for (const date of ["2024-02-29", "2000-02-29", "1970-01-01", "0001-01-01", "9999-12-31"]) {
      expect(isIsoDate(date)).toBe(true);
    }
  });

  it("rejects impossible dates and other shapes", () => {
    for (const value of [
      "2023-02-29",
      "1900-02-29",
      "2023-02-30",
      "2023-04-31",
      "2023-13-01",
      "2023-00-10",
      "2023-01-00",
      "2023-1-01",
      "2023/01/01",
      "2023-01-01T00:00:00Z",
      " 2023-01-01",
      "２０２３-01-01",
      "abcd-ef-gh",
      20230101,
      null,
      undefined,
      {},
    ]) {
      expect(isIsoDate(value)).toBe(false);
    }
  });

  it("agrees with the engine's calendar on every day of four centuries", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 9999 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
        (year, month, day) => {
          const text = `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
          expect(isIsoDate(text)).toBe(day <= daysInMonthOracle(year, month));
        },
      ),
    );
  });

  it("agrees with IsoDateSchema", () => {
    fc.assert(
      fc.property(fc.oneof(isoDates, fc.string({ minLength: 10, maxLength: 10 })), (text) => {
        expect(IsoDateSchema.safeParse(text).success).toBe(isIsoDate(text));
      }),
    );
  });
});

describe("isLeapYear", () => {
  it("follows the Gregorian rule", () => {
    expect([1900, 2000, 2023, 2024, 2100, 2400].map(isLeapYear)).toEqual([
      false,
      true,
      false,
      true,
      false,
      true,
    ]);
  });
});

describe("toDayNumber and fromDayNumber", () => {
  it("counts days from 1970-01-01", () => {
    expect(toDayNumber("1970-01-01")).toBe(0);
    expect(toDayNumber("1969-12-31")).toBe(-1);
    expect(toDayNumber("2000-03-01")).toBe(11017);
    expect(fromDayNumber(-719162)).toBe("0001-01-01");
  });

  it("match the engine's UTC calendar and are inverse of each other", () => {
    fc.assert(
      fc.property(dayNumbers, (dayNumber) => {
        const date = oracleDate(dayNumber);
        expect(fromDayNumber(dayNumber)).toBe(date);
        expect(toDayNumber(date)).toBe(dayNumber);
      }),
    );
  });
});

describe("toDayNumber's integer parser", () => {
  /** The parser it replaced (float arithmetic, NaN digits), kept as an oracle. */
  function floatDayNumber(date: string): number {
    if (typeof date !== "string" || date.length !== 10) return Number.NaN;
    if (date.charCodeAt(4) !== 45 || date.charCodeAt(7) !== 45) return Number.NaN;
    const digit = (index: number) => {
      const code = date.charCodeAt(index) - 48;
      return code >= 0 && code <= 9 ? code : Number.NaN;
    };
    const year = digit(0) * 1000 + digit(1) * 100 + digit(2) * 10 + digit(3);
    const month = digit(5) * 10 + digit(6);
    const day = digit(8) * 10 + digit(9);
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    const monthDays = month === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
    if (!(month >= 1 && month <= 12 && day >= 1 && day <= monthDays)) return Number.NaN;
    const y = year - 1;
    const before =
      365 * (year - 1970) + (Math.floor(y / 4) - Math.floor(y / 100) + Math.floor(y / 400)) - 477;
    const cumulative = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334][month - 1] ?? 0;
    return before + cumulative + day - 1 + (month > 2 && leap ? 1 : 0);
  }

  it("counts the days before every year from 0000 to 9999 as the engine does", () => {
    for (let year = 0; year <= 9999; year++) {
      const text = String(year).padStart(4, "0");
      expect(toDayNumber(`${text}-01-01`)).toBe(utcDayNumber(year, 1, 1));
      expect(toDayNumber(`${text}-03-01`)).toBe(utcDayNumber(year, 3, 1));
    }
  });

  it("rejects each digit just outside 0-9 and each day or month just out of range", () => {
    const edges = [
      "2024-01-00",
      "2024-00-10",
      "2024-13-01",
      "2023-02-29",
      "2024-02-29",
      "2100-02-29",
      "2000-02-29",
      "2024-04-31",
      "2024-1/-01",
      "202/-01-01",
      "2024-01-3:",
      ":024-01-01",
      "0000-01-01",
      "9999-12-31",
      "0000-02-29",
      "2024-01-01 ",
      "2024_01-01",
    ];
    for (const date of edges) expect(toDayNumber(date)).toBe(floatDayNumber(date));
  });

  it("reads any ten characters as the float parser did", () => {
    // Strings of the date's shape, rich in digits, signs and characters just outside "0"-"9".
    const unit = fc.oneof(
      { arbitrary: fc.constantFrom(..."0123456789".split("")), weight: 4 },
      { arbitrary: fc.constantFrom(..."0123".split("")), weight: 4 },
      { arbitrary: fc.constantFrom(..."-/:+ .a\u0660\uFF10\u0000".split("")), weight: 1 },
    );
    const text = fc
      .oneof(
        fc.array(unit, { minLength: 10, maxLength: 10 }),
        fc
          .tuple(
            fc.array(unit, { minLength: 4, maxLength: 4 }),
            fc.array(unit, { minLength: 4, maxLength: 4 }),
          )
          .map(([year, rest]) => [
            ...year,
            "-",
            rest[0] ?? "0",
            rest[1] ?? "0",
            "-",
            rest[2] ?? "0",
            rest[3] ?? "0",
          ]),
        fc.array(unit, { maxLength: 12 }),
      )
      .map((units) => units.join(""));
    fc.assert(
      fc.property(fc.oneof(text, isoDates), (date) => {
        expect(toDayNumber(date)).toBe(floatDayNumber(date));
      }),
      { numRuns: 5000 },
    );
  });
});

describe("addCalendarDays and daysBetween", () => {
  it("cross month, year and leap-day boundaries", () => {
    expect(addCalendarDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(addCalendarDays("2023-02-28", 1)).toBe("2023-03-01");
    expect(addCalendarDays("2025-01-01", -1)).toBe("2024-12-31");
    expect(daysBetween("2025-01-01", "2025-03-01")).toBe(59);
    expect(daysBetween("2025-03-01", "2025-01-01")).toBe(-59);
  });

  it("are consistent", () => {
    fc.assert(
      fc.property(modernDates, fc.integer({ min: -5000, max: 5000 }), (date, days) => {
        expect(daysBetween(date, addCalendarDays(date, days))).toBe(days);
      }),
    );
  });

  it("keeps 31 December 1994, the day Pacific/Kiritimati skipped", () => {
    expect(addCalendarDays("1994-12-30", 1)).toBe("1994-12-31");
    expect(daysBetween("1994-12-30", "1995-01-01")).toBe(2);
  });
});

describe("addCalendarMonths and addCalendarYears", () => {
  function addMonthsOracle(date: string, months: number): string {
    const [year, month, day] = parts(date);
    const index = year * 12 + (month - 1) + months;
    const targetYear = Math.floor(index / 12);
    const targetMonth = index - targetYear * 12 + 1;
    const targetDay = Math.min(day, daysInMonthOracle(targetYear, targetMonth));
    return oracleDate(utcDayNumber(targetYear, targetMonth, targetDay));
  }

  it("clamp to the end of shorter months", () => {
    expect(addCalendarMonths("2025-01-31", 1)).toBe("2025-02-28");
    expect(addCalendarMonths("2024-01-31", 1)).toBe("2024-02-29");
    expect(addCalendarMonths("2025-03-31", -1)).toBe("2025-02-28");
    expect(addCalendarMonths("2025-09-01", 6)).toBe("2026-03-01");
    expect(addCalendarYears("2024-02-29", 1)).toBe("2025-02-28");
    expect(addCalendarYears("2024-02-29", 4)).toBe("2028-02-29");
    expect(addCalendarMonths("2025-05-17", 0)).toBe("2025-05-17");
  });

  it("match the calendar rule on random dates", () => {
    fc.assert(
      fc.property(modernDates, fc.integer({ min: -600, max: 600 }), (date, months) => {
        expect(addCalendarMonths(date, months)).toBe(addMonthsOracle(date, months));
      }),
    );
    fc.assert(
      fc.property(modernDates, fc.integer({ min: -50, max: 50 }), (date, years) => {
        expect(addCalendarYears(date, years)).toBe(addMonthsOracle(date, years * 12));
      }),
    );
  });

  it("work on the day Pacific/Kiritimati skipped", () => {
    expect(addCalendarMonths("1994-11-30", 1)).toBe("1994-12-30");
    expect(addCalendarMonths("1994-12-31", 1)).toBe("1995-01-31");
    expect(addCalendarYears("1993-12-31", 1)).toBe("1994-12-31");
  });
});

describe("ageInYears", () => {
  function ageOracle(birth: string, on: string): number {
    const [by, bm, bd] = parts(birth);
    const [oy, om, od] = parts(on);
    const beforeBirthday = om < bm || (om === bm && od < bd);
    return oy - by - (beforeBirthday ? 1 : 0);
  }

  it("counts a year on each birthday", () => {
    expect(ageInYears("2009-09-01", "2025-08-31")).toBe(15);
    expect(ageInYears("2009-09-01", "2025-09-01")).toBe(16);
  });

  it("makes 29 February birthdays count on 1 March in common years", () => {
    expect(ageInYears("2008-02-29", "2025-02-28")).toBe(16);
    expect(ageInYears("2008-02-29", "2025-03-01")).toBe(17);
    expect(ageInYears("2008-02-29", "2024-02-29")).toBe(16);
  });

  it("works for the day Pacific/Kiritimati skipped", () => {
    expect(ageInYears("1994-12-31", "2010-12-30")).toBe(15);
    expect(ageInYears("1994-12-31", "2010-12-31")).toBe(16);
  });

  it("matches the birthday rule on random dates", () => {
    fc.assert(
      fc.property(modernDates, modernDates, (a, b) => {
        const [birth, on] = a <= b ? [a, b] : [b, a];
        expect(ageInYears(birth, on)).toBe(ageOracle(birth, on));
      }),
    );
  });
});

describe("periods", () => {
  const january = { start: "2025-01-01", end: "2025-01-31" };

  it("count days with both ends included", () => {
    expect(periodDays({ start: "2025-09-01", end: "2025-09-01" })).toBe(1);
    expect(periodDays(january)).toBe(31);
  });

  it("tell ordered periods", () => {
    expect(isOrderedPeriod(january)).toBe(true);
    expect(isOrderedPeriod({ start: "2025-01-02", end: "2025-01-01" })).toBe(false);
  });

  it("overlap when they share a day", () => {
    expect(periodsOverlap(january, { start: "2025-01-31", end: "2025-02-28" })).toBe(true);
    expect(periodsOverlap(january, { start: "2025-02-01", end: "2025-02-28" })).toBe(false);
  });

  it("overlap exactly when some day lies in both (brute force)", () => {
    const small = fc
      .tuple(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 10 }))
      .map(([from, length]) => ({
        start: addCalendarDays("2025-01-01", from),
        end: addCalendarDays("2025-01-01", from + length),
      }));
    fc.assert(
      fc.property(small, small, (a, b) => {
        let shared = false;
        for (let d = toDayNumber(a.start); d <= toDayNumber(a.end); d++) {
          if (isWithinPeriod(fromDayNumber(d), b)) shared = true;
        }
        expect(periodsOverlap(a, b)).toBe(shared);
        expect(periodsOverlap(b, a)).toBe(shared);
      }),
    );
  });

  it("contain periods and dates", () => {
    expect(periodContains(january, { start: "2025-01-05", end: "2025-01-31" })).toBe(true);
    expect(periodContains(january, { start: "2024-12-31", end: "2025-01-31" })).toBe(false);
    expect(isWithinPeriod("2025-01-31", january)).toBe(true);
    expect(isWithinPeriod("2025-02-01", january)).toBe(false);
  });

  it("have a schema for their shape", () => {
    expect(PeriodSchema.safeParse(january).success).toBe(true);
    expect(PeriodSchema.safeParse({ start: "2025-02-30", end: "2025-03-01" }).success).toBe(false);
  });
});

describe("weekdays", () => {
  it("numbers days Monday = 1 to Sunday = 7", () => {
    expect(isoWeekday("2025-09-01")).toBe(1);
    expect(isoWeekday("2025-09-07")).toBe(7);
    expect(isoWeekday("1970-01-01")).toBe(4);
    expect(isoWeekday("1969-12-29")).toBe(1);
  });

  it("counts Monday-to-Friday days like a day-by-day count", () => {
    const periods = fc
      .tuple(modernDates, fc.integer({ min: -3, max: 400 }))
      .map(([start, length]) => ({ start, end: addCalendarDays(start, length) }));
    fc.assert(
      fc.property(periods, (period) => {
        let expected = 0;
        for (let d = toDayNumber(period.start); d <= toDayNumber(period.end); d++) {
          const weekday = new Date(d * MS_PER_DAY).getUTCDay();
          if (weekday >= 1 && weekday <= 5) expected++;
        }
        expect(countWeekdays(period)).toBe(expected);
      }),
    );
  });
});

describe("academicYearOf", () => {
  it("runs from 1 September to 31 August", () => {
    expect(academicYearOf("2025-08-31")).toEqual({
      startYear: 2024,
      start: "2024-09-01",
      end: "2025-08-31",
      label: "2024-2025",
    });
    expect(academicYearOf("2025-09-01").label).toBe("2025-2026");
  });

  it("contains its date and lasts one year", () => {
    fc.assert(
      fc.property(modernDates, (date) => {
        const year = academicYearOf(date);
        expect(isWithinPeriod(date, year)).toBe(true);
        expect(addCalendarDays(addCalendarYears(year.start, 1), -1)).toBe(year.end);
      }),
    );
  });
});

describe("date helpers on bad input (issue 17)", () => {
  const badDates: unknown[] = [
    "2024-02-30",
    "2023-02-29",
    "2024-13-01",
    "2024-1-01",
    "2024-01-1x",
    "",
    "x",
    null,
    undefined,
    20240101,
    {},
    10n,
  ];

  it("refuse what isIsoDate refuses: NaN for numbers, an empty string for dates", () => {
    for (const bad of badDates) {
      const date = bad as string;
      expect(isIsoDate(bad)).toBe(false);
      expect(toDayNumber(date)).toBeNaN();
      expect(addCalendarDays(date, 1)).toBe("");
      expect(addCalendarMonths(date, 1)).toBe("");
      expect(addCalendarYears(date, 1)).toBe("");
      expect(daysBetween(date, "2024-01-01")).toBeNaN();
      expect(daysBetween("2024-01-01", date)).toBeNaN();
      expect(ageInYears(date, "2024-01-01")).toBeNaN();
      expect(isoWeekday(date)).toBeNaN();
      expect(periodDays({ start: date, end: "2024-01-01" })).toBeNaN();
      expect(countWeekdays({ start: "2024-01-01", end: date })).toBeNaN();
      expect(academicYearOf(date)).toEqual({
        startYear: Number.NaN,
        start: "",
        end: "",
        label: "",
      });
    }
  });

  it("refuse counts that are not whole numbers", () => {
    for (const count of [1.5, Number.NaN, Number.POSITIVE_INFINITY, -0.25, 2 ** 60]) {
      expect(addCalendarDays("2024-01-01", count)).toBe("");
      expect(addCalendarMonths("2024-01-01", count)).toBe("");
      expect(addCalendarYears("2024-01-01", count)).toBe("");
    }
    expect(fromDayNumber(0.5)).toBe("");
    expect(fromDayNumber(Number.NaN)).toBe("");
  });

  it("stay within the years 0000 to 9999", () => {
    expect(addCalendarDays("9999-12-31", 0)).toBe("9999-12-31");
    expect(addCalendarDays("9999-12-31", 1)).toBe("");
    expect(addCalendarDays("0000-01-01", 0)).toBe("0000-01-01");
    expect(addCalendarDays("0000-01-01", -1)).toBe("");
    expect(addCalendarYears("9999-06-01", 1)).toBe("");
    expect(addCalendarMonths("0000-01-31", -1)).toBe("");
    expect(fromDayNumber(toDayNumber("0000-01-01"))).toBe("0000-01-01");
    expect(fromDayNumber(toDayNumber("9999-12-31"))).toBe("9999-12-31");
  });

  it("writes the academic year before 0000 with a sign", () => {
    expect(academicYearOf("0000-01-01")).toEqual({
      startYear: -1,
      start: "-0001-09-01",
      end: "0000-08-31",
      label: "-0001-0000",
    });
    expect(academicYearOf("0000-09-01").label).toBe("0000-0001");
  });
});

describe("yearOfDayNumber", () => {
  it("is the year civilFromDays gives, for every day of years 0000 to 9999 and around them", async () => {
    const { civilFromDays, yearOfDayNumber } = await import("../../src/shared/dates.js");
    for (const day of [-719_529, -719_528, -1, 0, 59, 60, 2_932_896, 2_932_897]) {
      expect(yearOfDayNumber(day)).toBe(civilFromDays(day)[0]);
    }
    fc.assert(
      fc.property(fc.integer({ min: -800_000, max: 3_000_000 }), (day) => {
        expect(yearOfDayNumber(day)).toBe(civilFromDays(day)[0]);
      }),
      { numRuns: 5000 },
    );
  });
});
