/**
 * The one adapter from zod issues to ours. Shape errors become `<module>.invalid_input` issues
 * that keep zod's path and explain themselves in English and French; refinements that carry one
 * of our codes (see {@link zodIssueFor}) keep that code.
 *
 * @module
 */
import type * as z from "zod";
import {
  createIssue,
  type IssueCodeSpec,
  type IssueDescription,
  type IssueMessageSpec,
  type IssueMessages,
} from "./catalogue.js";
import type { Issue, IssueParams, IssuePath, Locale } from "./issue.js";
import { findTooLongList } from "./long-lists.js";
import { countOf } from "./names.js";
import { quote, typeLabel, typeName } from "./values.js";

/** A zod issue, as found in `error.issues`. */
type ZodIssue = z.core.$ZodIssue;

/**
 * Key under which our refinements store their own issue code in a zod custom issue's `params`.
 *
 * @internal
 */
const CODE_KEY = "cmqCode";
/** @internal */
const PARAMS_KEY = "cmqParams";

/**
 * What {@link fromZodIssues} needs to turn zod issues into ours.
 *
 * @example
 * ```ts
 * const mapping: ZodIssueMapping<"ids.invalid_input"> = {
 *   invalidInputCode: "ids.invalid_input",
 *   catalogue: IDS_CODES,
 *   locale: "fr",
 * };
 * ```
 */
export interface ZodIssueMapping<C extends string> {
  /** The code given to plain shape errors, e.g. `"pathway.invalid_input"`. */
  invalidInputCode: C;
  /** A catalogue defining `invalidInputCode` and every code our refinements may carry. */
  catalogue: IssueMessages<string>;
  /** Message language. */
  locale: Locale;
  /** Prefix for every path (where the parsed value sits in a larger input). */
  basePath?: IssuePath;
  /**
   * Lists the issues of at most `listed` malformed entries per list, and counts the others in
   * one `code` info per list (params `where`, `listed`, `omitted`), so that a list of a million
   * junk entries answers at once. Every issue is listed when omitted.
   */
  listCap?: { listed: number; code: C };
}

/**
 * Builds the zod custom issue a refinement pushes to report one of our codes from inside a
 * schema, so that the code survives {@link fromZodIssues}.
 *
 * @param code - our issue code.
 * @param params - our params.
 * @param input - the value that failed.
 * @param message - an English message for zod-only users.
 * @returns a custom zod issue.
 * @example
 * ```ts
 * import { z } from "zod";
 * const Uai = z.string().superRefine((value, ctx) => {
 *   if (value === "0251234K") {
 *     ctx.issues.push(zodIssueFor("ids.invalid_checksum", { kind: "uai", value, expected: "F" }, value, "bad UAI"));
 *   }
 * });
 * const parsed = Uai.safeParse("0251234K");
 * if (!parsed.success) {
 *   fromZodIssues(parsed.error.issues, { invalidInputCode: "ids.invalid_input", catalogue: IDS_CODES, locale: "en" })[0]?.code;
 *   //=> "ids.invalid_checksum"
 * }
 * ```
 */
export function zodIssueFor(
  code: string,
  params: IssueParams,
  input: unknown,
  message: string,
): z.core.$ZodRawIssue {
  return { code: "custom", message, input, params: { [CODE_KEY]: code, [PARAMS_KEY]: params } };
}

/**
 * A zod schema, classic or `zod/mini`: what {@link parseUntrusted} calls.
 *
 * @internal
 */
export interface ParsableSchema<T> {
  safeParse(
    data: unknown,
    params?: z.core.ParseContext<z.core.$ZodIssue>,
  ):
    | { success: true; data: T; error?: undefined }
    | { success: false; data?: undefined; error: { issues: z.core.$ZodIssue[] } };
}

/**
 * The outcome of {@link parseUntrusted}: the data, zod's issues, or `unreadable` when reading the
 * input threw.
 *
 * @example
 * ```ts
 * const outcome: UntrustedParse<string> = { success: false, unreadable: true };
 * ```
 */
export type UntrustedParse<T> =
  | { success: true; data: T }
  | { success: false; unreadable: false; issues: z.core.$ZodIssue[] }
  | { success: false; unreadable: true };

/**
 * `schema.safeParse` for untrusted input:
 * - a list too long to walk anywhere in the input (over a million entries: a
 *   sparse list of huge `length`, a proxy that claims a billion entries) gives a located
 *   `too_big` issue before zod reads anything ({@link findTooLongList});
 * - valid input, the common case, parses once without `reportInput` (about a quarter faster);
 * - invalid input parses again with `reportInput`, so that messages can name the received type;
 * - input whose reading throws (a throwing getter, a revoked proxy) gives `unreadable` instead of
 *   an exception.
 *
 * @param schema - the zod schema.
 * @param input - anything.
 * @returns the data, the issues, or `unreadable`.
 * @example
 * ```ts
 * const input: unknown = { id: "p-lea", learnerId: "l-lea", programmeId: "bts-crsa", steps: "none" };
 * const mapping: ZodIssueMapping<"pathway.invalid_input"> = {
 *   invalidInputCode: "pathway.invalid_input", catalogue: PATHWAY_CODES, locale: "en",
 * };
 * const parsed = parseUntrusted(PathwaySchema, input);
 * if (!parsed.success && !parsed.unreadable) fromZodIssues(parsed.issues, mapping).map((issue) => issue.path);
 * //=> [["steps"]]
 * ```
 */
export function parseUntrusted<T>(schema: ParsableSchema<T>, input: unknown): UntrustedParse<T> {
  const tooLong = findTooLongList(input);
  if (tooLong !== undefined) return { success: false, unreadable: false, issues: [tooLong] };
  return parseSearched(schema, input);
}

/**
 * {@link parseUntrusted} for input already searched for lists too long to walk (the dataset's
 * depth walk does both at once): the same outcome, without a second search.
 *
 * @internal
 */
export function parseSearched<T>(schema: ParsableSchema<T>, input: unknown): UntrustedParse<T> {
  try {
    const parsed = schema.safeParse(input);
    if (parsed.success) return { success: true, data: parsed.data };
    const reported = schema.safeParse(input, { reportInput: true });
    return {
      success: false,
      unreadable: false,
      issues: reported.error?.issues ?? parsed.error.issues,
    };
  } catch {
    return { success: false, unreadable: true };
  }
}

/**
 * Turns zod issues into ours: paths kept (prefixed by `basePath`), our own codes kept, and every
 * other issue reported as `invalidInputCode` with zod's details in params.
 *
 * @param issues - `error.issues` of a failed `safeParse` (parse with `reportInput: true` to get
 *   the received type in messages).
 * @param mapping - codes, catalogue, locale and base path.
 * @returns our issues, in zod's order.
 * @example
 * ```ts
 * const input: unknown = { id: "p-lea", learnerId: "l-lea", programmeId: "bts-crsa", steps: "none" };
 * const parsed = PathwaySchema.safeParse(input, { reportInput: true });
 * if (!parsed.success) {
 *   fromZodIssues(parsed.error.issues, { invalidInputCode: "pathway.invalid_input", catalogue: PATHWAY_CODES, locale: "en" })
 *     .map((issue) => issue.code); //=> ["pathway.invalid_input"]
 * }
 * ```
 */
export function fromZodIssues<C extends string>(
  issues: readonly ZodIssue[],
  mapping: ZodIssueMapping<C>,
): Issue<C>[] {
  const result: Issue<C>[] = [];
  const base = mapping.basePath ?? [];
  const cap = mapping.listCap;
  if (cap === undefined) {
    for (const issue of issues) collect(issue, base, mapping, result);
    return result;
  }
  const lists = new Map<string, ListTally>();
  for (const issue of issues) {
    if (isListed(issue.path, cap.listed, lists)) collect(issue, base, mapping, result);
  }
  for (const tally of lists.values()) {
    const path = [...base, ...tally.path];
    const malformed = cap.listed + tally.omitted;
    const { catalogue, locale } = mapping;
    for (const issue of truncationIssues(catalogue, cap.code, path, malformed, locale, cap.listed))
      result.push(issue as Issue<C>);
  }
  return result;
}

/** The entries of one list met in zod's issues: how many were listed and omitted, and the last. */
interface ListTally {
  path: (string | number)[];
  entries: number;
  omitted: number;
  last: number;
}

/**
 * Whether an issue at `path` is listed: always when it lies in no list, else while its list has
 * had at most `listed` malformed entries (zod reports a list's entries in order, so a new index
 * is a new entry). Entries past the bound are counted in the tally of their list.
 */
function isListed(
  path: readonly PropertyKey[],
  listed: number,
  lists: Map<string, ListTally>,
): boolean {
  let at = -1;
  for (let x = path.length - 1; x >= 0; x--) {
    if (typeof path[x] === "number") {
      at = x;
      break;
    }
  }
  if (at < 0) return true;
  const index = path[at] as number;
  const listPath = path.slice(0, at).map(toPathSegment);
  const key = listPath.join("\u0000");
  let tally = lists.get(key);
  if (tally === undefined) {
    tally = { path: listPath, entries: 0, omitted: 0, last: -1 };
    lists.set(key, tally);
  }
  const isNew = index !== tally.last;
  if (isNew) {
    tally.last = index;
    tally.entries++;
  }
  if (tally.entries <= listed) return true;
  if (isNew) tally.omitted++;
  return false;
}

function collect<C extends string>(
  issue: ZodIssue,
  prefix: IssuePath,
  mapping: ZodIssueMapping<C>,
  into: Issue<C>[],
): void {
  const path = [...prefix, ...issue.path.map(toPathSegment)];
  if (issue.code === "invalid_union" && issue.errors.length > 0) {
    const closest = closestAlternative(issue.errors);
    if (closest !== undefined) {
      for (const inner of closest) collect(inner, path, mapping, into);
      return;
    }
  }
  const own = ownCode(issue, mapping.catalogue);
  if (own !== undefined) {
    into.push(
      createIssue(mapping.catalogue, own.code, path, own.params, mapping.locale) as Issue<C>,
    );
    return;
  }
  const params = zodParams(issue, path);
  into.push(createIssue(mapping.catalogue, mapping.invalidInputCode, path, params, mapping.locale));
}

/**
 * Of a union's alternatives, the one the input came closest to matching: the one whose issues
 * reach deepest into the input (it matched the most structure), then the one with fewest issues.
 * Returns `undefined` when no alternative got past the union's own level, since then no
 * alternative is a better guess than another.
 */
function closestAlternative(alternatives: readonly ZodIssue[][]): ZodIssue[] | undefined {
  let best: ZodIssue[] | undefined;
  let bestDepth = 0;
  for (const alternative of alternatives) {
    const depth = Math.min(...alternative.map((issue) => issue.path.length));
    if (
      depth > bestDepth ||
      (depth === bestDepth && best !== undefined && alternative.length < best.length)
    ) {
      best = alternative;
      bestDepth = depth;
    }
  }
  return bestDepth > 0 ? best : undefined;
}

function ownCode(
  issue: ZodIssue,
  catalogue: IssueMessages<string>,
): { code: string; params: IssueParams } | undefined {
  if (issue.code !== "custom") return undefined;
  const code: unknown = issue.params?.[CODE_KEY];
  if (typeof code !== "string" || !Object.hasOwn(catalogue, code)) return undefined;
  return { code, params: (issue.params?.[PARAMS_KEY] as IssueParams | undefined) ?? {} };
}

function toPathSegment(key: PropertyKey): string | number {
  return typeof key === "symbol" ? String(key.description) : key;
}

function zodParams(issue: ZodIssue, path: IssuePath): IssueParams {
  const params: IssueParams = { where: formatPath(path), zodCode: issue.code };
  switch (issue.code) {
    case "invalid_type":
      params.expected = issue.expected;
      if ("input" in issue) {
        // A number where a (whole, finite) number is expected is shown as written: "expected a
        // whole number, received 1.5", not "received a number", which would not say what is wrong.
        const input = issue.input;
        const numeric = issue.expected === "number" || issue.expected === "int";
        params.received = numeric && typeof input === "number" ? String(input) : typeName(input);
      }
      break;
    case "too_small":
      params.origin = issue.origin;
      params.minimum = Number(issue.minimum);
      params.inclusive = issue.inclusive !== false;
      break;
    case "too_big":
      params.origin = issue.origin;
      params.maximum = Number(issue.maximum);
      params.inclusive = issue.inclusive !== false;
      break;
    case "invalid_format":
      params.format = issue.format;
      if (issue.pattern !== undefined) params.pattern = issue.pattern;
      break;
    case "not_multiple_of":
      params.divisor = Number(issue.divisor);
      break;
    case "unrecognized_keys":
      params.keys = quote(issue.keys.join(", "));
      break;
    case "invalid_value":
      params.values = quote(issue.values.map((value) => JSON.stringify(value)).join(", "));
      break;
    case "invalid_key":
    case "invalid_element":
    case "invalid_union":
    case "custom":
      break;
  }
  return params;
}

/**
 * Writes a path the way a reader of the JSON would: `steps[2].end`, or `(root)` for the empty
 * path.
 *
 * @param path - an issue path.
 * @returns the path as text; `"(root)"` for an empty path or one that is not an array, and
 * `"(?)"` when it cannot be read (a revoked proxy).
 * @example
 * ```ts
 * formatPath(["steps", 2, "end"]); //=> "steps[2].end"
 * ```
 */
export function formatPath(path: IssuePath): string {
  try {
    if (!Array.isArray(path) || path.length === 0) return "(root)";
    let text = "";
    const shown = Math.min(path.length, MAX_FORMATTED_SEGMENTS);
    for (let index = 0; index < shown; index++) text += formatSegment(path[index], text === "");
    return path.length > shown ? `${text}…` : text;
  } catch {
    return "(?)";
  }
}

/** Segments written by {@link formatPath}: deeper paths end with "…". */
const MAX_FORMATTED_SEGMENTS = 200;

function formatSegment(segment: unknown, first: boolean): string {
  if (typeof segment === "number") return `[${segment}]`;
  const key = typeof segment === "string" ? segment : String(typeName(segment));
  if (isIdentifier(key)) return first ? key : `.${key}`;
  return `[${JSON.stringify(quote(key))}]`;
}

/**
 * Whether a key is written bare in a path: an ASCII identifier, `/^[A-Za-z_$][\w$]*$/` (a loop:
 * several times quicker than the regular expression on the short keys of paths).
 *
 * @example
 * ```ts
 * isIdentifier("steps"); //=> true
 * isIdentifier("2nd"); //=> false
 * ```
 * @internal
 */
export function isIdentifier(key: string): boolean {
  const length = key.length;
  if (length === 0) return false;
  for (let i = 0; i < length; i++) {
    const c = key.charCodeAt(i);
    // Letters, "_" and "$" anywhere; digits after the first unit.
    const letter = (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x5f || c === 0x24;
    if (!letter && (i === 0 || c < 0x30 || c > 0x39)) return false;
  }
  return true;
}

/** Units of the sized values zod bounds (strings, lists), in both languages. */
const SIZE_UNITS: Readonly<Record<string, Record<Locale, { one: string; other: string }>>> = {
  string: {
    en: { one: "character", other: "characters" },
    fr: { one: "caractère", other: "caractères" },
  },
  array: { en: { one: "item", other: "items" }, fr: { one: "élément", other: "éléments" } },
  set: { en: { one: "item", other: "items" }, fr: { one: "élément", other: "éléments" } },
};

/**
 * "must have at most 5 characters" / "doit contenir au plus 5 caractères" for sized values,
 * "must be ≤ 5" / "doit être ≤ 5" for numbers.
 */
function boundMessage(params: IssueParams, side: "min" | "max", locale: Locale): string {
  const fr = locale === "fr";
  const bound = Number(side === "min" ? params.minimum : params.maximum);
  const units = Object.hasOwn(SIZE_UNITS, String(params.origin))
    ? SIZE_UNITS[String(params.origin)]
    : undefined;
  if (units === undefined) {
    const op = side === "min" ? (params.inclusive ? "≥" : ">") : params.inclusive ? "≤" : "<";
    return fr ? `doit être ${op} ${bound}` : `must be ${op} ${bound}`;
  }
  const count = params.inclusive ? bound : side === "min" ? bound + 1 : bound - 1;
  const sized = countOf(count, locale, units[fr ? "fr" : "en"]);
  if (side === "min") return fr ? `doit contenir au moins ${sized}` : `must have at least ${sized}`;
  return fr ? `doit contenir au plus ${sized}` : `must have at most ${sized}`;
}

function describeZodIssue(params: IssueParams, locale: Locale): string {
  const fr = locale === "fr";
  switch (params.zodCode) {
    case "invalid_type":
      if (params.received === "undefined") return fr ? "champ obligatoire manquant" : "required";
      if (params.received === "Infinity" || params.received === "-Infinity") {
        return fr
          ? `attendu un nombre fini, reçu ${params.received}`
          : `expected a finite number, received ${params.received}`;
      }
      return fr
        ? `attendu ${typeLabel(params.expected, locale)}, reçu ${typeLabel(params.received ?? "?", locale)}`
        : `expected ${typeLabel(params.expected, locale)}, received ${typeLabel(params.received ?? "?", locale)}`;
    case "too_small":
      return boundMessage(params, "min", locale);
    case "too_big":
      return boundMessage(params, "max", locale);
    case "invalid_format":
      if (params.format === "date")
        return fr
          ? "doit être une date réelle au format AAAA-MM-JJ"
          : "must be a real calendar date written YYYY-MM-DD";
      return fr ? `format ${params.format} invalide` : `invalid ${params.format} format`;
    case "not_multiple_of":
      return fr
        ? `doit être un multiple de ${params.divisor}`
        : `must be a multiple of ${params.divisor}`;
    case "unrecognized_keys":
      return fr ? `clés inconnues : ${params.keys}` : `unknown keys: ${params.keys}`;
    case "invalid_value":
      return fr ? `doit valoir l'un de : ${params.values}` : `must be one of: ${params.values}`;
    case "invalid_union":
      return fr ? "ne correspond à aucune des formes admises" : "matches none of the allowed forms";
    case "invalid_key":
      return fr ? "clé invalide" : "invalid key";
    case "invalid_element":
      return fr ? "élément invalide" : "invalid element";
    default:
      return fr ? "valeur invalide" : "invalid value";
  }
}

/**
 * A zod error map that writes zod's own messages in English or French, for one call: pass it as
 * `XSchema.safeParse(input, { error: zodErrorMap("fr") })`. The texts are those of the library's
 * `<module>.invalid_input` issues ("attendu un nombre, reçu une chaîne de caractères"). Nothing
 * global changes: cmq-kit never calls `z.config`, so the app's other parses keep zod's settings.
 *
 * zod ranks a message set on the schema above the per-call map: the library's own refinements
 * (a wrong UAI check letter, a wrong SIRET checksum…) keep their English message there, and the
 * library's `validate*` functions give them in French from their code and params.
 *
 * @param locale - `"fr"` or `"en"` (anything else means English).
 * @returns an error map for the `error` option of zod's `parse` and `safeParse`.
 * @example
 * ```ts
 * import { IsoDateSchema, zodErrorMap } from "cmq-kit";
 * const parsed = IsoDateSchema.safeParse("2023-02-29", { error: zodErrorMap("fr") });
 * parsed.error?.issues[0]?.message; //=> "Doit être une date réelle au format AAAA-MM-JJ."
 * ```
 */
export function zodErrorMap(locale: Locale): (issue: z.core.$ZodRawIssue) => string {
  const language: Locale = locale === "fr" ? "fr" : "en";
  return (issue) => {
    const params = zodParams(issue as ZodIssue, []);
    const text = describeZodIssue(params, language);
    return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
  };
}

/**
 * The severity and messages of every module's `<module>.invalid_input` code: the input does not
 * have the expected shape. Its message names the place and what zod found wrong, in English or
 * French.
 *
 * @example
 * ```ts
 * import { defineIssueMessages } from "./catalogue.js";
 * const MESSAGES = defineIssueMessages(() => ({ "pathway.invalid_input": INVALID_INPUT_MESSAGES }));
 * MESSAGES["pathway.invalid_input"].severity; //=> "error"
 * ```
 */
export const INVALID_INPUT_MESSAGES: IssueMessageSpec = /* @__PURE__ */ Object.freeze({
  severity: "error",
  message: /* @__PURE__ */ Object.freeze({
    en: (params: IssueParams) => `${params.where}: ${describeZodIssue(params, "en")}.`,
    fr: (params: IssueParams) => `${params.where} : ${describeZodIssue(params, "fr")}.`,
  }),
});

/**
 * What a module's `<module>.invalid_input` code means, in English and French.
 *
 * @param what - what the module validates, as the subject of a sentence in English and French
 *   (e.g. `{ en: "The pathway", fr: "Le parcours" }`).
 * @returns the code's description.
 * @example
 * ```ts
 * invalidInputDescription({ en: "The pathway", fr: "Le parcours" }).en;
 * //=> "The pathway does not have the expected shape (wrong type, missing field, bad date or value)."
 * ```
 */
export function invalidInputDescription(what: { en: string; fr: string }): IssueDescription {
  return {
    en: `${what.en} does not have the expected shape (wrong type, missing field, bad date or value).`,
    fr: `${what.fr} n'a pas la forme attendue (type, champ manquant, date ou valeur incorrects).`,
  };
}

/**
 * The spec of a module's `<module>.invalid_input` code: the input does not have the expected
 * shape. Its message names the place and what zod found wrong, in English and French.
 *
 * @param what - what the module validates, as the subject of a sentence in English and French
 *   (e.g. `{ en: "The pathway", fr: "Le parcours" }`).
 * @returns an issue-code spec with severity `"error"`.
 * @example
 * ```ts
 * import { defineIssueCodes } from "./catalogue.js";
 * const CODES = defineIssueCodes({ "pathway.invalid_input": invalidInputSpec({ en: "The pathway", fr: "Le parcours" }) });
 * CODES["pathway.invalid_input"].severity; //=> "error"
 * ```
 */
export function invalidInputSpec(what: { en: string; fr: string }): IssueCodeSpec {
  return { ...INVALID_INPUT_MESSAGES, ...invalidInputDescription(what) };
}

/**
 * Malformed entries of one list whose issues a check lists; the others are counted in one
 * `<module>.issues_truncated` info (see {@link ISSUES_TRUNCATED_MESSAGES}), so that a
 * million-entry list of junk answers at once with a readable result.
 *
 * @example
 * ```ts
 * const mapping = { listCap: { listed: MAX_LISTED_MALFORMED, code: "pathway.issues_truncated" } };
 * mapping.listCap.listed; //=> 1000
 * ```
 * @internal
 */
export const MAX_LISTED_MALFORMED = 1000;

/**
 * The severity and messages of every module's `<module>.issues_truncated` info: a list held more
 * malformed entries than are listed (params `where`, `listed`, `omitted`).
 *
 * @example
 * ```ts
 * import { createIssue, defineIssueMessages } from "./catalogue.js";
 * const MESSAGES = defineIssueMessages(() => ({ "dataset.issues_truncated": ISSUES_TRUNCATED_MESSAGES }));
 * const params = { where: "learners", listed: 1000, omitted: 5 };
 * createIssue(MESSAGES, "dataset.issues_truncated", ["learners"], params, "fr").message;
 * //=> "learners : 5 autres entrées mal formées ont été trouvées mais non listées (au plus 1000 par liste)."
 * ```
 */
export const ISSUES_TRUNCATED_MESSAGES: IssueMessageSpec = /* @__PURE__ */ Object.freeze({
  severity: "info",
  message: /* @__PURE__ */ Object.freeze({
    en: (params: IssueParams) =>
      `${params.where}: ${params.omitted} more malformed entries were found but not listed (at most ${params.listed} per list).`,
    fr: (params: IssueParams) =>
      `${params.where} : ${params.omitted} autres entrées mal formées ont été trouvées mais non listées (au plus ${params.listed} par liste).`,
  }),
});

/**
 * The `<module>.issues_truncated` info of a list that held `malformed` malformed entries of
 * which `listed` had their issues listed (see {@link ISSUES_TRUNCATED_MESSAGES}): none when every
 * one was listed.
 *
 * @param catalogue - the module's messages, defining `code`.
 * @param code - the module's `<module>.issues_truncated` code.
 * @param path - where the list is.
 * @param malformed - how many malformed entries the list held.
 * @param locale - message language.
 * @param listed - how many of them had their issues listed.
 * @returns the info, or nothing.
 * @example
 * ```ts
 * import { defineIssueMessages } from "./catalogue.js";
 * const MESSAGES = defineIssueMessages(() => ({ "demo.issues_truncated": ISSUES_TRUNCATED_MESSAGES }));
 * truncationIssues(MESSAGES, "demo.issues_truncated", ["steps"], 1200, "en")[0]?.params;
 * //=> { where: "steps", listed: 1000, omitted: 200 }
 * truncationIssues(MESSAGES, "demo.issues_truncated", ["steps"], 1000, "en"); //=> []
 * ```
 * @internal
 */
export function truncationIssues<C extends string>(
  catalogue: IssueMessages<C>,
  code: C,
  path: IssuePath,
  malformed: number,
  locale: Locale,
  listed = MAX_LISTED_MALFORMED,
): Issue<C>[] {
  const omitted = malformed - listed;
  if (omitted <= 0) return [];
  const params = { where: formatPath(path), listed, omitted };
  return [createIssue(catalogue, code, path, params, locale)];
}
