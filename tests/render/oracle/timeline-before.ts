/* The code of src/render/timeline.ts before it was written in one pass (commit 9dad0ea): an oracle for the property tests. */
/**
 * A pathway drawn as a timeline: one lane per kind of step, the academic years marked, each
 * issue drawn at its step.
 *
 * @module
 */

import type { Partner } from "../../../src/campus/index.js";
import type { Learner, Programme } from "../../../src/pathway/index.js";
import { escapeXml } from "../../../src/render/escape.js";
import {
  fittedContent,
  fittedText,
  labelText,
  type PreparedLabel,
  prepareLabel,
} from "../../../src/render/labels.js";
import { remembered } from "../../../src/render/memo.js";
import {
  GREY,
  OKABE_ITO,
  patternDefs,
  type Swatch,
  severityMarker,
} from "../../../src/render/palette.js";
import {
  attempt,
  dateField,
  fieldOf,
  listOf,
  namesById,
  numberField,
  stringField,
} from "../../../src/render/read.js";
import { svgDocument } from "../../../src/render/svg-document.js";
import { charsFitting, codePointCount, textWidth } from "../../../src/render/text-width.js";
import { type RenderTexts, type StepKindName, textsOf } from "../../../src/render/texts.js";
import { el, num, safeIdPrefix } from "../../../src/render/xml.js";
import {
  academicYearOf,
  deepFreeze,
  fromDayNumber,
  type Issue,
  type Locale,
  type LocaleOptions,
  localeOf,
  type Severity,
  toDayNumber,
} from "../../../src/shared/index.js";
import {
  countBySeverity,
  type DrawnIssue,
  drawList,
  issueLine,
  readIssues,
} from "./issues-before.js";

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
  startDate: string;
  endDate: string;
  start: number;
  end: number;
  label: string;
  tooltip: string;
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
  return attempt(
    () => draw(read, issues, { locale, texts, width, id, learnerId, programmes }),
    svgDocument({ width, height: 40 }, id, texts.pathwayTitle(read.id ?? "?", learnerId), "", ""),
  );
}

function widthOption(value: unknown): number {
  if (typeof value !== "number" || !Number.isFinite(value)) return DEFAULT_WIDTH;
  return Math.round(Math.min(10_000, Math.max(320, value)));
}

const KINDS = new Set<string>(Object.keys(KIND_LANE));

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
  step: unknown,
  index: number,
  programmes: Map<string, string>,
  partners: Map<string, string>,
  texts: RenderTexts,
): Bar | string {
  const id = stringField(step, "id");
  if (
    fieldOf(step, "kind") === undefined &&
    id === undefined &&
    dateField(step, "start") === undefined
  )
    return texts.stepUnreadable(index, undefined, texts.why.notObject);
  const kind = stringField(step, "kind");
  if (kind === undefined || !KINDS.has(kind))
    return texts.stepUnreadable(
      index,
      id,
      `${texts.why.unknownKind}${kind === undefined ? "" : ` "${labelText(kind, 40)}"`}`,
    );
  const startDate = dateField(step, "start");
  const endDate = dateField(step, "end");
  if (startDate === undefined || endDate === undefined)
    return texts.stepUnreadable(index, id, texts.why.badDates);
  const start = toDayNumber(startDate);
  const end = toDayNumber(endDate);
  if (end < start) return texts.stepUnreadable(index, id, texts.why.endBeforeStart);
  const k = kind as StepKindName;
  const label = stepLabel(step, k, programmes, partners, texts);
  const hours = numberField(step, "hours") ?? numberField(step, "trainingHours");
  const tooltip = `${texts.kind[k]}${id === undefined ? "" : ` ${id}`}${texts.colon}: ${label} — ${texts.date(startDate)} → ${texts.date(endDate)} (${texts.days(end - start + 1)})${hours === undefined ? "" : `, ${texts.hours(hours)}`}`;
  return { index, id, kind: k, startDate, endDate, start, end, label, tooltip, row: 0 };
}

function stepLabel(
  step: unknown,
  kind: StepKindName,
  programmes: Map<string, string>,
  partners: Map<string, string>,
  texts: RenderTexts,
): string {
  const partner = (key: string) => {
    const partnerId = stringField(step, key);
    return partnerId === undefined ? "?" : (partners.get(partnerId) ?? partnerId);
  };
  const programme = () => {
    const programmeId = stringField(step, "programmeId");
    return programmeId === undefined ? "?" : (programmes.get(programmeId) ?? programmeId);
  };
  switch (kind) {
    case "programme": {
      const status = stringField(step, "status");
      const statusText = status === undefined ? "" : ` · ${texts.status[status] ?? status}`;
      return `${programme()}${statusText}`;
    }
    case "block":
      return `${texts.kind.block} ${stringField(step, "block") ?? "?"} · ${programme()}`;
    case "internship":
    case "pfmp":
      return `${texts.kind[kind]} · ${partner("hostId")}`;
    case "apprenticeship":
      return `${texts.kind.apprenticeship} · ${partner("employerId")}`;
    case "project":
      return stringField(step, "title") ?? stringField(step, "id") ?? "?";
    case "mobility": {
      const host = stringField(step, "hostName");
      return `${stringField(step, "country") ?? "?"}${host === undefined ? "" : ` · ${host}`}`;
    }
  }
}

interface DrawContext {
  locale: Locale;
  texts: RenderTexts;
  width: number;
  id: string;
  learnerId: string;
  programmes: Map<string, string>;
}

/** The time scale: day numbers to x, over whole academic years. */
interface Scale {
  first: number;
  last: number;
  x(day: number): number;
  years: { start: number; end: number; label: string; short: string }[];
}

/** Exported as the oracle of `scaleOfDays` (tests/render/timeline-scale.test.ts). */
export function scaleOf(bars: readonly Bar[], left: number, right: number): Scale | undefined {
  if (bars.length === 0) return undefined;
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const bar of bars) {
    if (bar.start < min) min = bar.start;
    if (bar.end > max) max = bar.end;
  }
  const firstYear = academicYearOf(fromDayNumber(min));
  const lastYear = academicYearOf(fromDayNumber(max));
  const first = toDayNumber(firstYear.start);
  const last = toDayNumber(lastYear.end) + 1;
  const perDay = (right - left) / (last - first);
  const years: Scale["years"] = [];
  const count = lastYear.startYear - firstYear.startYear + 1;
  const step = Math.max(1, Math.ceil(count / 60));
  for (let y = firstYear.startYear; y <= lastYear.startYear; y += step) {
    const from = academicYearOf(`${pad4(y)}-09-01`);
    const to = academicYearOf(`${pad4(Math.min(lastYear.startYear, y + step - 1))}-09-01`);
    years.push({
      start: toDayNumber(from.start),
      end: toDayNumber(to.end) + 1,
      label: step === 1 ? from.label : `${pad4(y)}-${to.label.slice(5)}`,
      short: step === 1 ? `${from.label.slice(2, 4)}-${from.label.slice(7, 9)}` : pad4(y),
    });
  }
  return { first, last, years, x: (day) => left + (day - first) * perDay };
}

function pad4(year: number): string {
  return String(year).padStart(4, "0");
}

/** Rows inside a lane: each bar takes the first row free at its start. */
function assignRows(bars: Bar[]): number {
  const sorted = [...bars].sort((a, b) => a.start - b.start || a.end - b.end || a.index - b.index);
  const rowEnds: number[] = [];
  for (const bar of sorted) {
    let row = rowEnds.findIndex((end) => end < bar.start);
    if (row < 0) {
      row = rowEnds.length;
      rowEnds.push(bar.end);
    } else rowEnds[row] = bar.end;
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
  body += fittedText(
    title,
    { x: 16, y: 24, "font-weight": "bold", fill: GREY.text },
    width - 32,
    16,
  );
  const subtitle = [
    read.targetId === undefined
      ? ""
      : `${texts.target}${texts.colon}: ${context.programmes.get(read.targetId) ?? read.targetId}`,
    scale === undefined ? "" : periodText(read.bars, texts),
  ]
    .filter((part) => part !== "")
    .join(" — ");
  if (subtitle !== "")
    body += fittedText(subtitle, { x: 16, y: 44, fill: GREY.muted }, width - 32, 12);

  // Lanes and their rows.
  const byLane = new Map<LaneName, Bar[]>(LANES.map((lane) => [lane, []]));
  for (const bar of read.bars) byLane.get(KIND_LANE[bar.kind])?.push(bar);
  const lanes = LANES.map((lane) => {
    const bars = byLane.get(lane) ?? [];
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
      escapeXml(texts.noStep),
    );

  // Lanes.
  const issuesByStep = new Map<number, DrawnIssue[]>();
  for (const issue of issues) {
    const [head, index] = issue.path;
    if (head !== "steps" || typeof index !== "number") continue;
    const list = issuesByStep.get(index) ?? [];
    list.push(issue);
    issuesByStep.set(index, list);
  }
  // Each issue's line is read as a label once: it is written in its marker and in the list.
  const labels = issues.map((issue) => prepareLabel(issueLine(issue, texts)));
  let y = lanesTop;
  let markers = "";
  for (const { lane, bars, rows } of lanes) {
    const height = rows * ROW + 10;
    body += el("line", {
      x1: 16,
      x2: right,
      y1: y,
      y2: y,
      stroke: GREY.line,
      "stroke-width": 0.5,
    });
    body += fittedText(
      texts.lane[lane],
      { x: 16, y: y + 5 + ROW / 2 + 4, "font-weight": "bold", fill: GREY.text },
      LEFT - 24,
      12,
    );
    if (scale !== undefined) {
      const ordered = [...bars].sort(
        (a, b) => a.row - b.row || a.start - b.start || a.index - b.index,
      );
      for (let k = 0; k < ordered.length; k++) {
        const bar = ordered[k] as Bar;
        const next = ordered[k + 1];
        const nextX = next !== undefined && next.row === bar.row ? scale.x(next.start) : right;
        const previous = ordered[k - 1];
        const previousX =
          previous !== undefined && previous.row === bar.row ? scale.x(previous.end + 1) : LEFT;
        const top = y + 5 + bar.row * ROW + (ROW - BAR) / 2;
        body += drawBar(bar, scale, top, { previousX, nextX }, context);
        markers += drawMarkers(issuesByStep.get(bar.index) ?? [], bar, scale, top, right, labels);
      }
    }
    y += height;
  }
  body += el("line", { x1: 16, x2: right, y1: y, y2: y, stroke: GREY.line, "stroke-width": 0.5 });
  body += markers;

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
  );
  body += list.svg;
  const notDrawn = drawList(
    `${texts.notDrawn} (${read.unreadable.length})`,
    read.unreadable.map((text) => ({ text })),
    { x: 16, y: list.y, width: width - 32 },
    texts,
  );
  body += notDrawn.svg;
  const height = notDrawn.y + 12;
  const counts = countBySeverity(issues);
  const from = read.bars.length === 0 ? undefined : minDate(read.bars);
  const to = read.bars.length === 0 ? undefined : maxDate(read.bars);
  const description = texts.pathwayDescription({
    steps: read.bars.length,
    ...(from === undefined ? {} : { from: texts.date(from) }),
    ...(to === undefined ? {} : { to: texts.date(to) }),
    years: scale === undefined ? 0 : yearsSpanned(read.bars),
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

function yearsSpanned(bars: readonly Bar[]): number {
  return academicYearOf(maxDate(bars)).startYear - academicYearOf(minDate(bars)).startYear + 1;
}

function periodText(bars: readonly Bar[], texts: RenderTexts): string {
  return `${texts.date(minDate(bars))} → ${texts.date(maxDate(bars))}`;
}

function drawYears(scale: Scale, bottom: number): string {
  let svg = "";
  scale.years.forEach((year, k) => {
    const x1 = scale.x(year.start);
    const x2 = scale.x(year.end);
    const bandWidth = x2 - x1;
    svg += el("rect", {
      x: x1,
      y: AXIS_TOP,
      width: bandWidth,
      height: bottom - AXIS_TOP,
      fill: k % 2 === 0 ? GREY.band : "#FFFFFF",
    });
    svg += el("line", {
      x1,
      x2: x1,
      y1: AXIS_TOP,
      y2: bottom,
      stroke: GREY.line,
      "stroke-width": 0.75,
      "stroke-dasharray": "3 2",
    });
    const label =
      textWidth(year.label, 11) + 6 <= bandWidth
        ? year.label
        : textWidth(year.short, 11) + 4 <= bandWidth
          ? year.short
          : "";
    if (label !== "")
      svg += el(
        "text",
        {
          x: x1 + bandWidth / 2,
          y: AXIS_TOP + 14,
          "text-anchor": "middle",
          "font-size": 11,
          fill: GREY.muted,
        },
        escapeXml(label),
      );
  });
  const end = scale.x(scale.last);
  svg += el("line", {
    x1: end,
    x2: end,
    y1: AXIS_TOP,
    y2: bottom,
    stroke: GREY.line,
    "stroke-width": 0.75,
    "stroke-dasharray": "3 2",
  });
  return svg;
}

function drawBar(
  bar: Bar,
  scale: Scale,
  top: number,
  room: { previousX: number; nextX: number },
  context: DrawContext,
): string {
  const { previousX, nextX } = room;
  const swatch = KIND_SWATCH[bar.kind];
  const x = scale.x(bar.start);
  const width = Math.max(2, scale.x(bar.end + 1) - x);
  // Written as templates rather than with el(): this runs once per step, and only numbers and
  // constants go into these attributes.
  const box = `x="${num(x)}" width="${num(width)}"`;
  let svg = `<title>${escapeXml(labelText(bar.tooltip))}</title><rect ${box} y="${num(top)}" height="${BAR}" rx="3" fill="${swatch.fill}" stroke="#000000" stroke-width="0.5"/>`;
  if (swatch.pattern !== undefined)
    svg += `<rect ${box} y="${num(top + BAR - 5)}" height="5" fill="url(#${context.id}-${swatch.pattern})" stroke="#000000" stroke-width="0.3"/>`;
  const inside = width - 8;
  const fontSize = 11;
  const wanted = codePointCount(bar.label, 6);
  if (charsFitting(inside, fontSize) >= wanted) {
    // As fittedText, with the attributes written as a template.
    const content = fittedContent(prepareLabel(bar.label), inside, fontSize);
    svg += `<text x="${num(x + 4)}" y="${num(top + 13)}" fill="${swatch.ink}" font-size="${fontSize}">${content}</text>`;
  } else {
    const after = nextX - (x + width) - 6;
    const before = x - previousX - 6;
    if (charsFitting(after, fontSize) >= Math.min(3, wanted))
      svg += fittedText(
        bar.label,
        { x: x + width + 3, y: top + 13, fill: GREY.text },
        after,
        fontSize,
      );
    else if (charsFitting(before, fontSize) >= Math.min(3, wanted))
      svg += fittedText(
        bar.label,
        { x: x - 3, y: top + 13, "text-anchor": "end", fill: GREY.text },
        before,
        fontSize,
      );
  }
  const dataId = bar.id === undefined ? "" : ` data-id="${escapeXml(bar.id)}"`;
  return `<g data-step="${bar.index}" data-kind="${bar.kind}"${dataId}>${svg}</g>`;
}

function drawMarkers(
  issues: readonly DrawnIssue[],
  bar: Bar,
  scale: Scale,
  top: number,
  right: number,
  labels: readonly PreparedLabel[],
): string {
  let svg = "";
  const x0 = scale.x(bar.start);
  for (let k = 0; k < issues.length; k++) {
    const issue = issues[k] as DrawnIssue;
    const x = Math.min(right - 8, x0 + 7 + k * 15);
    const title = (labels[issue.number - 1] as PreparedLabel).escaped;
    const marker = severityMarker(issue.severity, { x, y: top }, 14, String(issue.number));
    svg += `<g data-issue="${issue.number}" data-step="${bar.index}"><title>${title}</title>${marker}</g>`;
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
    items.push({
      text: texts.kind[kind],
      draw: (x, y) =>
        el("rect", {
          x,
          y: y - 10,
          width: 22,
          height: 12,
          rx: 2,
          fill: swatch.fill,
          stroke: OKABE_ITO.black,
          "stroke-width": 0.5,
        }) +
        (swatch.pattern === undefined
          ? ""
          : el("rect", {
              x,
              y: y - 3,
              width: 22,
              height: 5,
              fill: `url(#${id}-${swatch.pattern})`,
              stroke: OKABE_ITO.black,
              "stroke-width": 0.25,
            })),
    });
  }
  for (const severity of ["error", "warning", "info"] as Severity[]) {
    items.push({
      text: texts.severity[severity],
      draw: (x, y) =>
        severityMarker(severity, { x: x + 7, y: y - 4 }, 13, texts.severityLetter[severity]),
    });
  }
  let svg = el(
    "text",
    { x: frame.x, y: frame.y + 16, "font-size": 13, "font-weight": "bold", fill: GREY.text },
    escapeXml(texts.legend),
  );
  let x = frame.x;
  let y = frame.y + 36;
  for (const item of items) {
    const itemWidth = 28 + textWidth(item.text, 11) + 14;
    if (x + itemWidth > frame.x + frame.width && x > frame.x) {
      x = frame.x;
      y += 20;
    }
    svg += el(
      "g",
      {},
      item.draw(x, y) +
        el("text", { x: x + 28, y, "font-size": 11, fill: GREY.text }, escapeXml(item.text)),
    );
    x += itemWidth;
  }
  return { svg: el("g", { "aria-label": texts.legend }, svg), y: y + 8 };
}
