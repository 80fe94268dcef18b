/**
 * cmq-kit: one typed, tested model of France's Campus des Métiers et des Qualifications, with the
 * rules that go with it. This entry point exports everything; each module also has its own entry
 * point (`cmq-kit/ids`, …).
 *
 * @example
 * ```ts
 * import { ISSUE_CODES, validateIdentifier } from "cmq-kit";
 * const result = validateIdentifier("siret", "552 100 554 00013", { locale: "fr" });
 * ```
 *
 * @packageDocumentation
 */
export * from "./campus/index.js";
export * from "./dataset/index.js";
export * from "./ids/index.js";
export * from "./interop/index.js";
export {
  ISSUE_CODES,
  type IssueCode,
  type LocalizeIssueOptions,
  localizeIssue,
} from "./issue-codes.js";
export * from "./matching/index.js";
export * from "./pathway/index.js";
export * from "./registry/index.js";
export * from "./render/index.js";
export {
  type AcademicYear,
  academicYearOf,
  addCalendarDays,
  addCalendarMonths,
  addCalendarYears,
  ageInYears,
  CmqError,
  countOf,
  countPresenceDays,
  countWeekdays,
  daysBetween,
  easterSunday,
  formatNumber,
  formatPath,
  HOLIDAY_CALENDARS,
  type HolidayCalendar,
  HolidayCalendarSchema,
  type HolidayOptions,
  hasErrors,
  type IsoDate,
  IsoDateSchema,
  type Issue,
  type IssueCatalogue,
  type IssueCodeInfo,
  type IssueCodeSpec,
  type IssueParams,
  type IssuePath,
  isHolidayCalendar,
  isIsoDate,
  isOrderedPeriod,
  isoWeekday,
  isPublicHoliday,
  isWithinPeriod,
  type Locale,
  type LocaleOptions,
  type LocalizedName,
  type MessageTemplate,
  type Period,
  PeriodSchema,
  type PresenceDayOptions,
  type PublicHoliday,
  PublicHolidaySchema,
  periodContains,
  periodDays,
  periodsOverlap,
  pluralForm,
  publicHolidays,
  type Result,
  SEVERITY_NAMES,
  type Severity,
  zodErrorMap,
} from "./shared/index.js";
