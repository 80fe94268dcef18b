/* The code of src/render/issues.ts before the timeline was written in one pass (commit 9dad0ea): an oracle for the property tests. */
/**
 * Issues read from untrusted input, numbered, and drawn as a list.
 *
 * @module
 */

import { escapeXml } from "../../../src/render/escape.js";
import { fittedContent, type PreparedLabel, prepareLabel } from "../../../src/render/labels.js";
import { GREY, severityMarker } from "../../../src/render/palette.js";
import { fieldOf, listOf, stringField } from "../../../src/render/read.js";
import type { RenderTexts } from "../../../src/render/texts.js";
import { el, num } from "../../../src/render/xml.js";
import { formatPath, type IssuePath, type Severity } from "../../../src/shared/index.js";

/** The most issues read from an `issues` option. @internal */
export const MAX_ISSUES = 10_000;

/** An issue as the pictures read it. @internal */
export interface DrawnIssue {
  /** 1-based number, shown in its marker and in the list. */
  number: number;
  /** Severity (`"info"` when the input had none that is known). */
  severity: Severity;
  /** Its code, or `""`. */
  code: string;
  /** Its path, keeping only string and number segments. */
  path: IssuePath;
  /** Its message, or its code when it has none. */
  message: string;
}

/**
 * Reads a list of issues, never throwing; entries that are not objects are left out.
 *
 * @internal
 */
export function readIssues(value: unknown): { issues: DrawnIssue[]; skipped: number } {
  const list = listOf(value, MAX_ISSUES);
  const issues: DrawnIssue[] = [];
  for (const item of list.items) {
    if (fieldOf(item, "code") === undefined && fieldOf(item, "message") === undefined) continue;
    const severity = fieldOf(item, "severity");
    const code = stringField(item, "code") ?? "";
    const path = listOf(fieldOf(item, "path"), 64).items.filter(
      (segment): segment is string | number =>
        typeof segment === "string" || (typeof segment === "number" && Number.isFinite(segment)),
    );
    issues.push({
      number: issues.length + 1,
      severity: severity === "error" || severity === "warning" ? severity : "info",
      code,
      path,
      message: stringField(item, "message") ?? code,
    });
  }
  return { issues, skipped: list.skipped };
}

/** Counts of issues by severity. @internal */
export function countBySeverity(issues: readonly DrawnIssue[]): Record<Severity, number> {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const issue of issues) counts[issue.severity]++;
  return counts;
}

/** The one-line text of an issue in a list. @internal */
export function issueLine(issue: DrawnIssue, texts: RenderTexts): string {
  const where = issue.path.length === 0 ? "" : ` ${formatPath(issue.path)}`;
  const code = issue.code === "" ? "" : ` [${issue.code}]`;
  return `${issue.number}. ${texts.severity[issue.severity]}${where}${code}${texts.colon}: ${issue.message}`;
}

/** The most lines a list inside a picture shows. @internal */
export const MAX_LIST_LINES = 200;

/**
 * Draws a titled list of lines from `y`, each with an optional marker, and says how many were
 * left out. Returns the SVG and the next `y`.
 *
 * @internal
 */
export function drawList(
  heading: string,
  lines: readonly { text: string; label?: PreparedLabel; severity?: Severity; marker?: string }[],
  frame: { x: number; y: number; width: number },
  texts: RenderTexts,
): { svg: string; y: number } {
  if (lines.length === 0) return { svg: "", y: frame.y };
  let y = frame.y + 16;
  let svg = el(
    "text",
    { x: frame.x, y, "font-size": 13, "font-weight": "bold", fill: GREY.text },
    escapeXml(heading),
  );
  y += 6;
  const shown = lines.slice(0, MAX_LIST_LINES);
  for (const line of shown) {
    y += 17;
    const markerWidth = line.severity === undefined ? 0 : 18;
    const marker =
      line.severity === undefined
        ? ""
        : severityMarker(line.severity, { x: frame.x + 7, y: y - 4 }, 13, line.marker ?? "");
    // As fittedText, with the attributes written as a template.
    const content = fittedContent(
      line.label ?? prepareLabel(line.text),
      frame.width - markerWidth,
      11,
    );
    svg += `<g>${marker}<text x="${num(frame.x + markerWidth)}" y="${num(y)}" fill="${GREY.text}" font-size="11">${content}</text></g>`;
  }
  if (lines.length > shown.length) {
    y += 17;
    svg += el(
      "text",
      { x: frame.x, y, "font-size": 11, fill: GREY.muted },
      escapeXml(texts.more(lines.length - shown.length)),
    );
  }
  return { svg, y: y + 6 };
}
