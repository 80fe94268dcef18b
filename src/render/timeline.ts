/**
 * A pathway drawn as a timeline: one lane per kind of step, the academic years marked, each
 * issue drawn at its step. This file lays the picture out; what it reads of the pathway is in
 * `timeline-read.ts`, its time scale in `timeline-scale.ts`, its bars and markers in
 * `timeline-bars.ts`, its geometry in `timeline-layout.ts`.
 *
 * @module
 */

import type { Partner } from "../campus/index.js";
import type { Learner, Programme } from "../pathway/index.js";
import {
  type Issue,
  type Locale,
  type LocaleOptions,
  localeOf,
  type Severity,
} from "../shared/index.js";
import { escapeContent, escapeXml, IN_CONTENT, WIDE_PUNCTUATION } from "./escape.js";
import {
  countBySeverity,
  type DrawnIssue,
  drawList,
  IN_GROUP,
  issueLabels,
  readIssues,
} from "./issues.js";
import { fittedLabel, type PreparedLabel, prepareLabel } from "./labels.js";
import { remembered } from "./memo.js";
import {
  GREY,
  MARKER_AMONG_TEXTS,
  MARKER_FONT,
  markerAt,
  markerColumn,
  patternDefs,
} from "./palette.js";
import { fieldOf, namesById, stringField } from "./read.js";
import { svgDocument } from "./svg-document.js";
import { charsFitting, textWidth } from "./text-width.js";
import { type RenderTexts, type StepKindName, textsOf } from "./texts.js";
import {
  BARS_GROUP,
  barWriterOf,
  drawBar,
  drawMarkers,
  KIND_SWATCH,
  shortColour,
} from "./timeline-bars.js";
import { AXIS_HEIGHT, AXIS_TOP, BAR, LEFT, RIGHT, ROW } from "./timeline-layout.js";
import {
  type Bar,
  isStepIndex,
  LANES,
  MAX_CATALOGUE,
  type ReadPathway,
  readPathway,
} from "./timeline-read.js";
import { drawYears, scaleOf, yearsSpanned } from "./timeline-scale.js";
import { el, num, safeIdPrefix } from "./xml.js";

/**
 * Options of {@link pathwayTimelineSvg}.
 *
 * @example
 * ```ts
 * const options: PathwayTimelineOptions = { programmes: [], locale: "fr", width: 800 };
 * ```
 */
export interface PathwayTimelineOptions extends LocaleOptions {
  /** The programme catalogue: programme steps are labelled with their titles. */
  programmes: readonly Programme[];
  /** The learner: named in the title. */
  learner?: Learner;
  /** Issues about the pathway (e.g. `validatePathway(…).issues`): each one whose path starts with `["steps", i]` is drawn at step `i`, and all are listed. */
  issues?: readonly Issue[];
  /**
   * Whether the issues are also listed under the picture (`true` by default). `false` when the
   * page lists them itself, numbered as the markers are, as `campusReport` does: the
   * markers keep their numbers and their messages in a `<title>`.
   */
  listIssues?: boolean;
  /** Partners: hosts and employers are labelled with their names instead of their ids. */
  partners?: readonly Partner[];
  /** Width of the picture in pixels (320 to 10,000; 960 by default). The height follows. */
  width?: number;
  /** Prefix of the ids inside the picture, to keep them unique when several pictures share a page (letters, digits, `-`, `_`). */
  idPrefix?: string;
}

const DEFAULT_WIDTH = 960;

/**
 * Draws a pathway as an SVG timeline: its steps on a time axis with the academic years
 * (1 September – 31 August) marked; one lane per kind — programmes (with the learner's status),
 * contracts and placements, projects, mobility — where overlapping steps take rows of their own;
 * each issue whose path starts with `["steps", i]` drawn as a numbered marker on step `i`
 * (a diamond for an error, a triangle for a warning, a circle for an info, in the Okabe–Ito
 * colours, with its message in a `<title>`); a legend; and the list of all the issues (unless
 * `listIssues` is `false`).
 *
 * The picture is a standalone SVG document with a `<title>` and a `<desc>` (a summary for screen
 * readers). Every text from the data is escaped; long labels are cut with an ellipsis and given
 * in full in a `<title>`. Colours always come with a word, a shape or a pattern. The same input
 * gives the same string, whatever the time zone.
 *
 * Never throws: what cannot be read (a step without valid dates, an unknown kind, a pathway that
 * is not an object) is listed under "Not drawn", and the rest is drawn.
 *
 * @param pathway - anything; a {@link Pathway} when valid.
 * @param options - `programmes` (for titles), `learner`, `issues`, `listIssues`, `partners`, `locale`, `width`, `idPrefix`.
 * @returns an SVG document.
 * @example
 * ```ts
 * const pathway = { id: "p1", learnerId: "l1", steps: [
 *   { id: "bts", kind: "programme", programmeId: "bts-crsa", status: "apprentice", start: "2023-09-04", end: "2025-07-04" },
 * ] };
 * const svg = pathwayTimelineSvg(pathway, { programmes: [], locale: "fr" });
 * svg.startsWith("<svg"); //=> true
 * ```
 */
export function pathwayTimelineSvg(pathway: unknown, options: PathwayTimelineOptions): string {
  const locale = localeOf(options);
  const texts = textsOf(locale);
  const programmes = namesById(fieldOf(options, "programmes"), "title", MAX_CATALOGUE);
  const partners = namesById(fieldOf(options, "partners"), "name", MAX_CATALOGUE);
  const read = readPathway(pathway, programmes, partners, texts);
  const { issues } = readIssues(fieldOf(options, "issues"));
  const learnerId = stringField(fieldOf(options, "learner"), "id") ?? read.learnerId ?? "?";
  const width = widthOption(fieldOf(options, "width"));
  const id = safeIdPrefix(fieldOf(options, "idPrefix"), "cmq-timeline");
  const listIssues = fieldOf(options, "listIssues") !== false;
  try {
    return draw(read, issues, { locale, texts, width, id, learnerId, programmes, listIssues });
  } catch {
    // As attempt(), with the fallback written only when it is needed.
    const title = texts.pathwayTitle(read.id ?? "?", learnerId);
    return svgDocument({ width, height: 40 }, id, title, "", "");
  }
}

function widthOption(value: unknown): number {
  if (typeof value !== "number" || !Number.isFinite(value)) return DEFAULT_WIDTH;
  return Math.round(Math.min(10_000, Math.max(320, value)));
}

interface DrawContext {
  locale: Locale;
  texts: RenderTexts;
  width: number;
  id: string;
  learnerId: string;
  programmes: Map<string, string>;
  /** Whether the issues are listed under the picture. */
  listIssues: boolean;
}

/**
 * A list in the order of `compare` (a total order): the list itself when it already is, as the
 * steps of a pathway usually are, else a sorted copy.
 */
function inOrder<T>(list: T[], compare: (a: T, b: T) => number): T[] {
  for (let k = 1; k < list.length; k++)
    if (compare(list[k - 1] as T, list[k] as T) > 0) return [...list].sort(compare);
  return list;
}

function byStart(a: Bar, b: Bar): number {
  return a.start - b.start || a.end - b.end || a.index - b.index;
}

function byRow(a: Bar, b: Bar): number {
  return a.row - b.row || a.start - b.start || a.index - b.index;
}

/** Rows inside a lane: each bar takes the first row free at its start. */
function assignRows(bars: Bar[]): number {
  const rowEnds: number[] = [];
  for (const bar of inOrder(bars, byStart)) {
    let row = 0;
    while (row < rowEnds.length && (rowEnds[row] as number) >= bar.start) row++;
    rowEnds[row] = bar.end;
    bar.row = row;
  }
  return Math.max(1, rowEnds.length);
}

function draw(read: ReadPathway, issues: DrawnIssue[], context: DrawContext): string {
  const { texts, width, id } = context;
  const right = width - RIGHT;
  const scale = scaleOf(read.bars, LEFT, right);
  const title = texts.pathwayTitle(read.id ?? "?", context.learnerId);
  let body = patternDefs(id);
  body += fittedLabel(
    prepareLabel(title, IN_CONTENT),
    { x: 16, y: 24, "font-weight": "bold", fill: GREY.text },
    width - 32,
    16,
  );
  const target =
    read.targetId === undefined
      ? ""
      : `${texts.target}${texts.colon}: ${context.programmes.get(read.targetId) ?? read.targetId}`;
  // The first and last dates drawn, as the reader writes them (the earliest start and latest end).
  const first = read.bars.length === 0 ? undefined : minDate(read.bars);
  const last = read.bars.length === 0 ? undefined : maxDate(read.bars);
  const from = first === undefined ? undefined : texts.date(first);
  const to = last === undefined ? undefined : texts.date(last);
  body += drawSubtitle(target, from, to, width);

  // Lanes and their rows.
  const byLane: Bar[][] = LANES.map(() => []);
  for (const bar of read.bars) byLane[bar.lane]?.push(bar);
  const lanes = LANES.map((lane, k) => {
    const bars = byLane[k] ?? [];
    return { lane, bars, rows: assignRows(bars) };
  });
  const lanesTop = AXIS_TOP + AXIS_HEIGHT + 4;
  const lanesHeight = lanes.reduce((sum, lane) => sum + lane.rows * ROW + 10, 0);
  const lanesBottom = lanesTop + lanesHeight;

  // Academic years: bands, boundaries and labels.
  if (scale !== undefined) body += drawYears(scale, lanesBottom);
  else
    body += el(
      "text",
      { x: LEFT, y: AXIS_TOP + 14, "font-size": 12, fill: GREY.muted },
      escapeContent(texts.noStep),
    );

  // Lanes.
  // The issues of each step, by its index (only the indices of steps are looked up).
  const issuesByStep: (DrawnIssue[] | undefined)[] = [];
  for (const issue of issues) {
    const { path } = issue;
    const index = path[1];
    if (path[0] !== "steps" || !isStepIndex(index)) continue;
    const list = issuesByStep[index];
    if (list === undefined) issuesByStep[index] = [issue];
    else list.push(issue);
  }
  // Each issue's line is read as a label once: it is written in its marker and in the list.
  const labels = issueLabels(issues, texts, IN_CONTENT);
  const writer = barWriterOf(context);
  let y = lanesTop;
  let markers = "";
  for (const { lane, bars, rows } of lanes) {
    const height = rows * ROW + 10;
    body += laneLine(right, y);
    body += fittedLabel(
      prepareLabel(texts.lane[lane], IN_CONTENT),
      { x: 16, y: y + 5 + ROW / 2 + 4, "font-weight": "bold", fill: GREY.text },
      LEFT - 24,
      12,
    );
    if (scale !== undefined && bars.length > 0) {
      body += BARS_GROUP;
      const ordered = inOrder(bars, byRow);
      for (let k = 0; k < ordered.length; k++) {
        const bar = ordered[k] as Bar;
        // Indices stay within the list: reading ordered[-1] is a slow lookup in V8.
        const next = k + 1 < ordered.length ? ordered[k + 1] : undefined;
        const nextX = next !== undefined && next.row === bar.row ? scale.x(next.start) : right;
        const previous = k > 0 ? ordered[k - 1] : undefined;
        const previousX =
          previous !== undefined && previous.row === bar.row ? scale.x(previous.end + 1) : LEFT;
        const top = y + 5 + bar.row * ROW + (ROW - BAR) / 2;
        body += drawBar(bar, scale, top, previousX, nextX, writer);
        const stepIssues = issuesByStep[bar.index];
        if (stepIssues !== undefined)
          markers += drawMarkers(stepIssues, bar, scale, top, right, labels, writer);
      }
      body += "</g>";
    }
    y += height;
  }
  body += laneLine(right, y);
  if (markers !== "") body += `<g ${MARKER_FONT}>${markers}</g>`;

  // Legend, issues, and what was not drawn.
  // The legend depends only on the language, the id prefix, its place and the width.
  const legend = remembered(LEGENDS, `${context.locale} ${id} ${y} ${width}`, () =>
    drawLegend({ x: 16, y: y + 8, width: width - 32 }, context),
  );
  body += legend.svg;
  // With listIssues false, the page around the picture lists the issues.
  const list = context.listIssues
    ? drawList(
        `${texts.issues} (${issues.length})`,
        issues.map((issue, k) => ({
          text: (labels[k] as PreparedLabel).whole,
          label: labels[k] as PreparedLabel,
          severity: issue.severity,
          marker: String(issue.number),
        })),
        { x: 16, y: legend.y, width: width - 32 },
        texts,
        IN_GROUP,
      )
    : { svg: "", y: legend.y };
  body += list.svg;
  const notDrawn = drawList(
    `${texts.notDrawn} (${read.unreadable.length})`,
    read.unreadable.map((text) => ({ text })),
    { x: 16, y: list.y, width: width - 32 },
    texts,
    IN_GROUP,
  );
  body += notDrawn.svg;
  const height = notDrawn.y + 12;
  const counts = countBySeverity(issues);
  const description = texts.pathwayDescription({
    steps: read.bars.length,
    ...(from === undefined ? {} : { from }),
    ...(to === undefined ? {} : { to }),
    years: first === undefined || last === undefined ? 0 : yearsSpanned(first, last),
    errors: counts.error,
    warnings: counts.warning,
    infos: counts.info,
    notDrawn: read.unreadable.length,
  });
  return svgDocument({ width, height }, id, title, description, body);
}

function minDate(bars: readonly Bar[]): string {
  let best = "9999-12-31";
  for (const bar of bars) if (bar.startDate < best) best = bar.startDate;
  return best;
}

function maxDate(bars: readonly Bar[]): string {
  let best = "0000-01-01";
  for (const bar of bars) if (bar.endDate > best) best = bar.endDate;
  return best;
}

/**
 * The line under the title: the target programme and the period drawn, joined by an em dash,
 * cut to the width (`from` and `to`: the first and last dates drawn, as the reader writes them, if
 * any). When it is not cut, its dash and arrow are written as references ({@link WIDE_PUNCTUATION}).
 */
function drawSubtitle(
  target: string,
  from: string | undefined,
  to: string | undefined,
  width: number,
): string {
  const period = from === undefined || to === undefined ? "" : `${from} → ${to}`;
  const subtitle = target === "" || period === "" ? `${target}${period}` : `${target} — ${period}`;
  if (subtitle === "") return "";
  const label = prepareLabel(subtitle, IN_CONTENT);
  const attributes = { x: 16, y: 44, fill: GREY.muted };
  if (!label.simple || label.whole.length > charsFitting(width - 32, 12))
    return fittedLabel(label, attributes, width - 32, 12);
  // The label itself, from its parts: a simple label's parts are simple, and the dates are digits and signs.
  const escapedPeriod = period === "" ? "" : `${from} ${WIDE_PUNCTUATION.arrow} ${to}`;
  const dash = target === "" || period === "" ? "" : ` ${WIDE_PUNCTUATION.dash} `;
  return `<text x="16" y="44" fill="${GREY.muted}" font-size="12">${escapeContent(target)}${dash}${escapedPeriod}</text>`;
}

/** The separator above and below each lane. */
function laneLine(right: number, y: number): string {
  const yText = num(y);
  return `<line x1="16" x2="${num(right)}" y1="${yText}" y2="${yText}" stroke="${GREY.line}" stroke-width=".5"/>`;
}

/** Legends already drawn, by language, id prefix, place and width. */
const LEGENDS = /* @__PURE__ */ new Map<string, Readonly<{ svg: string; y: number }>>();

function drawLegend(
  frame: { x: number; y: number; width: number },
  context: DrawContext,
): { svg: string; y: number } {
  const { texts, id } = context;
  const items: { draw(x: number, y: number): string; text: string }[] = [];
  for (const kind of Object.keys(KIND_SWATCH) as StepKindName[]) {
    const swatch = KIND_SWATCH[kind];
    // The outline of a swatch, as a bar's: black, 0.5 wide, and 0.25 for its strip (written 0.3).
    items.push({
      text: texts.kind[kind],
      draw: (x, y) =>
        `<rect x="${num(x)}" y="${num(y - 10)}" width="22" height="12" rx="2" fill="${shortColour(swatch.fill)}" stroke="#000" stroke-width=".5"/>` +
        (swatch.pattern === undefined
          ? ""
          : `<rect x="${num(x)}" y="${num(y - 3)}" width="22" height="5" fill="url(#${id}-${swatch.pattern})" stroke="#000" stroke-width=".3"/>`),
    });
  }
  for (const severity of ["error", "warning", "info"] as Severity[]) {
    items.push({
      text: texts.severity[severity],
      draw: (x, y) =>
        markerAt(
          severity,
          markerColumn(x + 7, 13),
          y - 4,
          texts.severityLetter[severity],
          MARKER_AMONG_TEXTS,
        ),
    });
  }
  // In a group that gives its texts their font size and ink.
  let svg = `<g aria-label="${escapeXml(texts.legend)}" font-size="11" fill="${GREY.text}"><text x="${num(frame.x)}" y="${num(frame.y + 16)}" font-size="13" font-weight="bold">${escapeContent(texts.legend)}</text>`;
  let x = frame.x;
  let y = frame.y + 36;
  for (const item of items) {
    const itemWidth = 28 + textWidth(item.text, 11) + 14;
    if (x + itemWidth > frame.x + frame.width && x > frame.x) {
      x = frame.x;
      y += 20;
    }
    svg += `<g>${item.draw(x, y)}<text x="${num(x + 28)}" y="${num(y)}">${escapeContent(item.text)}</text></g>`;
    x += itemWidth;
  }
  return { svg: `${svg}</g>`, y: y + 8 };
}
