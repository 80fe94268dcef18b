/**
 * Reading untrusted data without ever throwing: a field, a list, a string, a date.
 *
 * @module
 */
import { type IsoDate, isIsoDate, isPlainRecord, MAX_LIST_ENTRIES } from "../shared/index.js";

/**
 * A field of a plain object, or `undefined` (not an object, no such own field, a getter that
 * throws, a revoked proxy).
 *
 * @internal
 */
export function fieldOf(value: unknown, key: string): unknown {
  try {
    if (!isPlainRecord(value) || !Object.hasOwn(value, key)) return undefined;
    return value[key];
  } catch {
    return undefined;
  }
}

/**
 * A value to read several fields from with {@link ownField}: the value itself when it is a plain
 * object, else `undefined` (whose fields all read as `undefined`, as {@link fieldOf} reads them).
 * Checked once for all its fields.
 *
 * @example
 * ```ts
 * ownField(recordOf({ id: "s1" }), "id"); //=> "s1"
 * ownField(recordOf(["s1"]), "0"); //=> undefined
 * ```
 * @internal
 */
export function recordOf(value: unknown): Record<string, unknown> | undefined {
  return isPlainRecord(value) ? value : undefined;
}

/**
 * `fieldOf(value, key)` for `record = recordOf(value)`: an own field, or `undefined` (no such
 * field, a getter that throws, a proxy revoked since).
 *
 * @internal
 */
export function ownField(record: Record<string, unknown> | undefined, key: string): unknown {
  if (record === undefined) return undefined;
  try {
    return Object.hasOwn(record, key) ? record[key] : undefined;
  } catch {
    return undefined;
  }
}

/** `stringField(value, key)` for `record = recordOf(value)`. @internal */
export function ownString(
  record: Record<string, unknown> | undefined,
  key: string,
): string | undefined {
  const field = ownField(record, key);
  return typeof field === "string" && field !== "" ? field : undefined;
}

/** `numberField(value, key)` for `record = recordOf(value)`. @internal */
export function ownNumber(
  record: Record<string, unknown> | undefined,
  key: string,
): number | undefined {
  return finiteNumber(ownField(record, key));
}

/**
 * A value that is a finite number, or `undefined`, as {@link numberField} reads a field.
 *
 * @example
 * ```ts
 * finiteNumber(35); //=> 35
 * finiteNumber(Number.NaN); //=> undefined
 * ```
 * @internal
 */
export function finiteNumber(value: unknown): number | undefined {
  return typeof value === "number" && Number.isFinite(value) ? value : undefined;
}

/** What {@link listOf} read. @internal */
export interface ReadList {
  /** The entries read, in order (`undefined` for an entry that threw). */
  items: unknown[];
  /** Whether the value was a list at all. */
  isList: boolean;
  /** Entries beyond `max`, left out. */
  skipped: number;
}

/**
 * The first `max` entries of an array (an entry that throws reads as `undefined`). A list longer
 * than the library reads anywhere (`MAX_LIST_ENTRIES`: a sparse list of huge `length`, a proxy
 * that claims a billion entries) is read as empty, all its entries skipped, as the checks refuse
 * it.
 *
 * @internal
 */
export function listOf(value: unknown, max: number): ReadList {
  try {
    if (!Array.isArray(value)) return { items: [], isList: false, skipped: 0 };
    const length = value.length;
    const count = length > MAX_LIST_ENTRIES ? 0 : Math.min(length, max);
    const items: unknown[] = new Array(count);
    for (let i = 0; i < count; i++) {
      try {
        items[i] = value[i];
      } catch {
        items[i] = undefined;
      }
    }
    return { items, isList: true, skipped: length - count };
  } catch {
    return { items: [], isList: false, skipped: 0 };
  }
}

/**
 * A field that is a string (empty strings count as missing).
 *
 * @internal
 */
export function stringField(value: unknown, key: string): string | undefined {
  const field = fieldOf(value, key);
  return typeof field === "string" && field !== "" ? field : undefined;
}

/**
 * A field that is a finite number.
 *
 * @internal
 */
export function numberField(value: unknown, key: string): number | undefined {
  return finiteNumber(fieldOf(value, key));
}

/**
 * A field that is a calendar date `YYYY-MM-DD`.
 *
 * @internal
 */
export function dateField(value: unknown, key: string): IsoDate | undefined {
  const field = fieldOf(value, key);
  return isIsoDate(field) ? field : undefined;
}

/**
 * The strings of a list field (other entries left out).
 *
 * @internal
 */
export function stringsField(value: unknown, key: string, max: number): string[] {
  return listOf(fieldOf(value, key), max).items.filter(
    (item): item is string => typeof item === "string",
  );
}

/**
 * A map from id to a text field over a list of records (first id wins), e.g. programme titles.
 *
 * @internal
 */
export function namesById(list: unknown, nameKey: string, max: number): Map<string, string> {
  const names = new Map<string, string>();
  for (const item of listOf(list, max).items) {
    const id = stringField(item, "id");
    const name = stringField(item, nameKey);
    if (id !== undefined && name !== undefined && !names.has(id)) names.set(id, name);
  }
  return names;
}

/**
 * Runs a computation that should not throw, giving a fallback if it does: the pictures use the
 * other modules' functions, which never throw on bad data, and this keeps that promise even so.
 *
 * @internal
 */
export function attempt<T>(compute: () => T, fallback: T): T {
  try {
    return compute();
  } catch {
    return fallback;
  }
}
