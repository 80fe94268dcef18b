/* The code of src/render/timeline-read.ts before a step's fields were read under one `try` (commit 011cb1d): an oracle for the property tests. */
/**
 * What a timeline reads of a pathway: each step that can be drawn (its kind's lane, dates, label
 * and hours) and why each other one cannot, untrusted input read once.
 *
 * @internal
 * @module
 */

import { labelText } from "../../../src/render/labels.js";
import {
  fieldOf,
  listOf,
  ownField,
  ownNumber,
  ownString,
  recordOf,
  stringField,
} from "../../../src/render/read.js";
import type { RenderTexts, StepKindName } from "../../../src/render/texts.js";
import { type IsoDate, toDayNumber } from "../../../src/shared/index.js";

/** The most steps drawn: beyond, they are counted as not drawn. */
const MAX_STEPS = 10_000;
/** The most catalogue entries read for names. */
export const MAX_CATALOGUE = 100_000;
/** The lanes of a timeline, top to bottom. */
export type LaneName = "programmes" | "placements" | "projects" | "mobility";
/** The lanes, in the order they are drawn. */
export const LANES: readonly LaneName[] = ["programmes", "placements", "projects", "mobility"];

const KIND_LANE: Readonly<Record<StepKindName, LaneName>> = {
  programme: "programmes",
  block: "programmes",
  internship: "placements",
  pfmp: "placements",
  apprenticeship: "placements",
  project: "projects",
  mobility: "mobility",
};

/** A step that can be drawn. */
export interface Bar {
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
export interface ReadPathway {
  id: string | undefined;
  learnerId: string | undefined;
  targetId: string | undefined;
  bars: Bar[];
  unreadable: string[];
  readable: boolean;
}

/** The lane of each kind, by its place in {@link LANES}: read once per step, by a step's kind (untrusted text). */
const KIND_LANE_INDEX = /* @__PURE__ */ new Map<string, number>(
  Object.entries(KIND_LANE).map(([kind, lane]) => [kind, LANES.indexOf(lane)]),
);

/** Reads the pathway's steps: a bar for each one that can be drawn, a line saying why for each other one. */
export function readPathway(
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

/** A step's bar, or why it cannot be drawn (its kind, dates and fields each read once). */
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

/** The label of a step's bar: its programme, host, employer, title or country, as its kind has. */
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

/** Whether a path segment can be the index of a step that is drawn (a whole number below {@link MAX_STEPS}). */
export function isStepIndex(segment: string | number | undefined): segment is number {
  return (
    typeof segment === "number" && Number.isInteger(segment) && segment >= 0 && segment < MAX_STEPS
  );
}
