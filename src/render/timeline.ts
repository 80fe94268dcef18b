/**
 * A pathway drawn as a timeline: one lane per kind of step, the academic years marked, each
 * issue drawn at its step.
 *
 * @module
 */

import type { Partner } from "../campus/index.js";
import type { Learner, Programme } from "../pathway/index.js";
import {
  academicYearOf,
  civilFromDays,
  dayNumberOfParts,
  deepFreeze,
  fromDayNumber,
  type IsoDate,
  type Issue,
  type Locale,
  type LocaleOptions,
  localeOf,
  type Severity,
  toDayNumber,
} from "../shared/index.js";
import {
  countBySeverity,
  type DrawnIssue,
  drawList,
  IN_GROUP,
  issueLine,
  readIssues,
} from "./issues.js";
import { remembered } from "./memo.js";
import {
  GREY,
  MARKER_AMONG_TEXTS,
  MARKER_FONT,
  MARKER_IN_FONT_GROUP,
  type MarkerRowPieces,
  markerAt,
  markerColumn,
  markerInRow,
  OKABE_ITO,
  patternDefs,
  rowPieces,
  type Swatch,
} from "./palette.js";
import {
  fieldOf,
  listOf,
  namesById,
  ownField,
  ownNumber,
  ownString,
  recordOf,
  stringField,
} from "./read.js";
import { type RenderTexts, type StepKindName, textsOf } from "./texts.js";
import {
  charsFitting,
  codePointCount,
  el,
  escapeContent,
  escapedLabel,
  escapeXml,
  fittedContent,
  fittedLabel,
  IN_CONTENT,
  labelText,
  MAX_FULL_TEXT,
  num,
  type PreparedLabel,
  prepareLabel,
  safeIdPrefix,
  simpleEscaped,
  svgDocument,
  textWidth,
  WIDE_PUNCTUATION,
} from "./xml.js";

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
  /** Partners: hosts and employers are labelled with their names instead of their ids. */
  partners?: readonly Partner[];
  /** Width of the picture in pixels (320 to 10,000; 960 by default). The height follows. */
  width?: number;
  /** Prefix of the ids inside the picture, to keep them unique when several pictures share a page (letters, digits, `-`, `_`). */
  idPrefix?: string;
}

/** The most steps drawn: beyond, they are counted as not drawn. */
const MAX_STEPS = 10_000;
/** The most catalogue entries read for names. */
const MAX_CATALOGUE = 100_000;
const DEFAULT_WIDTH = 960;
const LEFT = 190;
const RIGHT = 16;
const ROW = 26;
const BAR = 20;
const AXIS_TOP = 58;
const AXIS_HEIGHT = 20;

type LaneName = "programmes" | "placements" | "projects" | "mobility";
const LANES: readonly LaneName[] = ["programmes", "placements", "projects", "mobility"];

const KIND_LANE: Readonly<Record<StepKindName, LaneName>> = {
  programme: "programmes",
  block: "programmes",
  internship: "placements",
  pfmp: "placements",
  apprenticeship: "placements",
  project: "projects",
  mobility: "mobility",
};

/** How each kind of step is drawn. @internal */
export const KIND_SWATCH: Readonly<Record<StepKindName, Swatch>> = /* @__PURE__ */ deepFreeze({
  programme: { fill: OKABE_ITO.blue, ink: "#FFFFFF", pattern: undefined },
  block: { fill: OKABE_ITO.skyBlue, ink: OKABE_ITO.black, pattern: "dots" },
  internship: { fill: OKABE_ITO.bluishGreen, ink: OKABE_ITO.black, pattern: "diagonal" },
  pfmp: { fill: OKABE_ITO.yellow, ink: OKABE_ITO.black, pattern: "horizontal" },
  apprenticeship: { fill: OKABE_ITO.orange, ink: OKABE_ITO.black, pattern: "cross" },
  project: { fill: OKABE_ITO.reddishPurple, ink: OKABE_ITO.black, pattern: "vertical" },
  mobility: { fill: GREY.light, ink: OKABE_ITO.black, pattern: undefined },
});

/** A step that can be drawn. */
interface Bar {
  index: number;
  id: string | undefined;
  kind: StepKindName;
  /** The place of its kind's lane in {@link LANES}. */
  lane: number;
  startDate: string;
  endDate: string;
  start: number;
  end: number;
  label: string;
  /** Hours of training or work, when the step says. */
  hours: number | undefined;
  row: number;
}

/** What could be read from the pathway. */
interface ReadPathway {
  id: string | undefined;
  learnerId: string | undefined;
  targetId: string | undefined;
  bars: Bar[];
  unreadable: string[];
  readable: boolean;
}

/**
 * Draws a pathway as an SVG timeline: its steps on a time axis with the academic years
 * (1 September – 31 August) marked; one lane per kind — programmes (with the learner's status),
 * contracts and placements, projects, mobility — where overlapping steps take rows of their own;
 * each issue whose path starts with `["steps", i]` drawn as a numbered marker on step `i`
 * (a diamond for an error, a triangle for a warning, a circle for an info, in the Okabe–Ito
 * colours, with its message in a `<title>`); a legend; and the list of all the issues.
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
 * @param options - `programmes` (for titles), `learner`, `issues`, `partners`, `locale`, `width`, `idPrefix`.
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
  try {
    return draw(read, issues, { locale, texts, width, id, learnerId, programmes });
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

/** The lane of each kind, by its place in {@link LANES}: read once per step, by a step's kind (untrusted text). */
const KIND_LANE_INDEX = /* @__PURE__ */ new Map<string, number>(
  Object.entries(KIND_LANE).map(([kind, lane]) => [kind, LANES.indexOf(lane)]),
);

function readPathway(
  pathway: unknown,
  programmes: Map<string, string>,
  partners: Map<string, string>,
  texts: RenderTexts,
): ReadPathway {
  const read: ReadPathway = {
    id: stringField(pathway, "id"),
    learnerId: stringField(pathway, "learnerId"),
    targetId: stringField(fieldOf(pathway, "target"), "programmeId"),
    bars: [],
    unreadable: [],
    readable: fieldOf(pathway, "steps") !== undefined,
  };
  if (!read.readable) {
    read.unreadable.push(texts.noPathway);
    return read;
  }
  const steps = listOf(fieldOf(pathway, "steps"), MAX_STEPS);
  if (!steps.isList) read.unreadable.push(texts.why.notList);
  steps.items.forEach((step, index) => {
    const bar = readStep(step, index, programmes, partners, texts);
    if (typeof bar === "string") read.unreadable.push(bar);
    else read.bars.push(bar);
  });
  if (steps.skipped > 0) read.unreadable.push(texts.why.tooMany(steps.skipped));
  return read;
}

function readStep(
  value: unknown,
  index: number,
  programmes: Map<string, string>,
  partners: Map<string, string>,
  texts: RenderTexts,
): Bar | string {
  // Each field is read once, and each date parsed once: toDayNumber is NaN for anything but a
  // date YYYY-MM-DD (as dateField reads it). The step is checked once for all its fields.
  const step = recordOf(value);
  const kindField = ownField(step, "kind");
  const id = ownString(step, "id");
  const startField = ownField(step, "start");
  const start = toDayNumber(startField as IsoDate);
  if (kindField === undefined && id === undefined && Number.isNaN(start))
    return texts.stepUnreadable(index, undefined, texts.why.notObject);
  // As stringField(step, "kind").
  const kind = typeof kindField === "string" && kindField !== "" ? kindField : undefined;
  const lane = kind === undefined ? undefined : KIND_LANE_INDEX.get(kind);
  if (kind === undefined || lane === undefined)
    return texts.stepUnreadable(
      index,
      id,
      `${texts.why.unknownKind}${kind === undefined ? "" : ` "${labelText(kind, 40)}"`}`,
    );
  const endField = ownField(step, "end");
  const end = toDayNumber(endField as IsoDate);
  if (Number.isNaN(start) || Number.isNaN(end))
    return texts.stepUnreadable(index, id, texts.why.badDates);
  const startDate = startField as IsoDate;
  const endDate = endField as IsoDate;
  if (end < start) return texts.stepUnreadable(index, id, texts.why.endBeforeStart);
  const k = kind as StepKindName;
  const label = stepLabel(step, k, programmes, partners, texts);
  const hours = ownNumber(step, "hours") ?? ownNumber(step, "trainingHours");
  return { index, id, kind: k, lane, startDate, endDate, start, end, label, hours, row: 0 };
}

type StepRecord = Record<string, unknown> | undefined;

function stepLabel(
  step: StepRecord,
  kind: StepKindName,
  programmes: Map<string, string>,
  partners: Map<string, string>,
  texts: RenderTexts,
): string {
  switch (kind) {
    case "programme": {
      const status = ownString(step, "status");
      const statusText = status === undefined ? "" : ` · ${texts.status[status] ?? status}`;
      return `${nameOf(step, "programmeId", programmes)}${statusText}`;
    }
    case "block":
      return `${texts.kind.block} ${ownString(step, "block") ?? "?"} · ${nameOf(step, "programmeId", programmes)}`;
    case "internship":
    case "pfmp":
      return `${texts.kind[kind]} · ${nameOf(step, "hostId", partners)}`;
    case "apprenticeship":
      return `${texts.kind.apprenticeship} · ${nameOf(step, "employerId", partners)}`;
    case "project":
      return ownString(step, "title") ?? ownString(step, "id") ?? "?";
    case "mobility": {
      const host = ownString(step, "hostName");
      return `${ownString(step, "country") ?? "?"}${host === undefined ? "" : ` · ${host}`}`;
    }
  }
}

/** The name of the programme or partner a step's field refers to: its id when unknown, `?` when none. */
function nameOf(step: StepRecord, key: string, names: Map<string, string>): string {
  const id = ownString(step, key);
  return id === undefined ? "?" : (names.get(id) ?? id);
}

interface DrawContext {
  locale: Locale;
  texts: RenderTexts;
  width: number;
  id: string;
  learnerId: string;
  programmes: Map<string, string>;
}

/** The time scale: day numbers to x, over whole academic years. @internal */
export interface Scale {
  /** The day number of the first day drawn (1 September). */
  first: number;
  /** The day number after the last day drawn (1 September). */
  last: number;
  /** The x of the start of a day. */
  x(day: number): number;
  /** The bands of academic years: first day, day after the last, label and short label. */
  years: { start: number; end: number; label: string; short: string }[];
}

function scaleOf(bars: readonly Bar[], left: number, right: number): Scale | undefined {
  if (bars.length === 0) return undefined;
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const bar of bars) {
    if (bar.start < min) min = bar.start;
    if (bar.end > max) max = bar.end;
  }
  return scaleOfDays(min, max, left, right);
}

/**
 * The scale from `left` to `right` of the days from `min` to `max` (day numbers of dates of the
 * years 0000 to 9999), over the academic years they touch (at most 60 bands: beyond, each band
 * spans several years).
 *
 * @internal
 */
export function scaleOfDays(min: number, max: number, left: number, right: number): Scale {
  const firstStart = academicStartYear(min);
  const lastStart = academicStartYear(max);
  // Years whose 1 September and the next 31 August are dates YYYY-MM-DD are counted in
  // arithmetic; the others (a step in 0000 before September, or in 9999 from September) as
  // their texts read, as academicYearOf and toDayNumber read them.
  const inRange = firstStart >= 0 && lastStart <= 9998;
  const yearOf = inRange ? academicYearInRange : academicYearAsText;
  const first = inRange
    ? septemberFirst(firstStart)
    : toDayNumber(academicYearOf(fromDayNumber(min)).start);
  const last = inRange
    ? septemberFirst(lastStart + 1)
    : toDayNumber(academicYearOf(fromDayNumber(max)).end) + 1;
  const perDay = (right - left) / (last - first);
  const years: Scale["years"] = [];
  const count = lastStart - firstStart + 1;
  const step = Math.max(1, Math.ceil(count / 60));
  for (let y = firstStart; y <= lastStart; y += step) {
    const from = yearOf(y);
    const to = step === 1 ? from : yearOf(Math.min(lastStart, y + step - 1));
    years.push({
      start: from.start,
      end: to.end,
      label: step === 1 ? from.label : `${pad4(y)}-${to.label.slice(5)}`,
      short: step === 1 ? `${from.label.slice(2, 4)}-${from.label.slice(7, 9)}` : pad4(y),
    });
  }
  return { first, last, years, x: (day) => left + (day - first) * perDay };
}

/** An academic year starting in a year: its first day, the day after its last, and its label `YYYY-YYYY`. */
interface YearBand {
  start: number;
  end: number;
  label: string;
}

/** The start year of the academic year of a day (a day of the years 0000 to 9999). */
function academicStartYear(day: number): number {
  const [year, month] = civilFromDays(day);
  return month >= 9 ? year : year - 1;
}

/** The day number of 1 September of a year from 0 to 9999. */
function septemberFirst(year: number): number {
  return dayNumberOfParts(year, 9, 1);
}

/** {@link academicYearAsText} of a year from 0 to 9998, in arithmetic. */
function academicYearInRange(year: number): YearBand {
  return {
    start: septemberFirst(year),
    end: septemberFirst(year + 1),
    label: `${pad4(year)}-${pad4(year + 1)}`,
  };
}

/** The academic year starting in `year`, read from the text of its 1 September as academicYearOf reads it. */
function academicYearAsText(year: number): YearBand {
  const academic = academicYearOf(`${pad4(year)}-09-01`);
  return {
    start: toDayNumber(academic.start),
    end: toDayNumber(academic.end) + 1,
    label: academic.label,
  };
}

function pad4(year: number): string {
  return String(year).padStart(4, "0");
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
  const labels = issues.map((issue) => prepareLabel(issueLine(issue, texts), IN_CONTENT));
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
  const list = drawList(
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
  );
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

/** Whether a path segment can be the index of a step that is drawn (a whole number below {@link MAX_STEPS}). */
function isStepIndex(segment: string | number | undefined): segment is number {
  return (
    typeof segment === "number" && Number.isInteger(segment) && segment >= 0 && segment < MAX_STEPS
  );
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

/** How many academic years the dates from `first` to `last` touch. */
function yearsSpanned(first: IsoDate, last: IsoDate): number {
  return academicYearOf(last).startYear - academicYearOf(first).startYear + 1;
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

/** The boundary of an academic year, from the axis down to `bottom` (`bottomText`), in {@link YEARS_GROUP}. */
function yearBoundary(xText: string, bottomText: string): string {
  return `<line x1="${xText}" x2="${xText}" y1="${AXIS_TOP}" y2="${bottomText}" stroke="${GREY.line}"/>`;
}

/**
 * The group of the academic years: the ink and font of their labels, and the dashes of their
 * boundaries (0.75 wide, written 0.8 as num() rounds it); the bands have no outline.
 */
const YEARS_GROUP = `<g fill="${GREY.muted}" font-size="11" text-anchor="middle" stroke-width=".8" stroke-dasharray="3 2">`;

function drawYears(scale: Scale, bottom: number): string {
  // Written as templates rather than with el(): only numbers and constants go into these
  // attributes, and the labels are digits and hyphens (nothing to escape).
  let svg = YEARS_GROUP;
  const bottomText = num(bottom);
  const heightText = num(bottom - AXIS_TOP);
  const years = scale.years;
  for (let k = 0; k < years.length; k++) {
    const year = years[k] as Scale["years"][number];
    const x1 = scale.x(year.start);
    const bandWidth = scale.x(year.end) - x1;
    const x1Text = num(x1);
    svg += `<rect x="${x1Text}" y="${AXIS_TOP}" width="${num(bandWidth)}" height="${heightText}" fill="${k % 2 === 0 ? GREY.band : "#FFF"}"/>${yearBoundary(x1Text, bottomText)}`;
    const label =
      textWidth(year.label, 11) + 6 <= bandWidth
        ? year.label
        : textWidth(year.short, 11) + 4 <= bandWidth
          ? year.short
          : "";
    if (label !== "")
      svg += `<text x="${num(x1 + bandWidth / 2)}" y="${AXIS_TOP + 14}">${label}</text>`;
  }
  return `${svg}${yearBoundary(num(scale.x(scale.last)), bottomText)}</g>`;
}

/**
 * The group of a lane's bars: the black outline of their rectangles (0.5 wide) and the font size
 * of their labels, which have no outline.
 */
const BARS_GROUP = '<g stroke="#000" stroke-width=".5" font-size="11">';

/**
 * What a bar of a kind writes between its numbers and texts, joined once per id prefix: the
 * constant attributes of its rectangles, its text and its group that {@link BARS_GROUP} does not
 * give them.
 */
interface BarPieces {
  /** `" data-kind="…"><title>`, after the step's index when the step has no id. */
  kind: string;
  /** `" data-kind="…" data-id="`, after the step's index when it has an id. */
  kindId: string;
  /** After the bar's `y` value: its height, corners, fill and outline, and the end of the element. */
  rect: string;
  /** After the strip's `y`: its height, pattern and outline; `""` for a kind without pattern. */
  strip: string;
  /** After a text's `y` inside the bar: the ink and the font size. */
  inside: string;
}

/** The {@link BarPieces} of each kind, by id prefix. */
const BAR_PIECES = /* @__PURE__ */ new Map<string, Readonly<Record<StepKindName, BarPieces>>>();

function barPiecesOf(id: string): Readonly<Record<StepKindName, BarPieces>> {
  return remembered(BAR_PIECES, id, () => {
    const pieces = {} as Record<StepKindName, BarPieces>;
    for (const kind of Object.keys(KIND_SWATCH) as StepKindName[]) {
      const swatch = KIND_SWATCH[kind];
      pieces[kind] = {
        kind: `" data-kind="${kind}"><title>`,
        kindId: `" data-kind="${kind}" data-id="`,
        rect: `" height="${BAR}" rx="3" fill="${shortColour(swatch.fill)}"/>`,
        strip:
          swatch.pattern === undefined
            ? ""
            : `" height="5" fill="url(#${id}-${swatch.pattern})" stroke-width=".3"/>`,
        inside: `" stroke="none" fill="${shortColour(swatch.ink)}">`,
      };
    }
    return pieces;
  });
}

/** A colour `#RRGGBB` written `#RGB` when it can be (the same colour). */
function shortColour(colour: string): string {
  const [, r1, r2, g1, g2, b1, b2] = colour;
  return r1 === r2 && g1 === g2 && b1 === b2 ? `#${r1}${g1}${b1}` : colour;
}

/** After the `y` of a label written beside its bar, on either side. */
const BESIDE = `" stroke="none" fill="${GREY.text}">`;
const BESIDE_BEFORE = `" text-anchor="end${BESIDE}`;

/**
 * What the bars of one picture share, prepared once per call: for each kind, its constant pieces
 * and what its rectangles write from their `y` in the row being drawn; the end of the tooltips by
 * length in days (the steps of a pathway often last as long as one another); and the markers of
 * the row being drawn.
 */
interface BarWriter {
  kinds: Readonly<Record<StepKindName, KindWriter>>;
  texts: RenderTexts;
  /** `${texts.colon}: `, between a tooltip's id and its label. */
  between: string;
  /** The end of a tooltip without hours, `" (5 days)"`, by length in days: filled as the bars are drawn. */
  tails: Map<number, string>;
  /** The markers drawn on the steps of the row of the last step with issues. */
  markers: MarkerRowPieces | undefined;
}

/** What the bars of a kind share in one picture. */
interface KindWriter {
  pieces: BarPieces;
  /** The kind's name, as its tooltips start. */
  name: string;
  /** `${name} `: what starts the tooltip of a step with an id, before the id. */
  nameSpace: string;
  /** `"><title>${name} `: after the id of a step, what starts its tooltip, before the id again. */
  idTitle: string;
  /** The `top` of the row of {@link KindWriter.row}. */
  top: number;
  /** What the kind's rectangle and strip write from their `y` in the row at `top`. */
  row: RowPieces | undefined;
}

/** What a bar's rectangle and strip write from their `y`, for a row and a kind. */
interface RowPieces {
  /** `" y="…` and the rest of the rectangle ({@link BarPieces.rect}). */
  rect: string;
  /** `" y="…` and the rest of the strip ({@link BarPieces.strip}), or `""`. */
  strip: string;
  /** {@link RowPieces.strip} and the end of the bar's group, for a bar without text. */
  stripEnd: string;
}

function barWriterOf(context: DrawContext): BarWriter {
  const pieces = barPiecesOf(context.id);
  const kinds = {} as Record<StepKindName, KindWriter>;
  for (const kind of Object.keys(KIND_SWATCH) as StepKindName[])
    kinds[kind] = {
      pieces: pieces[kind],
      name: context.texts.kind[kind],
      nameSpace: `${context.texts.kind[kind]} `,
      idTitle: `"><title>${context.texts.kind[kind]} `,
      top: Number.NaN,
      row: undefined,
    };
  return {
    kinds,
    texts: context.texts,
    between: `${context.texts.colon}: `,
    tails: new Map(),
    markers: undefined,
  };
}

/** The {@link RowPieces} of a kind in the row at `top`: bars are drawn row by row. */
function rowPiecesOf(kind: KindWriter, top: number): RowPieces {
  if (kind.row === undefined || kind.top !== top) {
    const { pieces } = kind;
    kind.top = top;
    const strip = pieces.strip === "" ? "" : `" y="${num(top + BAR - 5)}${pieces.strip}`;
    kind.row = { rect: `" y="${num(top)}${pieces.rect}`, strip, stripEnd: `${strip}</g>` };
  }
  return kind.row;
}

/** The markers of the steps of the row at `top`, read once for the row. */
function markerRowAt(writer: BarWriter, top: number): MarkerRowPieces {
  if (writer.markers === undefined || writer.markers.y !== top)
    writer.markers = rowPieces(top, 14, MARKER_IN_FONT_GROUP);
  return writer.markers;
}

function drawBar(
  bar: Bar,
  scale: Scale,
  top: number,
  previousX: number,
  nextX: number,
  writer: BarWriter,
): string {
  const kind = writer.kinds[bar.kind];
  const { pieces } = kind;
  const x = scale.x(bar.start);
  const width = Math.max(2, scale.x(bar.end + 1) - x);
  const label = prepareLabel(bar.label, IN_CONTENT);
  // An id that is its own label has only markup to escape.
  const simpleId = bar.id === undefined ? undefined : simpleEscaped(bar.id);
  const idSimple = bar.id === undefined || simpleId !== undefined;
  const escapedId = bar.id === undefined ? undefined : (simpleId ?? escapeXml(bar.id));
  // Written as templates rather than with el(): this runs once per step, and only numbers,
  // constants and escaped texts go into these attributes; the constants of each kind are
  // joined once (BarPieces).
  const box = `<rect x="${num(x)}" width="${num(width)}`;
  const inside = width - 8;
  const fontSize = 11;
  const wanted = codePointCount(bar.label, 6);
  // As fittedText, with the attributes written as templates.
  let text = "";
  if (charsFitting(inside, fontSize) >= wanted) {
    text = `<text x="${num(x + 4)}" y="${num(top + 13)}${pieces.inside}${fittedContent(label, inside, fontSize)}</text>`;
  } else {
    const after = nextX - (x + width) - 6;
    const before = x - previousX - 6;
    if (charsFitting(after, fontSize) >= Math.min(3, wanted))
      text = `<text x="${num(x + width + 3)}" y="${num(top + 13)}${BESIDE}${fittedContent(label, after, fontSize)}</text>`;
    else if (charsFitting(before, fontSize) >= Math.min(3, wanted))
      text = `<text x="${num(x - 3)}" y="${num(top + 13)}${BESIDE_BEFORE}${fittedContent(label, before, fontSize)}</text>`;
  }
  const row = rowPiecesOf(kind, top);
  // Each constant joined once with its neighbours (BarPieces, KindWriter, RowPieces): every `${}`
  // of a template is one more string made.
  const rects =
    row.strip === ""
      ? `</title>${box}${row.rect}${text}</g>`
      : text === ""
        ? `</title>${box}${row.rect}${box}${row.stripEnd}`
        : `</title>${box}${row.rect}${box}${row.strip}${text}</g>`;
  if (escapedId === undefined)
    return `<g data-step="${bar.index}${pieces.kind}${barTitle(bar, kind, label, undefined, writer)}${rects}`;
  // A simple id is written twice, as it is: in data-id and after the kind's name in the tooltip.
  if (idSimple)
    return `<g data-step="${bar.index}${pieces.kindId}${escapedId}${barTitle(bar, kind, label, escapedId, writer)}${rects}`;
  return `<g data-step="${bar.index}${pieces.kindId}${escapedId}"><title>${barTitle(bar, kind, label, undefined, writer)}${rects}`;
}

/**
 * The tooltip of a bar, escaped as a label: its kind (`kindWriter.name`), id, label, dates, length in days and
 * hours. When its id (escaped: `plainId`) and label are their own labels (see
 * {@link isSimpleLabel}), so is the tooltip, whose other words hold no markup and no white space
 * at their ends: it is written from the escaped parts, without reading it again.
 *
 * With `plainId`, the tooltip is written after the bar's `data-id` value: it starts with the end of
 * that attribute and the `<title>` tag ({@link KindWriter.idTitle}), whichever way it is written.
 */
function barTitle(
  bar: Bar,
  kindWriter: KindWriter,
  label: PreparedLabel,
  plainId: string | undefined,
  writer: BarWriter,
): string {
  const { texts, between } = writer;
  const kind = kindWriter.name;
  const start = texts.date(bar.startDate);
  const end = texts.date(bar.endDate);
  const tail = barTail(bar, writer);
  const id = bar.id ?? "";
  // The length of the tooltip: kind, " " and id, between, label, " — " start " → " end tail.
  const length =
    kind.length +
    (bar.id === undefined ? 0 : 1 + id.length) +
    between.length +
    bar.label.length +
    start.length +
    end.length +
    tail.length +
    6;
  if (
    label.simple &&
    bar.label !== "" &&
    length <= MAX_FULL_TEXT &&
    (bar.id === undefined || plainId !== undefined)
  ) {
    // The constants of the template joined once (DASH_BETWEEN, ARROW_BETWEEN, KindWriter).
    const rest = `${between}${label.escaped}${DASH_BETWEEN}${start}${ARROW_BETWEEN}${end}${tail}`;
    return plainId === undefined ? `${kind}${rest}` : `${kindWriter.idTitle}${plainId}${rest}`;
  }
  const head = bar.id === undefined ? kind : `${kindWriter.nameSpace}${id}`;
  const title = escapedLabel(
    `${head}${between}${bar.label} — ${start} → ${end}${tail}`,
    IN_CONTENT,
  );
  return plainId === undefined ? title : `"><title>${title}`;
}

/** The dash between a bar's label and its dates, and the arrow between the dates, as written in its tooltip. */
const DASH_BETWEEN = ` ${WIDE_PUNCTUATION.dash} `;
const ARROW_BETWEEN = ` ${WIDE_PUNCTUATION.arrow} `;

/** The end of a bar's tooltip after its end date: ` (5 days)`, and its hours if it has any. */
function barTail(bar: Bar, writer: BarWriter): string {
  const days = bar.end - bar.start + 1;
  if (bar.hours !== undefined)
    return ` (${writer.texts.days(days)}), ${writer.texts.hours(bar.hours)}`;
  let tail = writer.tails.get(days);
  if (tail === undefined) {
    tail = ` (${writer.texts.days(days)})`;
    writer.tails.set(days, tail);
  }
  return tail;
}

function drawMarkers(
  issues: readonly DrawnIssue[],
  bar: Bar,
  scale: Scale,
  top: number,
  right: number,
  labels: readonly PreparedLabel[],
  writer: BarWriter,
): string {
  let svg = "";
  const x0 = scale.x(bar.start);
  const row = markerRowAt(writer, top);
  const step = `" data-step="${bar.index}"><title>`;
  for (let k = 0; k < issues.length; k++) {
    const issue = issues[k] as DrawnIssue;
    const x = Math.min(right - 8, x0 + 7 + k * 15);
    const title = (labels[issue.number - 1] as PreparedLabel).escaped;
    const marker = markerInRow(row, issue.severity, x, String(issue.number));
    svg += `<g data-issue="${issue.number}${step}${title}</title>${marker}</g>`;
  }
  return svg;
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
