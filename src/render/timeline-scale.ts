/**
 * A timeline's time scale (day numbers to x, over whole academic years) and the academic years
 * drawn along it.
 *
 * @internal
 * @module
 */

import {
  academicYearOf,
  civilFromDays,
  dayNumberOfParts,
  fromDayNumber,
  type IsoDate,
  toDayNumber,
} from "../shared/index.js";
import { GREY } from "./palette.js";
import { textWidth } from "./text-width.js";
import { AXIS_TOP } from "./timeline-layout.js";
import type { Bar } from "./timeline-read.js";
import { num } from "./xml.js";
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

/** The scale of the bars from `left` to `right`, or `undefined` when there is none. */
export function scaleOf(bars: readonly Bar[], left: number, right: number): Scale | undefined {
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

/** How many academic years the dates from `first` to `last` touch. */
export function yearsSpanned(first: IsoDate, last: IsoDate): number {
  return academicYearOf(last).startYear - academicYearOf(first).startYear + 1;
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

/** The bands, boundaries and labels of the academic years of the scale, down to `bottom`. */
export function drawYears(scale: Scale, bottom: number): string {
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
