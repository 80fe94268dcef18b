import type { Issue } from "./issue.js";

/**
 * The error thrown by `parse*` functions, which return the value or throw: it carries every issue
 * found. Only `parse*` functions throw it; `validate*` and `check*` functions return issues.
 *
 * @example
 * ```ts
 * try {
 *   parseIdentifier("uai", "0251234K");
 * } catch (error) {
 *   if (error instanceof CmqError) console.log(error.issues[0]?.code); //=> "ids.invalid_checksum"
 * }
 * ```
 */
export class CmqError extends Error {
  /** Every issue found (at least one is an error). */
  readonly issues: Issue[];

  /**
   * @param issues - the issues that made parsing fail; the message is built from the errors.
   */
  constructor(issues: Issue[]) {
    super(summarizeIssues(issues));
    this.name = "CmqError";
    this.issues = issues;
  }
}

function summarizeIssues(issues: Issue[]): string {
  const errors = issues.filter((issue) => issue.severity === "error");
  const shown = errors.slice(0, 3).map((issue) => `${issue.code}: ${issue.message}`);
  const more = errors.length > 3 ? ` (+${errors.length - 3} more)` : "";
  return `${shown.join("; ")}${more}`;
}
