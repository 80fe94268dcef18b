/**
 * An allocation drawn: seats filled per project and per supervisor, the choice each learner
 * obtained as a histogram, and who is unassigned.
 *
 * @module
 */
import type { ProjectOffer } from "../matching/index.js";
import { type LocaleOptions, localeOf } from "../shared/index.js";
import { escapeXml } from "./escape.js";
import { drawList } from "./issues.js";
import { fittedText } from "./labels.js";
import { GREY, OKABE_ITO, patternDefs } from "./palette.js";
import { attempt, fieldOf, listOf, namesById, numberField, stringField } from "./read.js";
import { svgDocument } from "./svg-document.js";
import { type RenderTexts, textsOf } from "./texts.js";
import { el, safeIdPrefix } from "./xml.js";

/**
 * Options of {@link allocationSvg}.
 *
 * @example
 * ```ts
 * const options: AllocationSvgOptions = { locale: "fr", maxRows: 20 };
 * ```
 */
export interface AllocationSvgOptions extends LocaleOptions {
  /** The project offers: projects are labelled with their titles instead of their ids. */
  projects?: readonly ProjectOffer[];
  /** Width of the picture in pixels (320 to 10,000; 960 by default). */
  width?: number;
  /** The most projects, supervisors and unassigned learners listed (40 by default); the rest are counted. */
  maxRows?: number;
  /** Prefix of the ids inside the picture (letters, digits, `-`, `_`). */
  idPrefix?: string;
}

const MAX_READ = 100_000;

interface Load {
  id: string;
  detail: string;
  capacity: number;
  assigned: number;
}

interface ReadReport {
  learners: number | undefined;
  assigned: number | undefined;
  unassigned: string[];
  ranks: number[];
  projects: Load[];
  supervisors: Load[];
  blockingPairs: number | undefined;
  meanChoice: number | undefined;
  unreadable: string[];
}

/**
 * Draws an allocation report (what `allocationReport` returns) as an SVG document: the seats
 * filled out of the capacity of each project and each supervisor (filled part in blue, free part
 * hatched, with the numbers written), a histogram of the choice each placed learner obtained
 * (1st, 2nd, …, with the count on each bar) next to a bar for the unassigned, and the list of
 * unassigned learners.
 *
 * Never throws: fields that cannot be read are listed under "Not drawn". Long lists are cut to
 * `maxRows` rows and the rest counted.
 *
 * @param report - anything; an {@link AllocationReport} when valid.
 * @param options - `locale`, `projects` (for titles), `width`, `maxRows`, `idPrefix`.
 * @returns an SVG document.
 * @example
 * ```ts
 * const problem = {
 *   learners: [{ id: "ana", preferences: ["cobot"] }],
 *   projects: [{ id: "cobot", capacity: 1, supervisorId: "framatome" }],
 *   supervisors: [{ id: "framatome", capacity: 1, preferences: ["ana"] }],
 * };
 * const allocation = allocate(problem);
 * if (allocation.ok) {
 *   const report = allocationReport(problem, allocation.value);
 *   if (report.ok) allocationSvg(report.value, { locale: "fr" });
 * }
 * ```
 */
export function allocationSvg(report: unknown, options?: AllocationSvgOptions): string {
  const locale = localeOf(options);
  const texts = textsOf(locale);
  const width = clamp(numberField(options, "width") ?? 960, 320, 10_000);
  const maxRows = clamp(numberField(options, "maxRows") ?? 40, 1, 10_000);
  const id = safeIdPrefix(fieldOf(options, "idPrefix"), "cmq-allocation");
  const titles = namesById(fieldOf(options, "projects"), "title", MAX_READ);
  const read = readReport(report, titles, texts);
  return attempt(
    () => draw(read, { texts, width, maxRows, id }),
    svgDocument({ width, height: 40 }, id, texts.allocation.title, "", ""),
  );
}

function clamp(value: number, min: number, max: number): number {
  return Math.round(Math.min(max, Math.max(min, value)));
}

function count(value: unknown, key: string): number | undefined {
  const n = numberField(value, key);
  return n !== undefined && Number.isSafeInteger(n) && n >= 0 ? n : undefined;
}

function readReport(report: unknown, titles: Map<string, string>, texts: RenderTexts): ReadReport {
  const unreadable: string[] = [];
  const t = texts.allocation;
  const loads = (key: string, idKey: string, detail: (item: unknown) => string) => {
    const list = listOf(fieldOf(report, key), MAX_READ);
    if (!list.isList) unreadable.push(t.missing(key));
    const out: Load[] = [];
    list.items.forEach((item, index) => {
      const id = stringField(item, idKey);
      const capacity = count(item, "capacity");
      const assigned = count(item, "assigned");
      if (id === undefined || capacity === undefined || assigned === undefined) {
        unreadable.push(`${key}[${index}]: ${t.unreadableRow}`);
        return;
      }
      out.push({ id, detail: detail(item), capacity, assigned });
    });
    return out;
  };
  const ranks = listOf(fieldOf(report, "rankDistribution"), 1000);
  if (!ranks.isList) unreadable.push(t.missing("rankDistribution"));
  const unassigned = listOf(fieldOf(report, "unassigned"), MAX_READ);
  if (!unassigned.isList) unreadable.push(t.missing("unassigned"));
  const mean = numberField(report, "meanChoice");
  return {
    learners: count(report, "learners"),
    assigned: count(report, "assigned"),
    unassigned: unassigned.items.filter((item): item is string => typeof item === "string"),
    ranks: ranks.items.map((item) =>
      typeof item === "number" && Number.isSafeInteger(item) && item >= 0 ? item : 0,
    ),
    projects: loads("projects", "projectId", (item) => {
      const projectId = stringField(item, "projectId") ?? "";
      const title = titles.get(projectId);
      const supervisor = stringField(item, "supervisorId");
      return [title === undefined ? projectId : `${title} (${projectId})`, supervisor]
        .filter((part) => part !== undefined)
        .join(" · ");
    }),
    supervisors: loads(
      "supervisors",
      "supervisorId",
      (item) => stringField(item, "supervisorId") ?? "",
    ),
    blockingPairs: count(report, "blockingPairs"),
    meanChoice: mean,
    unreadable,
  };
}

interface Context {
  texts: RenderTexts;
  width: number;
  maxRows: number;
  id: string;
}

function draw(read: ReadReport, context: Context): string {
  const { texts, width, id } = context;
  const t = texts.allocation;
  const frame = { x: 16, width: width - 32 };
  let body = patternDefs(id);
  body += fittedText(
    t.title,
    { x: 16, y: 24, "font-weight": "bold", fill: GREY.text },
    width - 32,
    16,
  );
  const summary = t.summary(read, texts);
  body += fittedText(summary, { x: 16, y: 44, fill: GREY.muted }, width - 32, 12);
  let y = 56;
  const projects = drawLoads(t.projects, read.projects, { ...frame, y }, context);
  body += projects.svg;
  const supervisors = drawLoads(
    t.supervisors,
    read.supervisors,
    { ...frame, y: projects.y },
    context,
  );
  body += supervisors.svg;
  const histogram = drawHistogram(read, { ...frame, y: supervisors.y }, context);
  body += histogram.svg;
  y = histogram.y;
  const unassigned = drawList(
    `${t.unassignedList} (${read.unassigned.length})`,
    read.unassigned.slice(0, context.maxRows).map((text) => ({ text })),
    { x: 16, y, width: width - 32 },
    texts,
  );
  body += unassigned.svg;
  if (read.unassigned.length > context.maxRows) {
    body += el(
      "text",
      { x: 16, y: unassigned.y + 12, "font-size": 11, fill: GREY.muted },
      escapeXml(texts.more(read.unassigned.length - context.maxRows)),
    );
  }
  y = unassigned.y + (read.unassigned.length > context.maxRows ? 18 : 0);
  const notDrawn = drawList(
    `${texts.notDrawn} (${read.unreadable.length})`,
    read.unreadable.map((text) => ({ text })),
    { x: 16, y, width: width - 32 },
    texts,
  );
  body += notDrawn.svg;
  return svgDocument({ width, height: notDrawn.y + 12 }, id, t.title, summary, body);
}

const LABEL_WIDTH = 0.4;

function drawLoads(
  heading: string,
  loads: readonly Load[],
  frame: { x: number; y: number; width: number },
  context: Context,
): { svg: string; y: number } {
  const { texts, id } = context;
  let y = frame.y + 24;
  let svg = el(
    "text",
    { x: frame.x, y, "font-size": 13, "font-weight": "bold", fill: GREY.text },
    escapeXml(`${heading} (${loads.length})`),
  );
  if (loads.length === 0) {
    y += 18;
    svg += el(
      "text",
      { x: frame.x, y, "font-size": 11, fill: GREY.muted },
      escapeXml(texts.allocation.none),
    );
    return { svg, y: y + 4 };
  }
  const labelWidth = frame.width * LABEL_WIDTH;
  const barLeft = frame.x + labelWidth + 8;
  const barSpace = frame.width - labelWidth - 8 - 70;
  const maxCapacity = Math.max(1, ...loads.map((load) => Math.max(load.capacity, load.assigned)));
  const unit = barSpace / maxCapacity;
  const shown = loads.slice(0, context.maxRows);
  y += 6;
  for (const load of shown) {
    const top = y;
    const capacityWidth = Math.max(1, load.capacity * unit);
    const filled = Math.min(load.assigned, Math.max(load.capacity, load.assigned)) * unit;
    const over = load.assigned > load.capacity;
    const tooltip = `${load.detail}${texts.colon}: ${texts.allocation.seats(load.assigned, load.capacity)}`;
    let row = el("title", {}, escapeXml(tooltip));
    row += fittedText(load.detail, { x: frame.x, y: top + 12, fill: GREY.text }, labelWidth, 11);
    row += el("rect", {
      x: barLeft,
      y: top + 2,
      width: capacityWidth,
      height: 13,
      fill: `url(#${id}-diagonal)`,
      stroke: OKABE_ITO.black,
      "stroke-width": 0.5,
    });
    if (filled > 0)
      row += el("rect", {
        x: barLeft,
        y: top + 2,
        width: filled,
        height: 13,
        fill: over ? OKABE_ITO.vermillion : OKABE_ITO.blue,
        stroke: OKABE_ITO.black,
        "stroke-width": 0.5,
      });
    row += el(
      "text",
      {
        x: barLeft + Math.max(capacityWidth, filled) + 6,
        y: top + 12,
        "font-size": 11,
        fill: GREY.text,
      },
      escapeXml(`${load.assigned} / ${load.capacity}${over ? " !" : ""}`),
    );
    svg += el("g", { "data-row": load.id }, row);
    y += 18;
  }
  if (loads.length > shown.length) {
    y += 12;
    svg += el(
      "text",
      { x: frame.x, y, "font-size": 11, fill: GREY.muted },
      escapeXml(context.texts.more(loads.length - shown.length)),
    );
  }
  return { svg, y: y + 4 };
}

function drawHistogram(
  read: ReadReport,
  frame: { x: number; y: number; width: number },
  context: Context,
): { svg: string; y: number } {
  const { texts, id } = context;
  const t = texts.allocation;
  let svg = el(
    "text",
    { x: frame.x, y: frame.y + 24, "font-size": 13, "font-weight": "bold", fill: GREY.text },
    escapeXml(t.choices),
  );
  const bars = read.ranks.map((value, rank) => ({
    label: texts.ordinal(rank + 1),
    value,
    unassigned: false,
  }));
  bars.push({ label: t.noProject, value: read.unassigned.length, unassigned: true });
  const chartTop = frame.y + 40;
  const chartHeight = 120;
  const baseline = chartTop + chartHeight;
  const maxValue = Math.max(1, ...bars.map((bar) => bar.value));
  const slot = Math.min(64, (frame.width - 40) / bars.length);
  const barWidth = Math.max(2, slot * 0.7);
  bars.forEach((bar, k) => {
    const x = frame.x + 30 + k * slot;
    const height = (bar.value / maxValue) * (chartHeight - 16);
    const label = `${bar.label}${texts.colon}: ${texts.number(bar.value)}`;
    let g = el("title", {}, escapeXml(label));
    g += el("rect", {
      x,
      y: baseline - height,
      width: barWidth,
      height,
      fill: bar.unassigned ? `url(#${id}-cross)` : OKABE_ITO.bluishGreen,
      stroke: OKABE_ITO.black,
      "stroke-width": 0.5,
    });
    if (slot >= 18) {
      g += el(
        "text",
        {
          x: x + barWidth / 2,
          y: baseline - height - 4,
          "text-anchor": "middle",
          "font-size": 10,
          fill: GREY.text,
        },
        escapeXml(texts.number(bar.value)),
      );
      g += fittedText(
        bar.label,
        { x: x + barWidth / 2, y: baseline + 14, "text-anchor": "middle", fill: GREY.text },
        slot,
        10,
      );
    }
    svg += el("g", { "data-rank": bar.unassigned ? "none" : k + 1 }, g);
  });
  svg += el("line", {
    x1: frame.x + 24,
    x2: frame.x + 30 + bars.length * slot,
    y1: baseline,
    y2: baseline,
    stroke: GREY.text,
    "stroke-width": 1,
  });
  return { svg, y: baseline + 22 };
}
