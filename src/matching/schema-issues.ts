import * as z from "zod";
import { IDS_CODES } from "../ids/index.js";
import {
  createIssue,
  formatPath,
  fromZodIssues,
  type Issue,
  type IssuePath,
  isArraySafely,
  isTooLongList,
  type Locale,
  MAX_LIST_ENTRIES,
  parseUntrusted,
  pushAll,
} from "../shared/index.js";
import { MATCHING_MESSAGES, type MatchingIssueCode } from "./codes.js";

/**
 * The codes the inputs' shape issues may carry: ours, and the identifier codes of the model's
 * identifier fields (a programme's RNCP code: `ids.invalid_format`), which keep their message.
 */
const INPUT_CODES = /* @__PURE__ */ Object.freeze({ ...MATCHING_MESSAGES, ...IDS_CODES });

/** What {@link parseMatchingInput} gives: the parsed data, or the issues. */
export type MatchingParse<T> =
  | { ok: true; data: T }
  | { ok: false; issues: Issue<MatchingIssueCode>[] };

/**
 * Parses untrusted input against a model schema; on failure, zod's issues become
 * `matching.invalid_input` issues located under `basePath` (input whose reading throws gives one
 * issue at `basePath`). With `explain` false, a failure is only a verdict (no issues, one parse),
 * and the input is not searched for lists too long to walk: the caller has checked the record by
 * hand first (`learnerLooksValid` and `hasUncheckedLongList`, `projectLooksValid`), which turns
 * such lists away. Never throws.
 *
 * @internal
 */
export function parseMatchingInput<T>(
  schema: z.ZodType<T>,
  value: unknown,
  basePath: IssuePath,
  locale: Locale,
  explain = true,
): MatchingParse<T> {
  if (!explain) {
    try {
      const quick = schema.safeParse(value);
      return quick.success ? { ok: true, data: quick.data } : { ok: false, issues: [] };
    } catch {
      return { ok: false, issues: [] };
    }
  }
  const parsed = parseUntrusted<T>(schema, value);
  if (parsed.success) return { ok: true, data: parsed.data };
  const issues: z.core.$ZodIssue[] = parsed.unreadable
    ? [{ code: "custom", message: "unreadable", path: [], input: value }]
    : parsed.issues;
  return {
    ok: false,
    issues: fromZodIssues(issues, {
      invalidInputCode: "matching.invalid_input",
      catalogue: INPUT_CODES,
      locale,
      basePath,
    }) as Issue<MatchingIssueCode>[],
  };
}

const ListSchema = /* @__PURE__ */ z.array(/* @__PURE__ */ z.unknown());

/**
 * `value` when it is an array; otherwise `null`, after pushing the `matching.invalid_input` issue
 * that says so at `path` (worded like the schemas' own).
 *
 * @internal
 */
export function readMatchingList(
  value: unknown,
  path: IssuePath,
  issues: Issue<MatchingIssueCode>[],
  locale: Locale,
): unknown[] | null {
  if (isTooLongList(value)) {
    const length = (value as unknown[]).length;
    issues.push(
      createIssue(
        MATCHING_MESSAGES,
        "allocation.list_too_long",
        path,
        { where: formatPath(path), reason: "size", length, limit: MAX_LIST_ENTRIES },
        locale,
      ),
    );
    return null;
  }
  if (isArraySafely(value)) return value;
  const parsed = parseMatchingInput(ListSchema, value, path, locale);
  if (!parsed.ok) pushAll(issues, parsed.issues);
  return null;
}

/**
 * How many invalid records a call explains in full. Explaining one (zod's located issues and
 * their messages) costs tens of microseconds, so a million-entry list of junk would take
 * minutes: past `limit` records (`maxIssuesPerCode`), each gets one terse issue at its own path,
 * and the call's issues end with one `allocation.issues_truncated` info that counts them.
 *
 * @internal
 */
export class ExplanationBudget {
  private explained = 0;
  private omitted = 0;

  constructor(
    private readonly limit: number,
    private readonly locale: Locale,
  ) {}

  /** Whether every full explanation has been given (later invalid records are only counted). */
  get spent(): boolean {
    return this.explained >= this.limit;
  }

  /** Whether the next invalid record is explained in full (it is counted either way). */
  take(): boolean {
    if (this.explained < this.limit) {
      this.explained++;
      return true;
    }
    this.omitted++;
    return false;
  }

  /** The one issue of a record that is not explained: `matching.invalid_input` at its path. */
  terse(path: IssuePath): Issue<MatchingIssueCode>[] {
    return [
      createIssue(
        MATCHING_MESSAGES,
        "matching.invalid_input",
        path,
        { where: formatPath(path), zodCode: "custom" },
        this.locale,
      ),
    ];
  }

  /** The info that counts the records not explained (none when all were). */
  truncation(): Issue<MatchingIssueCode>[] {
    if (this.omitted === 0) return [];
    return [
      createIssue(
        MATCHING_MESSAGES,
        "allocation.issues_truncated",
        [],
        { code: "matching.invalid_input", omitted: this.omitted, limit: this.limit },
        this.locale,
      ),
    ];
  }
}

/**
 * The entry at `index` of a list, or `undefined` when reading it throws (a getter, a proxy).
 *
 * @internal
 */
export function itemAt(list: unknown[], index: number): unknown {
  try {
    return list[index];
  } catch {
    return undefined;
  }
}
