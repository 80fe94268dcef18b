/**
 * Calendar arithmetic on day numbers for the hot paths of the validator. Each function gives
 * exactly the result of the shared date-fns helpers (`addCalendarMonths`, `addCalendarYears`,
 * `ageInYears`, `countWeekdays`), which the tests check day by day, without building `Date`
 * objects: the legal rules run once per step of every pathway, and date-fns' object churn cost
 * more than the whole zod parse.
 *
 * @module
 */

/**
 * The number the decimal digits of `text` from `start` to `end` (excluded) write, read without
 * cutting substrings.
 */
function digitsAt(text: string, start: number, end: number): number {
  let value = 0;
  for (let index = start; index < end; index++) value = value * 10 + text.charCodeAt(index) - 48;
  return value;
}

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeap(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * Day number (days since 1970-01-01) of a civil date, for any year (H. Hinnant,
 * "chrono-Compatible Low-Level Date Algorithms", days_from_civil).
 *
 * @internal
 */
export function dayNumberOf(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const shiftedMonth = month > 2 ? month - 3 : month + 9;
  const dayOfYear = Math.floor((153 * shiftedMonth + 2) / 5) + day - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/**
 * Day number of `date` plus `months` calendar months, the day clamped to the end of the target
 * month: date-fns' `addMonths` (and `addYears`, which adds 12 months a year).
 *
 * @internal
 */
export function addMonthsToDate(date: string, months: number): number {
  const year = digitsAt(date, 0, 4);
  const month = digitsAt(date, 5, 7);
  const day = digitsAt(date, 8, 10);
  const total = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(total / 12);
  const targetMonth = total - targetYear * 12 + 1;
  return dayNumberOf(targetYear, targetMonth, Math.min(day, daysInMonth(targetYear, targetMonth)));
}

/**
 * Age in whole years on `on` of someone born on `birthDate`: date-fns' `differenceInYears`
 * (someone born on 29 February turns a year older on 1 March in common years).
 *
 * @internal
 */
export function yearsBetween(birthDate: string, on: string): number {
  const sign = on > birthDate ? 1 : on < birthDate ? -1 : 0;
  if (sign === 0) return 0;
  const years = Math.abs(digitsAt(on, 0, 4) - digitsAt(birthDate, 0, 4));
  // "MM-DD" compared as the number MMDD: both dates are checked `YYYY-MM-DD`.
  const laterMonthDay = digitsAt(on, 5, 7) * 100 + digitsAt(on, 8, 10);
  const earlierMonthDay = digitsAt(birthDate, 5, 7) * 100 + digitsAt(birthDate, 8, 10);
  const order = laterMonthDay < earlierMonthDay ? -1 : laterMonthDay > earlierMonthDay ? 1 : 0;
  const age = sign * (years - (order === -sign ? 1 : 0));
  return age === 0 ? 0 : age;
}

/**
 * Monday-to-Friday days between two day numbers, both included (0 when `last < first`).
 *
 * @internal
 */
export function weekdaysBetween(first: number, last: number): number {
  const total = last - first + 1;
  if (total <= 0) return 0;
  const fullWeeks = Math.floor(total / 7);
  let count = fullWeeks * 5;
  // 1970-01-01 (day 0) was a Thursday: ISO weekday = ((day + 3) mod 7) + 1.
  for (let day = first + fullWeeks * 7; day <= last; day++) {
    if ((((day + 3) % 7) + 7) % 7 < 5) count++;
  }
  return count;
}
