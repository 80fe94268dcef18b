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
  readSafely,
  toDayNumber,
} from "../shared/index.js";
import { PATHWAY_CODES, type PathwayIssueCode } from "./codes.js";
import { safeParse } from "./evaluate.js";
import type { IssueSink } from "./hosts-sink.js";
import { type Pathway, PathwaySchema } from "./model.js";
import { readWellFormedPathway } from "./wellformed.js";

/**
 * A host that passed its check.
 *
 * @internal
 */
export interface HostRecord {
  id: string;
  headcount: number;
  /** The tutors it lists, or `undefined` (any id accepted). */
  tutors: ReadonlySet<string> | undefined;
  /** Its placements, filled by {@link readPlacements}. */
  placements: PlacementRecord[];
}

/**
 * One placement step of a pathway, ready for the sweeps.
 *
 * @internal
 */
export interface PlacementRecord {
  /** Index of the pathway in the input. */
  pathway: number;
  /** Index of the step in its pathway. */
  step: number;
  pathwayId: string;
  id: string;
  host: HostRecord;
  /** Day numbers of the period, both ends included. */
  start: number;
  end: number;
  startIso: string;
  endIso: string;
  tutorId: string | undefined;
  post: string | undefined;
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
    return { id, headcount: headcount as number, tutors: undefined, placements: [] };
  }
  if (!isArraySafely(tutors)) return fail("tutors", "bad_tutors", tutors);
  const set = new Set<string>();
  for (const tutor of tutors) {
    if (typeof tutor !== "string" || tutor.length === 0) return fail("tutors", "bad_tutors", tutor);
    set.add(tutor);
  }
  return { id, headcount: headcount as number, tutors: set, placements: [] };
}

/**
 * How many placements the pathways hold: those with a listed host (added to its `placements`), and
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
): ReadPlacements {
  let placements = 0;
  let unlisted = 0;
  if (!isArraySafely(pathways)) {
    reportShape(PathwaySchema.array(), pathways, [...prefix, "pathways"], sink, locale);
    return { placements, unlisted };
  }
  const count = readSafely(() => pathways.length, 0);
  for (let i = 0; i < count; i++) {
    let item: unknown;
    try {
      item = pathways[i];
    } catch {
      item = undefined;
    }
    const pathway = readWellFormedPathway(item) ?? parsedOrReported(item, i, sink, prefix, locale);
    if (pathway === undefined) continue;
    const steps = pathway.steps;
    for (let j = 0; j < steps.length; j++) {
      const step = steps[j] as Pathway["steps"][number];
      if (step.kind !== "internship" && step.kind !== "pfmp") continue;
      const host = hosts.get(step.hostId);
      if (host === undefined) {
        unlisted++;
        continue;
      }
      const start = toDayNumber(step.start);
      const end = toDayNumber(step.end);
      if (end < start) continue;
      const tutorId = step.tutorId;
      if (tutorId !== undefined && host.tutors !== undefined && !host.tutors.has(tutorId)) {
        sink.emit("placement.unknown_tutor", ["pathways", i, "steps", j, "tutorId"], () => ({
          id: step.id,
          pathwayId: pathway.id,
          hostId: host.id,
          tutorId: describeValue(tutorId),
        }));
      }
      placements++;
      host.placements.push({
        pathway: i,
        step: j,
        pathwayId: pathway.id,
        id: step.id,
        host,
        start,
        end,
        startIso: step.start,
        endIso: step.end,
        tutorId,
        post: step.post,
      });
    }
  }
  return { placements, unlisted };
}

function parsedOrReported(
  item: unknown,
  index: number,
  sink: IssueSink,
  prefix: IssuePath,
  locale: Locale,
): Pathway | undefined {
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
    catalogue: PATHWAY_CODES,
    locale,
    basePath,
  }) as Issue<PathwayIssueCode>[];
  for (const issue of found) sink.push(issue);
}
