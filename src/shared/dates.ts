/**
 * Calendar dates as `YYYY-MM-DD` strings, with arithmetic that gives the same answer in every
 * time zone.
 *
 * Day arithmetic works on day numbers (days since 1970-01-01 in the proleptic Gregorian
 * calendar). Month and year arithmetic is date-fns' (`addMonths`, `addYears`,
 * `differenceInYears`), run on a `Date` whose calendar accessors read UTC, so that neither
 * daylight-saving changes nor skipped days (Pacific/Kiritimati lost 31 December 1994) can move a
 * result.
 *
 * @module
 */
import { addMonths, addYears, differenceInYears } from "date-fns";
import * as z from "zod";

/**
 * A calendar date written `YYYY-MM-DD`: a real date (no 30 February), without time or time zone.
 *
 * @fr date (AAAA-MM-JJ)
 * @example
 * ```ts
 * const start: IsoDate = "2025-09-01";
 * ```
 */
export type IsoDate = string;

/**
 * A span of calendar days; both ends are included.
 *
 * @fr période
 * @example
 * ```ts
 * const schoolYear: Period = { start: "2025-09-01", end: "2026-08-31" };
 * ```
 */
export interface Period {
  /**
   * First day, `YYYY-MM-DD`.
   *
   * @fr début
   */
  start: IsoDate;
  /**
   * Last day (included), `YYYY-MM-DD`.
   *
   * @fr fin
   */
  end: IsoDate;
}

/**
 * zod schema of {@link IsoDate}: a string `YYYY-MM-DD` naming a real calendar date. The check is
 * {@link isIsoDate} (integer arithmetic, several times faster than a regular expression: pathway
 * files hold thousands of dates); a failure is zod's `invalid_format` issue with format `"date"`,
 * with no message of its own, so that zod writes it ("Invalid ISO date" in English) or a per-call
 * error map does (`zodErrorMap("fr")`),
 * and the JSON Schema says `format: "date"` with the equivalent pattern of zod's `z.iso.date()`.
 *
 * @example
 * ```ts
 * IsoDateSchema.safeParse("2024-02-29").success; //=> true
 * IsoDateSchema.safeParse("2023-02-29").success; //=> false
 * ```
 */
export const IsoDateSchema = /* @__PURE__ */ (() =>
  z
    .string()
    .check((ctx) => {
      if (isIsoDate(ctx.value)) return;
      ctx.issues.push({
        code: "invalid_format",
        format: "date",
        input: ctx.value,
      });
    })
    .meta(/* @__PURE__ */ isoDateJsonSchema()))();

/** What the JSON Schema says of a date: zod's own `z.iso.date()` format and pattern. */
function isoDateJsonSchema(): { description: string; format: string; pattern: string } {
  return {
    description: "Calendar date YYYY-MM-DD (no time, no time zone).",
    format: "date",
    pattern: z.regexes.date.source,
  };
}

/**
 * zod schema of {@link Period}: two calendar dates. Whether `end` comes after `start` is a rule
 * of the validators, which report it with a code of their own.
 *
 * @example
 * ```ts
 * PeriodSchema.parse({ start: "2025-09-01", end: "2026-06-30" });
 * ```
 */
export const PeriodSchema = /* @__PURE__ */ (() =>
  z.object({
    start: IsoDateSchema,
    end: IsoDateSchema,
  }))();

const CUMULATIVE_DAYS_BEFORE_MONTH = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];

/**
 * Tells whether a year of the Gregorian calendar is a leap year.
 *
 * @param year - the year.
 * @returns `true` for 2024 and 2000, `false` for 2023 and 1900.
 * @example
 * ```ts
 * isLeapYear(2024); //=> true
 * ```
 */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function digit(text: string, index: number): number {
  const code = text.charCodeAt(index) - 48;
  return code >= 0 && code <= 9 ? code : Number.NaN;
}

/**
 * Tells whether a value is an {@link IsoDate}: a string `YYYY-MM-DD` naming a real date of the
 * Gregorian calendar (years 0000 to 9999).
 *
 * @param value - anything.
 * @returns `true` for `"2024-02-29"`, `false` for `"2023-02-29"`, `"2023-2-1"` or a number.
 * @example
 * ```ts
 * isIsoDate("2023-02-30"); //=> false
 * ```
 */
export function isIsoDate(value: unknown): value is IsoDate {
  return typeof value === "string" && isRealDate(dateDigits(value));
}

/** Whether `YYYYMMDD` digits (as {@link dateDigits} reads them; -1 for none) name a real date. */
function isRealDate(digits: number): boolean {
  if (digits < 0) return false;
  const month = ((digits / 100) | 0) % 100;
  const day = digits % 100;
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth((digits / 10_000) | 0, month);
}

/**
 * The day number of a date: days since 1970-01-01 (negative before it). Day numbers make day
 * arithmetic exact and free of time zones.
 *
 * @param date - a valid {@link IsoDate}.
 * @returns the day number, or `NaN` when `date` is not an {@link IsoDate} (see {@link isIsoDate}).
 * @example
 * ```ts
 * toDayNumber("1970-01-02"); //=> 1
 * ```
 */
export function toDayNumber(date: IsoDate): number {
  if (typeof date !== "string") return Number.NaN;
  // The digits read as one small integer, so that the year, month and day stay small integers:
  // with NaN among them (as digit() gives), `%` and the divisions below would be float operations.
  const digits = dateDigits(date);
  if (!isRealDate(digits)) return Number.NaN;
  return dayNumberOfParts((digits / 10_000) | 0, ((digits / 100) | 0) % 100, digits % 100);
}

/**
 * The digits of a text shaped `DDDD-DD-DD` (ten units, ASCII digits) as one integer `YYYYMMDD`,
 * the date not checked (`"2024-02-30"` gives 20240230); -1 for any other text.
 *
 * @param text - any string.
 * @returns `YYYYMMDD`, or -1.
 * @example
 * ```ts
 * dateDigits("2024-02-30"); //=> 20240230
 * dateDigits("2024-2-30"); //=> -1
 * ```
 * @internal
 */
export function dateDigits(text: string): number {
  if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return -1;
  const y0 = text.charCodeAt(0) - 48;
  const y1 = text.charCodeAt(1) - 48;
  const y2 = text.charCodeAt(2) - 48;
  const y3 = text.charCodeAt(3) - 48;
  const m0 = text.charCodeAt(5) - 48;
  const m1 = text.charCodeAt(6) - 48;
  const d0 = text.charCodeAt(8) - 48;
  const d1 = text.charCodeAt(9) - 48;
  // A unit below "0" gives a negative value (its high bits set), one above "9" a value above 9.
  if (((y0 | y1 | y2 | y3 | m0 | m1 | d0 | d1) & ~15) !== 0) return -1;
  if (y0 > 9 || y1 > 9 || y2 > 9 || y3 > 9 || m0 > 9 || m1 > 9 || d0 > 9 || d1 > 9) return -1;
  return (y0 * 1000 + y1 * 100 + y2 * 10 + y3) * 10_000 + (m0 * 10 + m1) * 100 + d0 * 10 + d1;
}

/**
 * The day number of a real date given by its year (0 to 9999), month and day: what
 * {@link toDayNumber} gives for its text, without writing it.
 *
 * @param year - 0 to 9999.
 * @param month - 1 to 12.
 * @param day - 1 to the days of the month.
 * @returns days since 1970-01-01.
 * @example
 * ```ts
 * dayNumberOfParts(2000, 3, 1); //=> 11017
 * ```
 * @internal
 */
export function dayNumberOfParts(year: number, month: number, day: number): number {
  return (
    daysBeforeDigitYear(year) +
    (CUMULATIVE_DAYS_BEFORE_MONTH[month - 1] ?? 0) +
    day -
    1 +
    (month > 2 && isLeapYear(year) ? 1 : 0)
  );
}

/**
 * {@link daysBeforeYear} of a year 0 to 9999, in integer arithmetic (a shift is a floor division
 * by 4, negative numbers included, and ⌊y/400⌋ = ⌊⌊y/100⌋/4⌋).
 */
function daysBeforeDigitYear(year: number): number {
  const y = year - 1;
  const centuries = y < 0 ? -1 : (y / 100) | 0;
  return 365 * (year - 1970) + (y >> 2) - centuries + (centuries >> 2) - 477;
}

/** Day numbers of 0000-01-01 and 9999-12-31, the first and last {@link IsoDate}. */
const FIRST_DAY = -719_528;
const LAST_DAY = 2_932_896;

/** Days from 1970-01-01 to 1 January of `year`. */
function daysBeforeYear(year: number): number {
  const y = year - 1;
  return (
    365 * (year - 1970) + (Math.floor(y / 4) - Math.floor(y / 100) + Math.floor(y / 400)) - 477
  );
}

/**
 * The date of a day number (the inverse of {@link toDayNumber}).
 *
 * @param dayNumber - days since 1970-01-01.
 * @returns the date as `YYYY-MM-DD`, or `""` (which no helper takes for a date) when `dayNumber`
 *   is not an integer or names a day outside the years 0000 to 9999.
 * @example
 * ```ts
 * fromDayNumber(0); //=> "1970-01-01"
 * fromDayNumber(0.5); //=> ""
 * ```
 */
export function fromDayNumber(dayNumber: number): IsoDate {
  if (!Number.isInteger(dayNumber) || dayNumber < FIRST_DAY || dayNumber > LAST_DAY) return "";
  const [year, month, day] = civilFromDays(dayNumber);
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/**
 * The year, month and day of a day number: civil-from-days (H. Hinnant, "chrono-Compatible
 * Low-Level Date Algorithms"), eras of 400 years.
 *
 * @internal
 */
export function civilFromDays(dayNumber: number): [number, number, number] {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36524) -
      Math.floor(dayOfEra / 146096)) /
      365,
  );
  const dayOfYear =
    dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1;
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  return [yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day];
}

/**
 * The civil year of a day number: the year {@link civilFromDays} gives, without the month and day.
 *
 * @internal
 */
export function yearOfDayNumber(dayNumber: number): number {
  // The mean year is 365.2425 days: the estimate is off by a year at most, then corrected.
  let year = Math.floor(dayNumber / 365.2425) + 1970;
  while (daysBeforeYear(year) > dayNumber) year--;
  while (daysBeforeYear(year + 1) <= dayNumber) year++;
  return year;
}

/**
 * Adds (or subtracts) calendar days.
 *
 * Bad input: `""` when `date` is not an {@link IsoDate} (`"2024-02-30"`), when `days` is not an
 * integer (`1.5`, `NaN`), or when the result falls outside the years 0000 to 9999.
 *
 * @param date - a valid date.
 * @param days - whole days to add; negative to go back.
 * @returns the new date, or `""` on bad input.
 * @example
 * ```ts
 * addCalendarDays("2024-02-28", 1); //=> "2024-02-29"
 * addCalendarDays("2024-02-30", 1); //=> ""
 * ```
 */
export function addCalendarDays(date: IsoDate, days: number): IsoDate {
  if (!Number.isSafeInteger(days)) return "";
  return fromDayNumber(toDayNumber(date) + days);
}

/**
 * Adds calendar months with date-fns' `addMonths`: a day that does not exist in the target month
 * becomes that month's last day (31 January + 1 month = 28 or 29 February).
 *
 * Bad input: `""` when `date` is not an {@link IsoDate}, when `months` is not an integer, or
 * when the result falls outside the years 0000 to 9999.
 *
 * @param date - a valid date.
 * @param months - whole months to add; negative to go back.
 * @returns the new date, or `""` on bad input.
 * @example
 * ```ts
 * addCalendarMonths("2025-01-31", 1); //=> "2025-02-28"
 * addCalendarMonths("2025-01-31", 0.5); //=> ""
 * ```
 */
export function addCalendarMonths(date: IsoDate, months: number): IsoDate {
  if (!Number.isSafeInteger(months)) return "";
  return fromUtcDate(addMonths(toUtcDate(date), months, { in: utcContext }));
}

/**
 * Adds calendar years with date-fns' `addYears` (29 February + 1 year = 28 February).
 *
 * Bad input: `""` when `date` is not an {@link IsoDate}, when `years` is not an integer, or
 * when the result falls outside the years 0000 to 9999.
 *
 * @param date - a valid date.
 * @param years - whole years to add; negative to go back.
 * @returns the new date, or `""` on bad input.
 * @example
 * ```ts
 * addCalendarYears("2024-02-29", 1); //=> "2025-02-28"
 * addCalendarYears("2024-02-30", 1); //=> ""
 * ```
 */
export function addCalendarYears(date: IsoDate, years: number): IsoDate {
  if (!Number.isSafeInteger(years)) return "";
  return fromUtcDate(addYears(toUtcDate(date), years, { in: utcContext }));
}

/**
 * Calendar days from one date to another (date-fns' `differenceInCalendarDays`).
 *
 * @param from - the earlier date.
 * @param to - the later date.
 * @returns `to - from` in days; negative when `to` is before `from`; `NaN` when either is not
 *   an {@link IsoDate}.
 * @example
 * ```ts
 * daysBetween("2025-01-01", "2025-03-01"); //=> 59
 * ```
 */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return toDayNumber(to) - toDayNumber(from);
}

/**
 * Age in whole years on a date (date-fns' `differenceInYears`): one is a year older on one's
 * birthday; someone born on 29 February is a year older on 1 March in common years.
 *
 * @param birthDate - date of birth.
 * @param on - the reference date.
 * @returns the age in completed years; `NaN` when either date is not an {@link IsoDate}.
 * @example
 * ```ts
 * ageInYears("2008-02-29", "2025-02-28"); //=> 16
 * ageInYears("2008-02-29", "2025-03-01"); //=> 17
 * ```
 */
export function ageInYears(birthDate: IsoDate, on: IsoDate): number {
  return differenceInYears(toUtcDate(on), toUtcDate(birthDate), { in: utcContext });
}

/**
 * Number of days in a period, both ends included.
 *
 * @param period - the period (`end` on or after `start`).
 * @returns `end - start + 1`; `NaN` when an end is not an {@link IsoDate}.
 * @example
 * ```ts
 * periodDays({ start: "2025-09-01", end: "2025-09-01" }); //=> 1
 * ```
 */
export function periodDays(period: Period): number {
  return daysBetween(endOf(period, "start"), endOf(period, "end")) + 1;
}

/**
 * One end of a period given by a caller, read without trusting it: a throwing getter, a revoked
 * proxy or a missing period give `""`, which no date function takes for a date.
 */
function endOf(period: Period, end: "start" | "end"): IsoDate {
  try {
    const value: unknown = (period as Partial<Period> | null | undefined)?.[end];
    return typeof value === "string" ? value : "";
  } catch {
    return "";
  }
}

/**
 * Tells whether a period is well ordered: its end is not before its start.
 *
 * @param period - the period.
 * @returns `true` when `start <= end`; `false` when an end is missing or not a string.
 * @example
 * ```ts
 * isOrderedPeriod({ start: "2025-09-02", end: "2025-09-01" }); //=> false
 * ```
 */
export function isOrderedPeriod(period: Period): boolean {
  const ends = endsOf(period);
  return ends !== null && ends[0] <= ends[1];
}

/** Both ends of a period given by a caller, or `null` when one is not a string. */
function endsOf(period: Period): [IsoDate, IsoDate] | null {
  const start = endOf(period, "start");
  const end = endOf(period, "end");
  return start === "" || end === "" ? null : [start, end];
}

/**
 * Tells whether two periods share at least one day (ends included).
 *
 * @param a - a period.
 * @param b - another period.
 * @returns `true` when some day lies in both; `false` when an end is missing or not a string.
 * @example
 * ```ts
 * periodsOverlap({ start: "2025-01-01", end: "2025-01-31" }, { start: "2025-01-31", end: "2025-02-28" }); //=> true
 * ```
 */
export function periodsOverlap(a: Period, b: Period): boolean {
  const first = endsOf(a);
  const second = endsOf(b);
  return first !== null && second !== null && first[0] <= second[1] && second[0] <= first[1];
}

/**
 * Tells whether a period lies entirely within another.
 *
 * @param outer - the containing period.
 * @param inner - the contained period.
 * @returns `true` when every day of `inner` is in `outer`; `false` when an end cannot be read.
 * @example
 * ```ts
 * periodContains({ start: "2025-09-01", end: "2026-06-30" }, { start: "2026-01-05", end: "2026-02-13" }); //=> true
 * ```
 */
export function periodContains(outer: Period, inner: Period): boolean {
  const big = endsOf(outer);
  const small = endsOf(inner);
  return big !== null && small !== null && big[0] <= small[0] && small[1] <= big[1];
}

/**
 * Tells whether a date lies in a period (ends included).
 *
 * @param date - the date.
 * @param period - the period.
 * @returns `true` when `start <= date <= end`; `false` when a value is not a string.
 * @example
 * ```ts
 * isWithinPeriod("2025-12-31", { start: "2025-01-01", end: "2025-12-31" }); //=> true
 * ```
 */
export function isWithinPeriod(date: IsoDate, period: Period): boolean {
  const ends = endsOf(period);
  return typeof date === "string" && ends !== null && ends[0] <= date && date <= ends[1];
}

/**
 * ISO day of the week: 1 = Monday … 7 = Sunday.
 *
 * @param date - the date.
 * @returns 1 to 7; `NaN` when `date` is not an {@link IsoDate}.
 * @example
 * ```ts
 * isoWeekday("2025-09-01"); //=> 1 (a Monday)
 * ```
 */
export function isoWeekday(date: IsoDate): number {
  return weekdayOfDayNumber(toDayNumber(date));
}

function weekdayOfDayNumber(dayNumber: number): number {
  // 1970-01-01 was a Thursday (4).
  return ((((dayNumber + 3) % 7) + 7) % 7) + 1;
}

/**
 * Counts the Monday-to-Friday days of a period (ends included), in constant time.
 *
 * @param period - the period; an ill-ordered period counts 0.
 * @returns the number of weekdays; `NaN` when an end is not an {@link IsoDate} or the period
 *   cannot be read.
 * @example
 * ```ts
 * countWeekdays({ start: "2025-09-01", end: "2025-09-07" }); //=> 5
 * ```
 */
export function countWeekdays(period: Period): number {
  const first = toDayNumber(endOf(period, "start"));
  const total = toDayNumber(endOf(period, "end")) - first + 1;
  if (Number.isNaN(total)) return Number.NaN;
  if (total <= 0) return 0;
  const fullWeeks = Math.floor(total / 7);
  let count = fullWeeks * 5;
  for (let day = first + fullWeeks * 7; day <= first + total - 1; day++) {
    if (weekdayOfDayNumber(day) <= 5) count++;
  }
  return count;
}

/**
 * An academic year: 1 September to 31 August.
 *
 * @example
 * ```ts
 * const year: AcademicYear = academicYearOf("2026-03-15");
 * year.label; //=> "2025-2026"
 * ```
 */
export interface AcademicYear {
  /** Calendar year in which it starts. */
  startYear: number;
  /** 1 September of `startYear`. */
  start: IsoDate;
  /** 31 August of the next year. */
  end: IsoDate;
  /** `"2025-2026"`. */
  label: string;
}

/**
 * The academic year (1 September – 31 August) a date falls in, as used by the Code de
 * l'éducation's internship limits (L. 124-5, L. 124-6: "au cours d'une même année
 * d'enseignement").
 *
 * Edge and bad input: a date from 0000-01-01 to 0000-08-31 falls in the academic year that
 * starts in year −1, written as ISO 8601 does with a sign (`startYear: -1`, `start:
 * "-0001-09-01"`, `label: "-0001-0000"`); a `date` that is not an {@link IsoDate} gives
 * `startYear: NaN` and empty `start`, `end` and `label`.
 *
 * @param date - the date.
 * @returns its academic year.
 * @example
 * ```ts
 * academicYearOf("2025-08-31").label; //=> "2024-2025"
 * academicYearOf("0000-01-01").label; //=> "-0001-0000"
 * academicYearOf("2025-09-01").label; //=> "2025-2026"
 * ```
 */
export function academicYearOf(date: IsoDate): AcademicYear {
  if (!isIsoDate(date)) return { startYear: Number.NaN, start: "", end: "", label: "" };
  const year = digit(date, 0) * 1000 + digit(date, 1) * 100 + digit(date, 2) * 10 + digit(date, 3);
  const month = digit(date, 5) * 10 + digit(date, 6);
  const startYear = month >= 9 ? year : year - 1;
  // ISO 8601 writes the year before 0000 with a sign: -0001.
  const pad = (y: number) =>
    y < 0 ? `-${String(-y).padStart(4, "0")}` : String(y).padStart(4, "0");
  return {
    startYear,
    start: `${pad(startYear)}-09-01`,
    end: `${pad(startYear + 1)}-08-31`,
    label: `${pad(startYear)}-${pad(startYear + 1)}`,
  };
}

/**
 * A `Date` whose calendar accessors read and write UTC, so that date-fns computes on calendar
 * days whatever the process time zone is. It overrides the accessors that the date-fns functions
 * used here (`addMonths`, `addYears`, `differenceInYears`) call; using another date-fns function
 * means checking which accessors it calls and overriding those too.
 */
class UtcDate extends Date {
  override getFullYear(): number {
    return this.getUTCFullYear();
  }
  override getMonth(): number {
    return this.getUTCMonth();
  }
  override getDate(): number {
    return this.getUTCDate();
  }
  override setFullYear(year: number, month?: number, date?: number): number {
    return this.setUTCFullYear(year, month ?? this.getUTCMonth(), date ?? this.getUTCDate());
  }
  override setMonth(month: number, date?: number): number {
    return this.setUTCMonth(month, date ?? this.getUTCDate());
  }
}

const utcContext = (value: Date | number | string): UtcDate => new UtcDate(value);

function toUtcDate(date: IsoDate): UtcDate {
  return new UtcDate(toDayNumber(date) * 86_400_000);
}

function fromUtcDate(date: Date): IsoDate {
  return fromDayNumber(Math.floor(date.getTime() / 86_400_000));
}
