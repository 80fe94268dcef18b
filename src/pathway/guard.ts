/**
 * The guard that runs before zod parses a requirement tree: zod recurses, so a tree nested
 * 50,000 levels deep (or a cyclic object) would overflow the stack. The guard walks the tree with
 * an explicit stack and stops at the first limit crossed.
 *
 * @module
 */
import type { IssueParams, IssuePath } from "../shared/index.js";

/**
 * The deepest nesting of requirement combinators accepted (a real prerequisite tree is rarely
 * deeper than 5).
 *
 * @example
 * ```ts
 * MAX_REQUIREMENT_DEPTH; //=> 64
 * ```
 */
export const MAX_REQUIREMENT_DEPTH = 64;

/**
 * The most nodes (combinators and leaves) a requirement tree may have.
 *
 * @example
 * ```ts
 * MAX_REQUIREMENT_NODES; //=> 10000
 * ```
 */
export const MAX_REQUIREMENT_NODES = 10_000;

/**
 * The most non-shareable `blocks` options directly under one `atLeast`. Finding how many of them
 * can be met together, each block counted once, is a set-packing problem (NP-hard); the evaluator
 * solves it exactly by enumeration, which this bound keeps fast.
 *
 * @example
 * ```ts
 * MAX_EXCLUSIVE_BLOCK_COUNTS; //=> 16
 * ```
 */
export const MAX_EXCLUSIVE_BLOCK_COUNTS = 16;

/**
 * The most block codes one `blocks` leaf may list.
 *
 * @example
 * ```ts
 * MAX_BLOCKS_PER_COUNT; //=> 1000
 * ```
 */
export const MAX_BLOCKS_PER_COUNT = 1000;

/** What the guard found wrong, located relative to the root of the requirement. */
interface GuardProblem {
  code: "requirement.too_deep" | "requirement.too_large";
  params: IssueParams;
  path: IssuePath;
}

/** Keys whose array value holds child requirements. */
const CHILD_KEYS = ["all", "any", "of", "onlyOne", "sequence"] as const;

interface Frame {
  value: unknown;
  depth: number;
  path: IssuePath;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isExclusiveBlocksLeaf(value: unknown): boolean {
  return isRecord(value) && Array.isArray(value.blocks) && value.shareable !== true;
}

/**
 * Walks a would-be requirement without recursion and returns the first limit it crosses. Any
 * read that throws (hostile getters, revoked proxies) ends the walk quietly: zod then reports the
 * shape problem.
 *
 * @internal
 */
export function inspectRequirement(root: unknown): GuardProblem | undefined {
  try {
    return walk(root);
  } catch {
    return undefined;
  }
}

function walk(root: unknown): GuardProblem | undefined {
  const stack: Frame[] = [{ value: root, depth: 1, path: [] }];
  let nodes = 0;
  while (stack.length > 0) {
    const frame = stack.pop() as Frame;
    if (!isRecord(frame.value)) continue;
    nodes++;
    if (frame.depth > MAX_REQUIREMENT_DEPTH) {
      return {
        code: "requirement.too_deep",
        params: { maxDepth: MAX_REQUIREMENT_DEPTH },
        path: frame.path,
      };
    }
    const node = frame.value;
    for (const key of CHILD_KEYS) {
      const children = node[key];
      if (!Array.isArray(children)) continue;
      if (nodes + stack.length + children.length > MAX_REQUIREMENT_NODES) {
        return {
          code: "requirement.too_large",
          params: { measure: "nodes", limit: MAX_REQUIREMENT_NODES },
          path: [],
        };
      }
      if (key === "of") {
        const exclusive = children.filter(isExclusiveBlocksLeaf).length;
        if (exclusive > MAX_EXCLUSIVE_BLOCK_COUNTS) {
          return {
            code: "requirement.too_large",
            params: {
              measure: "exclusive-block-counts",
              limit: MAX_EXCLUSIVE_BLOCK_COUNTS,
              count: exclusive,
            },
            path: frame.path,
          };
        }
      }
      for (let i = children.length - 1; i >= 0; i--) {
        stack.push({ value: children[i], depth: frame.depth + 1, path: [...frame.path, key, i] });
      }
    }
  }
  return undefined;
}
