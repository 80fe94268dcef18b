/**
 * `validatePathway`: the shape of a pathway, its structure (periods, ids, references, overlaps,
 * prerequisites, levels, target) and the legal rules of apprenticeships, internships and PFMP.
 *
 * @module
 */

import type { RegistryLookup } from "../ids/index.js";
import {
  CmqError,
  fromDayNumber,
  fromZodIssues,
  type HolidayCalendar,
  type Issue,
  type IssuePath,
  type LocaleOptions,
  localeOf,
  pushAll,
  quote,
  type Result,
  readPathOption,
  readSafely,
  resultOf,
  sortIssues,
} from "../shared/index.js";
import { checkApprenticeships, latestApprenticeshipEnd } from "./apprenticeship.js";
import {
  type LearnerFacts,
  type ProgrammeCatalogue,
  readCatalogue,
  readLearner,
} from "./catalogue.js";
import { PATHWAY_LIST_CAP, PATHWAY_MESSAGES, type PathwayIssueCode } from "./codes.js";
import {
  evaluateOnFacts,
  formatUnmet,
  type ParseOutcome,
  safeParse,
  verdictDay,
} from "./evaluate.js";
import {
  type Fact,
  FactIndex,
  factOfAchievement,
  factOfBlockStep,
  factsOfProgrammeStep,
} from "./facts.js";
import { buildFrame, chronological, cite, type PathwayFrame, type StepRecord } from "./frame.js";
import { readHolidayOption } from "./holiday-option.js";
import { checkInternships } from "./internship.js";
import { MiniPathwaySchema } from "./mini-model.js";
import {
  type Learner,
  type Pathway,
  PathwaySchema,
  type Programme,
  type ProgrammeBlock,
  type Step,
} from "./model.js";
import { sortUnlessInOrder } from "./order.js";
import { readParameterOverrides } from "./overrides.js";
import type { ParameterReading } from "./parameter-set.js";
import type { ParameterOverrides } from "./parameters.js";
import { checkPfmp } from "./pfmp.js";
import { checkPathwayInRegistry, readRegistryOption } from "./registry-checks.js";
import { readWellFormedPathway } from "./wellformed.js";

type Kind<K extends Step["kind"]> = StepRecord<Extract<Step, { kind: K }>>;

/**
 * Options of {@link validatePathway}.
 *
 * @example
 * ```ts
 * const learner: Learner = { id: "l-lea", birthDate: "2005-04-12" };
 * const { catalogue } = buildProgrammeCatalogue([{ id: "bts-crsa", title: "BTS CRSA", diploma: "bts", level: 5 }]);
 * const options: ValidatePathwayOptions = { learner, programmes: catalogue, locale: "fr", path: ["pathways", 0] };
 * ```
 */
export interface ValidatePathwayOptions extends LocaleOptions {
  /**
   * The learner the pathway belongs to. Its id, birth date, flags and achievements are checked
   * at run time; the matching profile (skills, availability…) is left to other validators.
   */
  learner: Learner;
  /**
   * The programme catalogue: a list of programmes (checked on every call, its problems reported
   * with paths starting with `"programmes"`), or a catalogue built once with
   * {@link buildProgrammeCatalogue}.
   */
  programmes: readonly Programme[] | ProgrammeCatalogue;
  /**
   * Prefix for the paths of issues located in the pathway, when it sits in a larger input (e.g.
   * `["pathways", 3]` in a dataset). Issues about the options keep their own paths.
   */
  path?: IssuePath;
  /**
   * Path of the learner's issues (`pathway.invalid_context`), `["learner"]` by default; e.g.
   * `["learners", 7]` when the learner comes from a dataset.
   */
  learnerPath?: IssuePath;
  /**
   * Values of legal parameters that replace the table's, each from its own `from` onwards
   * (CONTRACT §4a): a rectorat, a certifier or a test states its own values this way. A
   * malformed override is a `pathway.invalid_option` error located under `["parameters", …]`;
   * the well-formed ones still apply.
   */
  parameters?: ParameterOverrides;
  /**
   * The calendar of public holidays that are not presence days (CONTRACT §4b):
   * `"metropole"` (default), `"alsace-moselle"`, or an overseas département (`"971"`, `"972"`,
   * `"973"`, `"974"`, `"976"`). Another value is a `pathway.invalid_option` error.
   */
  holidays?: HolidayCalendar;
  /**
   * An official registry (`createRegistry` of `cmq-kit/registry`): each programme step's
   * certification and each block step's block are checked on the step's start
   * (`registry.unknown_certification`, `registry.inactive_certification`,
   * `registry.level_mismatch`, `registry.unknown_block`; CONTRACT §7).
   */
  registry?: RegistryLookup;
}

/**
 * Validates a personalised pathway against the learner, the programme catalogue and the law, and
 * returns every issue found (CONTRACT §4). Never throws. In a list of malformed steps (or other
 * entries), the issues of the first 1000 are listed and the others counted in one
 * `pathway.issues_truncated` info, so that a list of a million junk entries answers at once.
 *
 * What is achieved before a step starts = the learner's achievements dated before its start,
 * plus the programme and block steps of the pathway that ended before it (assumed passed: a
 * programme step with the programme's diploma, level, blocks and ECTS, a block step with the
 * block and its ECTS). Paths point into the pathway (`["steps", i, …]`, i the step concerned:
 * for a placement rule, the placement; for a prerequisite, the programme step); problems of the
 * options have paths starting with `"learner"` or `"programmes"`.
 *
 * Every legal rule reads its values from the dated parameters in force on the date it concerns
 * (`LEGAL_PARAMETERS`, `options.parameters`), and its issue's params name them
 * (`parameter`, `parameterValue`, `parameterFrom`, `grade`, `source`); see
 * `docs/legal-parameters.md`.
 *
 * Errors:
 * - `pathway.invalid_input` (shape, with zod's path), `pathway.invalid_context` (the `learner` or
 *   `programmes` option), `pathway.invalid_option` (`parameters`, `holidays`),
 *   `pathway.duplicate_programme_id`;
 * - `pathway.period_invalid` (end before start), `pathway.duplicate_step_id`,
 *   `pathway.unknown_programme` (a step's programme or the target), `pathway.unknown_block` (a
 *   block its programme's block list lacks; a programme without a block list accepts any),
 *   `pathway.unknown_step` (a `programmeStepId` naming no programme step),
 *   `pathway.placement_outside_programme` (an internship or PFMP outside its programme step; an
 *   apprenticeship starting after it ends or ending more than 2 months after it),
 *   `pathway.placements_overlap` (two internships, PFMPs or apprenticeships),
 *   `pathway.prerequisite_unmet` (params name the programme and what is missing),
 *   `pathway.missing_birth_date`;
 * - `apprenticeship.age_out_of_range` (16–29 since 2019, 15 after collège; 35 at the conclusion
 *   with `higher-level-continuation` or `broken-contract`; none with the other exceptions;
 *   C. trav. L. 6222-1, L. 6222-2, D. 6222-1), `apprenticeship.exception_conditions_unmet` (the
 *   contract concluded more than one year after `previousContractEnd`; D. 6222-1),
 *   `apprenticeship.duration_out_of_range` (6 months to 3 years, 4 with RQTH, one more year with
 *   `extension: "failed-exam"`, inclusive periods; L. 6222-7-1, R. 6222-46, L. 6222-11),
 *   `apprenticeship.training_share_too_low` (the programme's `apprenticeshipMinTrainingHours`,
 *   else 25 % of 1,607 h a year prorated by calendar days; L. 6211-2),
 *   `apprenticeship.training_start_too_late` (`cfaStart` or `employerStart` more than 3 months
 *   after the contract starts; L. 6222-12 since 2019);
 * - `internship.host_limit_exceeded` (more than 132 presence days of internships and PFMP with
 *   one host in one academic year; C. éduc. L. 124-5), `internship.gratification_required` (more
 *   than 44, one of them not `gratified: true`; L. 124-6). Presence days without hours are the
 *   weekdays less the public holidays of `options.holidays`.
 *
 * Warnings: `pathway.learner_mismatch` (the learner given is not the pathway's),
 * `pathway.level_not_allowed`, `pathway.programmes_overlap`, `pathway.level_regression`,
 * `pathway.target_not_reached` (params list the missing blocks),
 * `pathway.apprentice_without_contract`, `apprenticeship.programme_starts_late` (without
 * `cfaStart`, the programme step starts more than 3 months after the contract),
 * `apprenticeship.start_far_from_cycle` (contracts starting before 2019: more than 3 months from
 * the programme step's start; former L. 6222-12), `internship.gratification_consecutive` (one
 * placement of more than 44 presence days across academic years, not gratified; L. 124-6),
 * `pfmp.weeks_below_minimum` (the certifying weeks of a bac pro or CAP cycle, by cohort and
 * length, prorated by the time at school).
 *
 * Infos: `apprenticeship.exception_unverified` (no `previousContractEnd` to check D. 6222-1),
 * `pathway.parameter_undefined` (no value in force: the rule was not checked).
 *
 * Overlaps are found by sorting and sweeping (n log n): each step that overlaps an earlier one is
 * reported once, naming the earlier step that reaches furthest.
 *
 * @param pathway - the pathway (anything; checked with {@link PathwaySchema}).
 * @param options - `learner`, `programmes`, `locale`, `path`, `learnerPath`, `parameters`,
 *   `holidays`.
 * @returns the parsed pathway with warnings, or every issue.
 * @example
 * ```ts
 * const result = validatePathway(
 *   { id: "p1", learnerId: "l1", steps: [
 *     { id: "bts", kind: "programme", programmeId: "bts-ms", status: "apprentice", start: "2025-09-01", end: "2027-06-30" },
 *     { id: "contract", kind: "apprenticeship", employerId: "e1", programmeStepId: "bts", trainingHours: 1350,
 *       start: "2025-09-01", end: "2027-06-30" },
 *   ] },
 *   { learner: { id: "l1", birthDate: "1995-03-14" }, programmes: [{ id: "bts-ms", title: "BTS MS", diploma: "bts", level: 5 }] },
 * );
 * result.issues[0]?.message;
 * //=> "Apprentice aged 30 on 2025-09-01: the age must be 16 to 29 (C. trav. L. 6222-1 al. 1 (loi n° 2018-771 du 5 septembre 2018, art. 13 et 46 II))."
 * ```
 */
export function validatePathway(
  pathway: unknown,
  options: ValidatePathwayOptions,
): Result<Pathway, PathwayIssueCode> {
  return validateParsedWith(parseWellFormedFirst, pathway, options);
}

/**
 * {@link validatePathway} with every pathway parsed by zod, as before the hand-written check:
 * what the tests compare the fast path with.
 *
 * @internal
 */
export function validatePathwayWithZod(
  pathway: unknown,
  options: ValidatePathwayOptions,
): Result<Pathway, PathwayIssueCode> {
  return validateParsedWith(parseWithZod, pathway, options);
}

/**
 * The shape check of a pathway: the data as {@link PathwaySchema} outputs it, or zod's issues.
 *
 * @internal
 */
type PathwayParser = (pathway: unknown) => PathwayParse;

/** A parse outcome; a well-formed pathway may come with the day numbers of its steps' dates. */
type PathwayParse = ParseOutcome<Pathway> & { days?: readonly number[] };

/**
 * A well-formed pathway read by hand ({@link readWellFormedPathway}); anything else, by the
 * `zod/mini` twin of {@link PathwaySchema} (same verdicts and issues, a third of the bundle).
 */
function parseWellFormedFirst(pathway: unknown): PathwayParse {
  const days: number[] = [];
  const wellFormed = readWellFormedPathway(pathway, days);
  return wellFormed === undefined
    ? safeParse(MiniPathwaySchema, pathway)
    : { success: true, data: wellFormed, days };
}

/** {@link PathwaySchema}, surviving input whose reading throws. */
function parseWithZod(pathway: unknown): ParseOutcome<Pathway> {
  return safeParse(PathwaySchema, pathway);
}

/** The body of {@link validatePathway}, with the pathway's shape checked by `parse`. */
function validateParsedWith(
  parse: PathwayParser,
  pathway: unknown,
  options: ValidatePathwayOptions,
): Result<Pathway, PathwayIssueCode> {
  const locale = localeOf(options);
  const basePath = readPath(options, "path", []);
  const issues: Issue<PathwayIssueCode>[] = [];
  const context = readCatalogue(
    readSafely(() => options?.programmes, undefined),
    locale,
  );
  pushAll(issues, context.issues);
  const learner = readLearner(
    readSafely(() => options?.learner, undefined),
    locale,
    readPath(options, "learnerPath", ["learner"]),
  );
  pushAll(issues, learner.issues);
  const parameters = readParameterOverrides(options, locale);
  for (const issue of parameters.issues) issues.push(issue);
  const holidays = readHolidayOption(options, locale);
  for (const issue of holidays.issues) issues.push(issue);
  const registry = readRegistryOption(options, locale);
  for (const issue of registry.issues) issues.push(issue);
  const parsed = parse(pathway);
  if (!parsed.success) {
    pushAll(
      issues,
      fromZodIssues(parsed.issues, {
        invalidInputCode: "pathway.invalid_input",
        catalogue: PATHWAY_MESSAGES,
        locale,
        basePath,
        listCap: PATHWAY_LIST_CAP,
      }) as Issue<PathwayIssueCode>[],
    );
    return { ok: false, issues: sortIssues(issues) };
  }
  const frame = buildFrame(
    parsed.data,
    context.catalogue,
    learner.learner,
    basePath,
    locale,
    issues,
    parameters.parameters,
    holidays.holidays,
    parsed.days,
  );
  checkRules(frame);
  if (registry.registry !== undefined) {
    checkPathwayInRegistry(frame, registry.registry, basePath, locale, issues);
  }
  return resultOf(parsed.data, issues.length > 1 ? sortIssues(issues) : issues);
}

/** Reads a path option: a copy of the array given, or the fallback. */
function readPath(options: unknown, key: "path" | "learnerPath", fallback: IssuePath): IssuePath {
  return readPathOption(
    readSafely(() => (options as Record<string, unknown> | undefined)?.[key], undefined),
    fallback,
  );
}

/**
 * Returns the checked pathway, or throws.
 *
 * @param pathway - the pathway.
 * @param options - as for {@link validatePathway}.
 * @returns the pathway, when it has no error (warnings are dropped).
 * @throws {@link CmqError} carrying the issues when the pathway has an error.
 * @example
 * ```ts
 * parsePathway({ id: "p1", learnerId: "l1", steps: [] }, { learner: { id: "l1" }, programmes: [] });
 * //=> { id: "p1", learnerId: "l1", steps: [] }
 * ```
 */
export function parsePathway(pathway: unknown, options: ValidatePathwayOptions): Pathway {
  const result = validatePathway(pathway, options);
  if (!result.ok) throw new CmqError(result.issues);
  return result.value;
}

/** Every rule, on a parsed pathway. */
function checkRules(frame: PathwayFrame): void {
  const programmes: Kind<"programme">[] = [];
  const blocks: Kind<"block">[] = [];
  const placements: StepRecord[] = [];
  const internships: Kind<"internship">[] = [];
  const pfmps: Kind<"pfmp">[] = [];
  const apprenticeships: Kind<"apprenticeship">[] = [];
  for (const record of frame.records) {
    const step = record.step;
    if (frame.firstById.get(step.id) !== record) {
      frame.emit("pathway.duplicate_step_id", ["steps", record.index, "id"], { id: step.id });
    }
    if (!record.ordered) {
      frame.emit("pathway.period_invalid", ["steps", record.index, "end"], {
        id: step.id,
        start: step.start,
        end: step.end,
      });
    }
    switch (step.kind) {
      case "programme":
        programmes.push(record as Kind<"programme">);
        break;
      case "block":
        blocks.push(record as Kind<"block">);
        break;
      case "internship":
        internships.push(record as Kind<"internship">);
        placements.push(record);
        break;
      case "pfmp":
        pfmps.push(record as Kind<"pfmp">);
        placements.push(record);
        break;
      case "apprenticeship":
        apprenticeships.push(record as Kind<"apprenticeship">);
        placements.push(record);
        break;
      default:
        break;
    }
  }
  checkLearner(frame);
  checkProgrammeReferences(frame, programmes, blocks);
  checkPlacements(frame, placements);
  reportOverlaps(frame, placements, "pathway.placements_overlap");
  reportOverlaps(frame, programmes, "pathway.programmes_overlap");
  checkApprenticeStatus(frame, programmes, apprenticeships);
  if (apprenticeships.length > 0) checkApprenticeships(frame, apprenticeships);
  if (internships.length > 0 || pfmps.length > 0) checkInternships(frame, internships, pfmps);
  checkPfmp(frame, programmes, pfmps);
  checkAchievements(frame, programmes, blocks);
  checkTarget(frame, programmes, blocks);
}

function checkLearner(frame: PathwayFrame): void {
  const { learner, pathway } = frame;
  if (learner.id !== undefined && learner.id !== pathway.learnerId) {
    frame.emit("pathway.learner_mismatch", ["learnerId"], {
      learnerId: pathway.learnerId,
      learner: learner.id,
    });
  }
}

/** Whether the catalogue rejects a step's programme silently (its own entry was reported). */
function reportUnknownProgramme(frame: PathwayFrame, record: StepRecord, programmeId: string) {
  if (frame.catalogue.isRejected(programmeId)) return;
  frame.emit("pathway.unknown_programme", ["steps", record.index, "programmeId"], {
    id: record.step.id,
    programmeId,
  });
}

function checkProgrammeReferences(
  frame: PathwayFrame,
  programmes: readonly Kind<"programme">[],
  blocks: readonly Kind<"block">[],
): void {
  for (const record of programmes) {
    const id = record.step.programmeId;
    if (frame.catalogue.get(id) === undefined) reportUnknownProgramme(frame, record, id);
  }
  for (const record of blocks) {
    const { programmeId, block } = record.step;
    const programme = frame.catalogue.get(programmeId);
    if (programme === undefined) reportUnknownProgramme(frame, record, programmeId);
    else if (blockOf(programme, block) === undefined) {
      frame.emit("pathway.unknown_block", ["steps", record.index, "block"], {
        id: record.step.id,
        programmeId,
        block,
      });
    }
  }
}

function checkPlacements(frame: PathwayFrame, placements: readonly StepRecord[]): void {
  for (const record of placements) {
    const step = record.step as Extract<Step, { programmeStepId: string }>;
    const target = frame.firstById.get(step.programmeStepId);
    if (target === undefined || target.step.kind !== "programme") {
      frame.emit("pathway.unknown_step", ["steps", record.index, "programmeStepId"], {
        id: step.id,
        programmeStepId: step.programmeStepId,
      });
      continue;
    }
    if (!record.ordered || !target.ordered) continue;
    const bounds = placementBounds(frame, record, target);
    if (record.start < bounds.earliest || record.end > bounds.latest || record.start > target.end) {
      frame.emit("pathway.placement_outside_programme", ["steps", record.index], {
        id: step.id,
        start: step.start,
        end: step.end,
        programmeStepId: step.programmeStepId,
        programmeStart: target.step.start,
        programmeEnd: target.step.end,
        latestEnd: fromDayNumber(bounds.latest),
        ...(bounds.reading === undefined ? {} : cite(bounds.reading)),
      });
    }
  }
}

/**
 * Where a placement may lie: internships and PFMP inside their programme step; an
 * apprenticeship may start before it (the start rule judges that) and end up to 2 months after
 * it (value in force at the contract start), but not start after it ends.
 */
function placementBounds(
  frame: PathwayFrame,
  record: StepRecord,
  target: StepRecord,
): { earliest: number; latest: number; reading?: ParameterReading } {
  const inside = { earliest: target.start, latest: target.end };
  if (record.step.kind !== "apprenticeship") return inside;
  const end = latestApprenticeshipEnd(frame.parameters, record.start, target.step.end);
  if (end === undefined) return inside;
  return { earliest: Number.NEGATIVE_INFINITY, latest: end.day, reading: end.reading };
}

/** `pathway.apprentice_without_contract`: a programme step as apprentice that no contract names. */
function checkApprenticeStatus(
  frame: PathwayFrame,
  programmes: readonly Kind<"programme">[],
  apprenticeships: readonly Kind<"apprenticeship">[],
): void {
  let named: Set<string> | undefined;
  for (const record of programmes) {
    if (record.step.status !== "apprentice") continue;
    named ??= new Set(apprenticeships.map((contract) => contract.step.programmeStepId));
    if (named.has(record.step.id)) continue;
    if (frame.firstById.get(record.step.id) !== record) continue;
    frame.emit("pathway.apprentice_without_contract", ["steps", record.index, "status"], {
      id: record.step.id,
      programmeId: record.step.programmeId,
    });
  }
}

/**
 * Sort and sweep: each step (with a valid period) that overlaps an earlier-starting one is
 * reported once, against the earlier step that ends last.
 */
function reportOverlaps(
  frame: PathwayFrame,
  records: readonly StepRecord[],
  code: "pathway.placements_overlap" | "pathway.programmes_overlap",
): void {
  if (records.length < 2) return;
  const sorted = sortUnlessInOrder(
    records.filter((record) => record.ordered),
    chronological,
  );
  let reach: StepRecord | undefined;
  for (const record of sorted) {
    if (reach !== undefined && reach.end >= record.start) {
      frame.emit(code, ["steps", record.index], {
        id: record.step.id,
        start: record.step.start,
        end: record.step.end,
        otherId: reach.step.id,
        otherStart: reach.step.start,
        otherEnd: reach.step.end,
      });
    }
    if (reach === undefined || record.end > reach.end) reach = record;
  }
}

/**
 * The achievements of the learner and of the pathway's steps (a programme or block step counts
 * from its last day), as facts. Steps with an invalid period or an unknown programme or block
 * count for nothing.
 *
 * @internal
 */
export function pathwayFacts(
  learner: LearnerFacts,
  catalogue: ProgrammeCatalogue,
  programmes: readonly Kind<"programme">[],
  blocks: readonly Kind<"block">[],
): Fact[] {
  const facts = learner.achievements.map(factOfAchievement);
  for (const record of programmes) {
    const programme = catalogue.get(record.step.programmeId);
    if (programme !== undefined && record.ordered)
      factsOfProgrammeStep(programme, record.end, facts);
  }
  for (const record of blocks) {
    const programme = catalogue.get(record.step.programmeId);
    const block = programme === undefined ? undefined : blockOf(programme, record.step.block);
    if (block !== undefined && record.ordered) facts.push(factOfBlockStep(block, record.end));
  }
  return facts;
}

/**
 * The block of a programme a block step names: the programme's own block with that code; when the
 * programme lists no blocks at all, a block of that code without ECTS (the catalogue cannot tell);
 * `undefined` when the programme lists blocks but not this one (`pathway.unknown_block`).
 */
function blockOf(programme: Programme, code: string): ProgrammeBlock | undefined {
  const listed = programme.blocks ?? [];
  if (listed.length === 0) return { code };
  return listed.find((block) => block.code === code);
}

/** Prerequisites and level regressions of the programme steps, on what was achieved before each. */
function checkAchievements(
  frame: PathwayFrame,
  programmes: readonly Kind<"programme">[],
  blocks: readonly Kind<"block">[],
): void {
  if (programmes.length === 0) return;
  let index: FactIndex | undefined;
  for (const record of programmes) {
    const programme = frame.catalogue.get(record.step.programmeId);
    if (programme === undefined) continue;
    index ??= new FactIndex(pathwayFacts(frame.learner, frame.catalogue, programmes, blocks), true);
    const highest = index.highestLevel(Number.NEGATIVE_INFINITY, record.start);
    if (programme.level < highest) {
      frame.emit("pathway.level_regression", ["steps", record.index], {
        id: record.step.id,
        programmeId: programme.id,
        level: programme.level,
        highest,
        start: record.step.start,
      });
    }
    if (programme.requires === undefined) continue;
    const window = { index, from: Number.NEGATIVE_INFINITY, before: record.start };
    if (!Number.isNaN(verdictDay(programme.requires, window))) continue;
    const evaluation = evaluateOnFacts(programme.requires, index, record.start);
    frame.emit("pathway.prerequisite_unmet", ["steps", record.index], {
      id: record.step.id,
      programmeId: programme.id,
      programme: programme.title,
      start: record.step.start,
      unmet: formatUnmet(evaluation.explanation),
    });
  }
}

/**
 * The target's blocks each pathway element covers (CONTRACT §4): a learner achievement of the
 * block, a block step of it, or a programme step of the target programme itself (which covers
 * all its blocks); a project's `blocks` say what it practises and cover nothing.
 *
 * @internal
 */
export function coveredTargetBlocks(
  target: Programme,
  learner: LearnerFacts,
  programmes: readonly Kind<"programme">[],
  blocks: readonly Kind<"block">[],
): Set<string> {
  const covered = new Set<string>();
  if (programmes.some((record) => record.step.programmeId === target.id)) {
    for (const block of target.blocks ?? []) covered.add(block.code);
    return covered;
  }
  for (const achievement of learner.achievements) {
    if (achievement.block !== undefined) covered.add(achievement.block);
  }
  for (const record of blocks) covered.add(record.step.block);
  return covered;
}

/** The codes of the target's blocks that `covered` lacks, each once, in the programme's order. */
function uncoveredBlocks(target: Programme, covered: ReadonlySet<string>): string[] {
  const missing = new Set<string>();
  for (const block of target.blocks ?? []) {
    if (!covered.has(block.code)) missing.add(block.code);
  }
  return [...missing];
}

function checkTarget(
  frame: PathwayFrame,
  programmes: readonly Kind<"programme">[],
  blocks: readonly Kind<"block">[],
): void {
  const target = frame.pathway.target;
  if (target === undefined) return;
  const programme = frame.catalogue.get(target.programmeId);
  if (programme === undefined) {
    if (!frame.catalogue.isRejected(target.programmeId)) {
      frame.emit("pathway.unknown_programme", ["target", "programmeId"], {
        id: null,
        programmeId: target.programmeId,
      });
    }
    return;
  }
  // A programme step of the target covers all its blocks: nothing is missing.
  for (const record of programmes) if (record.step.programmeId === programme.id) return;
  const covered = coveredTargetBlocks(programme, frame.learner, programmes, blocks);
  const missing = uncoveredBlocks(programme, covered);
  if (missing.length === 0) return;
  frame.emit("pathway.target_not_reached", ["target"], {
    programmeId: programme.id,
    count: missing.length,
    missing: missing.map(quote).join(", "),
  });
}
