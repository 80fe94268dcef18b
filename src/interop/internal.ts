/**
 * Helpers shared by the exporters: issue collection, safe option reading, parsing through zod
 * without throwing, and node ids. Not part of the public API.
 *
 * @internal
 * @module
 */
import type * as z from "zod";
import {
  createIssue,
  describeValue,
  formatPath,
  fromZodIssues,
  type Issue,
  type IssueParams,
  type IssuePath,
  isPlainRecord,
  type Locale,
  localeOf,
  parseUntrusted,
  pushAll,
  readPathOption,
  readSafely,
} from "../shared/index.js";
import { INTEROP_CODES, type InteropIssueCode } from "./codes.js";

/**
 * A JSON value, as the exporters write it.
 *
 * @example
 * ```ts
 * const value: JsonValue = { type: ["Achievement"], creditsAvailable: 120 };
 * ```
 */
export type JsonValue = string | number | boolean | null | JsonValue[] | JsonObject;

/**
 * A JSON object: what every exporter returns (a JSON-LD node).
 *
 * @example
 * ```ts
 * const node: JsonObject = { "@context": "https://schema.org", "@type": "Organization" };
 * ```
 */
export interface JsonObject {
  /** Any JSON value under any key. */
  [key: string]: JsonValue;
}

/**
 * Options every exporter takes.
 *
 * @example
 * ```ts
 * const options: InteropOptions = { locale: "fr", baseIri: "https://campus.example/id/" };
 * ```
 */
export interface InteropOptions {
  /** Language of issue messages and of the texts the exporter writes; `"en"` by default. */
  locale?: "en" | "fr";
  /** Prefix of every issue path. */
  path?: IssuePath;
  /**
   * Prefix of the ids given to exported nodes (`<baseIri>programme:<id>`…); `"urn:cmq-kit:"` by
   * default. Give your platform's address to publish dereferenceable ids.
   */
  baseIri?: string;
}

/** Default id prefix. @internal */
export const DEFAULT_BASE_IRI = "urn:cmq-kit:";

/** Collects issues with one locale and one base path. @internal */
export class Collector {
  readonly issues: Issue<InteropIssueCode>[] = [];
  constructor(
    readonly locale: Locale,
    readonly base: IssuePath,
  ) {}

  add(code: InteropIssueCode, path: IssuePath, params?: IssueParams): void {
    this.issues.push(
      createIssue(INTEROP_CODES, code, [...this.base, ...path], params, this.locale),
    );
  }

  where(path: IssuePath): string {
    return formatPath([...this.base, ...path]);
  }
}

/** The common options, read without trusting them. @internal */
export interface CommonOptions {
  locale: Locale;
  path: IssuePath;
  baseIri: string;
}

/** Reads one option: `undefined` when options is not an object or the read throws. @internal */
export function optionOf(options: unknown, key: string): unknown {
  return readSafely(() => (isPlainRecord(options) ? options[key] : undefined), undefined);
}

/** Reads `locale`, `path` and `baseIri`, reporting a malformed `baseIri`. @internal */
export function commonOptions(options: unknown): { common: CommonOptions; collector: Collector } {
  const locale = localeOf(options);
  const path = pathOption(optionOf(options, "path"));
  const collector = new Collector(locale, path);
  const base = optionOf(options, "baseIri");
  let baseIri = DEFAULT_BASE_IRI;
  if (typeof base === "string" && /^[a-zA-Z][a-zA-Z0-9+.-]*:\S*$/.test(base) && base.length < 2000)
    baseIri = base;
  else if (base !== undefined) invalidOption(collector, "baseIri", "iri", base);
  return { common: { locale, path, baseIri }, collector };
}

/** Reports an invalid option. @internal */
export function invalidOption(
  collector: Collector,
  option: string,
  expected: string,
  received: unknown,
): void {
  collector.issues.push(
    createIssue(
      INTEROP_CODES,
      "interop.invalid_option",
      [],
      { option, expected, received: describeValue(received) },
      collector.locale,
    ),
  );
}

function pathOption(path: unknown): IssuePath {
  return readPathOption(path, []);
}

/**
 * Parses `input` with `schema`; zod issues become `interop.invalid_input` issues under `path`.
 *
 * @internal
 */
export function parseInput<T>(
  schema: z.ZodType<T>,
  input: unknown,
  collector: Collector,
  path: IssuePath,
): T | undefined {
  const parsed = parseUntrusted(schema, input);
  if (parsed.success) return parsed.data;
  const basePath = [...collector.base, ...path];
  if (parsed.unreadable) {
    collector.issues.push(
      createIssue(
        INTEROP_CODES,
        "interop.invalid_input",
        basePath,
        { where: formatPath(basePath), zodCode: "custom" },
        collector.locale,
      ),
    );
    return undefined;
  }
  pushAll(
    collector.issues,
    fromZodIssues(parsed.issues, {
      invalidInputCode: "interop.invalid_input",
      catalogue: INTEROP_CODES,
      locale: collector.locale,
      basePath,
    }) as Issue<InteropIssueCode>[],
  );
  return undefined;
}

/** Node ids under the base IRI. @internal */
export function nodeId(baseIri: string, ...parts: [string, string][]): string {
  return baseIri + parts.map(([kind, id]) => `${kind}:${encodeURIComponent(id)}`).join(":");
}

/** An ISO date as the `xsd:dateTime` at midnight UTC that OB 3.0 and ELM want. @internal */
export function dateTime(date: string): string {
  return `${date}T00:00:00Z`;
}
