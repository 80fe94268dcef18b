import { deepFreeze } from "./freeze.js";
import type { Issue, IssueParams, IssuePath, Locale, Severity } from "./issue.js";
import { shownValue, typeName } from "./values.js";

/**
 * A message template: a string with `{name}` placeholders filled from the issue's params, or a
 * function of the params for messages that need a choice (a plural, a phrase per kind).
 *
 * @example
 * ```ts
 * const template: MessageTemplate = "UAI {value}: the check letter should be {expected}.";
 * ```
 */
export type MessageTemplate = string | ((params: IssueParams) => string);

/**
 * Everything the library knows about one issue code: its default severity, what it means in
 * English and French, and the message templates in both languages.
 *
 * @example
 * ```ts
 * const spec: IssueCodeSpec = {
 *   severity: "error",
 *   en: "The identifier does not have the format of its kind.",
 *   fr: "L'identifiant n'a pas le format attendu pour son type.",
 *   message: { en: "{value}: bad format.", fr: "{value} : format incorrect." },
 * };
 * ```
 */
export interface IssueCodeSpec extends IssueMessageSpec, IssueDescription {}

/**
 * What writing an issue of one code needs: its severity and its message templates. The checks
 * read these alone, so that a bundle that only checks does not carry the codes' descriptions.
 *
 * @example
 * ```ts
 * const spec: IssueMessageSpec = {
 *   severity: "error",
 *   message: { en: "{value}: bad format.", fr: "{value} : format incorrect." },
 * };
 * ```
 */
export interface IssueMessageSpec {
  /** Severity the code is reported with. */
  severity: Severity;
  /** The message written into each issue, per locale. */
  message: Record<Locale, MessageTemplate>;
}

/**
 * What an issue code means, in English and French (for catalogues and documentation).
 *
 * @example
 * ```ts
 * const description: IssueDescription = {
 *   en: "The identifier does not have the format of its kind.",
 *   fr: "L'identifiant n'a pas le format attendu pour son type.",
 * };
 * ```
 */
export interface IssueDescription {
  /** What the code means, in English (for catalogues and documentation). */
  en: string;
  /** What the code means, in French. */
  fr: string;
}

/**
 * A table of issue codes with their severity and messages only, keyed by code: what
 * {@link createIssue} needs. Every {@link IssueCatalogue} is one.
 *
 * @typeParam C - the codes of the table.
 * @example
 * ```ts
 * const table: IssueMessages<"ids.invalid_format"> = IDS_CODES;
 * ```
 */
export type IssueMessages<C extends string = string> = Readonly<Record<C, IssueMessageSpec>>;

/**
 * A table of issue codes, keyed by code.
 *
 * @typeParam C - the codes of the table.
 * @example
 * ```ts
 * const table: IssueCatalogue<"ids.invalid_format"> = IDS_CODES;
 * ```
 */
export type IssueCatalogue<C extends string = string> = Readonly<Record<C, IssueCodeSpec>>;

/**
 * One entry of the public `ISSUE_CODES` registry.
 *
 * @example
 * ```ts
 * const entry: IssueCodeInfo = ISSUE_CODES["ids.invalid_checksum"];
 * entry.severity; //=> "error"
 * ```
 */
export interface IssueCodeInfo {
  /** The code itself. */
  code: string;
  /** Severity the code is reported with. */
  severity: Severity;
  /** What the code means, in English. */
  en: string;
  /** What the code means, in French. */
  fr: string;
}

/**
 * Declares a module's issue codes, keeping their literal names for typing.
 *
 * @param catalogue - the codes and their specs.
 * @returns the same object, frozen all the way down, typed so that its keys form a string-literal
 *   union.
 * @example
 * ```ts
 * const spec: IssueCodeSpec = {
 *   severity: "warning",
 *   en: "A demonstration issue.",
 *   fr: "Une anomalie de démonstration.",
 *   message: { en: "Step {step} looks odd.", fr: "L'étape {step} semble étrange." },
 * };
 * const CODES = defineIssueCodes({ "demo.oops": spec });
 * type DemoCode = keyof typeof CODES; // "demo.oops"
 * createIssue(CODES, "demo.oops", ["steps", 2], { step: 3 }, "fr").message; //=> "L'étape 3 semble étrange."
 * ```
 */
export function defineIssueCodes<const C extends string>(
  catalogue: Record<C, IssueCodeSpec>,
): IssueCatalogue<C> {
  return deepFreeze(catalogue);
}

/**
 * Declares a module's table of severities and messages, frozen. The table is given by a function
 * that builds it, so that a bundler can drop the whole declaration when nothing uses it (an
 * object literal that reads another table or spreads one counts as a side effect).
 *
 * @param build - returns one {@link IssueMessageSpec} per code.
 * @returns the table, frozen, with its codes as a literal union.
 * @example
 * ```ts
 * const MESSAGES = defineIssueMessages(() => ({
 *   "demo.bad": { severity: "error", message: { en: "Bad.", fr: "Incorrect." } },
 * }));
 * ```
 */
export function defineIssueMessages<const C extends string>(
  build: () => Record<C, IssueMessageSpec>,
): IssueMessages<C> {
  return deepFreeze(build());
}

/**
 * Assembles a module's public catalogue from its table of messages and the codes'
 * descriptions, kept apart so that code which only writes issues does not carry the
 * descriptions. Codes shared with another module take their description from `borrowed`.
 *
 * @param messages - the severity and messages of each code.
 * @param descriptions - what each code means, in English and French.
 * @param borrowed - another catalogue, for the codes `descriptions` leaves out.
 * @returns the catalogue, frozen.
 * @example
 * ```ts
 * const MESSAGES = defineIssueMessages(() => ({
 *   "demo.bad": { severity: "error", message: { en: "Bad.", fr: "Incorrect." } },
 * }));
 * const CODES = describeIssueCodes(MESSAGES, { "demo.bad": { en: "Bad input.", fr: "Entrée incorrecte." } });
 * CODES["demo.bad"].fr; //=> "Entrée incorrecte."
 * ```
 */
export function describeIssueCodes<C extends string, B extends string = never>(
  messages: IssueMessages<C>,
  descriptions: Readonly<Record<Exclude<C, B>, IssueDescription>>,
  borrowed?: Readonly<Record<B, IssueDescription>>,
): IssueCatalogue<C> {
  const own: Readonly<Record<string, IssueDescription>> = descriptions;
  const others: Readonly<Record<string, IssueDescription>> = borrowed ?? {};
  const catalogue = {} as Record<C, IssueCodeSpec>;
  for (const code of Object.keys(messages) as C[]) {
    const { en, fr } = (Object.hasOwn(own, code) ? own[code] : others[code]) as IssueDescription;
    const { severity, message } = messages[code];
    catalogue[code] = { severity, en, fr, message };
  }
  return deepFreeze(catalogue);
}

/**
 * Turns catalogues into the public registry shape: code, severity, English and French meaning.
 *
 * @param catalogues - one or more module catalogues.
 * @returns a registry keyed by code.
 * @example
 * ```ts
 * const registry = issueCodeRegistry(IDS_CODES);
 * registry["ids.invalid_format"].fr;
 * ```
 */
export function issueCodeRegistry<C extends string>(
  ...catalogues: IssueCatalogue<C>[]
): Readonly<Record<C, IssueCodeInfo>> {
  const registry = {} as Record<C, IssueCodeInfo>;
  for (const catalogue of catalogues) {
    for (const code of Object.keys(catalogue) as C[]) {
      const { severity, en, fr } = catalogue[code];
      registry[code] = { code, severity, en, fr };
    }
  }
  return deepFreeze(registry);
}

/**
 * Fills a template's `{name}` placeholders from params. A placeholder without a value is kept
 * as written, so a missing param shows instead of vanishing.
 *
 * @param template - the template (string or function).
 * @param params - the values to insert.
 * @returns the finished message.
 * @example
 * ```ts
 * formatMessage("UAI {value}: expected {expected}.", { value: "0251234K", expected: "F" });
 * //=> "UAI 0251234K: expected F."
 * ```
 */
export function formatMessage(template: MessageTemplate, params: IssueParams = {}): string {
  if (typeof template === "function") return template(params);
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : placeholder,
  );
}

/**
 * Creates an issue from a catalogue entry, with its message in the requested locale.
 *
 * @param catalogue - the catalogue that defines `code`.
 * @param code - the issue code.
 * @param path - where the issue is in the input.
 * @param params - values for the message; omitted from the issue when empty.
 * @param locale - message language (`"en"` by default).
 * @returns the issue, with the code's default severity.
 * @example
 * ```ts
 * createIssue(IDS_CODES, "ids.invalid_checksum", ["uai"], { kind: "uai", value: "0251234K", expected: "F" });
 * ```
 */
export function createIssue<C extends string>(
  catalogue: IssueMessages<C>,
  code: C,
  path: IssuePath,
  params?: IssueParams,
  locale: Locale = "en",
): Issue<C> {
  const spec = catalogue[code];
  const issue: Issue<C> = {
    code,
    severity: spec.severity,
    path,
    message: formatMessage(spec.message[locale === "fr" ? "fr" : "en"], wordedIn(params, locale)),
  };
  if (params !== undefined && hasOwnKey(params)) issue.params = params;
  return issue;
}

/** How `formatPath` writes an empty path in params, in every language. */
const ROOT = "(root)";
/** How a French message names an empty path. */
const ROOT_FR = "(racine)";

/**
 * The params a message is written from: in French, a `where` naming the root reads `(racine)`.
 * The params the issue carries keep `(root)`, which does not depend on the language.
 */
function wordedIn<P extends IssueParams | undefined>(params: P, locale: Locale): P {
  if (locale !== "fr" || params === undefined || params.where !== ROOT) return params;
  return { ...params, where: ROOT_FR };
}

/** Whether an object has an own enumerable key (`Object.keys` without building the list). */
function hasOwnKey(params: IssueParams): boolean {
  for (const key in params) if (Object.hasOwn(params, key)) return true;
  return false;
}

/**
 * Rewrites an issue's message in another locale from its code and params. Useful to show issues
 * stored in one language to a reader of the other.
 *
 * @param catalogue - a catalogue that defines the issue's code.
 * @param issue - the issue to translate (left unchanged).
 * @param locale - the target language; any value other than `"fr"` means English.
 * @returns a copy with the new message, or the issue itself when the catalogue lacks its code
 *   or when `issue` cannot be read (never throws).
 * @example
 * ```ts
 * const [issue] = validateIdentifier("uai", "0251234K").issues;
 * if (issue) relocalizeIssue(IDS_CODES, issue, "fr").message; //=> "UAI 0251234K : la lettre de contrôle devrait être F."
 * ```
 */
export function relocalizeIssue<C extends string>(
  catalogue: IssueMessages<string>,
  issue: Issue<C>,
  locale: Locale,
): Issue<C> {
  try {
    if (typeof issue !== "object" || issue === null) return issue;
    const code: unknown = issue.code;
    if (typeof code !== "string" || !Object.hasOwn(catalogue, code)) return issue;
    const spec = catalogue[code] as IssueMessageSpec;
    const template = spec.message[locale === "fr" ? "fr" : "en"];
    const params = wordedIn(readableParams(issue.params, locale), locale);
    const message = formatReadable(template, params, locale);
    return { ...issue, message };
  } catch {
    return issue;
  }
}

/** The longest text param {@link relocalizeIssue} puts in a message (longer ones are cut). */
const MAX_RELOCALIZED_PARAM = 1_000;

/**
 * The params of an issue handed in by a caller, as a message can show them: strings (cut to
 * {@link MAX_RELOCALIZED_PARAM}), numbers, booleans and `null` as they are, anything else by its
 * type in words (`(aucune valeur)`, `(un grand entier (BigInt))`), so that a caller's issue never
 * prints a type name in a sentence. The library's own issues hold only short primitives, so their
 * messages are unchanged.
 */
function readableParams(params: unknown, locale: Locale): IssueParams {
  const readable: IssueParams = {};
  if (typeof params !== "object" || params === null) return readable;
  for (const [key, value] of Object.entries(params)) {
    readable[key] =
      typeof value === "string"
        ? value.length > MAX_RELOCALIZED_PARAM
          ? `${value.slice(0, MAX_RELOCALIZED_PARAM - 1)}…`
          : value
        : typeof value === "number" || typeof value === "boolean" || value === null
          ? value
          : shownValue(typeName(value), locale);
  }
  return readable;
}

/**
 * A message from a caller's issue, whose params may lack some that the template reads (a
 * hand-made issue): a missing param reads as a missing value (`(aucune valeur)`, `(no value)`),
 * never as `undefined` or `{name}`. A function template is called with the params as they are
 * first, so that its optional params keep their meaning; only when it printed a missing one as
 * `undefined` is it called again with the missing ones filled in.
 */
function formatReadable(template: MessageTemplate, params: IssueParams, locale: Locale): string {
  const missing = shownValue("undefined", locale);
  if (typeof template !== "function") {
    return template.replace(/\{(\w+)\}/g, (_placeholder, name: string) =>
      Object.hasOwn(params, name) ? String(params[name]) : missing,
    );
  }
  const message = template(params);
  if (!/\bundefined\b/.test(message)) return message;
  return template(
    new Proxy(params, {
      get: (target, key) =>
        typeof key === "string" && !Object.hasOwn(target, key) ? missing : target[key as string],
    }),
  );
}
