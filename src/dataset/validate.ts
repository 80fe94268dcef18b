/**
 * Whole-dataset validation: the shape of every section, every module's rules, and the references
 * between sections, with paths into the dataset.
 *
 * @module
 */
import type * as z from "zod";
import {
  type Campus,
  type CampusIssueCode,
  CampusSchema,
  checkCampusNetwork,
  type Partner,
  PartnerSchema,
  validateLabelDecision,
} from "../campus/index.js";
import {
  type IdsIssueCode,
  isRegistryLookup,
  type RegistryCheckCode,
  type RegistryLookup,
  validateIdentifier,
} from "../ids/index.js";
import {
  type MatchingIssueCode,
  type ProjectOffer,
  ProjectOfferSchema,
} from "../matching/index.js";
import {
  buildProgrammeCatalogue,
  checkPlacementHosts,
  type Learner,
  LearnerSchema,
  type Pathway,
  type PathwayIssueCode,
  PathwaySchema,
  type Programme,
  ProgrammeSchema,
  validatePathway,
} from "../pathway/index.js";
import {
  CmqError,
  createIssue,
  formatPath,
  fromZodIssues,
  type Issue,
  type IssueParams,
  type IssuePath,
  isArraySafely,
  isIsoDate,
  isPlainRecord,
  type Locale,
  type LocaleOptions,
  localeOf,
  parseUntrusted,
  pushAll,
  quote,
  type Result,
  readLocaleArgument,
  readSafely,
  resultOf,
  sortIssues,
} from "../shared/index.js";
import { DATASET_CODES, type DatasetIssueCode } from "./codes.js";
import { findTooDeep, MAX_DATASET_DEPTH } from "./depth.js";
import { locateJsonError } from "./json.js";
import { type CampusDataset, CampusDatasetSchema, DATASET_SECTIONS } from "./model.js";
import { checkDatasetAgainstRegistry } from "./registry-checks.js";

/**
 * Every code {@link validateDataset} can report: its own and those of the modules it runs.
 *
 * @example
 * ```ts
 * const code: DatasetReportCode = "network.no_carrier";
 * ```
 */
export type DatasetReportCode =
  | DatasetIssueCode
  | IdsIssueCode
  | CampusIssueCode
  | PathwayIssueCode
  | MatchingIssueCode
  | RegistryCheckCode;

/**
 * Options of {@link validateDataset}.
 *
 * @example
 * ```ts
 * const options: ValidateDatasetOptions = { on: "2026-01-15", locale: "fr" };
 * ```
 */
export interface ValidateDatasetOptions extends LocaleOptions {
  /** The reference date: memberships, label and network are judged on it. */
  on: string;
  /**
   * An official registry (e.g. `createRegistry` of `cmq-kit/registry`): programmes'
   * certifications and blocks and partners' UAI and SIRET are also checked against it
   * (`registry.*` codes).
   */
  registry?: RegistryLookup;
}

type Found = Issue<DatasetReportCode>;

/** An entry of a section that passed its shape check, with its index in the input. */
interface Entry<T> {
  index: number;
  value: T;
}

/** What the checks share: the locale, the date, and where issues go. */
interface Context {
  locale: Locale;
  on: string;
  issues: Found[];
  registry?: RegistryLookup;
}

/**
 * Validates a whole campus dataset (`unknown` in, never throws):
 *
 * - the shape of every section, entry by entry, so that one bad entry hides nothing else;
 * - every identifier (partners' SIRET and UAI through the network check, programmes' RNCP codes);
 * - every label decision (`validateLabelDecision`) and the network on `on`
 *   (`checkCampusNetwork`);
 * - every pathway (`validatePathway`, with its learner and the programme catalogue);
 * - the host limits of internships and PFMP across pathways (`checkPlacementHosts`: quota per
 *   calendar week, interns per tutor, waiting period on a post) at the partners that give a
 *   `size.headcount`, rounded up to a whole number of persons;
 * - every project offer;
 * - referential integrity (`dataset.unknown_reference`) and duplicate ids (`dataset.duplicate_id`,
 *   reported at the second entry with the path of the first).
 *
 * Issue paths point into the dataset (`["pathways", 3, "steps", 2, "end"]`); issues are
 * ordered by section, then by path. Data nested deeper than {@link MAX_DATASET_DEPTH} levels is
 * refused with `dataset.too_deep` before anything else reads it.
 *
 * @param input - the dataset, e.g. parsed JSON.
 * @param options - `on` (the reference date, required) and `locale`.
 * @returns the dataset (as parsed by the schemas) when no issue is an error, else every issue.
 * @example
 * ```ts
 * const result = validateDataset(JSON.parse(text), { on: "2026-01-15", locale: "fr" });
 * if (!result.ok) for (const issue of result.issues) console.log(formatPath(issue.path), issue.message);
 * ```
 */
export function validateDataset(
  input: unknown,
  options: ValidateDatasetOptions,
): Result<CampusDataset, DatasetReportCode> {
  const locale = localeOf(options);
  const on = readSafely(() => (isPlainRecord(options) ? options.on : undefined), undefined);
  const context: Context = { locale, on: isIsoDate(on) ? on : "", issues: [] };
  if (!isIsoDate(on)) {
    report(context, "dataset.invalid_option", [], { option: "on", expected: "YYYY-MM-DD" });
  }
  const registry = readSafely(
    () => (isPlainRecord(options) ? options.registry : undefined),
    undefined,
  );
  if (isRegistryLookup(registry)) context.registry = registry;
  else if (registry !== undefined) {
    report(context, "dataset.invalid_option", [], {
      option: "registry",
      expected: "a registry (createRegistry)",
    });
  }
  const tooDeep = findTooDeep(input, { maxDepth: MAX_DATASET_DEPTH });
  if (tooDeep !== undefined) {
    report(context, "dataset.too_deep", tooDeep, {
      where: formatPath(tooDeep),
      limit: MAX_DATASET_DEPTH,
    });
    return { ok: false, issues: context.issues };
  }
  if (!isPlainRecord(input)) {
    const shape = parseAt(CampusDatasetSchema, input, [], locale);
    if (!shape.success) pushAll(context.issues, shape.issues);
    return { ok: false, issues: context.issues };
  }
  const dataset = checkSections(input, context);
  return resultOf(dataset as CampusDataset, orderIssues(context.issues));
}

/**
 * Validates a dataset given as JSON text: invalid JSON is reported as `dataset.invalid_json`
 * with its line and column; valid JSON goes through {@link validateDataset}.
 *
 * @param text - the JSON text (a leading byte-order mark is accepted).
 * @param options - `on` and `locale`.
 * @returns as {@link validateDataset}.
 * @example
 * ```ts
 * validateDatasetJson('{"campus": }', { on: "2026-01-15" }).issues[0]?.message;
 * //=> "Invalid JSON at line 1, column 12: unexpected character."
 * ```
 */
export function validateDatasetJson(
  text: string,
  options: ValidateDatasetOptions,
): Result<CampusDataset, DatasetReportCode> {
  const parsed = parseJsonText(text, { locale: localeOf(options) });
  return parsed.ok ? validateDataset(parsed.value, options) : parsed;
}

/**
 * Parses JSON text; invalid JSON gives a `dataset.invalid_json` issue with its line and column.
 *
 * The options form is CONTRACT §0 rev. 2; the positional `parseJsonText(text, locale)` still
 * works in 0.x and gives the same result.
 *
 * @param text - the JSON text (a leading byte-order mark is accepted).
 * @param options - `locale`: message language (`"en"` by default).
 * @returns the parsed value, or the issue.
 * @example
 * ```ts
 * parseJsonText("[1, 2"); //=> { ok: false, issues: [{ code: "dataset.invalid_json", params: { line: 1, column: 6, reason: "unexpected-end" }, … }] }
 * parseJsonText("[1, 2]", { locale: "fr" }); //=> { ok: true, value: [1, 2], issues: [] }
 * ```
 */
export function parseJsonText(
  text: string,
  options?: LocaleOptions,
): Result<unknown, DatasetIssueCode>;
/**
 * Parses JSON text: the positional form of revision 1.
 *
 * @deprecated Pass the locale in the options: `parseJsonText(text, { locale })`. This form keeps
 *   working in 0.x and gives the same result.
 * @param text - the JSON text.
 * @param locale - message language.
 * @returns the parsed value, or the issue.
 * @example
 * ```ts
 * // Before (deprecated):
 * parseJsonText("[1, 2", "fr");
 * // Now:
 * parseJsonText("[1, 2", { locale: "fr" });
 * ```
 */
export function parseJsonText(text: string, locale: Locale): Result<unknown, DatasetIssueCode>;
export function parseJsonText(
  text: string,
  localeOrOptions?: Locale | LocaleOptions,
): Result<unknown, DatasetIssueCode> {
  const locale = readLocaleArgument(localeOrOptions);
  const source = typeof text === "string" ? text.replace(/^\uFEFF/, "") : "";
  try {
    return { ok: true, value: JSON.parse(source) as unknown, issues: [] };
  } catch {
    const location = locateJsonError(source) ?? {
      line: 1,
      column: 1,
      reason: "unexpected-character",
    };
    const params = { line: location.line, column: location.column, reason: location.reason };
    return {
      ok: false,
      issues: [createIssue(DATASET_CODES, "dataset.invalid_json", [], params, locale)],
    };
  }
}

/**
 * Checks only the shape of a dataset (types, required fields, dates, enumerations), not its
 * rules: what tools need before reading a file they will not fully validate (the `status` and
 * `match` commands). Refuses data nested too deep, like {@link validateDataset}.
 *
 * @param input - the dataset.
 * @param options - `locale`.
 * @returns the parsed dataset, or `dataset.invalid_input` / `dataset.too_deep` issues.
 * @example
 * ```ts
 * checkDatasetShape({ campus: {}, partners: [] }).ok; //=> false
 * ```
 */
export function checkDatasetShape(
  input: unknown,
  options?: LocaleOptions,
): Result<CampusDataset, DatasetIssueCode> {
  const locale = localeOf(options);
  const tooDeep = findTooDeep(input, { maxDepth: MAX_DATASET_DEPTH });
  if (tooDeep !== undefined) {
    const params = { where: formatPath(tooDeep), limit: MAX_DATASET_DEPTH };
    return {
      ok: false,
      issues: [createIssue(DATASET_CODES, "dataset.too_deep", tooDeep, params, locale)],
    };
  }
  const parsed = parseAt(CampusDatasetSchema, input, [], locale);
  if (parsed.success) return { ok: true, value: parsed.data, issues: [] };
  return {
    ok: false,
    issues: parsed.issues as Issue<DatasetIssueCode>[],
  };
}

/**
 * Validates a dataset and returns it, or throws.
 *
 * @param input - the dataset.
 * @param options - `on` and `locale`.
 * @returns the dataset.
 * @throws {@link CmqError} carrying every issue when one of them is an error.
 * @example
 * ```ts
 * const dataset = parseDataset(JSON.parse(text), { on: "2026-01-15" });
 * ```
 */
export function parseDataset(input: unknown, options: ValidateDatasetOptions): CampusDataset {
  const result = validateDataset(input, options);
  if (!result.ok) throw new CmqError(result.issues);
  return result.value;
}

function checkSections(input: Record<string, unknown>, context: Context): Partial<CampusDataset> {
  const read = (key: string) => readSafely(() => input[key], undefined);
  const campus = checkCampus(read("campus"), context);
  const partners = checkEntries("partners", read("partners"), PartnerSchema, context, true);
  const programmes = checkEntries(
    "programmes",
    read("programmes"),
    ProgrammeSchema,
    context,
    false,
  );
  const learners = checkEntries("learners", read("learners"), LearnerSchema, context, false);
  const projects = checkEntries("projects", read("projects"), ProjectOfferSchema, context, false);
  const index = buildIndex(read, programmes.entries, learners.entries);

  reportDuplicates(context, "partners", "partner", read("partners"));
  reportDuplicates(context, "programmes", "programme", read("programmes"));
  reportDuplicates(context, "learners", "learner", read("learners"));
  reportDuplicates(context, "pathways", "pathway", read("pathways"));
  reportDuplicates(context, "projects", "project", read("projects"));

  if (campus !== undefined) {
    checkNetwork(campus, partners.entries, index, context);
  }
  checkProgrammes(programmes.entries, context);
  checkLearners(learners.entries, index, context);
  const pathways = checkPathways(read("pathways"), index, context);
  checkHosts(read("pathways"), partners.entries, context);
  checkProjects(projects.entries, index, context);
  if (context.registry !== undefined) {
    const registry = context.registry;
    const found = readSafely(
      () =>
        checkDatasetAgainstRegistry(registry, {
          campus,
          partners: partners.entries,
          programmes: programmes.entries,
          pathways: (pathways ?? []).map((value, i) => ({ index: i, value })),
          on: context.on,
          locale: context.locale,
        }),
      [],
    );
    pushAll(context.issues, found);
  }

  const dataset: Partial<CampusDataset> = { partners: values(partners.entries) };
  if (campus !== undefined) dataset.campus = campus;
  if (programmes.present) dataset.programmes = values(programmes.entries);
  if (learners.present) dataset.learners = values(learners.entries);
  if (pathways !== undefined) dataset.pathways = pathways;
  if (projects.present) dataset.projects = values(projects.entries);
  return dataset;
}

function values<T>(entries: Entry<T>[]): T[] {
  return entries.map((entry) => entry.value);
}

function report(
  context: Context,
  code: DatasetIssueCode,
  path: IssuePath,
  params: IssueParams,
): void {
  context.issues.push(createIssue(DATASET_CODES, code, path, params, context.locale));
}

/**
 * {@link parseUntrusted} with our issues: shape errors as `dataset.invalid_input`, input whose
 * reading throws (a getter, a revoked proxy) as `dataset.unreadable_input`, located at `path`.
 */
function parseAt<T>(
  schema: z.ZodType<T>,
  value: unknown,
  path: IssuePath,
  locale: Locale,
): { success: true; data: T } | { success: false; issues: Found[] } {
  const parsed = parseUntrusted(schema, value);
  if (parsed.success) return parsed;
  if (!parsed.unreadable)
    return { success: false, issues: shapeIssues(parsed.issues, path, locale) };
  const params = { where: formatPath(path) };
  return {
    success: false,
    issues: [createIssue(DATASET_CODES, "dataset.unreadable_input", path, params, locale)],
  };
}

function shapeIssues(
  zodIssues: readonly z.core.$ZodIssue[],
  basePath: IssuePath,
  locale: Locale,
): Found[] {
  return fromZodIssues(zodIssues, {
    invalidInputCode: "dataset.invalid_input",
    catalogue: DATASET_CODES,
    locale,
    basePath,
  });
}

function prefixed(issues: readonly Issue<string>[], prefix: IssuePath): Found[] {
  return issues.map((issue) => ({ ...issue, path: [...prefix, ...issue.path] }) as Found);
}

function checkCampus(raw: unknown, context: Context): Campus | undefined {
  const parsed = parseAt(CampusSchema, raw, ["campus"], context.locale);
  if (!parsed.success) pushAll(context.issues, parsed.issues);
  const labels = readSafely(() => (isPlainRecord(raw) ? raw.labels : undefined), undefined);
  if (isArraySafely(labels)) {
    labels.forEach((label, i) => {
      const result = validateLabelDecision(label, { locale: context.locale });
      const rules = result.issues.filter((issue) => issue.code !== "label.invalid_input");
      pushAll(context.issues, prefixed(rules, ["campus", "labels", i]));
    });
  }
  return parsed.success ? parsed.data : undefined;
}

/** Shape-checks each entry of an array section; returns the entries that passed. */
function checkEntries<T>(
  section: string,
  raw: unknown,
  schema: z.ZodType<T>,
  context: Context,
  required: boolean,
): { present: boolean; entries: Entry<T>[] } {
  if (raw === undefined && !required) return { present: false, entries: [] };
  if (!isArraySafely(raw)) {
    const parsed = parseAt(schema.array(), raw, [section], context.locale);
    if (!parsed.success) pushAll(context.issues, parsed.issues);
    return { present: false, entries: [] };
  }
  const entries: Entry<T>[] = [];
  raw.forEach((item, index) => {
    const parsed = parseAt(schema, item, [section, index], context.locale);
    if (parsed.success) entries.push({ index, value: parsed.data });
    else pushAll(context.issues, parsed.issues);
  });
  return { present: true, entries };
}

/** Ids present in each section, from the raw input (so that a malformed entry still counts as present). */
interface Index {
  partners: Set<string>;
  programmes: Map<string, Programme>;
  programmeIds: Set<string>;
  learners: Map<string, Learner>;
  learnerIndex: Map<string, number>;
  learnerIds: Set<string>;
  projectIds: Set<string>;
}

function rawIds(raw: unknown): Set<string> {
  const ids = new Set<string>();
  if (!isArraySafely(raw)) return ids;
  for (const item of raw) {
    const id = readSafely(() => (isPlainRecord(item) ? item.id : undefined), undefined);
    if (typeof id === "string") ids.add(id);
  }
  return ids;
}

function buildIndex(
  read: (key: string) => unknown,
  programmes: Entry<Programme>[],
  learners: Entry<Learner>[],
): Index {
  return {
    partners: rawIds(read("partners")),
    programmes: new Map(programmes.map(({ value }) => [value.id, value])),
    programmeIds: rawIds(read("programmes")),
    learners: new Map(learners.map(({ value }) => [value.id, value])),
    learnerIndex: new Map(learners.map(({ index, value }) => [value.id, index])),
    learnerIds: rawIds(read("learners")),
    projectIds: rawIds(read("projects")),
  };
}

function reportDuplicates(context: Context, section: string, kind: string, raw: unknown): void {
  if (!isArraySafely(raw)) return;
  const first = new Map<string, number>();
  raw.forEach((item, index) => {
    const id = readSafely(() => (isPlainRecord(item) ? item.id : undefined), undefined);
    if (typeof id !== "string") return;
    const earlier = first.get(id);
    if (earlier === undefined) first.set(id, index);
    else {
      report(context, "dataset.duplicate_id", [section, index, "id"], {
        kind,
        id: quote(id),
        first: formatPath([section, earlier]),
      });
    }
  });
}

function checkReference(
  context: Context,
  known: Set<string> | Map<string, unknown>,
  kind: string,
  id: string | undefined,
  path: IssuePath,
): void {
  if (id !== undefined && !known.has(id)) {
    report(context, "dataset.unknown_reference", path, { kind, id: quote(id) });
  }
}

function checkNetwork(
  campus: Campus,
  partners: Entry<Partner>[],
  index: Index,
  context: Context,
): void {
  if (context.on === "") return;
  const result = checkCampusNetwork(
    campus,
    partners.map((entry) => entry.value),
    { on: context.on, locale: context.locale },
  );
  for (const issue of result.issues) {
    // Duplicate partner ids are reported as dataset.duplicate_id, like every section's.
    if (issue.code === "network.duplicate_partner_id") continue;
    // A member whose partner entry exists but is malformed is reported by the shape check.
    if (
      issue.code === "network.unknown_partner" &&
      index.partners.has(String(issue.params?.partnerId))
    ) {
      continue;
    }
    const path = [...issue.path];
    if (path[0] === "partners" && typeof path[1] === "number") {
      path[1] = partners[path[1]]?.index ?? path[1];
    }
    context.issues.push({ ...issue, path });
  }
}

function checkProgrammes(programmes: Entry<Programme>[], context: Context): void {
  for (const { index, value } of programmes) {
    if (value.rncp !== undefined) {
      const result = validateIdentifier("rncp", value.rncp, {
        locale: context.locale,
        path: ["programmes", index, "rncp"],
      });
      pushAll(context.issues, result.issues);
    }
    const seen = new Map<string, number>();
    value.blocks?.forEach((block, b) => {
      const earlier = seen.get(block.code);
      if (earlier === undefined) seen.set(block.code, b);
      else {
        report(context, "dataset.duplicate_id", ["programmes", index, "blocks", b, "code"], {
          kind: "block",
          id: quote(block.code),
          first: formatPath(["programmes", index, "blocks", earlier]),
        });
      }
    });
  }
}

function checkLearners(learners: Entry<Learner>[], index: Index, context: Context): void {
  for (const { index: i, value } of learners) {
    for (const [a, achievement] of (value.achievements ?? []).entries()) {
      const path = ["learners", i, "achievements", a, "programmeId"];
      checkReference(context, index.programmeIds, "programme", achievement.programmeId, path);
    }
    for (const [p, projectId] of (value.preferences ?? []).entries()) {
      checkReference(context, index.projectIds, "project", projectId, [
        "learners",
        i,
        "preferences",
        p,
      ]);
    }
  }
}

function checkPathways(raw: unknown, index: Index, context: Context): Pathway[] | undefined {
  if (raw === undefined) return undefined;
  if (!isArraySafely(raw)) {
    const parsed = parseAt(PathwaySchema.array(), raw, ["pathways"], context.locale);
    if (!parsed.success) pushAll(context.issues, parsed.issues);
    return undefined;
  }
  const { catalogue } = buildProgrammeCatalogue([...index.programmes.values()]);
  const malformed = new Set([...index.programmeIds].filter((id) => !index.programmes.has(id)));
  const pathways: Pathway[] = [];
  raw.forEach((item, k) => {
    const learnerId = readSafely(
      () => (isPlainRecord(item) ? item.learnerId : undefined),
      undefined,
    );
    const learner = typeof learnerId === "string" ? index.learners.get(learnerId) : undefined;
    if (learner === undefined) {
      if (typeof learnerId === "string" && !index.learnerIds.has(learnerId)) {
        report(context, "dataset.unknown_reference", ["pathways", k, "learnerId"], {
          kind: "learner",
          id: quote(learnerId),
        });
      }
      const parsed = parseAt(PathwaySchema, item, ["pathways", k], context.locale);
      if (!parsed.success) pushAll(context.issues, parsed.issues);
      return;
    }
    const result = validatePathway(item, {
      learner,
      programmes: catalogue,
      locale: context.locale,
      path: ["pathways", k],
      learnerPath: ["learners", index.learnerIndex.get(learner.id) ?? 0],
    });
    const dependsOnMalformed = referencesAny(item, malformed);
    pushAll(
      context.issues,
      result.issues.filter((issue) => !(dependsOnMalformed && PROGRAMME_DEPENDENT.has(issue.code))),
    );
    if (result.ok) {
      pathways.push(result.value);
      checkStepReferences(result.value, k, index, context);
    }
  });
  return pathways;
}

/** What checkPlacementHosts reports that the dataset's own checks have not already reported. */
const HOST_LIMIT_CODES: ReadonlySet<string> = new Set([
  "placement.host_quota_exceeded",
  "placement.tutor_limit_exceeded",
  "placement.post_waiting_period",
  "placement.issues_truncated",
]);

/**
 * The host limits across pathways (`checkPlacementHosts`), run when some partner carries a
 * headcount. A partner is a host with `headcount: Math.ceil(size.headcount)`: `size.headcount`
 * counts full-time equivalents, and each person is at most one, so the persons employed are at
 * least that many (a lower bound of the R. 124-12 headcount; give the headcount in persons
 * there for an exact quota). Shape problems are the dataset's own issues, already reported.
 */
function checkHosts(raw: unknown, partners: Entry<Partner>[], context: Context): void {
  if (!isArraySafely(raw)) return;
  const hosts = [];
  for (const { value } of partners) {
    if (value.size !== undefined) {
      hosts.push({ id: value.id, headcount: Math.ceil(value.size.headcount) });
    }
  }
  if (hosts.length === 0) return;
  const result = checkPlacementHosts(raw, hosts, {
    on: context.on === "" ? "1970-01-01" : context.on,
    locale: context.locale,
  });
  for (const issue of result.issues) {
    if (HOST_LIMIT_CODES.has(issue.code)) context.issues.push(issue);
  }
}

/**
 * Pathway codes whose verdict depends on the programme catalogue: when a pathway names a programme
 * whose entry is malformed (and already reported), these would only echo that report.
 */
const PROGRAMME_DEPENDENT = new Set<string>([
  "pathway.unknown_programme",
  "pathway.prerequisite_unmet",
  "pathway.level_regression",
  "pathway.target_not_reached",
  "pfmp.weeks_below_minimum",
]);

/** Whether a raw pathway names one of the given programme ids (in a step or its target). */
function referencesAny(pathway: unknown, programmeIds: Set<string>): boolean {
  if (programmeIds.size === 0) return false;
  return readSafely(() => {
    const record = pathway as {
      steps?: { programmeId?: unknown }[];
      target?: { programmeId?: unknown };
    };
    const named = [
      record.target?.programmeId,
      ...(record.steps ?? []).map((step) => step?.programmeId),
    ];
    return named.some((id) => typeof id === "string" && programmeIds.has(id));
  }, true);
}

function checkStepReferences(pathway: Pathway, k: number, index: Index, context: Context): void {
  pathway.steps.forEach((step, s) => {
    const path = ["pathways", k, "steps", s];
    if (step.kind === "internship" || step.kind === "pfmp") {
      checkReference(context, index.partners, "partner", step.hostId, [...path, "hostId"]);
    } else if (step.kind === "apprenticeship") {
      checkReference(context, index.partners, "partner", step.employerId, [...path, "employerId"]);
    } else if (step.kind === "project") {
      checkReference(context, index.partners, "partner", step.partnerId, [...path, "partnerId"]);
    }
  });
}

function checkProjects(projects: Entry<ProjectOffer>[], index: Index, context: Context): void {
  for (const { index: i, value } of projects) {
    checkReference(context, index.partners, "partner", value.partnerId, [
      "projects",
      i,
      "partnerId",
    ]);
  }
}

/** Issues by section in reading order, then by path within a section. */
function orderIssues(issues: Found[]): Found[] {
  const rank = (issue: Found) => {
    const section = DATASET_SECTIONS.indexOf(issue.path[0] as (typeof DATASET_SECTIONS)[number]);
    return section < 0 ? -1 : section;
  };
  return sortIssues(issues).sort((a, b) => rank(a) - rank(b));
}
