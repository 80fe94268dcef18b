/**
 * Reading `options.holidays`: the calendar of public holidays presence days are counted with.
 *
 * @module
 */
import {
  createIssue,
  describeValue,
  HOLIDAY_CALENDARS,
  type HolidayCalendar,
  type Issue,
  isHolidayCalendar,
  type Locale,
  readSafely,
} from "../shared/index.js";
import { PATHWAY_MESSAGES, type PathwayIssueCode } from "./codes.js";

/**
 * The holiday calendar of a call (`"metropole"` when none is given), and the issue of a value
 * that names no calendar (`pathway.invalid_option` at `["holidays"]`; metropolitan France is then
 * used). Never throws.
 *
 * @internal
 */
export function readHolidayOption(
  options: unknown,
  locale: Locale,
): { holidays: HolidayCalendar; issues: Issue<PathwayIssueCode>[] } {
  const given = readSafely(
    () => (options as { holidays?: unknown } | undefined)?.holidays,
    Symbol.for("unreadable"),
  );
  if (given === undefined) return { holidays: "metropole", issues: [] };
  if (isHolidayCalendar(given)) return { holidays: given, issues: [] };
  const issue = createIssue(
    PATHWAY_MESSAGES,
    "pathway.invalid_option",
    ["holidays"],
    {
      option: "holidays",
      problem: "bad_holidays",
      received: describeValue(given),
      expected: HOLIDAY_CALENDARS.map((calendar) => `"${calendar}"`).join(", "),
    },
    locale,
  );
  return { holidays: "metropole", issues: [issue] };
}
