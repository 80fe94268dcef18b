import { z } from "zod/v4";
import {
  fromZodIssues,
  type Issue,
  type IssuePath,
  isArraySafely,
  type Locale,
  parseUntrusted,
} from "../shared/index.js";
import { MATCHING_CODES, type MatchingIssueCode } from "./codes.js";

/** What {@link parseMatchingInput} gives: the parsed data, or the issues. */
export type MatchingParse<T> =
  | { ok: true; data: T }
  | { ok: false; issues: Issue<MatchingIssueCode>[] };

/**
 * Parses untrusted input against a model schema; on failure, zod's issues become
 * `matching.invalid_input` issues located under `basePath` (input whose reading throws gives one
 * issue at `basePath`). Never throws.
 *
 * @internal
 */
export function parseMatchingInput<T>(
  schema: z.ZodType<T>,
  value: unknown,
  basePath: IssuePath,
  locale: Locale,
): MatchingParse<T> {
  const parsed = parseUntrusted<T>(schema, value);
  if (parsed.success) return { ok: true, data: parsed.data };
  const issues: z.core.$ZodIssue[] = parsed.unreadable
    ? [{ code: "custom", message: "unreadable", path: [], input: value }]
    : parsed.issues;
  return {
    ok: false,
    issues: fromZodIssues(issues, {
      invalidInputCode: "matching.invalid_input",
      catalogue: MATCHING_CODES,
      locale,
      basePath,
    }),
  };
}

const ListSchema = /* @__PURE__ */ z.array(z.unknown());

/**
 * `value` when it is an array; otherwise `null`, after pushing the `matching.invalid_input` issue
 * that says so at `path` (worded like the schemas' own).
 *
 * @internal
 */
export function readMatchingList(
  value: unknown,
  path: IssuePath,
  issues: Issue<MatchingIssueCode>[],
  locale: Locale,
): unknown[] | null {
  if (isArraySafely(value)) return value;
  const parsed = parseMatchingInput(ListSchema, value, path, locale);
  if (!parsed.ok) issues.push(...parsed.issues);
  return null;
}
