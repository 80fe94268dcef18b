/**
 * What a timeline reads of a pathway: each step that can be drawn (its kind's lane, dates, label
 * and hours) and why each other one cannot, untrusted input read once.
 *
 * @internal
 * @module
 */

import { type IsoDate, toDayNumber } from "../shared/index.js";
import { labelText } from "./labels.js";
import {
  fieldOf,
  finiteNumber,
  listOf,
  ownField,
  ownString,
  recordOf,
  stringField,
} from "./read.js";
import type { RenderTexts, StepKindName } from "./texts.js";

/** The most steps drawn: beyond, they are counted as not drawn. */
const MAX_STEPS = 10_000;
/** The most catalogue entries read for names. */
export const MAX_CATALOGUE = 100_000;
/** The lanes of a timeline, top to bottom. */
export type LaneName = "programmes" | "placements" | "projects" | "mobility";
/** The lanes, in the order they are drawn. */
export const LANES: readonly LaneName[] = ["programmes", "placements", "projects", "mobility"];

/** The lane of each kind of step. @internal */
export const KIND_LANE: Readonly<Record<StepKindName, LaneName>> = {
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

/**
 * The place in {@link LANES} of the lane of a kind (a step's kind: untrusted text), as
 * {@link KIND_LANE} says, or `undefined` for any other text: read once per step, with a `switch`
 * (quicker than a look-up in a `Map`, and blind to the names of `Object.prototype`).
 *
 * @example
 * ```ts
 * laneIndexOf("pfmp"); //=> 1
 * laneIndexOf("toString"); //=> undefined
 * ```
 * @internal
 */
export function laneIndexOf(kind: string): number | undefined {
  switch (kind) {
    case "programme":
    case "block":
      return 0;
    case "internship":
    case "pfmp":
    case "apprenticeship":
      return 1;
    case "project":
      return 2;
    case "mobility":
      return 3;
    default:
      return undefined;
  }
}

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
  const fields = step === undefined ? NO_FIELDS : stepFields(step);
  const id = typeof fields.id === "string" && fields.id !== "" ? fields.id : undefined;
  const start = toDayNumber(fields.start as IsoDate);
  if (fields.kind === undefined && id === undefined && Number.isNaN(start))
    return texts.stepUnreadable(index, undefined, texts.why.notObject);
  // As stringField(step, "kind").
  const kind = typeof fields.kind === "string" && fields.kind !== "" ? fields.kind : undefined;
  const lane = kind === undefined ? undefined : laneIndexOf(kind);
  if (kind === undefined || lane === undefined)
    return texts.stepUnreadable(
      index,
      id,
      `${texts.why.unknownKind}${kind === undefined ? "" : ` "${labelText(kind, 40)}"`}`,
    );
  const end = toDayNumber(fields.end as IsoDate);
  if (Number.isNaN(start) || Number.isNaN(end))
    return texts.stepUnreadable(index, id, texts.why.badDates);
  const startDate = fields.start as IsoDate;
  const endDate = fields.end as IsoDate;
  if (end < start) return texts.stepUnreadable(index, id, texts.why.endBeforeStart);
  const k = kind as StepKindName;
  const label = stepLabel(step, k, programmes, partners, texts);
  const hours = finiteNumber(fields.hours) ?? finiteNumber(fields.trainingHours);
  return { index, id, kind: k, lane, startDate, endDate, start, end, label, hours, row: 0 };
}

/** The fields every step is read for, each as {@link ownField} reads it. */
interface StepFields {
  kind: unknown;
  id: unknown;
  start: unknown;
  end: unknown;
  hours: unknown;
  trainingHours: unknown;
}

/** The fields of a value that is not a plain object: none. */
const NO_FIELDS: Readonly<StepFields> = /* @__PURE__ */ Object.freeze({
  kind: undefined,
  id: undefined,
  start: undefined,
  end: undefined,
  hours: undefined,
  trainingHours: undefined,
});

/**
 * The {@link StepFields} of a step, each as {@link ownField} reads it (an own field, or
 * `undefined`), read under one `try` with each key written where it is read: about half the
 * time of six calls of `ownField`, which each look their key up anew. When a read throws (a
 * getter, a revoked proxy), the fields are read again one by one, each under its own `try`, so
 * that one that throws reads as `undefined` and the others as they are (a getter read before the
 * one that threw is then called twice).
 */
function stepFields(step: Record<string, unknown>): StepFields {
  try {
    return {
      kind: Object.hasOwn(step, "kind") ? step.kind : undefined,
      id: Object.hasOwn(step, "id") ? step.id : undefined,
      start: Object.hasOwn(step, "start") ? step.start : undefined,
      end: Object.hasOwn(step, "end") ? step.end : undefined,
      hours: Object.hasOwn(step, "hours") ? step.hours : undefined,
      trainingHours: Object.hasOwn(step, "trainingHours") ? step.trainingHours : undefined,
    };
  } catch {
    return {
      kind: ownField(step, "kind"),
      id: ownField(step, "id"),
      start: ownField(step, "start"),
      end: ownField(step, "end"),
      hours: ownField(step, "hours"),
      trainingHours: ownField(step, "trainingHours"),
    };
  }
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
