/**
 * French public holidays ("jours fériés") and presence days without them, on `YYYY-MM-DD`
 * strings, in integer arithmetic: the same answer in every time zone, no `Date`.
 *
 * - The eleven legal holidays of the Code du travail, L. 3133-1: 1 January, Easter Monday,
 *   1 May, 8 May, Ascension, Whit Monday, 14 July, 15 August, 1 November, 11 November and
 *   25 December. Whit Monday is the default "journée de solidarité" since 2005 but stays a
 *   public holiday in the list.
 * - Alsace-Moselle (Bas-Rhin, Haut-Rhin, Moselle) adds 26 December and Good Friday
 *   (L. 3134-13). The text grants Good Friday only in communes that have a Protestant temple or
 *   a mixed church; like every holiday calendar, this one applies it to the whole area.
 * - Each overseas département adds its day commemorating the abolition of slavery (loi 83-550
 *   of 30 June 1983, décret 83-1003 of 23 November 1983 as amended): Guadeloupe (971) 27 May,
 *   Martinique (972) 22 May, Guyane (973) 10 June, La Réunion (974) 20 December, Mayotte (976)
 *   27 April.
 * - Dated facts: 8 May is a holiday from 1982 (restored by loi 81-893 of 2 October 1981),
 *   11 November from 1922, 1 May from 1947, the abolition days from 1984. Older changes (8 May
 *   in 1953–1959, for instance) are not modelled.
 *
 * Easter is computed with the Gregorian computus (Meeus/Jones/Butcher), so years run from 1583
 * (the first whole Gregorian year) to 9999.
 *
 * Each (year, calendar) table is computed once and kept (a small bounded cache), so that counting
 * the presence days of a period costs a few operations per year it spans, never one per day.
 *
 * @module
 */

import * as z from "zod";
import { readMovedArgument } from "./arguments.js";
import {
  fromDayNumber,
  type IsoDate,
  isIsoDate,
  type Period,
  toDayNumber,
  yearOfDayNumber,
} from "./dates.js";
import { deepFreeze } from "./freeze.js";
import { isPlainRecord, readSafely } from "./issue.js";

/**
 * The holiday calendars: metropolitan France, Alsace-Moselle, and the overseas départements by
 * their INSEE code (971 Guadeloupe, 972 Martinique, 973 Guyane, 974 La Réunion, 976 Mayotte).
 *
 * @example
 * ```ts
 * HOLIDAY_CALENDARS.includes("974"); //=> true
 * ```
 */
export const HOLIDAY_CALENDARS = /* @__PURE__ */ deepFreeze([
  "metropole",
  "alsace-moselle",
  "971",
  "972",
  "973",
  "974",
  "976",
] as const);

/**
 * A calendar of public holidays, one of {@link HOLIDAY_CALENDARS}:
 *
 * - `"metropole"`: the eleven holidays of C. trav. L. 3133-1 (metropolitan France);
 * - `"alsace-moselle"`: the same, with Good Friday and 26 December (L. 3134-13);
 * - `"971"`, `"972"`, `"973"`, `"974"`, `"976"`: Guadeloupe, Martinique, Guyane, La Réunion and
 *   Mayotte, each with its day commemorating the abolition of slavery (loi n° 83-550).
 *
 * @fr calendrier des jours fériés
 * @example
 * ```ts
 * const calendar: HolidayCalendar = "alsace-moselle";
 * ```
 */
export type HolidayCalendar = (typeof HOLIDAY_CALENDARS)[number];

/**
 * zod schema of {@link HolidayCalendar}.
 *
 * @example
 * ```ts
 * HolidayCalendarSchema.safeParse("972").success; //=> true
 * HolidayCalendarSchema.safeParse("975").success; //=> false
 * ```
 */
export const HolidayCalendarSchema = /* @__PURE__ */ (() => z.enum(HOLIDAY_CALENDARS))();

/**
 * A public holiday on a given date.
 *
 * @fr jour férié
 * @example
 * ```ts
 * const easterMonday: PublicHoliday | undefined = publicHolidays(2027, "metropole")[1];
 * easterMonday?.date; //=> "2027-03-29"
 * easterMonday?.name.fr; //=> "Lundi de Pâques"
 * ```
 */
export interface PublicHoliday {
  /**
   * The day, `YYYY-MM-DD`.
   *
   * @fr date
   */
  date: IsoDate;
  /**
   * Its name in English and French.
   *
   * @fr nom
   */
  name: { en: string; fr: string };
  /**
   * The text that makes it a holiday, e.g. `"C. trav. L. 3133-1"`.
   *
   * @fr source
   */
  source: string;
}

/**
 * zod schema of {@link PublicHoliday}.
 *
 * @example
 * ```ts
 * PublicHolidaySchema.parse(publicHolidays(2026, "974")[0]);
 * ```
 */
export const PublicHolidaySchema = /* @__PURE__ */ (() =>
  z.object({
    date: /* @__PURE__ */ z.string(),
    name: /* @__PURE__ */ z.object({
      en: /* @__PURE__ */ z.string(),
      fr: /* @__PURE__ */ z.string(),
    }),
    source: /* @__PURE__ */ z.string(),
  }))();

/**
 * Options of {@link publicHolidays} and {@link isPublicHoliday}.
 *
 * @example
 * ```ts
 * const options: HolidayOptions = { calendar: "alsace-moselle" };
 * ```
 */
export interface HolidayOptions {
  /** The holiday calendar; `"metropole"` when left out. */
  calendar?: HolidayCalendar;
}

/**
 * The calendar a holiday function reads: from its options (the new form), or the positional
 * value of revision 1 (deprecated); `"metropole"` when left out.
 */
function calendarArgument(second: unknown): unknown {
  const { value } = readMovedArgument(second, undefined, "calendar");
  return value === undefined ? "metropole" : value;
}

/**
 * Options of {@link countPresenceDays}.
 *
 * @example
 * ```ts
 * const options: PresenceDayOptions = { calendar: "alsace-moselle", openOnSaturday: true };
 * ```
 */
export interface PresenceDayOptions {
  /** The holiday calendar; `"metropole"` when left out. */
  calendar?: HolidayCalendar;
  /** Counts Saturdays too (a host open on Saturdays). */
  openOnSaturday?: boolean;
}

/** First and last years the computus and the tables cover. */
const FIRST_YEAR = 1583;
const LAST_YEAR = 9999;

const LABOUR_CODE = "C. trav. L. 3133-1";
const LOCAL_LAW = "C. trav. L. 3134-13";
const SLAVERY_TEXT = "Loi 83-550 du 30 juin 1983 ; décret 83-1003 du 23 novembre 1983";

interface HolidayRule {
  /** Month and day of a fixed holiday, or days after Easter Sunday of a moveable one. */
  readonly month?: number;
  readonly day?: number;
  readonly afterEaster?: number;
  /** First year it is a holiday. */
  readonly from: number;
  readonly en: string;
  readonly fr: string;
  readonly source: string;
}

const NATIONAL: readonly HolidayRule[] = [
  {
    month: 1,
    day: 1,
    from: FIRST_YEAR,
    en: "New Year's Day",
    fr: "Jour de l'an",
    source: LABOUR_CODE,
  },
  {
    afterEaster: 1,
    from: FIRST_YEAR,
    en: "Easter Monday",
    fr: "Lundi de Pâques",
    source: LABOUR_CODE,
  },
  { month: 5, day: 1, from: 1947, en: "Labour Day", fr: "Fête du travail", source: LABOUR_CODE },
  {
    month: 5,
    day: 8,
    from: 1982,
    en: "Victory in Europe Day",
    fr: "Victoire 1945",
    source: LABOUR_CODE,
  },
  { afterEaster: 39, from: FIRST_YEAR, en: "Ascension Day", fr: "Ascension", source: LABOUR_CODE },
  {
    afterEaster: 50,
    from: FIRST_YEAR,
    en: "Whit Monday",
    fr: "Lundi de Pentecôte",
    source: LABOUR_CODE,
  },
  {
    month: 7,
    day: 14,
    from: FIRST_YEAR,
    en: "Bastille Day",
    fr: "Fête nationale",
    source: LABOUR_CODE,
  },
  {
    month: 8,
    day: 15,
    from: FIRST_YEAR,
    en: "Assumption Day",
    fr: "Assomption",
    source: LABOUR_CODE,
  },
  {
    month: 11,
    day: 1,
    from: FIRST_YEAR,
    en: "All Saints' Day",
    fr: "Toussaint",
    source: LABOUR_CODE,
  },
  {
    month: 11,
    day: 11,
    from: 1922,
    en: "Armistice Day",
    fr: "Armistice 1918",
    source: LABOUR_CODE,
  },
  { month: 12, day: 25, from: FIRST_YEAR, en: "Christmas Day", fr: "Noël", source: LABOUR_CODE },
];

function abolition(month: number, day: number): HolidayRule {
  return {
    month,
    day,
    from: 1984,
    en: "Abolition of slavery",
    fr: "Abolition de l'esclavage",
    source: SLAVERY_TEXT,
  };
}

const EXTRA: Readonly<Record<HolidayCalendar, readonly HolidayRule[]>> = /* @__PURE__ */ (() => ({
  metropole: [],
  "alsace-moselle": [
    {
      afterEaster: -2,
      from: FIRST_YEAR,
      en: "Good Friday",
      fr: "Vendredi saint",
      source: LOCAL_LAW,
    },
    {
      month: 12,
      day: 26,
      from: FIRST_YEAR,
      en: "St Stephen's Day",
      fr: "Saint-Étienne",
      source: LOCAL_LAW,
    },
  ],
  "971": [/* @__PURE__ */ abolition(5, 27)],
  "972": [/* @__PURE__ */ abolition(5, 22)],
  "973": [/* @__PURE__ */ abolition(6, 10)],
  "974": [/* @__PURE__ */ abolition(12, 20)],
  "976": [/* @__PURE__ */ abolition(4, 27)],
}))();

/**
 * Tells whether a value names a holiday calendar.
 *
 * @param value - anything.
 * @returns `true` for one of {@link HOLIDAY_CALENDARS}.
 * @example
 * ```ts
 * isHolidayCalendar("973"); //=> true
 * isHolidayCalendar("metropolitan"); //=> false
 * ```
 */
export function isHolidayCalendar(value: unknown): value is HolidayCalendar {
  return typeof value === "string" && Object.hasOwn(EXTRA, value);
}

function isCoveredYear(year: unknown): year is number {
  return Number.isInteger(year) && (year as number) >= FIRST_YEAR && (year as number) <= LAST_YEAR;
}

/**
 * Easter Sunday of a Gregorian year, by the anonymous Gregorian computus (Meeus/Jones/Butcher).
 *
 * @param year - a whole year from 1583 to 9999.
 * @returns the date of Easter Sunday, or `undefined` for any other value.
 * @example
 * ```ts
 * easterSunday(2027); //=> "2027-03-28"
 * ```
 */
export function easterSunday(year: number): IsoDate | undefined {
  if (!isCoveredYear(year)) return undefined;
  return fromDayNumber(easterDayNumber(year));
}

function easterDayNumber(year: number): number {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return toDayNumber(isoDate(year, month, day));
}

function isoDate(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** One year's table: the holidays, and the distinct day numbers they fall on, sorted. */
interface YearTable {
  readonly holidays: readonly PublicHoliday[];
  readonly days: readonly number[];
  /** The days that fall Monday to Friday, and those that fall on a Saturday. */
  readonly weekdays: readonly number[];
  readonly saturdays: readonly number[];
}

/** Tables computed so far; cleared when full so that it stays small whatever callers ask. */
const TABLES = new Map<number, YearTable>();
const MAX_TABLES = 2048;

function yearTable(year: number, calendar: HolidayCalendar): YearTable {
  const key = HOLIDAY_CALENDARS.indexOf(calendar) * 100_000 + year;
  const known = TABLES.get(key);
  if (known !== undefined) return known;
  const table = buildYearTable(year, calendar);
  if (TABLES.size >= MAX_TABLES) TABLES.clear();
  TABLES.set(key, table);
  return table;
}

function buildYearTable(year: number, calendar: HolidayCalendar): YearTable {
  const easter = easterDayNumber(year);
  const dated: { day: number; holiday: PublicHoliday }[] = [];
  for (const rule of [...NATIONAL, ...EXTRA[calendar]]) {
    if (year < rule.from) continue;
    const day =
      rule.afterEaster === undefined
        ? toDayNumber(isoDate(year, rule.month ?? 1, rule.day ?? 1))
        : easter + rule.afterEaster;
    const holiday: PublicHoliday = Object.freeze({
      date: fromDayNumber(day),
      name: Object.freeze({ en: rule.en, fr: rule.fr }),
      source: rule.source,
    });
    dated.push({ day, holiday });
  }
  dated.sort((x, y) => x.day - y.day);
  const days: number[] = [];
  for (const { day } of dated) if (days[days.length - 1] !== day) days.push(day);
  return Object.freeze({
    holidays: Object.freeze(dated.map(({ holiday }) => holiday)),
    days: Object.freeze(days),
    weekdays: Object.freeze(days.filter((day) => weekdayOf(day) <= 5)),
    saturdays: Object.freeze(days.filter((day) => weekdayOf(day) === 6)),
  });
}

/**
 * The public holidays of a year in a calendar, sorted by date. Two holidays on one day (Ascension
 * on 1 May 2008) are both listed. The list and its entries are frozen and shared between calls.
 *
 * The options form is CONTRACT §0 rev. 2; the positional `publicHolidays(year, calendar)` still
 * works in 0.x and gives the same list.
 *
 * @param year - a whole year from 1583 to 9999.
 * @param options - `calendar`: the calendar; `"metropole"` when left out.
 * @returns the holidays; an empty list for a year outside 1583–9999 or an unknown calendar.
 * @example
 * ```ts
 * publicHolidays(2027, { calendar: "alsace-moselle" }).map((h) => h.date);
 * //=> ["2027-01-01", "2027-03-26", "2027-03-29", "2027-05-01", "2027-05-06", "2027-05-08",
 * //    "2027-05-17", "2027-07-14", "2027-08-15", "2027-11-01", "2027-11-11", "2027-12-25",
 * //    "2027-12-26"]
 * ```
 */
export function publicHolidays(year: number, options?: HolidayOptions): readonly PublicHoliday[];
/**
 * The public holidays of a year: the positional form of revision 1.
 *
 * @deprecated Pass the calendar in the options: `publicHolidays(year, { calendar })`. This form
 *   keeps working in 0.x and gives the same list.
 * @param year - a whole year from 1583 to 9999.
 * @param calendar - the calendar.
 * @returns the holidays.
 * @example
 * ```ts
 * // Before (deprecated):
 * publicHolidays(2027, "971");
 * // Now:
 * publicHolidays(2027, { calendar: "971" });
 * ```
 */
export function publicHolidays(
  year: number,
  calendar: HolidayCalendar | undefined,
): readonly PublicHoliday[];
export function publicHolidays(
  year: number,
  calendarOrOptions?: HolidayCalendar | HolidayOptions,
): readonly PublicHoliday[] {
  const calendar = calendarArgument(calendarOrOptions);
  if (!isCoveredYear(year) || !isHolidayCalendar(calendar)) return [];
  return yearTable(year, calendar).holidays;
}

/**
 * Tells whether a date is a public holiday in a calendar.
 *
 * The options form is CONTRACT §0 rev. 2; the positional `isPublicHoliday(date, calendar)` still
 * works in 0.x and gives the same answer.
 *
 * @param date - an {@link IsoDate}.
 * @param options - `calendar`: the calendar; `"metropole"` when left out.
 * @returns `true` for a holiday; `false` for any other day, for a value that is not an ISO date,
 * a year outside 1583–9999 or an unknown calendar.
 * @example
 * ```ts
 * isPublicHoliday("2027-03-29"); //=> true (Easter Monday)
 * isPublicHoliday("2027-05-27", { calendar: "971" }); //=> true
 * isPublicHoliday("2027-05-27"); //=> false
 * ```
 */
export function isPublicHoliday(date: IsoDate, options?: HolidayOptions): boolean;
/**
 * Tells whether a date is a public holiday: the positional form of revision 1.
 *
 * @deprecated Pass the calendar in the options: `isPublicHoliday(date, { calendar })`. This form
 *   keeps working in 0.x and gives the same answer.
 * @param date - an {@link IsoDate}.
 * @param calendar - the calendar.
 * @returns `true` for a holiday.
 * @example
 * ```ts
 * // Before (deprecated):
 * isPublicHoliday("2027-05-27", "971"); //=> true
 * // Now:
 * isPublicHoliday("2027-05-27", { calendar: "971" }); //=> true
 * ```
 */
export function isPublicHoliday(date: IsoDate, calendar: HolidayCalendar | undefined): boolean;
export function isPublicHoliday(
  date: IsoDate,
  calendarOrOptions?: HolidayCalendar | HolidayOptions,
): boolean {
  const calendar = calendarArgument(calendarOrOptions);
  if (!isIsoDate(date) || !isHolidayCalendar(calendar)) return false;
  const year = Number(date.slice(0, 4));
  if (!isCoveredYear(year)) return false;
  return yearTable(year, calendar).days.includes(toDayNumber(date));
}

/** ISO weekday (1 = Monday … 7 = Sunday) of a day number; 1970-01-01 was a Thursday. */
function weekdayOf(dayNumber: number): number {
  return ((((dayNumber + 3) % 7) + 7) % 7) + 1;
}

/** Days from `first` to `last` (both included) whose ISO weekday is at most `lastWeekday`. */
function countWeekdaysUpTo(first: number, last: number, lastWeekday: number): number {
  const total = last - first + 1;
  const fullWeeks = Math.floor(total / 7);
  let count = fullWeeks * lastWeekday;
  for (let day = first + fullWeeks * 7; day <= last; day++) {
    if (weekdayOf(day) <= lastWeekday) count++;
  }
  return count;
}

/**
 * Presence days between two day numbers (both included, `first <= last`, from checked dates):
 * the Monday-to-Friday days (and Saturdays with `openOnSaturday`) less the public holidays of
 * `calendar` on those days. Years outside 1583–9999 have no holidays here. What the pathway rules
 * call for every placement, without re-reading dates.
 *
 * @internal
 */
export function presenceDaysBetween(
  first: number,
  last: number,
  calendar: HolidayCalendar,
  openOnSaturday: boolean,
): number {
  if (last < first) return 0;
  const startYear = yearOfDayNumber(first);
  const endYear = yearOfDayNumber(last);
  if (startYear === endYear && startYear >= FIRST_YEAR && startYear <= LAST_YEAR) {
    const table = presenceTable(startYear, calendar);
    const before = openOnSaturday ? table.mondayToSaturday : table.mondayToFriday;
    return (before[last - table.first + 1] as number) - (before[first - table.first] as number);
  }
  let count = countWeekdaysUpTo(first, last, openOnSaturday ? 6 : 5);
  const firstYear = Math.max(FIRST_YEAR, startYear);
  const lastYear = Math.min(LAST_YEAR, endYear);
  for (let year = firstYear; year <= lastYear; year++) {
    const table = yearTable(year, calendar);
    count -= countWithin(table.weekdays, first, last);
    if (openOnSaturday) count -= countWithin(table.saturdays, first, last);
  }
  return count;
}

/**
 * The presence days of one year, counted ahead: `mondayToFriday[d]` is the number of
 * Monday-to-Friday days that are not public holidays among the year's first `d` days
 * (`mondayToSaturday` with Saturdays too), so that a period inside the year costs two reads.
 */
interface PresenceTable {
  /** Day number of 1 January. */
  readonly first: number;
  readonly mondayToFriday: Int16Array;
  readonly mondayToSaturday: Int16Array;
}

/** Presence tables computed so far, by calendar and year; cleared when full. */
const PRESENCE_TABLES = new Map<number, PresenceTable>();

function presenceTable(year: number, calendar: HolidayCalendar): PresenceTable {
  const key = HOLIDAY_CALENDARS.indexOf(calendar) * 100_000 + year;
  const known = PRESENCE_TABLES.get(key);
  if (known !== undefined) return known;
  const holidays = yearTable(year, calendar).days;
  const first = toDayNumber(isoDate(year, 1, 1));
  const length = toDayNumber(isoDate(year, 12, 31)) - first + 1;
  const mondayToFriday = new Int16Array(length + 1);
  const mondayToSaturday = new Int16Array(length + 1);
  let next = 0;
  for (let offset = 0; offset < length; offset++) {
    const day = first + offset;
    while ((holidays[next] ?? Number.POSITIVE_INFINITY) < day) next++;
    const open = holidays[next] !== day;
    const weekday = weekdayOf(day);
    mondayToFriday[offset + 1] =
      (mondayToFriday[offset] as number) + (open && weekday <= 5 ? 1 : 0);
    mondayToSaturday[offset + 1] =
      (mondayToSaturday[offset] as number) + (open && weekday <= 6 ? 1 : 0);
  }
  const table: PresenceTable = { first, mondayToFriday, mondayToSaturday };
  if (PRESENCE_TABLES.size >= MAX_TABLES) PRESENCE_TABLES.clear();
  PRESENCE_TABLES.set(key, table);
  return table;
}

/** How many of the sorted `days` lie from `first` to `last`. */
function countWithin(days: readonly number[], first: number, last: number): number {
  let count = 0;
  for (const day of days) {
    if (day > last) break;
    if (day >= first) count++;
  }
  return count;
}

/**
 * Presence days of a period (ends included): its Monday-to-Friday days (and Saturdays with
 * `openOnSaturday`), less the public holidays of the calendar that fall on those days. It costs a
 * few operations per calendar year the period spans, whatever its length.
 *
 * Like the other date helpers, it expects valid input, but never throws: it returns `NaN` when an
 * end of the period is not an ISO date, when the period spans a year outside 1583–9999, or when
 * the options are not {@link PresenceDayOptions}. An ill-ordered period counts 0, as in
 * `countWeekdays`.
 *
 * @param period - the period.
 * @param options - the calendar (`"metropole"` by default) and whether Saturdays count.
 * @returns the number of presence days, or `NaN` for invalid input.
 * @example
 * ```ts
 * // A stage over Easter 2027: 45 weekdays less Easter Monday (29 March).
 * countPresenceDays({ start: "2027-03-01", end: "2027-04-30" }); //=> 44
 * countPresenceDays({ start: "2027-03-01", end: "2027-04-30" }, { openOnSaturday: true }); //=> 52
 * ```
 */
export function countPresenceDays(period: Period, options: PresenceDayOptions = {}): number {
  const start = readSafely(() => (isPlainRecord(period) ? period.start : undefined), undefined);
  const end = readSafely(() => (isPlainRecord(period) ? period.end : undefined), undefined);
  const settings = presenceSettings(options);
  if (!isIsoDate(start) || !isIsoDate(end) || settings === undefined) return Number.NaN;
  if (end < start) return 0;
  const firstYear = Number(start.slice(0, 4));
  const lastYear = Number(end.slice(0, 4));
  if (!isCoveredYear(firstYear) || !isCoveredYear(lastYear)) return Number.NaN;
  const first = toDayNumber(start);
  const last = toDayNumber(end);
  const lastWeekday = settings.openOnSaturday ? 6 : 5;
  let count = countWeekdaysUpTo(first, last, lastWeekday);
  for (let year = firstYear; year <= lastYear; year++) {
    for (const day of yearTable(year, settings.calendar).days) {
      if (day >= first && day <= last && weekdayOf(day) <= lastWeekday) count--;
    }
  }
  return count;
}

/** The options read once, or `undefined` when they are not {@link PresenceDayOptions}. */
function presenceSettings(
  options: unknown,
): { calendar: HolidayCalendar; openOnSaturday: boolean } | undefined {
  if (options === undefined) return { calendar: "metropole", openOnSaturday: false };
  if (!isPlainRecord(options)) return undefined;
  const calendar = readSafely(() => options.calendar, null);
  const openOnSaturday = readSafely(() => options.openOnSaturday, null);
  const chosen = calendar === undefined ? "metropole" : calendar;
  if (!isHolidayCalendar(chosen)) return undefined;
  if (openOnSaturday !== undefined && typeof openOnSaturday !== "boolean") return undefined;
  return { calendar: chosen, openOnSaturday: openOnSaturday === true };
}
