/**
 * Where {@link checkPlacementHosts} puts its issues: at most a number of each code, the rest
 * counted in one `placement.issues_truncated` info per code.
 *
 * @module
 */
import {
  createIssue,
  type Issue,
  type IssueParams,
  type IssuePath,
  type Locale,
} from "../shared/index.js";
import { PATHWAY_MESSAGES, type PathwayIssueCode } from "./codes.js";

/**
 * How many issues of one code are listed by default.
 *
 * @internal
 */
export const DEFAULT_MAX_ISSUES_PER_CODE = 1000;

/**
 * An issue list that keeps at most `limit` issues of each code and counts the others.
 *
 * @internal
 */
export class IssueSink {
  readonly issues: Issue<PathwayIssueCode>[] = [];
  readonly #counts = new Map<string, number>();
  readonly #limit: number;
  readonly #locale: Locale;
  readonly #prefix: IssuePath;

  constructor(limit: number, locale: Locale, prefix: IssuePath) {
    this.#limit = limit;
    this.#locale = locale;
    this.#prefix = prefix;
  }

  /** Adds an issue at `path` (prefixed); its params are built only when it is listed. */
  emit(code: PathwayIssueCode, path: IssuePath, params: () => IssueParams): void {
    if (this.#take(code)) {
      this.issues.push(
        createIssue(PATHWAY_MESSAGES, code, [...this.#prefix, ...path], params(), this.#locale),
      );
    }
  }

  /** Adds an issue made elsewhere (its path already complete). */
  push(issue: Issue<PathwayIssueCode>): void {
    if (this.#take(issue.code)) this.issues.push(issue);
  }

  /**
   * Counts one issue of `code` without building it, when no more of that code are listed
   * (`false`, counting nothing, while they still are).
   */
  countIfFull(code: PathwayIssueCode): boolean {
    if ((this.#counts.get(code) ?? 0) < this.#limit) return false;
    this.#take(code);
    return true;
  }

  /** The issues listed, then one `placement.issues_truncated` info per code that overflowed. */
  finish(): Issue<PathwayIssueCode>[] {
    for (const [code, count] of this.#counts) {
      if (count <= this.#limit) continue;
      this.issues.push(
        createIssue(
          PATHWAY_MESSAGES,
          "placement.issues_truncated",
          [...this.#prefix],
          { code, omitted: count - this.#limit, limit: this.#limit },
          this.#locale,
        ),
      );
    }
    return this.issues;
  }

  #take(code: string): boolean {
    const count = (this.#counts.get(code) ?? 0) + 1;
    this.#counts.set(code, count);
    return count <= this.#limit;
  }
}
