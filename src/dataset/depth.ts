/**
 * A guard against data nested deeper than any real dataset, checked without recursion before
 * zod (which recurses) reads anything.
 *
 * @module
 */
import { type IssuePath, MAX_LIST_ENTRIES, readMovedArgument } from "../shared/index.js";

/**
 * The deepest nesting a valid dataset needs, with a wide margin: requirement trees are the only
 * recursive part, and real ones are a few levels deep.
 *
 * @example
 * ```ts
 * MAX_DATASET_DEPTH; //=> 64
 * ```
 */
export const MAX_DATASET_DEPTH = 64;

/**
 * Options of {@link findTooDeep}.
 *
 * @example
 * ```ts
 * const options: FindTooDeepOptions = { maxDepth: 16 };
 * ```
 */
export interface FindTooDeepOptions {
  /** The deepest nesting allowed; {@link MAX_DATASET_DEPTH} (64) by default. */
  maxDepth?: number;
}

/**
 * Finds the first value nested deeper than `maxDepth` (arrays and objects count one level each),
 * walking iteratively. Values that cannot be read (throwing getters, revoked proxies) are
 * skipped here; the shape check reports them. A pure computation: a `maxDepth` that is not a
 * number finds nothing. Never throws.
 *
 * The options form is CONTRACT §0 rev. 2; the positional `findTooDeep(value, limit)` still works
 * in 0.x and gives the same path.
 *
 * @param value - the data.
 * @param options - `maxDepth`: the deepest nesting allowed.
 * @returns the path of the first too-deep value, or `undefined`.
 * @example
 * ```ts
 * findTooDeep({ a: [[[]]] }, { maxDepth: 2 }); //=> ["a", 0]
 * findTooDeep({ a: [[[]]] }); //=> undefined
 * ```
 */
export function findTooDeep(value: unknown, options?: FindTooDeepOptions): IssuePath | undefined;
/**
 * Finds the first value nested deeper than `limit`: the positional form of revision 1.
 *
 * @deprecated Pass the limit in the options: `findTooDeep(value, { maxDepth })`. This form keeps
 *   working in 0.x and gives the same path.
 * @param value - the data.
 * @param limit - the deepest nesting allowed.
 * @returns the path of the first too-deep value, or `undefined`.
 * @example
 * ```ts
 * // Before (deprecated):
 * findTooDeep({ a: [[[]]] }, 2); //=> ["a", 0]
 * // Now:
 * findTooDeep({ a: [[[]]] }, { maxDepth: 2 }); //=> ["a", 0]
 * ```
 */
export function findTooDeep(value: unknown, limit: number): IssuePath | undefined;
export function findTooDeep(
  value: unknown,
  limitOrOptions?: number | FindTooDeepOptions,
): IssuePath | undefined {
  const read = readMovedArgument(limitOrOptions, undefined, "maxDepth").value;
  const limit =
    read === undefined ? MAX_DATASET_DEPTH : typeof read === "number" ? read : Number.NaN;
  return walk(value, limit, false)?.path;
}

/**
 * What {@link findTooDeepOrTooLong} found first: a value nested too deep, or a list too long to
 * walk (over `MAX_LIST_ENTRIES` entries), with its path.
 *
 * @internal
 */
export interface DatasetWalkFinding {
  kind: "too-deep" | "too-long";
  path: IssuePath;
}

/**
 * {@link findTooDeep} that also stops at the first list too long to walk (a sparse list of huge
 * `length`): one walk of the dataset for both, so that its parts can then be parsed without
 * searching them again (`parseSearched`). Never throws.
 *
 * @internal
 */
export function findTooDeepOrTooLong(
  value: unknown,
  limit: number,
): DatasetWalkFinding | undefined {
  return walk(value, limit, true);
}

function walk(
  value: unknown,
  limit: number,
  stopAtLongLists: boolean,
): DatasetWalkFinding | undefined {
  // Nodes keep their parent rather than a copy of their path: paths are built only on failure.
  const stack: Node[] = [{ value, depth: 0, key: undefined, parent: undefined }];
  // The deepest depth each object was already explored from: reached again no deeper (a shared
  // sub-object), it cannot lead deeper than before, so a tree that reuses sub-objects costs its
  // distinct objects, not its exponentially many paths. A cycle is still reached deeper each
  // time round, and so still reported.
  const explored = new WeakMap<object, number>();
  while (stack.length > 0) {
    const node = stack.pop() as Node;
    if (typeof node.value !== "object" || node.value === null) continue;
    if (node.depth >= limit) return { kind: "too-deep", path: pathOf(node) };
    const before = explored.get(node.value);
    if (before !== undefined && before >= node.depth) continue;
    // A value that holds itself is infinitely deep: reported at once, not after every path
    // round the cycle (two edges back would make those paths grow exponentially).
    const ancestor = before === undefined ? undefined : sameValueAbove(node);
    if (ancestor !== undefined) {
      return { kind: "too-deep", path: roundTheCycle(node, ancestor, limit) };
    }
    explored.set(node.value, node.depth);
    if (!pushChildren(stack, node, stopAtLongLists))
      return { kind: "too-long", path: pathOf(node) };
  }
  return undefined;
}

/** The ancestor that holds the same value as the node (a cycle), if any. */
function sameValueAbove(node: Node): Node | undefined {
  for (let up = node.parent; up !== undefined; up = up.parent) {
    if (up.value === node.value) return up;
  }
  return undefined;
}

/** The path that goes round a cycle until it is `limit` deep: where a walk would have stopped. */
function roundTheCycle(node: Node, ancestor: Node, limit: number): IssuePath {
  const path = pathOf(node);
  const loop = path.slice(ancestor.depth);
  for (let k = 0; path.length < limit; k++) path.push(loop[k % loop.length] as string | number);
  return path;
}

interface Node {
  value: unknown;
  depth: number;
  key: string | number | undefined;
  parent: Node | undefined;
}

/** Arrays longer than this are walked by their own keys, so that holes cost nothing. */
const DENSE_WALK_LIMIT = MAX_LIST_ENTRIES;

/**
 * Pushes the object children of a node, last first (so that the first is explored first).
 * Returns `false`, pushing nothing, for a list too long to walk when `stopAtLongLists`.
 */
function pushChildren(stack: Node[], node: Node, stopAtLongLists: boolean): boolean {
  const value = node.value as Record<string | number, unknown>;
  const push = (key: string | number, child: unknown): void => {
    if (typeof child === "object" && child !== null) {
      stack.push({ value: child, depth: node.depth + 1, key, parent: node });
    }
  };
  try {
    if (!Array.isArray(value)) {
      const entries = Object.entries(value);
      for (let i = entries.length - 1; i >= 0; i--) {
        const [key, child] = entries[i] as [string, unknown];
        push(key, child);
      }
    } else if (value.length <= DENSE_WALK_LIMIT) {
      for (let i = value.length - 1; i >= 0; i--) push(i, value[i]);
    } else if (stopAtLongLists) {
      return false;
    } else {
      const keys = Object.keys(value);
      for (let k = keys.length - 1; k >= 0; k--) {
        const index = Number(keys[k]);
        if (Number.isInteger(index)) push(index, value[index]);
      }
    }
  } catch {
    // Unreadable (a throwing getter, a revoked proxy): the shape check reports it.
  }
  return true;
}

function pathOf(node: Node): IssuePath {
  const path: IssuePath = [];
  for (let current: Node | undefined = node; current?.key !== undefined; current = current.parent) {
    path.push(current.key);
  }
  return path.reverse();
}
