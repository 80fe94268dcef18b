import type { z } from "zod/v4";
import {
  fromZodIssues,
  type Issue,
  type IssuePath,
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
