/**
 * Reading the inputs of {@link checkPlacementHosts}: the host list, checked entry by entry, and
 * the placement steps (internships and PFMP) of the pathways, with their periods as day numbers.
 *
 * @module
 */
import {
  describeValue,
  fromZodIssues,
  type Issue,
  type IssuePath,
  isArraySafely,
  isPlainRecord,
  type Locale,
  listTooLongIssue,
  MAX_LIST_ENTRIES,
  readSafely,
  toDayNumber,
} from "../shared/index.js";
import { PATHWAY_MESSAGES, type PathwayIssueCode } from "./codes.js";
import { safeParse } from "./evaluate.js";
import type { IssueSink } from "./hosts-sink.js";
import { type Pathway, PathwaySchema } from "./model.js";
import {
  type PlacementFields,
  type PlacementVisitor,
  scanWellFormedPathway,
} from "./wellformed.js";

/**
 * A host that passed its check.
 *
 * @internal
 */
export interface HostRecord {
  /** Its position among the hosts read (not in the input). */
  index: number;
  id: string;
  headcount: number;
  /** The tutors it lists, or `undefined` (any id accepted). */
  tutors: ReadonlySet<string> | undefined;
}

/**
 * The placement steps of the pathways, ready for the sweeps: one column per field, so that 40,000
 * placements make a few arrays, not 40,000 objects. Placement `k` is row `k` of every column; rows
 * are in input order (pathway index, then step index). Numbers sit in typed arrays; tutors and
 * posts are numbered (`-1`: none), their names kept once each; ISO dates are not kept, as the day
 * numbers give them back (`fromDayNumber`).
 *
 * @internal
 */
export class PlacementTable {
  /** How many placements the table holds. */
  size = 0;
  /** Index of the host (its {@link HostRecord.index}). */
  host: Int32Array<ArrayBuffer>;
  /** Index of the pathway in the input. */
  pathway: Int32Array<ArrayBuffer>;
  /** Index of the step in its pathway. */
  step: Int32Array<ArrayBuffer>;
  /** Day numbers of the period, both ends included. */
  start: Int32Array<ArrayBuffer>;
  end: Int32Array<ArrayBuffer>;
  /** Number of the tutor (in {@link tutorNames}), or -1. */
  tutor: Int32Array<ArrayBuffer>;
  /** Number of the post (in {@link postNames}), or -1. */
  post: Int32Array<ArrayBuffer>;
  readonly id: string[] = [];
  readonly pathwayId: string[] = [];
  readonly tutorNames: string[] = [];
  readonly postNames: string[] = [];
  readonly #tutorNumbers = new Map<string, number>();
  readonly #postNumbers = new Map<string, number>();

  /** A table with room for `rows` rows (it grows as needed). */
  constructor(rows = INITIAL_ROWS) {
    const room = Math.max(1, Math.min(rows, MAX_INITIAL_ROWS));
    this.host = new Int32Array(room);
    this.pathway = new Int32Array(room);
    this.step = new Int32Array(room);
    this.start = new Int32Array(room);
    this.end = new Int32Array(room);
    this.tutor = new Int32Array(room);
    this.post = new Int32Array(room);
  }

  /** Adds a row, all but its `pathwayId` (added once the pathway is known well formed). */
  add(
    host: number,
    pathway: number,
    step: number,
    start: number,
    end: number,
    fields: Readonly<PlacementFields>,
  ): void {
    const row = this.size;
    if (row === this.host.length) this.#grow();
    this.host[row] = host;
    this.pathway[row] = pathway;
    this.step[row] = step;
    this.start[row] = start;
    this.end[row] = end;
    this.tutor[row] = numberOf(fields.tutorId, this.#tutorNumbers, this.tutorNames);
    this.post[row] = numberOf(fields.post, this.#postNumbers, this.postNames);
    this.id.push(fields.id);
    this.size = row + 1;
  }

  /** Forgets the rows from `size` on (those of a pathway found malformed after all). */
  truncate(size: number): void {
    this.size = size;
    this.id.length = size;
  }

  #grow(): void {
    const rows = this.host.length * 2;
    this.host = grown(this.host, rows);
    this.pathway = grown(this.pathway, rows);
    this.step = grown(this.step, rows);
    this.start = grown(this.start, rows);
    this.end = grown(this.end, rows);
    this.tutor = grown(this.tutor, rows);
    this.post = grown(this.post, rows);
  }
}

/** Rows a {@link PlacementTable} starts with, by default and at most. */
const INITIAL_ROWS = 1024;
const MAX_INITIAL_ROWS = 1 << 20;

function grown(column: Int32Array<ArrayBuffer>, rows: number): Int32Array<ArrayBuffer> {
  const copy = new Int32Array(rows);
  copy.set(column);
  return copy;
}

/** The number of a name (numbered in the order first met), or -1 for none. */
function numberOf(name: string | undefined, numbers: Map<string, number>, names: string[]): number {
  if (name === undefined) return -1;
  const known = numbers.get(name);
  if (known !== undefined) return known;
  numbers.set(name, names.length);
  names.push(name);
  return names.length - 1;
}

/**
 * Reads the host list; malformed entries are reported (`placement.invalid_host`) and left out.
 *
 * @internal
 */
export function readHosts(hosts: unknown, sink: IssueSink): Map<string, HostRecord> {
  const read = new Map<string, HostRecord>();
  if (!isArraySafely(hosts)) {
    sink.emit("placement.invalid_host", ["hosts"], () => ({
      problem: "not_list",
      index: null,
      received: describeValue(hosts),
    }));
    return read;
  }
  const count = readSafely(() => hosts.length, 0);
  if (count > MAX_LIST_ENTRIES) {
    sink.emit("placement.invalid_host", ["hosts"], () => ({
      problem: "too_long",
      index: null,
      received: count,
      limit: MAX_LIST_ENTRIES,
    }));
    return read;
  }
  for (let index = 0; index < count; index++) {
    const entry = readSafely(() => hosts[index], undefined);
    const host = readSafely(() => readHost(entry, index, sink), null);
    if (host === null) {
      sink.emit("placement.invalid_host", ["hosts", index], () => ({
        problem: "not_object",
        index,
        received: describeValue(entry),
      }));
    }
    if (host === undefined || host === null) continue;
    if (read.has(host.id)) {
      sink.emit("placement.invalid_host", ["hosts", index, "id"], () => ({
        problem: "duplicate_id",
        index,
        received: describeValue(host.id),
      }));
      continue;
    }
    host.index = read.size;
    read.set(host.id, host);
  }
  return read;
}

function readHost(entry: unknown, index: number, sink: IssueSink): HostRecord | undefined {
  const fail = (field: string | undefined, problem: string, received: unknown) => {
    sink.emit(
      "placement.invalid_host",
      field === undefined ? ["hosts", index] : ["hosts", index, field],
      () => ({ problem, index, received: describeValue(received) }),
    );
    return undefined;
  };
  if (!isPlainRecord(entry)) return fail(undefined, "not_object", entry);
  const { id, headcount, tutors } = entry;
  if (typeof id !== "string" || id.length === 0) return fail("id", "bad_id", id);
  if (!Number.isSafeInteger(headcount) || (headcount as number) < 0) {
    return fail("headcount", "bad_headcount", headcount);
  }
  if (tutors === undefined) {
    return { index: 0, id, headcount: headcount as number, tutors: undefined };
  }
  if (!isArraySafely(tutors)) return fail("tutors", "bad_tutors", tutors);
  const set = new Set<string>();
  for (const tutor of tutors) {
    if (typeof tutor !== "string" || tutor.length === 0) return fail("tutors", "bad_tutors", tutor);
    set.add(tutor);
  }
  return { index: 0, id, headcount: headcount as number, tutors: set };
}

/**
 * How many placements the pathways hold: those with a listed host (added to the table), and
 * those whose host is not listed.
 *
 * @internal
 */
export interface ReadPlacements {
  placements: number;
  unlisted: number;
}

/**
 * Reads the placement steps of every pathway. A pathway that fails {@link PathwaySchema} is
 * reported (`pathway.invalid_input`, located under `["pathways", i]`) and left out; a placement
 * whose period ends before it starts is left out (`validatePathway` reports it); a `tutorId` that
 * its host's list lacks is a `placement.unknown_tutor` error.
 *
 * @internal
 */
export function readPlacements(
  pathways: unknown,
  hosts: ReadonlyMap<string, HostRecord>,
  sink: IssueSink,
  prefix: IssuePath,
  locale: Locale,
  table: PlacementTable,
): ReadPlacements {
  const placements = 0;
  let unlisted = 0;
  if (!isArraySafely(pathways)) {
    reportShape(PathwaySchema.array(), pathways, [...prefix, "pathways"], sink, locale);
    return { placements, unlisted };
  }
  const count = readSafely(() => pathways.length, 0);
  if (count > MAX_LIST_ENTRIES) {
    reportIssues([listTooLongIssue(pathways)], [...prefix, "pathways"], sink, locale);
    return { placements, unlisted };
  }
  const hostList = [...hosts.values()];
  let current = 0;
  let pending = 0;
  const visit: PlacementVisitor = (j, step) => {
    const host = hosts.get(step.hostId);
    if (host === undefined) {
      pending++;
      return;
    }
    const start = toDayNumber(step.start);
    const end = toDayNumber(step.end);
    if (end < start) return;
    table.add(host.index, current, j, start, end, step);
  };
  for (let i = 0; i < count; i++) {
    let item: unknown;
    try {
      item = pathways[i];
    } catch {
      item = undefined;
    }
    const mark = table.size;
    current = i;
    pending = 0;
    let id = scanWellFormedPathway(item, visit);
    if (id === undefined) {
      table.truncate(mark);
      pending = 0;
      const pathway = parsedOrReported(item, i, sink, prefix, locale);
      if (pathway === undefined) continue;
      const steps = pathway.steps;
      for (let j = 0; j < steps.length; j++) {
        const step = steps[j] as Pathway["steps"][number];
        if (step.kind === "internship" || step.kind === "pfmp") visit(j, step);
      }
      id = pathway.id;
    }
    unlisted += pending;
    for (let row = mark; row < table.size; row++) {
      table.pathwayId.push(id);
      checkTutor(table, row, hostList, sink);
    }
  }
  return { placements: table.size, unlisted };
}

/** A `tutorId` its host's list lacks is a `placement.unknown_tutor`. */
function checkTutor(
  table: PlacementTable,
  row: number,
  hostList: readonly HostRecord[],
  sink: IssueSink,
): void {
  const tutor = table.tutor[row] as number;
  if (tutor < 0) return;
  const tutorId = table.tutorNames[tutor] as string;
  const hostIndex = table.host[row] as number;
  const host = hostList[hostIndex] as HostRecord;
  if (host.tutors === undefined || host.tutors.has(tutorId)) return;
  sink.emit(
    "placement.unknown_tutor",
    ["pathways", table.pathway[row] as number, "steps", table.step[row] as number, "tutorId"],
    () => ({
      id: table.id[row] as string,
      pathwayId: table.pathwayId[row] as string,
      hostId: host.id,
      tutorId: describeValue(tutorId),
    }),
  );
}

function parsedOrReported(
  item: unknown,
  index: number,
  sink: IssueSink,
  prefix: IssuePath,
  locale: Locale,
): Pathway | undefined {
  // Past the listed issues, an item that is not even a record (a hole, null) is only counted:
  // zod would give it one issue, at its root.
  const record = readSafely(() => isPlainRecord(item), true);
  if (!record && sink.countIfFull("pathway.invalid_input")) return undefined;
  const parsed = safeParse(PathwaySchema, item);
  if (parsed.success) return parsed.data;
  reportIssues(parsed.issues, [...prefix, "pathways", index], sink, locale);
  return undefined;
}

function reportShape(
  schema: Parameters<typeof safeParse>[0],
  value: unknown,
  basePath: IssuePath,
  sink: IssueSink,
  locale: Locale,
): void {
  const parsed = safeParse(schema, value);
  if (!parsed.success) reportIssues(parsed.issues, basePath, sink, locale);
}

function reportIssues(
  issues: Parameters<typeof fromZodIssues>[0],
  basePath: IssuePath,
  sink: IssueSink,
  locale: Locale,
): void {
  const found = fromZodIssues(issues, {
    invalidInputCode: "pathway.invalid_input",
    catalogue: PATHWAY_MESSAGES,
    locale,
    basePath,
  }) as Issue<PathwayIssueCode>[];
  for (const issue of found) sink.push(issue);
}
