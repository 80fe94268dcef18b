/**
 * Helpers shared by the campus rules: parsing untrusted input through zod without ever throwing,
 * and reading options that may come from untyped code. Not part of the public API.
 *
 * @internal
 * @module
 */
import type * as z from "zod";
import {
  createIssue,
  formatPath,
  fromZodIssues,
  type Issue,
  type IssuePath,
  isPlainRecord,
  type Locale,
  parseUntrusted,
  readPathOption,
  readSafely,
  typeName,
} from "../shared/index.js";
import { CAMPUS_CODES, type CampusIssueCode } from "./codes.js";

/** The outcome of {@link parseSafely}. @internal */
export type Parsed<T> = { ok: true; value: T } | { ok: false; issues: Issue<CampusIssueCode>[] };

/**
 * Parses `input` with `schema`; zod issues become `code` issues under `basePath`. A throwing
 * getter or a revoked proxy (on which zod itself throws) becomes one issue at `basePath`.
 *
 * @internal
 */
export function parseSafely<T>(
  schema: z.ZodType<T>,
  input: unknown,
  code: CampusIssueCode,
  basePath: IssuePath,
  locale: Locale,
): Parsed<T> {
  if (input === UNREADABLE) return { ok: false, issues: [unreadable(code, basePath, locale)] };
  const parsed = parseUntrusted(schema, input);
  if (parsed.success) return { ok: true, value: parsed.data };
  if (parsed.unreadable) return { ok: false, issues: [unreadable(code, basePath, locale)] };
  const issues = fromZodIssues(parsed.issues, {
    invalidInputCode: code,
    catalogue: CAMPUS_CODES,
    locale,
    basePath,
  }) as Issue<CampusIssueCode>[];
  return { ok: false, issues };
}

/** The issue for a value that cannot even be read. @internal */
export function unreadable(
  code: CampusIssueCode,
  path: IssuePath,
  locale: Locale,
): Issue<CampusIssueCode> {
  return createIssue(
    CAMPUS_CODES,
    code,
    path,
    { where: formatPath(path), zodCode: "custom" },
    locale,
  );
}

/**
 * Reads `options.path` (see `readPathOption`): a short array of keys and indices, else `[]`.
 *
 * @internal
 */
export function pathOption(options: unknown): IssuePath {
  return readPathOption(
    readSafely(() => (isPlainRecord(options) ? options.path : undefined), undefined),
    [],
  );
}

/**
 * Reads one field of an untrusted value: `undefined` when it is not an object or the read throws.
 *
 * @internal
 */
export function fieldOf(value: unknown, key: string): unknown {
  return readSafely(() => (isPlainRecord(value) ? value[key] : undefined), undefined);
}

/** Stands for an array item whose read threw (a throwing getter or proxy trap). @internal */
export const UNREADABLE: unique symbol = Symbol("unreadable");

/** The most items a campus array may hold (memberships, partners…): a guard against absurd input. @internal */
export const MAX_ITEMS = 1_000_000;

/**
 * Reads an untrusted array item by item: a copy in which items whose read throws are
 * {@link UNREADABLE}; `"not-array"` when it is not an array (or cannot be read), `"too-big"` above
 * {@link MAX_ITEMS} items.
 *
 * @internal
 */
export function itemsOf(value: unknown): unknown[] | "not-array" | "too-big" {
  const length = readSafely(() => (Array.isArray(value) ? value.length : -1), -1);
  if (length < 0) return "not-array";
  if (length > MAX_ITEMS) return "too-big";
  const array = value as unknown[];
  const items: unknown[] = new Array(length);
  for (let i = 0; i < length; i++) items[i] = readSafely(() => array[i], UNREADABLE);
  return items;
}

/**
 * The issue for an array field that is not an array, or is too big.
 *
 * @internal
 */
export function notArrayIssue(
  code: CampusIssueCode,
  path: IssuePath,
  problem: "not-array" | "too-big",
  received: unknown,
  locale: Locale,
): Issue<CampusIssueCode> {
  const where = formatPath(path);
  const params =
    problem === "too-big"
      ? { where, zodCode: "too_big", origin: "array", maximum: MAX_ITEMS, inclusive: true }
      : { where, zodCode: "invalid_type", expected: "array", received: typeName(received) };
  return createIssue(CAMPUS_CODES, code, path, params, locale);
}
