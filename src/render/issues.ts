/**
 * Issues read from untrusted input, numbered, and drawn as a list.
 *
 * @module
 */
import { deepFreeze, formatPath, type IssuePath, type Severity } from "../shared/index.js";
import { type Escaping, IN_ATTRIBUTE, IN_CONTENT } from "./escape.js";
import {
  fittedContent,
  joinedSimpleLabel,
  type PreparedLabel,
  prepareLabel,
  simpleEscaped,
} from "./labels.js";
import {
  columnPieces,
  GREY,
  MARKER_AMONG_TEXTS,
  type MarkerStyle,
  markerColumn,
  markerInColumn,
} from "./palette.js";
import { listOf, ownField, recordOf } from "./read.js";
import type { RenderTexts } from "./texts.js";
import { num } from "./xml.js";

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
 * Reads a list of issues, never throwing; entries that are not objects are left out. At most
 * `max` entries are read (an `issues` option is untrusted: {@link MAX_ISSUES} by default).
 *
 * @internal
 */
export function readIssues(
  value: unknown,
  max: number = MAX_ISSUES,
): { issues: DrawnIssue[]; skipped: number } {
  const list = listOf(value, max);
  const issues: DrawnIssue[] = [];
  for (const item of list.items) {
    // Each field read once, the item checked once for all of them.
    const record = recordOf(item);
    if (record === undefined) continue;
    const fields = issueFields(record);
    if (fields.code === undefined && fields.message === undefined) continue;
    const { severity } = fields;
    // As stringField(item, "code") and stringField(item, "message").
    const code = typeof fields.code === "string" && fields.code !== "" ? fields.code : "";
    const message =
      typeof fields.message === "string" && fields.message !== "" ? fields.message : code;
    issues.push({
      number: issues.length + 1,
      severity: severity === "error" || severity === "warning" ? severity : "info",
      code,
      path: pathOf(fields.path),
      message,
    });
  }
  return { issues, skipped: list.skipped };
}

/** The fields of an issue, each as {@link ownField} reads it. */
interface IssueFields {
  code: unknown;
  message: unknown;
  severity: unknown;
  path: unknown;
}

/**
 * The {@link IssueFields} of an issue, read under one `try` with each key written where it is
 * read, and one by one under a `try` each when a read throws (as the fields of a step are read
 * in `timeline-read.ts`).
 */
function issueFields(record: Record<string, unknown>): IssueFields {
  try {
    return {
      code: Object.hasOwn(record, "code") ? record.code : undefined,
      message: Object.hasOwn(record, "message") ? record.message : undefined,
      severity: Object.hasOwn(record, "severity") ? record.severity : undefined,
      path: Object.hasOwn(record, "path") ? record.path : undefined,
    };
  } catch {
    return {
      code: ownField(record, "code"),
      message: ownField(record, "message"),
      severity: ownField(record, "severity"),
      path: ownField(record, "path"),
    };
  }
}

/** The string and finite number segments of a path (at most 64), the list read itself when it holds nothing else. */
function pathOf(value: unknown): IssuePath {
  const { items } = listOf(value, 64);
  for (let i = 0; i < items.length; i++)
    if (!isPathSegment(items[i])) return items.filter(isPathSegment);
  return items as IssuePath;
}

function isPathSegment(segment: unknown): segment is string | number {
  return typeof segment === "string" || (typeof segment === "number" && Number.isFinite(segment));
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

/**
 * The line of each issue ({@link issueLine}) read as a label to be written with `escaping`:
 * `prepareLabel(issueLine(issue, texts), escaping)` for each, the same labels. The line of an
 * issue is its head (number, severity, path, code, colon) and its message. When the path and the
 * code are simple ({@link simpleEscaped}), the head is too (its other words are the library's
 * own), and the label is read from the two parts ({@link joinedSimpleLabel}): the message, often
 * long, is read where it is, never copied into the line first. The words around the path are
 * joined once per call, those after it once for the issues in a row that share a code.
 *
 * @example
 * ```ts
 * import { IN_CONTENT } from "./escape.js";
 * import { textsOf } from "./texts.js";
 * const issue: DrawnIssue = { number: 1, severity: "error", code: "a.b", path: ["steps", 2], message: "Too long." };
 * issueLabels([issue], textsOf("en"), IN_CONTENT)[0]?.whole; //=> "1. Error steps[2] [a.b]: Too long."
 * ```
 * @internal
 */
export function issueLabels(
  issues: readonly DrawnIssue[],
  texts: RenderTexts,
  escaping: Escaping,
): PreparedLabel[] {
  const labels: PreparedLabel[] = new Array(issues.length);
  const words = headWords(texts);
  let code: string | undefined;
  let after: HeadEnd | undefined;
  for (let k = 0; k < issues.length; k++) {
    const issue = issues[k] as DrawnIssue;
    if (issue.code !== code) {
      code = issue.code;
      after = headEnd(code, texts, escaping);
    }
    labels[k] =
      (after === undefined ? undefined : joinedIssueLabel(issue, words, after, escaping)) ??
      prepareLabel(issueLine(issue, texts), escaping);
  }
  return labels;
}

/**
 * What an issue's line writes after its number, by severity: `. Error ` before a path, `. Error`
 * without one.
 */
type HeadWords = Readonly<Record<Severity, { beforePath: string; alone: string }>>;

function headWords(texts: RenderTexts): HeadWords {
  const words = (severity: Severity) => ({
    beforePath: `. ${texts.severity[severity]} `,
    alone: `. ${texts.severity[severity]}`,
  });
  return { error: words("error"), warning: words("warning"), info: words("info") };
}

/** What an issue's line writes after its path: its code and the colon, as it is and escaped. */
interface HeadEnd {
  text: string;
  escaped: string;
}

/** The {@link HeadEnd} of a code, or `undefined` when the code is not simple ({@link simpleEscaped}). */
function headEnd(code: string, texts: RenderTexts, escaping: Escaping): HeadEnd | undefined {
  const escapedCode = simpleEscaped(code, escaping);
  if (escapedCode === undefined) return undefined;
  const colon = `${texts.colon}: `;
  if (code === "") return { text: colon, escaped: colon };
  const text = ` [${code}]${colon}`;
  return { text, escaped: escapedCode === code ? text : ` [${escapedCode}]${colon}` };
}

/**
 * An issue's line read from its head and its message ({@link joinedSimpleLabel}) when its path is
 * simple and the line is (`after`: what follows its path, from a simple code), else `undefined`.
 * The words of the texts hold nothing to escape.
 */
function joinedIssueLabel(
  issue: DrawnIssue,
  words: HeadWords,
  after: HeadEnd,
  escaping: Escaping,
): PreparedLabel | undefined {
  const severity = words[issue.severity];
  if (issue.path.length === 0) {
    const head = `${issue.number}${severity.alone}${after.text}`;
    const escapedHead =
      after.escaped === after.text ? head : `${issue.number}${severity.alone}${after.escaped}`;
    return joinedSimpleLabel(head, escapedHead, issue.message, escaping);
  }
  const path = formatPath(issue.path);
  const escapedPath = simpleEscaped(path, escaping);
  if (escapedPath === undefined) return undefined;
  const head = `${issue.number}${severity.beforePath}${path}${after.text}`;
  const escapedHead =
    escapedPath === path && after.escaped === after.text
      ? head
      : `${issue.number}${severity.beforePath}${escapedPath}${after.escaped}`;
  return joinedSimpleLabel(head, escapedHead, issue.message, escaping);
}

/** The most lines a list inside a picture shows. @internal */
export const MAX_LIST_LINES = 200;

/** What a line of a list writes after its `y`: its ink and font size. */
const LINE_TAIL = `" fill="${GREY.text}" font-size="11">`;

/**
 * How {@link drawList} writes a list: each element with all its attributes (`EACH_ELEMENT`, the
 * default), or in one group that gives its texts their font size and ink (`IN_GROUP`, smaller).
 *
 * @internal
 */
export interface ListStyle {
  /** What the list opens with (a group's start tag, or nothing). */
  open: string;
  /** What the list closes with. */
  close: string;
  /** The attributes of the heading after its `y`, up to its content. */
  heading: string;
  /** What a line writes after its `y`, up to its content. */
  line: string;
  /** The attributes of the "more" line after its `y`, up to its content. */
  more: string;
  /** How markers are written (`undefined`: with all their attributes). */
  marker: MarkerStyle | undefined;
  /** How texts are escaped. */
  escaping: Escaping;
}

/** Each element with all its attributes. @internal */
export const EACH_ELEMENT: ListStyle = /* @__PURE__ */ deepFreeze({
  open: "",
  close: "",
  heading: `" font-size="13" font-weight="bold" fill="${GREY.text}">`,
  line: LINE_TAIL,
  more: `" font-size="11" fill="${GREY.muted}">`,
  marker: undefined,
  escaping: IN_ATTRIBUTE,
});

/** In one group that sets the font size and the ink of its texts. @internal */
export const IN_GROUP: ListStyle = /* @__PURE__ */ deepFreeze({
  open: `<g font-size="11" fill="${GREY.text}">`,
  close: "</g>",
  heading: `" font-size="13" font-weight="bold">`,
  line: '">',
  more: `" fill="${GREY.muted}">`,
  marker: MARKER_AMONG_TEXTS,
  escaping: IN_CONTENT,
});

/**
 * Draws a titled list of lines from `y`, each with an optional marker, and says how many were
 * left out, written in a {@link ListStyle}. Returns the SVG and the next `y`.
 *
 * @internal
 */
export function drawList(
  heading: string,
  lines: readonly { text: string; label?: PreparedLabel; severity?: Severity; marker?: string }[],
  frame: { x: number; y: number; width: number },
  texts: RenderTexts,
  style: ListStyle = EACH_ELEMENT,
): { svg: string; y: number } {
  if (lines.length === 0) return { svg: "", y: frame.y };
  let y = frame.y + 16;
  const { escaping } = style;
  let svg = `${style.open}<text x="${num(frame.x)}" y="${num(y)}${style.heading}${escaping.any(heading)}</text>`;
  y += 6;
  const shown = lines.slice(0, MAX_LIST_LINES);
  // What does not change from line to line is written once.
  const markers = columnPieces(markerColumn(frame.x + 7, 13), style.marker);
  const plainOpen = `<text x="${num(frame.x)}" y="`;
  const markedOpen = `<text x="${num(frame.x + 18)}" y="`;
  for (const line of shown) {
    y += 17;
    const markerWidth = line.severity === undefined ? 0 : 18;
    const marker =
      line.severity === undefined
        ? ""
        : markerInColumn(markers, line.severity, y - 4, line.marker ?? "");
    // As fittedText, with the attributes written as a template.
    const content = fittedContent(
      line.label ?? prepareLabel(line.text, escaping),
      frame.width - markerWidth,
      11,
    );
    svg += `<g>${marker}${markerWidth === 0 ? plainOpen : markedOpen}${num(y)}${style.line}${content}</text></g>`;
  }
  if (lines.length > shown.length) {
    y += 17;
    svg += `<text x="${num(frame.x)}" y="${num(y)}${style.more}${escaping.any(texts.more(lines.length - shown.length))}</text>`;
  }
  return { svg: svg + style.close, y: y + 6 };
}
