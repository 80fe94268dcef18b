import { describe, expectTypeOf, it } from "vitest";
import type * as z from "zod";
import {
  countPresenceDays,
  type HolidayCalendar,
  type HolidayCalendarSchema,
  isPublicHoliday,
  type PublicHoliday,
  type PublicHolidaySchema,
  publicHolidays,
} from "../../src/index.js";

describe("holiday types", () => {
  it("match their zod schemas", () => {
    expectTypeOf<PublicHoliday>().toEqualTypeOf<z.output<typeof PublicHolidaySchema>>();
    expectTypeOf<HolidayCalendar>().toEqualTypeOf<z.output<typeof HolidayCalendarSchema>>();
  });

  it("use a closed union of calendars", () => {
    expectTypeOf<HolidayCalendar>().toEqualTypeOf<
      "metropole" | "alsace-moselle" | "971" | "972" | "973" | "974" | "976"
    >();
  });

  it("type the functions", () => {
    expectTypeOf(publicHolidays(2027)).toEqualTypeOf<readonly PublicHoliday[]>();
    expectTypeOf(isPublicHoliday("2027-03-29", "974")).toEqualTypeOf<boolean>();
    expectTypeOf(
      countPresenceDays({ start: "2027-03-01", end: "2027-04-30" }, { openOnSaturday: true }),
    ).toEqualTypeOf<number>();
  });
});
