/**
 * Collects the issues of one call, at most `limit` per code: a million-entry list of junk gives
 * `limit` issues and one `allocation.issues_truncated` info that counts the rest, not a million
 * issues. Paths and params are built only for the issues that are kept.
 *
 * @internal
 * @module
 */
import {
  createIssue,
  type Issue,
  type IssueParams,
  type IssuePath,
  type Locale,
  sortIssues,
} from "../shared/index.js";
import { MATCHING_MESSAGES, type MatchingIssueCode } from "./codes.js";

/** Default number of issues listed per code. */
export const DEFAULT_MAX_ISSUES_PER_CODE = 1000;

/**
 * Reads `maxIssuesPerCode` from untrusted options: a whole number ≥ 1, else the default.
 *
 * @internal
 */
export function maxIssuesOf(options: unknown): number {
  try {
    const value =
      typeof options === "object" && options !== null
        ? (options as { maxIssuesPerCode?: unknown }).maxIssuesPerCode
        : undefined;
    return typeof value === "number" && Number.isInteger(value) && value >= 1
      ? value
      : DEFAULT_MAX_ISSUES_PER_CODE;
  } catch {
    return DEFAULT_MAX_ISSUES_PER_CODE;
  }
}

/** @internal */
export class IssueCollector {
  readonly locale: Locale;
  readonly limit: number;
  private readonly issues: Issue<MatchingIssueCode>[] = [];
  private readonly counts = new Map<MatchingIssueCode, number>();
  /** Errors found so far, listed or not. */
  errorCount = 0;

  constructor(locale: Locale, limit: number) {
    this.locale = locale;
    this.limit = limit;
  }

  /**
   * Counts an issue of `code`; `true` when it is to be listed (then call {@link push}). Callers
   * build the path and params only after it says yes, so floods cost a counter each; and hot
   * loops hold no closures (a closure would move their variables to the heap).
   */
  take(code: MatchingIssueCode): boolean {
    const count = (this.counts.get(code) ?? 0) + 1;
    this.counts.set(code, count);
    if (MATCHING_MESSAGES[code].severity === "error") this.errorCount++;
    return count <= this.limit;
  }

  /** Lists an issue that {@link take} accepted. */
  push(code: MatchingIssueCode, path: IssuePath, params: IssueParams): void {
    this.issues.push(createIssue(MATCHING_MESSAGES, code, path, params, this.locale));
  }

  /** Counts and, within the limit, lists an issue. */
  add(code: MatchingIssueCode, path: IssuePath, params: IssueParams): void {
    if (this.take(code)) this.push(code, path, params);
  }

  /** Adds issues built elsewhere (they count towards nothing). */
  addAll(issues: readonly Issue<MatchingIssueCode>[]): void {
    for (const issue of issues) {
      this.issues.push(issue);
      if (issue.severity === "error") this.errorCount++;
    }
  }

  /** Whether an error was recorded. */
  get failed(): boolean {
    return this.errorCount > 0;
  }

  /** The listed issues in reading order, with one `allocation.issues_truncated` per capped code. */
  finish(): Issue<MatchingIssueCode>[] {
    const result = [...this.issues];
    for (const [code, count] of [...this.counts].sort(([a], [b]) => (a < b ? -1 : 1))) {
      if (count > this.limit) {
        result.push(
          createIssue(
            MATCHING_MESSAGES,
            "allocation.issues_truncated",
            [],
            { code, omitted: count - this.limit, limit: this.limit },
            this.locale,
          ),
        );
      }
    }
    return sortIssues(result);
  }
}
