/**
 * A bounded issue list: a 2000 × 2000 matrix of NaN must not produce four million issues.
 *
 * @module
 * @internal
 */
import {
  createIssue,
  type Issue,
  type IssueParams,
  type IssuePath,
  type Locale,
  sortIssues,
} from "../../shared/index.js";
import { ASSIGNMENT_MESSAGES, type AssignmentIssueCode } from "./codes.js";

/**
 * How many issues a call lists before it only counts them.
 *
 * @internal
 */
export const MAX_LISTED_ISSUES = 100;

/**
 * Collects issues up to {@link MAX_LISTED_ISSUES}, then counts the rest.
 *
 * @internal
 */
export class IssueList {
  private readonly listed: Issue<AssignmentIssueCode>[] = [];
  private omitted = 0;

  constructor(private readonly locale: Locale) {}

  /** Adds an issue (or counts it when the list is full). */
  add(code: AssignmentIssueCode, path: IssuePath, params: IssueParams): void {
    if (this.listed.length < MAX_LISTED_ISSUES) {
      this.listed.push(createIssue(ASSIGNMENT_MESSAGES, code, path, params, this.locale));
    } else {
      this.omitted++;
    }
  }

  /** Counts issues found but not built (already beyond the list's bound). */
  omit(count: number): void {
    this.omitted += count;
  }

  /** Whether the list is full (further issues are only counted). */
  get isFull(): boolean {
    return this.listed.length >= MAX_LISTED_ISSUES;
  }

  /** Whether any issue was added. */
  get isEmpty(): boolean {
    return this.listed.length === 0;
  }

  /** The issues in reading order, ending with a count of the omitted ones if any. */
  toArray(): Issue<AssignmentIssueCode>[] {
    const issues = sortIssues(this.listed);
    if (this.omitted > 0) {
      issues.push(
        createIssue(
          ASSIGNMENT_MESSAGES,
          "assignment.issues_truncated",
          [],
          { omitted: this.omitted, listed: MAX_LISTED_ISSUES },
          this.locale,
        ),
      );
    }
    return issues;
  }
}
