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
  type Membership,
  MembershipSchema,
  type Partner,
  validateLabelDecision,
} from "../campus/index.js";
import {
  type IdsIssueCode,
  isRegistryLookup,
  type RegistryCheckCode,
  type RegistryLookup,
  validateIdentifier,
} from "../ids/index.js";
import { type MatchingIssueCode, ProjectOfferSchema } from "../matching/index.js";
import {
  buildProgrammeCatalogue,
  checkPlacementHosts,
  type Learner,
  LearnerSchema,
  type Pathway,
  type PathwayIssueCode,
  PathwaySchema,
  type Programme,
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
  listTooLongIssue,
  localeOf,
  parseSearched,
  pushAll,
  quote,
  type Result,
  readLocaleArgument,
  readSafely,
  resultOf,
  sortIssues,
} from "../shared/index.js";
import { DATASET_CODES, type DatasetIssueCode } from "./codes.js";
import { findTooDeepOrTooLong, MAX_DATASET_DEPTH } from "./depth.js";
import { locateJsonError } from "./json.js";
import {
  type EntryReader,
  LenientPartnerSchema,
  LenientProgrammeSchema,
  PARTNER_READER,
  PROGRAMME_READER,
} from "./lenient.js";
import { DATASET_LIST_CAP, MalformedTally, readEntryQuietly, readQuietly } from "./malformed.js";
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
 * Each check runs on whatever could be read, independently (CONTRACT §6 rev. 2): a malformed
 * label decision, membership or partner hides no network or identifier issue (the network is
 * checked on the raw campus and partners, entry by entry); an entry whose only fault is an
 * identifier (`PartnerSchema` and `ProgrammeSchema` normalise and check SIRET, UAI and RNCP
 * codes) is still read for every other check, and the identifier is reported once
 * (`network.invalid_siret`, `network.invalid_uai`, `ids.invalid_format`…); references are
 * checked on every entry, well-formed or not. When a check cannot run at all, one info
 * `dataset.check_skipped` says which (`params.check`: `network-composition`, `pathway-rules`,
 * `pathway-programme-rules`, `host-limits`) and why (`params.reason`, `params.id`), at the place
 * it concerns.
 *
 * A list of junk answers at once: of each list (a section, or a list inside an entry), the shape
 * issues of the first 1000 malformed entries are listed, and the others are counted in one info
 * `dataset.issues_truncated` at the list (`params.listed`, `params.omitted`); the well-formed
 * entries past them are still read and checked.
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
 * import { readFileSync } from "node:fs";
 *
 * const text = readFileSync("examples/vrai.json", "utf8");
 * const result = validateDataset(JSON.parse(text), { on: "2026-01-15", locale: "fr" });
 * result.ok; //=> true
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
  const unwalkable = walkIssues(input, locale);
  if (unwalkable !== undefined) {
    pushAll(context.issues, unwalkable);
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
 * rules (a wrong SIRET or UAI check character or RNCP code is a rule: such identifiers are left
 * out of the value, and reported by {@link validateDataset}): what tools need before reading a file they will not fully validate (the `status` and
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
  const unwalkable = walkIssues(input, locale);
  if (unwalkable !== undefined) return { ok: false, issues: unwalkable };
  const parsed = parseAt(CampusDatasetSchema, input, [], locale);
  if (parsed.success) return { ok: true, value: parsed.data, issues: [] };
  // Check digits and UAI prefixes are rules (validateDataset reports them), not shape.
  const lenient = parseAt(LenientDatasetSchema, input, [], locale);
  if (lenient.success) {
    const value: CampusDataset = {
      ...lenient.data,
      partners: lenient.data.partners.map((partner) => PARTNER_READER.repair?.(partner) ?? partner),
    };
    if (lenient.data.programmes !== undefined) {
      value.programmes = lenient.data.programmes.map(
        (programme) => PROGRAMME_READER.repair?.(programme) ?? programme,
      );
    }
    return { ok: true, value, issues: [] };
  }
  return {
    ok: false,
    issues: lenient.issues as Issue<DatasetIssueCode>[],
  };
}

/** {@link CampusDatasetSchema} with partners' and programmes' identifiers as any string. */
const LenientDatasetSchema = /* @__PURE__ */ CampusDatasetSchema.extend({
  partners: LenientPartnerSchema.array(),
  programmes: LenientProgrammeSchema.array().optional(),
});

/**
 * Validates a dataset and returns it, or throws.
 *
 * @param input - the dataset.
 * @param options - `on` and `locale`.
 * @returns the dataset.
 * @throws {@link CmqError} carrying every issue when one of them is an error.
 * @example
 * ```ts
 * import { readFileSync } from "node:fs";
 * const text = readFileSync("examples/vrai.json", "utf8");
 * const dataset = parseDataset(JSON.parse(text), { on: "2026-01-15" });
 * dataset.campus.id; //=> "cmq-itip"
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
  const partners = checkEntries("partners", read("partners"), PARTNER_READER, context, true);
  const programmes = checkEntries(
    "programmes",
    read("programmes"),
    PROGRAMME_READER,
    context,
    false,
  );
  const learners = checkEntries(
    "learners",
    read("learners"),
    { schema: LearnerSchema },
    context,
    false,
  );
  const projects = checkEntries(
    "projects",
    read("projects"),
    { schema: ProjectOfferSchema },
    context,
    false,
  );
  const index = buildIndex(read, programmes.entries, learners.entries);

  reportDuplicates(context, "partners", "partner", read("partners"));
  reportDuplicates(context, "programmes", "programme", read("programmes"));
  reportDuplicates(context, "learners", "learner", read("learners"));
  reportDuplicates(context, "pathways", "pathway", read("pathways"));
  reportDuplicates(context, "projects", "project", read("projects"));

  // Each check reads what it needs from the raw input, whatever else is malformed.
  checkNetwork(read("campus"), read("partners"), context);
  checkProgrammes(read("programmes"), programmes.entries, context);
  checkLearners(read("learners"), index, context);
  const pathways = checkPathways(read("pathways"), index, context);
  checkHosts(read("pathways"), read("partners"), partners.entries, context);
  checkProjects(read("projects"), index, context);
  if (context.registry !== undefined) {
    const registry = context.registry;
    const found = readSafely(
      () =>
        checkDatasetAgainstRegistry(registry, {
          members: readMembers(read("campus")),
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

/**
 * The one walk of a dataset before any parse: data nested deeper than {@link MAX_DATASET_DEPTH}
 * (`dataset.too_deep`) or a list too long to walk (`dataset.invalid_input`, too big), located;
 * `undefined` when neither, and then its parts are parsed without being searched again.
 */
function walkIssues(input: unknown, locale: Locale): Issue<DatasetIssueCode>[] | undefined {
  const found = findTooDeepOrTooLong(input, MAX_DATASET_DEPTH);
  if (found === undefined) return undefined;
  if (found.kind === "too-long") {
    return shapeIssues(
      [listTooLongIssue(undefined, found.path)],
      [],
      locale,
    ) as Issue<DatasetIssueCode>[];
  }
  const params = { where: formatPath(found.path), limit: MAX_DATASET_DEPTH };
  return [createIssue(DATASET_CODES, "dataset.too_deep", found.path, params, locale)];
}

/** The raw items of an array section (none when it is not an array or cannot be read). */
function rawItems(raw: unknown): unknown[] {
  return readSafely(() => (isArraySafely(raw) ? [...raw] : []), []);
}

/** One field of a raw entry, `undefined` when it cannot be read. */
function rawField(item: unknown, key: string): unknown {
  return readSafely(() => (isPlainRecord(item) ? item[key] : undefined), undefined);
}

/** The memberships of a raw campus that are well-formed, each with its index. */
function readMembers(campus: unknown): Entry<Membership>[] {
  const entries: Entry<Membership>[] = [];
  rawItems(rawField(campus, "members")).forEach((item, index) => {
    const parsed = parseSearched(MembershipSchema, item);
    if (parsed.success) entries.push({ index, value: parsed.data });
  });
  return entries;
}

function skipped(
  context: Context,
  path: IssuePath,
  check: string,
  reason: string,
  id?: string,
): void {
  const params: IssueParams = { check, reason };
  if (id !== undefined) params.id = id;
  report(context, "dataset.check_skipped", path, params);
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
 * `parseUntrusted` with our issues: shape errors as `dataset.invalid_input`, input whose
 * reading throws (a getter, a revoked proxy) as `dataset.unreadable_input`, located at `path`.
 * The input was searched for lists too long to walk by {@link walkIssues}: not searched again.
 */
function parseAt<T>(
  schema: z.ZodType<T>,
  value: unknown,
  path: IssuePath,
  locale: Locale,
): { success: true; data: T } | { success: false; issues: Found[] } {
  const parsed = parseSearched(schema, value);
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
    listCap: DATASET_LIST_CAP,
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

/**
 * Shape-checks each entry of an array section; returns the entries that passed. An entry that
 * the schema rejects only for an identifier is read leniently (its identifiers are reported by
 * their own rule), so that it still takes part in the other checks.
 */
function checkEntries<T>(
  section: string,
  raw: unknown,
  reader: EntryReader<T>,
  context: Context,
  required: boolean,
): { present: boolean; entries: Entry<T>[] } {
  if (raw === undefined && !required) return { present: false, entries: [] };
  if (!isArraySafely(raw)) {
    const parsed = parseAt(reader.schema.array(), raw, [section], context.locale);
    if (!parsed.success) pushAll(context.issues, parsed.issues);
    return { present: false, entries: [] };
  }
  const entries: Entry<T>[] = [];
  const tally = new MalformedTally([section]);
  raw.forEach((item, index) => {
    if (!tally.listing) {
      const value = readEntryQuietly(reader, item);
      if (value === undefined) tally.count();
      else entries.push({ index, value });
      return;
    }
    let parsed = parseAt(reader.schema, item, [section, index], context.locale);
    if (!parsed.success && reader.lenient !== undefined) {
      const lenient = parseAt(reader.lenient, item, [section, index], context.locale);
      parsed =
        lenient.success && reader.repair !== undefined
          ? { success: true, data: reader.repair(lenient.data) }
          : lenient;
    }
    if (parsed.success) entries.push({ index, value: parsed.data });
    else {
      tally.count();
      pushAll(context.issues, parsed.issues);
    }
  });
  pushAll(context.issues, tally.truncation(context.locale));
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

/** What the network check reports that the dataset reports its own way. */
const NETWORK_ECHOES: ReadonlySet<string> = new Set([
  // Shapes are dataset.invalid_input, from the dataset's own reading of the same schemas.
  "network.invalid_input",
  "label.invalid_input",
  // The dataset bounds the malformed entries it lists of the same lists.
  "network.issues_truncated",
  // Duplicate partner ids are dataset.duplicate_id, like every section's.
  "network.duplicate_partner_id",
]);

/**
 * The network check on the raw campus and partners: `checkCampusNetwork` reads them item by
 * item, so a malformed label, membership or partner hides nothing else. When the composition
 * cannot be judged at all (no campus object, no date), one `dataset.check_skipped` says so.
 */
function checkNetwork(campus: unknown, partners: unknown, context: Context): void {
  const result = checkCampusNetwork(campus, partners, {
    on: context.on === "" ? (undefined as unknown as string) : context.on,
    locale: context.locale,
  });
  for (const issue of result.issues) {
    if (NETWORK_ECHOES.has(issue.code) || issue.path[0] === "on") continue;
    context.issues.push(issue);
  }
  if (!readSafely(() => isPlainRecord(campus), false)) {
    skipped(context, ["campus"], "network-composition", "campus-unreadable");
  } else if (context.on === "") {
    skipped(context, ["campus", "members"], "network-composition", "invalid-on");
  }
}

function checkProgrammes(raw: unknown, programmes: Entry<Programme>[], context: Context): void {
  // Every programme's RNCP code as written, well-formed entry or not.
  rawItems(raw).forEach((item, index) => {
    const rncp = rawField(item, "rncp");
    if (typeof rncp !== "string") return;
    const result = validateIdentifier("rncp", rncp, {
      locale: context.locale,
      path: ["programmes", index, "rncp"],
    });
    pushAll(context.issues, result.issues);
  });
  for (const { index, value } of programmes) {
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

/** References of every learner, read from the raw entries (a malformed learner's too). */
function checkLearners(raw: unknown, index: Index, context: Context): void {
  rawItems(raw).forEach((learner, i) => {
    rawItems(rawField(learner, "achievements")).forEach((achievement, a) => {
      const id = rawField(achievement, "programmeId");
      if (typeof id !== "string") return;
      const path = ["learners", i, "achievements", a, "programmeId"];
      checkReference(context, index.programmeIds, "programme", id, path);
    });
    rawItems(rawField(learner, "preferences")).forEach((id, p) => {
      if (typeof id !== "string") return;
      checkReference(context, index.projectIds, "project", id, ["learners", i, "preferences", p]);
    });
  });
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
  const tally = new MalformedTally(["pathways"]);
  raw.forEach((item, k) => {
    const learnerId = readSafely(
      () => (isPlainRecord(item) ? item.learnerId : undefined),
      undefined,
    );
    const learner = typeof learnerId === "string" ? index.learners.get(learnerId) : undefined;
    if (learner === undefined) {
      if (typeof learnerId === "string") {
        const known = index.learnerIds.has(learnerId);
        if (!known) {
          report(context, "dataset.unknown_reference", ["pathways", k, "learnerId"], {
            kind: "learner",
            id: quote(learnerId),
          });
        }
        // Its rules need the learner (age, status, achievements): only its shape is checked.
        const reason = known ? "learner-malformed" : "learner-unknown";
        skipped(context, ["pathways", k], "pathway-rules", reason, quote(learnerId));
      }
      if (!tally.listing) {
        if (readQuietly(PathwaySchema, item) === undefined) tally.count();
        return;
      }
      const parsed = parseAt(PathwaySchema, item, ["pathways", k], context.locale);
      if (!parsed.success) {
        tally.count();
        pushAll(context.issues, parsed.issues);
      }
      return;
    }
    const result = validatePathway(item, {
      learner,
      programmes: catalogue,
      locale: context.locale,
      path: ["pathways", k],
      learnerPath: ["learners", index.learnerIndex.get(learner.id) ?? 0],
    });
    const named = malformedNamed(item, malformed);
    // A malformed pathway's shape issues are listed while its list is within the bound.
    const malformedPathway = result.issues.some(isPathwayShapeIssue);
    const listShape = !malformedPathway || tally.listing;
    if (malformedPathway) tally.count();
    pushAll(
      context.issues,
      result.issues.filter(
        (issue) =>
          !(named.length > 0 && PROGRAMME_DEPENDENT.has(issue.code)) &&
          (listShape || !isPathwayShapeIssue(issue)),
      ),
    );
    if (named.length > 0) {
      const ids = named.map((id) => `"${quote(id)}"`).join(", ");
      skipped(context, ["pathways", k], "pathway-programme-rules", "programme-malformed", ids);
    }
    if (result.ok) {
      pathways.push(result.value);
      checkStepReferences(result.value, k, index, context);
    }
  });
  pushAll(context.issues, tally.truncation(context.locale));
  return pathways;
}

/** Whether `validatePathway` reports with `issue` that the pathway is malformed. */
function isPathwayShapeIssue(issue: Issue<string>): boolean {
  return issue.code === "pathway.invalid_input" || issue.code === "pathway.issues_truncated";
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
function checkHosts(
  raw: unknown,
  rawPartners: unknown,
  partners: Entry<Partner>[],
  context: Context,
): void {
  if (!isArraySafely(raw)) return;
  const hosts = [];
  for (const { value } of partners) {
    if (value.size !== undefined) {
      hosts.push({ id: value.id, headcount: Math.ceil(value.size.headcount) });
    }
  }
  reportBlindHosts(raw, rawPartners, partners, context);
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
 * `dataset.check_skipped` for each malformed partner that gives a `size` and hosts placements:
 * its host limits cannot be checked.
 */
function reportBlindHosts(
  pathways: unknown,
  rawPartners: unknown,
  partners: Entry<Partner>[],
  context: Context,
): void {
  const read = new Set(partners.map((entry) => entry.index));
  const blind = new Map<string, number>();
  rawItems(rawPartners).forEach((item, index) => {
    const id = rawField(item, "id");
    if (read.has(index) || typeof id !== "string" || rawField(item, "size") === undefined) return;
    if (!blind.has(id)) blind.set(id, index);
  });
  if (blind.size === 0) return;
  const hosting = new Set<string>();
  for (const pathway of rawItems(pathways)) {
    for (const step of rawItems(rawField(pathway, "steps"))) {
      const host = rawField(step, "hostId");
      if (typeof host === "string" && blind.has(host)) hosting.add(host);
    }
  }
  for (const [id, index] of blind) {
    if (hosting.has(id)) {
      skipped(context, ["partners", index], "host-limits", "partner-malformed", quote(id));
    }
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

/** The given programme ids a raw pathway names (in a step or its target), in order, once each. */
function malformedNamed(pathway: unknown, programmeIds: Set<string>): string[] {
  if (programmeIds.size === 0) return [];
  const named = new Set<string>();
  const add = (id: unknown) => {
    if (typeof id === "string" && programmeIds.has(id)) named.add(id);
  };
  add(rawField(rawField(pathway, "target"), "programmeId"));
  for (const step of rawItems(rawField(pathway, "steps"))) add(rawField(step, "programmeId"));
  return [...named];
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

function checkProjects(raw: unknown, index: Index, context: Context): void {
  rawItems(raw).forEach((project, i) => {
    const id = rawField(project, "partnerId");
    if (typeof id !== "string") return;
    checkReference(context, index.partners, "partner", id, ["projects", i, "partnerId"]);
  });
}

/** Issues by section in reading order, then by path within a section. */
function orderIssues(issues: Found[]): Found[] {
  const rank = (issue: Found) => {
    const section = DATASET_SECTIONS.indexOf(issue.path[0] as (typeof DATASET_SECTIONS)[number]);
    return section < 0 ? -1 : section;
  };
  return sortIssues(issues).sort((a, b) => rank(a) - rank(b));
}
