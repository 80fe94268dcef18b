/**
 * Common ground of every module: issues and results, the message catalogue, the zod adapter,
 * safe value descriptions, time-zone-proof calendar dates and French public holidays.
 *
 * This folder never imports a domain module.
 *
 * @module
 */
export { type MovedArgument, readLocaleArgument, readMovedArgument } from "./arguments.js";
export {
  createIssue,
  defineIssueCodes,
  defineIssueMessages,
  describeIssueCodes,
  formatMessage,
  type IssueCatalogue,
  type IssueCodeInfo,
  type IssueCodeSpec,
  type IssueDescription,
  type IssueMessageSpec,
  type IssueMessages,
  issueCodeRegistry,
  type MessageTemplate,
  relocalizeIssue,
} from "./catalogue.js";
export {
  type AcademicYear,
  academicYearOf,
  addCalendarDays,
  addCalendarMonths,
  addCalendarYears,
  ageInYears,
  civilFromDays,
  countWeekdays,
  dayNumberOfParts,
  daysBetween,
  fromDayNumber,
  type IsoDate,
  IsoDateSchema,
  isIsoDate,
  isLeapYear,
  isOrderedPeriod,
  isoWeekday,
  isWithinPeriod,
  type Period,
  PeriodSchema,
  periodContains,
  periodDays,
  periodsOverlap,
  toDayNumber,
} from "./dates.js";
export { CmqError } from "./error.js";
export { deepFreeze } from "./freeze.js";
export {
  countPresenceDays,
  easterSunday,
  HOLIDAY_CALENDARS,
  type HolidayCalendar,
  HolidayCalendarSchema,
  type HolidayOptions,
  isHolidayCalendar,
  isPublicHoliday,
  type PresenceDayOptions,
  type PublicHoliday,
  PublicHolidaySchema,
  presenceDaysBetween,
  publicHolidays,
} from "./holidays.js";
export {
  hasErrors,
  type Issue,
  type IssueParams,
  type IssuePath,
  isPlainRecord,
  type Locale,
  type LocaleOptions,
  localeOf,
  MAX_PATH_OPTION_LENGTH,
  pushAll,
  type Result,
  readPathOption,
  readSafely,
  resultOf,
  type Severity,
  sortIssues,
} from "./issue.js";
export {
  findTooLongList,
  isTooLongList,
  listTooLongIssue,
  MAX_LIST_ENTRIES,
} from "./long-lists.js";
export {
  countOf,
  formatNumber,
  type LocalizedName,
  pluralForm,
  SEVERITY_NAMES,
} from "./names.js";
export {
  describeValue,
  isArraySafely,
  isSafeIntegerAtLeast,
  MAX_QUOTED_LENGTH,
  quote,
  shownReceived,
  shownValue,
  typeLabel,
  typeName,
} from "./values.js";
export {
  formatPath,
  fromZodIssues,
  INVALID_INPUT_MESSAGES,
  ISSUES_TRUNCATED_MESSAGES,
  invalidInputDescription,
  invalidInputSpec,
  MAX_LISTED_MALFORMED,
  type ParsableSchema,
  parseSearched,
  parseUntrusted,
  truncationIssues,
  type UntrustedParse,
  type ZodIssueMapping,
  zodErrorMap,
  zodIssueFor,
} from "./zod.js";
