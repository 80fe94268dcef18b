import Holidays from "date-holidays";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addCalendarDays,
  countPresenceDays,
  countWeekdays,
  easterSunday,
  fromDayNumber,
  HOLIDAY_CALENDARS,
  type HolidayCalendar,
  HolidayCalendarSchema,
  isHolidayCalendar,
  isoWeekday,
  isPublicHoliday,
  PublicHolidaySchema,
  publicHolidays,
  toDayNumber,
} from "../../src/shared/index.js";
import { hostileValues, junk, throwingGetters } from "../helpers/junk.js";

const dates = (year: number, calendar?: HolidayCalendar) =>
  publicHolidays(year, calendar).map((holiday) => holiday.date);

describe("easterSunday", () => {
  it("gives the published dates", () => {
    const known: [number, string][] = [
      [1583, "1583-04-10"],
      [1818, "1818-03-22"], // earliest possible
      [1943, "1943-04-25"], // latest possible
      [2000, "2000-04-23"],
      [2008, "2008-03-23"],
      [2024, "2024-03-31"],
      [2025, "2025-04-20"],
      [2027, "2027-03-28"],
      [2038, "2038-04-25"],
      [2285, "2285-03-22"],
    ];
    for (const [year, date] of known) expect(easterSunday(year), String(year)).toBe(date);
  });

  it("is a Sunday between 22 March and 25 April", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1583, max: 9999 }), (year) => {
        const easter = easterSunday(year) as string;
        expect(isoWeekday(easter)).toBe(7);
        const monthDay = easter.slice(5);
        expect(monthDay >= "03-22" && monthDay <= "04-25").toBe(true);
      }),
    );
  });

  it("returns undefined outside 1583–9999 and for non-integers", () => {
    for (const year of [1582, 10_000, 2024.5, Number.NaN, Number.POSITIVE_INFINITY, -2024]) {
      expect(easterSunday(year)).toBeUndefined();
    }
  });
});

/** date-holidays' country and state for each of our calendars. */
const LIBRARY: Record<HolidayCalendar, [string, string?]> = {
  metropole: ["FR"],
  "alsace-moselle": ["FR", "57"],
  "971": ["FR", "GP"],
  "972": ["FR", "MQ"],
  "973": ["FR", "GF"],
  "974": ["FR", "RE"],
  "976": ["FR", "YT"],
};

describe("publicHolidays against an independent source (date-holidays 3.37, 2000–2100)", () => {
  // date-holidays also lists Good Friday in Guadeloupe and Martinique: a local custom kept by
  // collective agreements, absent from the Code du travail (L. 3133-1) and from the décret of
  // 23 November 1983. We follow the texts; that one day is the only difference.
  const customOnly = (calendar: HolidayCalendar, year: number) => {
    if (calendar !== "971" && calendar !== "972") return [];
    const easter = easterSunday(year) as string;
    return [addCalendarDays(easter, -2)];
  };

  for (const calendar of HOLIDAY_CALENDARS) {
    it(`${calendar}: Easter Monday, Ascension, Whit Monday and every fixed day agree`, () => {
      const [country, state] = LIBRARY[calendar];
      const library = state === undefined ? new Holidays(country) : new Holidays(country, state);
      for (let year = 2000; year <= 2100; year++) {
        const theirs = library
          .getHolidays(year)
          .filter((holiday) => holiday.type === "public")
          .map((holiday) => holiday.date.slice(0, 10))
          .filter((date) => !customOnly(calendar, year).includes(date));
        const ours = [...new Set(dates(year, calendar))];
        expect(ours, `${calendar} ${year}`).toEqual([...new Set(theirs)].sort());
      }
    });
  }

  it("places the moveable days after Easter Sunday", () => {
    for (let year = 2000; year <= 2100; year++) {
      const easter = easterSunday(year) as string;
      const byName = new Map(
        publicHolidays(year, "alsace-moselle").map((holiday) => [holiday.name.en, holiday.date]),
      );
      expect(byName.get("Good Friday")).toBe(addCalendarDays(easter, -2));
      expect(byName.get("Easter Monday")).toBe(addCalendarDays(easter, 1));
      expect(byName.get("Ascension Day")).toBe(addCalendarDays(easter, 39));
      expect(byName.get("Whit Monday")).toBe(addCalendarDays(easter, 50));
    }
  });
});

describe("publicHolidays", () => {
  it("lists 11 days in metropolitan France, 13 in Alsace-Moselle, 12 overseas", () => {
    expect(dates(2027)).toEqual([
      "2027-01-01",
      "2027-03-29",
      "2027-05-01",
      "2027-05-06",
      "2027-05-08",
      "2027-05-17",
      "2027-07-14",
      "2027-08-15",
      "2027-11-01",
      "2027-11-11",
      "2027-12-25",
    ]);
    expect(dates(2027, "alsace-moselle")).toEqual(
      [...dates(2027), "2027-03-26", "2027-12-26"].sort(),
    );
    const overseas: Record<string, string> = {
      "971": "2027-05-27",
      "972": "2027-05-22",
      "973": "2027-06-10",
      "974": "2027-12-20",
      "976": "2027-04-27",
    };
    for (const [calendar, day] of Object.entries(overseas)) {
      expect(dates(2027, calendar as HolidayCalendar)).toEqual([...dates(2027), day].sort());
    }
  });

  it("names every day in English and French, with its source", () => {
    const [first] = publicHolidays(2026, "974");
    expect(first).toEqual({
      date: "2026-01-01",
      name: { en: "New Year's Day", fr: "Jour de l'an" },
      source: "C. trav. L. 3133-1",
    });
    const abolition = publicHolidays(2026, "974").find((h) => h.date === "2026-12-20");
    expect(abolition?.name.fr).toBe("Abolition de l'esclavage");
    expect(abolition?.source).toMatch(/83-550.*83-1003/);
    const goodFriday = publicHolidays(2026, "alsace-moselle").find((h) => h.date === "2026-04-03");
    expect(goodFriday?.source).toBe("C. trav. L. 3134-13");
    for (const calendar of HOLIDAY_CALENDARS) {
      for (const holiday of publicHolidays(2026, calendar)) {
        expect(PublicHolidaySchema.parse(holiday)).toEqual(holiday);
      }
    }
  });

  it("dates the holidays that started later: the day before and the year of effect", () => {
    expect(dates(1981)).not.toContain("1981-05-08");
    expect(dates(1982)).toContain("1982-05-08");
    expect(dates(1983, "971")).not.toContain("1983-05-27");
    expect(dates(1984, "971")).toContain("1984-05-27");
    expect(dates(1983, "974")).not.toContain("1983-12-20");
    expect(dates(1984, "974")).toContain("1984-12-20");
    expect(dates(1946)).not.toContain("1946-05-01");
    expect(dates(1947)).toContain("1947-05-01");
    expect(dates(1921)).not.toContain("1921-11-11");
    expect(dates(1922)).toContain("1922-11-11");
  });

  it("lists both holidays of a shared day (Ascension on 1 May 2008)", () => {
    const first = publicHolidays(2008).filter((h) => h.date === "2008-05-01");
    expect(first.map((h) => h.name.en)).toEqual(["Labour Day", "Ascension Day"]);
    // 1 May 2008 was a Thursday: one presence day less, not two.
    expect(countPresenceDays({ start: "2008-05-01", end: "2008-05-01" })).toBe(0);
    expect(countPresenceDays({ start: "2008-04-28", end: "2008-05-02" })).toBe(4);
  });

  it("returns a frozen, shared table", () => {
    const list = publicHolidays(2030, "972");
    expect(publicHolidays(2030, "972")).toBe(list);
    expect(Object.isFrozen(list)).toBe(true);
    expect(Object.isFrozen(list[0])).toBe(true);
    expect(Object.isFrozen(list[0]?.name)).toBe(true);
  });

  it("is metropolitan by default and empty for years or calendars it does not cover", () => {
    expect(publicHolidays(2027)).toBe(publicHolidays(2027, "metropole"));
    for (const year of [1582, 10_000, 1999.5, Number.NaN]) expect(publicHolidays(year)).toEqual([]);
    expect(publicHolidays(2027, "975" as HolidayCalendar)).toEqual([]);
  });

  it("stays correct after its cache has been cleared", () => {
    for (let year = 1583; year <= 2100; year++) {
      for (const calendar of HOLIDAY_CALENDARS) publicHolidays(year, calendar);
    }
    expect(dates(2027)).toContain("2027-03-29");
    expect(isPublicHoliday("2027-03-29")).toBe(true);
  });
});

describe("isPublicHoliday", () => {
  it("tells holidays from other days in each calendar", () => {
    expect(isPublicHoliday("2027-03-29")).toBe(true);
    expect(isPublicHoliday("2027-03-26")).toBe(false);
    expect(isPublicHoliday("2027-03-26", "alsace-moselle")).toBe(true);
    expect(isPublicHoliday("2027-05-27", "971")).toBe(true);
    expect(isPublicHoliday("2027-05-27", "972")).toBe(false);
    expect(isPublicHoliday("2027-12-26", "alsace-moselle")).toBe(true);
    expect(isPublicHoliday("2027-12-26")).toBe(false);
  });

  it("answers false for what is not an ISO date, a covered year or a calendar", () => {
    for (const value of ["2027-02-30", "2027-3-29", "", "1500-04-01", "29/03/2027"]) {
      expect(isPublicHoliday(value)).toBe(false);
    }
    expect(isPublicHoliday("2027-03-29", "metropolitan" as HolidayCalendar)).toBe(false);
  });
});

describe("isHolidayCalendar and HolidayCalendarSchema", () => {
  it("accept exactly the seven calendars", () => {
    for (const calendar of HOLIDAY_CALENDARS) {
      expect(isHolidayCalendar(calendar)).toBe(true);
      expect(HolidayCalendarSchema.safeParse(calendar).success).toBe(true);
    }
    for (const value of ["975", "Metropole", "toString", "__proto__", 971, null, undefined]) {
      expect(isHolidayCalendar(value)).toBe(false);
      expect(HolidayCalendarSchema.safeParse(value).success).toBe(false);
    }
  });
});

/** Brute force: every day of the period, one by one. */
function presenceDaysByDay(
  start: string,
  end: string,
  calendar: HolidayCalendar,
  openOnSaturday: boolean,
): number {
  let count = 0;
  for (let day = toDayNumber(start); day <= toDayNumber(end); day++) {
    const date = fromDayNumber(day);
    const weekday = isoWeekday(date);
    if (weekday === 7 || (weekday === 6 && !openOnSaturday)) continue;
    if (!isPublicHoliday(date, calendar)) count++;
  }
  return count;
}

describe("countPresenceDays", () => {
  it("counts the stage over Easter 2027 as 44 days (45 weekdays less Easter Monday)", () => {
    const stage = { start: "2027-03-01", end: "2027-04-30" };
    expect(countWeekdays(stage)).toBe(45);
    expect(countPresenceDays(stage)).toBe(44);
    expect(countPresenceDays(stage, { calendar: "metropole" })).toBe(44);
    // Alsace-Moselle also loses Good Friday (26 March 2027).
    expect(countPresenceDays(stage, { calendar: "alsace-moselle" })).toBe(43);
    // 8 Saturdays more.
    expect(countPresenceDays(stage, { openOnSaturday: true })).toBe(52);
  });

  it("does not subtract a holiday that falls on a day not counted", () => {
    // 8 May 2027 is a Saturday: it matters only when Saturdays count.
    const week = { start: "2027-05-03", end: "2027-05-09" };
    expect(countPresenceDays(week)).toBe(4); // Ascension on Thursday 6 May
    expect(countPresenceDays(week, { openOnSaturday: true })).toBe(4);
    // 15 August 2027 is a Sunday.
    expect(countPresenceDays({ start: "2027-08-09", end: "2027-08-15" })).toBe(5);
  });

  it("counts boundary days: a holiday on the first or last day, a one-day period", () => {
    expect(countPresenceDays({ start: "2027-03-29", end: "2027-04-02" })).toBe(4);
    expect(countPresenceDays({ start: "2027-03-22", end: "2027-03-29" })).toBe(5);
    expect(countPresenceDays({ start: "2027-03-29", end: "2027-03-29" })).toBe(0);
    expect(countPresenceDays({ start: "2027-03-30", end: "2027-03-30" })).toBe(1);
  });

  it("counts 0 for an ill-ordered period, as countWeekdays does", () => {
    expect(countPresenceDays({ start: "2027-04-30", end: "2027-03-01" })).toBe(0);
  });

  it("equals a day-by-day count (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: toDayNumber("1975-01-01"), max: toDayNumber("2105-12-31") }),
        fc.integer({ min: 0, max: 1200 }),
        fc.constantFrom(...HOLIDAY_CALENDARS),
        fc.boolean(),
        (first, length, calendar, openOnSaturday) => {
          const start = fromDayNumber(first);
          const end = fromDayNumber(first + length);
          expect(countPresenceDays({ start, end }, { calendar, openOnSaturday })).toBe(
            presenceDaysByDay(start, end, calendar, openOnSaturday),
          );
        },
      ),
      { numRuns: 300 },
    );
  });

  it("counts a long span year by year, not day by day", () => {
    const days = countPresenceDays({ start: "1583-01-01", end: "9999-12-31" });
    const weekdays = countWeekdays({ start: "1583-01-01", end: "9999-12-31" });
    // Each year loses between 7 and 11 weekdays to holidays.
    expect(weekdays - days).toBeGreaterThan(7 * 8417);
    expect(weekdays - days).toBeLessThan(11 * 8417);
  });

  it("returns NaN for ends that are not dates, uncovered years and bad options", () => {
    const stage = { start: "2027-03-01", end: "2027-04-30" };
    expect(countPresenceDays({ start: "2027-02-30", end: "2027-04-30" })).toBeNaN();
    expect(countPresenceDays({ start: "2027-03-01" } as never)).toBeNaN();
    expect(countPresenceDays({ start: "1500-01-01", end: "2027-01-01" })).toBeNaN();
    expect(countPresenceDays(stage, { calendar: "975" as HolidayCalendar })).toBeNaN();
    expect(countPresenceDays(stage, { openOnSaturday: "yes" as never })).toBeNaN();
    expect(countPresenceDays(stage, null as never)).toBeNaN();
    expect(countPresenceDays(stage, throwingGetters(["calendar"]) as never)).toBeNaN();
    expect(countPresenceDays(throwingGetters(["start", "end"]) as never)).toBeNaN();
    expect(countPresenceDays(stage, undefined)).toBe(44);
    expect(countPresenceDays(stage, { calendar: undefined as never })).toBe(44);
  });
});

describe("bad input never throws", () => {
  it("survives the hostile values on every argument", () => {
    const stage = { start: "2027-03-01", end: "2027-04-30" };
    for (const value of hostileValues()) {
      expect(() => publicHolidays(value as never)).not.toThrow();
      expect(() => publicHolidays(2027, value as never)).not.toThrow();
      expect(() => isPublicHoliday(value as never)).not.toThrow();
      expect(() => isPublicHoliday("2027-03-29", value as never)).not.toThrow();
      expect(() => easterSunday(value as never)).not.toThrow();
      expect(() => isHolidayCalendar(value)).not.toThrow();
      const counted = countPresenceDays(value as never);
      expect(Number.isNaN(counted) || counted >= 0).toBe(true);
      const withOptions = countPresenceDays(stage, value as never);
      expect(Number.isNaN(withOptions) || withOptions === 44).toBe(true);
    }
  });

  it("fuzz: junk on every argument gives NaN, an empty list, false or a real answer", () => {
    fc.assert(
      fc.property(junk, junk, (first, second) => {
        const counted = countPresenceDays(first as never, second as never);
        expect(Number.isNaN(counted) || (Number.isInteger(counted) && counted >= 0)).toBe(true);
        expect(Array.isArray(publicHolidays(first as never, second as never))).toBe(true);
        expect(typeof isPublicHoliday(first as never, second as never)).toBe("boolean");
        const easter = easterSunday(first as never);
        expect(easter === undefined || typeof easter === "string").toBe(true);
        expect(
          countPresenceDays({ start: "2027-03-01", end: "2027-04-30" }, second as never),
        ).toSatisfy(
          (value: number) =>
            Number.isNaN(value) || value === 44 || value === 43 || value === 52 || value === 51,
        );
      }),
      { numRuns: 300 },
    );
  });
});

describe("presence days between day numbers (the pathway rules' entry)", () => {
  it("agrees with countPresenceDays on every calendar, across year ends", async () => {
    const { presenceDaysBetween } = await import("../../src/shared/holidays.js");
    const { toDayNumber, fromDayNumber } = await import("../../src/shared/dates.js");
    fc.assert(
      fc.property(
        fc.integer({ min: toDayNumber("1990-01-01"), max: toDayNumber("2099-12-31") }),
        fc.integer({ min: 0, max: 800 }),
        fc.constantFrom(...HOLIDAY_CALENDARS),
        fc.boolean(),
        (first, length, calendar, openOnSaturday) => {
          const start = fromDayNumber(first);
          const end = fromDayNumber(first + length);
          expect(presenceDaysBetween(first, first + length, calendar, openOnSaturday)).toBe(
            countPresenceDays({ start, end }, { calendar, openOnSaturday }),
          );
        },
      ),
      { numRuns: 500 },
    );
  });
});
