/**
 * How `validateDataset` bounds what it lists of a long list of junk: the issues of the first
 * `MAX_LISTED_MALFORMED` malformed entries of each list, then one `dataset.issues_truncated`
 * info that counts the others, as the pathway, campus and matching checks do. Entries past the
 * bound are still read, so that a well-formed one among them takes part in every other check.
 *
 * @internal
 * @module
 */
import {
  type Issue,
  type IssuePath,
  type Locale,
  MAX_LISTED_MALFORMED,
  type ParsableSchema,
  readSafely,
  truncationIssues,
} from "../shared/index.js";
import { DATASET_CODES, type DatasetIssueCode } from "./codes.js";
import type { EntryReader } from "./lenient.js";

/**
 * The bound as zod's issues are turned into ours (lists inside one parsed value).
 *
 * @internal
 */
export const DATASET_LIST_CAP = /* @__PURE__ */ Object.freeze({
  listed: MAX_LISTED_MALFORMED,
  code: "dataset.issues_truncated" as const,
});

/**
 * The malformed entries of one list met so far: whether the next one's issues are listed, and
 * the info that counts those that were not.
 *
 * @example
 * ```ts
 * const tally = new MalformedTally(["learners"]);
 * tally.listing; //=> true
 * tally.count();
 * tally.truncation("en"); //=> []
 * ```
 * @internal
 */
export class MalformedTally {
  private malformed = 0;

  /** @param path - where the list is. */
  constructor(private readonly path: IssuePath) {}

  /** Whether the issues of the next malformed entry are to be listed. */
  get listing(): boolean {
    return this.malformed < MAX_LISTED_MALFORMED;
  }

  /** Counts one more malformed entry. */
  count(): void {
    this.malformed++;
  }

  /** One `dataset.issues_truncated` info when some malformed entries were only counted. */
  truncation(locale: Locale): Issue<DatasetIssueCode>[] {
    return truncationIssues(
      DATASET_CODES,
      "dataset.issues_truncated",
      this.path,
      this.malformed,
      locale,
    );
  }
}

/**
 * What `schema` reads from `item`, or `undefined` when it rejects it or reading it throws: one
 * parse, building no issue (for an entry past the bound).
 *
 * @example
 * ```ts
 * import { z } from "zod";
 * readQuietly(z.object({ id: z.string() }), { id: "a" }); //=> { id: "a" }
 * readQuietly(z.object({ id: z.string() }), null); //=> undefined
 * ```
 * @internal
 */
export function readQuietly<T>(schema: ParsableSchema<T>, item: unknown): T | undefined {
  const parsed = readSafely(() => schema.safeParse(item), undefined);
  return parsed?.success === true ? parsed.data : undefined;
}

/**
 * The entry a section's reader makes of `item` (strictly, else leniently and repaired, as
 * `validateDataset` reads listed entries), or `undefined` when it is malformed; builds no issue.
 *
 * @example
 * ```ts
 * import { z } from "zod";
 * readEntryQuietly({ schema: z.object({ id: z.string() }) }, { id: 7 }); //=> undefined
 * ```
 * @internal
 */
export function readEntryQuietly<T>(reader: EntryReader<T>, item: unknown): T | undefined {
  const strict = readQuietly(reader.schema, item);
  if (strict !== undefined || reader.lenient === undefined) return strict;
  const lenient = readQuietly(reader.lenient, item);
  if (lenient === undefined || reader.repair === undefined) return lenient;
  return reader.repair(lenient);
}
