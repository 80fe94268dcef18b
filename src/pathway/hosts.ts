/**
 * `checkPlacementHosts`: the host limits of internships and PFMP across many pathways (CONTRACT
 * §4b): the quota of interns per calendar week, the interns per tutor, the waiting period on one
 * post.
 *
 * @module
 */
import {
  createIssue,
  describeValue,
  type Issue,
  type IssuePath,
  isIsoDate,
  isPlainRecord,
  type LocaleOptions,
  localeOf,
  type Result,
  readSafely,
  resultOf,
  sortIssues,
} from "../shared/index.js";
import { PATHWAY_MESSAGES, type PathwayIssueCode } from "./codes.js";
import { groupByHost, groupByKey, type KeyScratch, keyScratch } from "./hosts-order.js";
import { PlacementTable, readHosts, readPlacements } from "./hosts-read.js";
import { DEFAULT_MAX_ISSUES_PER_CODE, IssueSink } from "./hosts-sink.js";
import { byEndOf, type SweepContext, sweepPost, sweepQuota, sweepTutor } from "./hosts-sweep.js";
import { readParameterOverrides } from "./overrides.js";
import type { ParameterOverrides } from "./parameters.js";

/**
 * Options of {@link checkPlacementHosts}.
 *
 * @example
 * ```ts
 * const options: CheckPlacementHostsOptions = { on: "2027-01-15", locale: "fr", maxIssuesPerCode: 100 };
 * ```
 */
export interface CheckPlacementHostsOptions extends LocaleOptions {
  /**
   * The date of the check, a `YYYY-MM-DD` date. The rules read their values at the weeks and
   * placements they concern, not at `on`, so it does not change the verdict; it is checked (a
   * `pathway.invalid_option` error otherwise) and returned in the summary.
   */
  on: string;
  /** Prefix of every issue path, when the pathways and hosts sit in a larger input. */
  path?: IssuePath;
  /** Overrides of the legal parameters, as for `validatePathway` (e.g. a rectorat's PFMP quota). */
  parameters?: ParameterOverrides;
  /**
   * How many issues of one code are listed (default 1000); the rest are counted in one
   * `placement.issues_truncated` info.
   */
  maxIssuesPerCode?: number;
}

/**
 * What {@link checkPlacementHosts} looked at.
 *
 * @example
 * ```ts
 * const summary: PlacementHostsSummary = { on: "2027-01-15", hosts: 2, placements: 5, unlisted: 1 };
 * ```
 */
export interface PlacementHostsSummary {
  /** The `on` option as given (`""` when it is not a date). */
  on: string;
  /** Hosts read (malformed and duplicate entries left out). */
  hosts: number;
  /** Internships and PFMP whose host is listed, checked against its limits. */
  placements: number;
  /** Internships and PFMP whose host is not listed: not checked (no headcount is known). */
  unlisted: number;
}

/**
 * Checks the host limits of internships and PFMP across pathways (Code de l'éducation L. 124-8 to
 * L. 124-11, R. 124-10 to R. 124-13; CONTRACT §4b). Errors, located at the placement step
 * (`["pathways", i, "steps", j]`, after `options.path`):
 *
 * - `placement.host_quota_exceeded`: in a calendar week (Monday to Sunday), more internships and
 *   PFMP are in progress with one host than 15 % of its headcount rounded up (20 persons or more)
 *   or 3 (fewer); the placements starting that week that fill the excess are reported.
 * - `placement.tutor_limit_exceeded`: a placement starts while its tutor (`tutorId`, per host)
 *   already follows 3 placements in progress.
 * - `placement.post_waiting_period`: a placement starts on a `post` of a host before one third of
 *   the previous placement's calendar days on that post (rounded up) have passed since the day
 *   after it ended. Any two placement steps are two conventions, even of one learner.
 *
 * Every value is a dated parameter (`placement.*` in `LEGAL_PARAMETERS`), read on the week's
 * Monday or the placement's start; `options.parameters` overrides them. Before a value is in force
 * (the quota and tutor limit apply from 2015-10-29), the rule is not checked.
 *
 * Bad input gives located issues, never an exception: a pathway that fails `PathwaySchema` is a
 * `pathway.invalid_input` and is left out; a malformed host entry is a `placement.invalid_host`
 * (under `["hosts", i]`) and is left out; a `tutorId` its host's `tutors` lacks is a
 * `placement.unknown_tutor`. A placement whose host is not listed is skipped silently and counted
 * in `unlisted` (a dataset lists the hosts whose headcount it knows). Periods that end before they
 * start are skipped (`validatePathway` reports them).
 *
 * Cost: n log n in the placements (sorts and sweeps over start and end days, never a loop over
 * days), linear in the hosts.
 *
 * @param pathways - the pathways (anything; an array of {@link Pathway} when valid).
 * @param hosts - the hosts (anything; an array of {@link PlacementHost} when valid).
 * @param options - `on` (required), `locale`, `path`, `parameters`, `maxIssuesPerCode`.
 * @returns the summary, with every issue found.
 * @example
 * ```ts
 * const internship = (id: string) => ({ id, kind: "internship" as const, hostId: "h1", programmeStepId: "bts",
 *   start: "2027-01-04", end: "2027-02-26" });
 * const pathway = (n: number) => ({ id: `p${n}`, learnerId: `l${n}`, steps: [
 *   { id: "bts", kind: "programme" as const, programmeId: "bts-ms", status: "student" as const, start: "2026-09-01", end: "2027-06-30" },
 *   internship(`s${n}`),
 * ] });
 * const result = checkPlacementHosts([1, 2, 3, 4].map(pathway), [{ id: "h1", headcount: 12 }], { on: "2027-01-15" });
 * result.issues[0]?.code; //=> "placement.host_quota_exceeded"
 * result.issues[0]?.path; //=> ["pathways", 3, "steps", 1]
 * ```
 */
export function checkPlacementHosts(
  pathways: unknown,
  hosts: unknown,
  options: CheckPlacementHostsOptions,
): Result<PlacementHostsSummary, PathwayIssueCode> {
  const locale = localeOf(options);
  const optionIssues: Issue<PathwayIssueCode>[] = [];
  const on = readSafely(() => (isPlainRecord(options) ? options.on : undefined), undefined);
  if (!isIsoDate(on)) {
    optionIssues.push(
      createIssue(
        PATHWAY_MESSAGES,
        "pathway.invalid_option",
        ["on"],
        { option: "on", problem: "bad_from", received: describeValue(on) },
        locale,
      ),
    );
  }
  const limit = readLimit(options, optionIssues, locale);
  const parameters = readParameterOverrides(options, locale);
  for (const issue of parameters.issues) optionIssues.push(issue);
  const sink = new IssueSink(limit, locale, readPath(options));
  const hostRecords = readHosts(hosts, sink);
  // Room for two placements per pathway, the common case (the table grows beyond).
  const table = new PlacementTable(
    2 * readSafely(() => (Array.isArray(pathways) ? pathways.length : 0), 0),
  );
  const read = readPlacements(pathways, hostRecords, sink, readPath(options), locale, table);
  const { order, bounds } = groupByHost(table, hostRecords.size);
  const context: SweepContext = {
    table,
    parameters: parameters.parameters,
    sink,
    weeks: new Map(),
    ends: new Int32Array(table.size),
    byEnd: new Int32Array(table.size),
    byEndOrder: byEndOf(table),
    hostId: "",
    headcount: 0,
  };
  const scratch = keyScratch(table.size, Math.max(table.tutorNames.length, table.postNames.length));
  for (const host of hostRecords.values()) {
    const lo = bounds[host.index] as number;
    const hi = bounds[host.index + 1] as number;
    if (lo === hi) continue;
    context.hostId = host.id;
    context.headcount = host.headcount;
    sweepQuota(context, order, lo, hi);
    sweepGroups(context, order, lo, hi, table.tutor, scratch, sweepTutor);
    sweepGroups(context, order, lo, hi, table.post, scratch, sweepPost);
  }
  const issues = [...optionIssues, ...sink.finish()];
  return resultOf(
    {
      on: isIsoDate(on) ? on : "",
      hosts: hostRecords.size,
      placements: read.placements,
      unlisted: read.unlisted,
    },
    issues.length > 1 ? sortIssues(issues) : issues,
  );
}

/** Runs `sweep` on each group of `order[lo, hi)` by `keys` (tutor or post), in first-met order. */
function sweepGroups(
  context: SweepContext,
  order: Int32Array,
  lo: number,
  hi: number,
  keys: Int32Array,
  scratch: KeyScratch,
  sweep: (context: SweepContext, group: Int32Array, lo: number, hi: number) => void,
): void {
  const groups = groupByKey(order, lo, hi, keys, scratch);
  for (let group = 0; group < groups; group++) {
    const from = group === 0 ? lo : (scratch.ends[group - 1] as number);
    sweep(context, scratch.grouped, from, scratch.ends[group] as number);
  }
}

function readPath(options: unknown): IssuePath {
  return readSafely(() => {
    const value = (options as Record<string, unknown> | undefined)?.path;
    if (!Array.isArray(value)) return [];
    return value.filter((segment) => typeof segment === "string" || typeof segment === "number");
  }, []);
}

function readLimit(
  options: unknown,
  issues: Issue<PathwayIssueCode>[],
  locale: Parameters<typeof createIssue>[4],
): number {
  const given = readSafely(
    () => (isPlainRecord(options) ? options.maxIssuesPerCode : undefined),
    Symbol.for("unreadable"),
  );
  if (given === undefined) return DEFAULT_MAX_ISSUES_PER_CODE;
  if (Number.isSafeInteger(given) && (given as number) >= 1) return given as number;
  issues.push(
    createIssue(
      PATHWAY_MESSAGES,
      "pathway.invalid_option",
      ["maxIssuesPerCode"],
      {
        option: "maxIssuesPerCode",
        problem: "bad_limit",
        received: describeValue(given),
        fallback: DEFAULT_MAX_ISSUES_PER_CODE,
      },
      locale,
    ),
  );
  return DEFAULT_MAX_ISSUES_PER_CODE;
}
