/**
 * Lists too long to be walked: zod (and the hand-written readers) go through a list index by
 * index, holes included, so a sparse list of huge `length` (`list.length = 2 ** 32 - 1`), or a
 * proxy that claims a billion entries, would hang them wherever it stands in the input. Untrusted
 * input is searched for such lists before zod reads it ({@link findTooLongList}).
 *
 * @module
 */
import type * as z from "zod";
import type { IssuePath } from "./issue.js";

/** A zod issue, as found in `error.issues`. */
type ZodIssue = z.core.$ZodIssue;

/**
 * The most entries a list of records is read with zod: zod walks a list index by index, holes
 * included, so a sparse list of huge `length` (or a proxy that claims a billion entries) would
 * hang it. Longer lists get {@link listTooLongIssue} instead.
 *
 * @internal
 */
export const MAX_LIST_ENTRIES = 1_000_000;

/**
 * A zod-shaped `too_big` issue for a list over {@link MAX_LIST_ENTRIES}, so that the usual
 * mapping (`fromZodIssues`) reports it like any other size bound.
 *
 * @internal
 */
export function listTooLongIssue(input: unknown, path: IssuePath = []): ZodIssue {
  return {
    code: "too_big",
    origin: "array",
    maximum: MAX_LIST_ENTRIES,
    inclusive: true,
    path: [...path],
    message: `Too big: expected at most ${MAX_LIST_ENTRIES} entries`,
    input,
  };
}

/** Whether `value` is a list longer than {@link MAX_LIST_ENTRIES} (never throws). @internal */
export function isTooLongList(value: unknown): boolean {
  try {
    return Array.isArray(value) && value.length > MAX_LIST_ENTRIES;
  } catch {
    return false;
  }
}

/**
 * How deep {@link findTooLongList} looks: deeper than any schema of the library nests (only
 * requirement trees recurse, and real ones are a few levels deep); deeper input is left to zod,
 * whose own recursion gives up on it (an unreadable input).
 */
const MAX_SEARCH_DEPTH = 256;

/**
 * The first list longer than {@link MAX_LIST_ENTRIES} anywhere in `input` (the input itself, a
 * field, an entry of a list…), as a located zod `too_big` issue, or `undefined`. Called on
 * untrusted input before zod reads it, so that such a list is refused at once wherever it stands.
 *
 * Each object is visited once, or twice if among the first {@link VISITS_BEFORE_SET} (shared
 * and cyclic ones included), at most {@link MAX_SEARCH_DEPTH} levels deep; a list's entries are read only when the list is short
 * enough, and only the entries that are objects are searched. Fields are those `for…in` lists
 * (own and inherited, as zod reads them by name). What cannot be read (a throwing getter, a
 * revoked or throwing proxy) is skipped: zod reports it. Never throws.
 *
 * @param input - anything.
 * @returns the `too_big` issue of the first too-long list, or `undefined`.
 * @internal
 */
export function findTooLongList(input: unknown): ZodIssue | undefined {
  if (typeof input !== "object" || input === null) return undefined;
  const search: Search = { visits: 0, seen: undefined, ancestors: [], path: [], found: undefined };
  searchValue(input, 0, search);
  return search.found;
}

/**
 * Objects visited before {@link findTooLongList} starts remembering them: a small record (a
 * learner, a step) is searched without building a set (a cycle is cut on the objects being
 * searched). Past it, each object is visited once more at most, so shared objects still cost
 * their number, not their paths.
 */
const VISITS_BEFORE_SET = 64;

/** The state of one {@link findTooLongList}: objects visited, the current path, the answer. */
interface Search {
  visits: number;
  seen: Set<object> | undefined;
  /** The objects being searched, from the input down (cycles are cut on them before the set). */
  ancestors: object[];
  path: (string | number)[];
  found: ZodIssue | undefined;
}

/** Searches one object; `true` once a too-long list is found. */
function searchValue(value: object, depth: number, search: Search): boolean {
  if (search.seen !== undefined) {
    if (search.seen.has(value)) return false;
    search.seen.add(value);
  } else if (search.ancestors.includes(value)) {
    return false; // a cycle: what it holds is being searched already
  } else if (++search.visits > VISITS_BEFORE_SET) {
    search.seen = new Set([value, ...search.ancestors]);
  }
  search.ancestors.push(value);
  try {
    return Array.isArray(value)
      ? searchList(value, depth, search)
      : searchRecord(value as Record<string, unknown>, depth, search);
  } catch {
    return false; // unreadable: zod reports it
  } finally {
    search.ancestors.pop();
  }
}

function searchList(list: readonly unknown[], depth: number, search: Search): boolean {
  const length = list.length;
  if (length > MAX_LIST_ENTRIES) {
    search.found = listTooLongIssue(list, search.path);
    return true;
  }
  if (depth >= MAX_SEARCH_DEPTH) return false;
  for (let index = 0; index < length; index++) {
    if (searchField(list as unknown as Record<number, unknown>, index, depth, search)) return true;
  }
  return false;
}

function searchRecord(record: Record<string, unknown>, depth: number, search: Search): boolean {
  if (depth >= MAX_SEARCH_DEPTH) return false;
  for (const key in record) {
    if (searchField(record, key, depth, search)) return true;
  }
  return false;
}

/** Searches one entry or field, when it is an object (one that throws on reading is skipped). */
function searchField(
  container: Readonly<Record<string | number, unknown>>,
  key: string | number,
  depth: number,
  search: Search,
): boolean {
  let field: unknown;
  try {
    field = container[key];
  } catch {
    return false; // a throwing getter or element: zod reports it
  }
  if (typeof field !== "object" || field === null) return false;
  search.path.push(key);
  const found = searchValue(field, depth + 1, search);
  search.path.pop();
  return found;
}
