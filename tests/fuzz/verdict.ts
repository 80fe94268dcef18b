/**
 * What the fuzz campaign asks of every outcome: a `Result` is consistent, every issue is a known
 * code with a located path, a bounded message and primitive params, and French calls speak
 * French.
 */
import { ISSUE_CODES } from "../../src/index.js";

const MAX_MESSAGE = 2_000;
const MAX_PARAM = 1_000;
const MAX_PATH = 80;
const MAX_SEGMENT = 200;
const SEVERITIES = new Set(["error", "warning", "info"]);

/**
 * English words that a French message must not contain outside its quotes: the words of English
 * sentences, and the type names English code prints (`reçu array`).
 */
const ENGLISH =
  /\b(the|of|or|and|is|are|must|expected|received|should|not|with|without|missing|unknown|invalid|array|object|bigint|string|boolean|undefined|symbol)\b/;

/** Quoted parts of a message: received values, names and titles, which keep their own language. */
const QUOTED = /«[^»]*»|"[^"]*"|“[^”]*”|'[^']*'|`[^`]*`|\([^)]*\)/g;

function readSafely<T>(read: () => T): T | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}

/** Whether the options (the last argument) ask for French: `{ locale: "fr" }`, or `"fr"` itself. */
export function asksForFrench(args: readonly unknown[]): boolean {
  return args
    .slice(-1)
    .some(
      (arg) =>
        arg === "fr" ||
        readSafely(
          () =>
            typeof arg === "object" &&
            arg !== null &&
            Object.getOwnPropertyDescriptor(arg, "locale")?.value === "fr",
        ) === true,
    );
}

function issueProblems(issue: unknown, french: boolean): string[] {
  if (typeof issue !== "object" || issue === null) return [`an issue is ${typeof issue}`];
  const { code, severity, path, message, params } = issue as Record<string, unknown>;
  const problems: string[] = [];
  if (typeof code !== "string" || !Object.hasOwn(ISSUE_CODES, code)) {
    problems.push(`unknown code ${String(code)}`);
  }
  if (!SEVERITIES.has(severity as string)) problems.push(`${String(code)}: bad severity`);
  if (!Array.isArray(path) || path.length > MAX_PATH) {
    problems.push(`${String(code)}: path missing or longer than ${MAX_PATH}`);
  } else if (
    !path.every(
      (segment) =>
        typeof segment === "number" ||
        (typeof segment === "string" && segment.length <= MAX_SEGMENT),
    )
  ) {
    problems.push(`${String(code)}: a path segment is not a short string or a number`);
  }
  problems.push(...messageProblems(code, message, french));
  if (params !== undefined) {
    for (const [key, value] of Object.entries(params as object)) {
      const primitive = value === null || ["string", "number", "boolean"].includes(typeof value);
      if (!primitive) problems.push(`${String(code)}: param ${key} is not a primitive`);
      if (typeof value === "string" && value.length > MAX_PARAM) {
        problems.push(`${String(code)}: param ${key} longer than ${MAX_PARAM}`);
      }
    }
  }
  return problems;
}

function messageProblems(code: unknown, message: unknown, french: boolean): string[] {
  if (typeof message !== "string" || message.length === 0 || message.length > MAX_MESSAGE) {
    return [`${String(code)}: message empty or longer than ${MAX_MESSAGE}`];
  }
  const english = french ? message.replace(QUOTED, "").match(ENGLISH) : null;
  return english ? [`${String(code)}: English "${english[0]}" in «${message}»`] : [];
}

/**
 * What is wrong with the message of an issue rewritten from the caller's own (`localizeIssue`):
 * its path, severity and params are the caller's, whatever they are; its message is ours.
 */
export function rewrittenMessageProblems(outcome: unknown, args: readonly unknown[]): string[] {
  if (args.includes(outcome) || typeof outcome !== "object" || outcome === null) return [];
  const { code, message, params } = outcome as Record<string, unknown>;
  // The caller's own texts are printed as given (as the library prints its own ids): their
  // words are not the message's.
  const own =
    typeof message === "string" && typeof params === "object" && params !== null
      ? Object.values(params)
          .filter((value): value is string => typeof value === "string" && value !== "")
          .reduce((text, value) => text.split(value.slice(0, 999)).join("«»"), message)
      : message;
  const problems = messageProblems(code, own, asksForFrench(args));
  return typeof message === "string" && message.length > MAX_MESSAGE
    ? [...problems, `${String(code)}: message longer than ${MAX_MESSAGE}`]
    : problems;
}

function looksLikeIssue(value: unknown): boolean {
  return typeof value === "object" && value !== null && "code" in value && "severity" in value;
}

/** The issues an outcome carries: a `Result`'s, or an issue list returned as such. */
function issuesOf(outcome: unknown): unknown[] {
  if (Array.isArray(outcome)) {
    return outcome.length <= 100_000 && outcome.every(looksLikeIssue) ? outcome : [];
  }
  if (typeof outcome !== "object" || outcome === null) return [];
  if (looksLikeIssue(outcome)) return [outcome];
  const issues = (outcome as { issues?: unknown }).issues;
  return Array.isArray(issues) ? issues : [];
}

/** What is wrong with an outcome, as short sentences (none when it is well formed). */
export function checkOutcome(
  outcome: unknown,
  args: readonly unknown[],
  checks: { french: boolean } = { french: true },
): string[] {
  // A function may hand back what it was given (localizeIssue does, for a non-issue).
  if (args.includes(outcome)) return [];
  const problems: string[] = [];
  const issues = issuesOf(outcome);
  const french = checks.french && asksForFrench(args);
  for (const issue of issues.slice(0, 20_000)) problems.push(...issueProblems(issue, french));
  if (typeof outcome === "object" && outcome !== null && "ok" in outcome) {
    const { ok } = outcome as { ok: unknown };
    const errors = issues.some((issue) => (issue as { severity?: unknown }).severity === "error");
    if (ok === false && !errors) problems.push("ok is false but no issue is an error");
    if (ok === true && errors) problems.push("ok is true but an issue is an error");
    if (ok === true && !("value" in outcome)) problems.push("ok is true but there is no value");
  }
  return [...new Set(problems)].slice(0, 5);
}
