/**
 * Text rendering of issues: grouped by the dataset section they sit in, one issue per entry with
 * its severity, place, code and message.
 *
 * @module
 */
import { formatPath, type Issue } from "../shared/index.js";
import { type Style, severityLabel } from "./style.js";
import type { CliTexts } from "./texts.js";

/**
 * Counts issues by severity.
 *
 * @param issues - the issues.
 * @returns the counts.
 * @example
 * ```ts
 * countBySeverity([]); //=> { error: 0, warning: 0, info: 0 }
 * ```
 */
export function countBySeverity(issues: readonly Issue[]): Record<Issue["severity"], number> {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const issue of issues) counts[issue.severity]++;
  return counts;
}

function sectionOf(issue: Issue): string {
  const first = issue.path[0];
  return typeof first === "string" ? first : "(root)";
}

/**
 * Renders issues as text grouped by section, in the order given, with the severities named in
 * the texts' language.
 *
 * @param issues - the issues to show.
 * @param style - colours (or none).
 * @param texts - the program's texts.
 * @returns the text, ending with a newline (or the "no issue" line).
 * @example
 * ```ts
 * import { createStyle } from "./style.js";
 * import { textsFor } from "./texts.js";
 * const result = validateIdentifier("uai", "0251234K");
 * renderIssues(result.issues, createStyle(false), textsFor("en")).includes("ids.invalid_checksum"); //=> true
 * ```
 */
export function renderIssues(issues: readonly Issue[], style: Style, texts: CliTexts): string {
  if (issues.length === 0) return `${style.green(texts.noIssue)}\n`;
  const sections = new Map<string, Issue[]>();
  for (const issue of issues) {
    const section = sectionOf(issue);
    const group = sections.get(section);
    if (group === undefined) sections.set(section, [issue]);
    else group.push(issue);
  }
  const lines: string[] = [];
  const width = Math.max(...Object.values(texts.severity).map((name) => name.length));
  const indent = " ".repeat(width + 4);
  for (const [section, group] of sections) {
    lines.push(style.bold(section));
    for (const issue of group) {
      const name = texts.severity[issue.severity] ?? issue.severity;
      const severity = severityLabel(style, issue.severity, name.padEnd(width));
      lines.push(`  ${severity}  ${formatPath(issue.path)}  ${style.dim(issue.code)}`);
      lines.push(`${indent}${issue.message}`);
    }
    lines.push("");
  }
  return lines.join("\n");
}

/**
 * The one-line verdict: valid or invalid, and the counts.
 *
 * @param file - the file checked.
 * @param issues - its issues.
 * @param style - colours (or none).
 * @param texts - the program's texts.
 * @param on - the reference date.
 * @returns the line, with a newline.
 * @example
 * ```ts
 * import { createStyle } from "./style.js";
 * import { textsFor } from "./texts.js";
 * renderVerdict("vrai.json", [], createStyle(false), textsFor("en"), "2026-11-28");
 * //=> "vrai.json: valid, 0 errors, 0 warnings, 0 infos (checked on 2026-11-28)\n"
 * ```
 */
export function renderVerdict(
  file: string,
  issues: readonly Issue[],
  style: Style,
  texts: CliTexts,
  on: string,
): string {
  const counts = countBySeverity(issues);
  const verdict = counts.error === 0 ? style.green(texts.valid) : style.red(texts.invalid);
  const summary = texts.summary(counts.error, counts.warning, counts.info);
  return `${style.bold(file)}${texts.colon}${verdict}, ${summary} (${texts.checkedOn(on)})\n`;
}
