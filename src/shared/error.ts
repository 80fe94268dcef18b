import { type Issue, readSafely } from "./issue.js";

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
    const list = readSafely(() => (Array.isArray(issues) ? issues : []), []);
    super(summarizeIssues(list));
    this.name = "CmqError";
    this.issues = list;
  }
}

/** Issues read for the message: enough to name the first errors and count the rest. */
const MAX_SUMMARIZED = 100_000;

/** "code: message; code: message (+2 more)", from the first three errors; "" when unreadable. */
function summarizeIssues(issues: readonly Issue[]): string {
  return readSafely(() => {
    const shown: string[] = [];
    let errors = 0;
    const count = Math.min(issues.length, MAX_SUMMARIZED);
    for (let i = 0; i < count; i++) {
      const issue = issues[i];
      if (issue?.severity !== "error") continue;
      errors++;
      if (shown.length < 3) shown.push(`${String(issue.code)}: ${String(issue.message)}`);
    }
    const more = errors > 3 ? ` (+${errors - 3} more)` : "";
    return `${shown.join("; ")}${more}`;
  }, "");
}
