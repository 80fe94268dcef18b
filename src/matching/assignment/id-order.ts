/**
 * The order in which {@link allocateMaxScore} solves ids (code-unit order, or a seeded lottery),
 * and the tables that number the ids of one kind in that order.
 *
 * @module
 * @internal
 */
import { quote } from "../../shared/index.js";
import { lotteryNumber } from "../prng.js";
import type { IssueList } from "./issue-list.js";

/**
 * Ids of one kind, in solving order (code-unit order, or lottery order under a seed).
 *
 * @internal
 */
export interface IdTable {
  /** Sorted ids. */
  sorted: string[];
  /** Id → index in `sorted`. */
  index: Map<string, number>;
  /** For each input position, the index in `sorted`, or -1 for a rejected entry. */
  fromInput: Int32Array;
}

/** The order ids are solved in: code-unit order, or by lottery number under a seed. */
export function idOrder(seed: number | null): (ids: string[]) => string[] {
  if (seed === null) return (ids) => ids.sort(compareIds);
  return (ids) => {
    const lottery = new Map(ids.map((id) => [id, lotteryNumber(seed, id)]));
    return ids.sort(
      (a, b) => (lottery.get(a) as number) - (lottery.get(b) as number) || compareIds(a, b),
    );
  };
}

/**
 * Code-unit order, the order of `Array.prototype.sort` on strings, but twice as fast. The ids
 * compared are distinct.
 */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : 1;
}

/** Sorts (by `order`) and indexes the ids of one kind, reporting duplicates and `__proto__`. */
export function tableOf(
  ids: readonly string[],
  kind: "learner" | "project" | "supervisor",
  field: "learners" | "projects" | "supervisors",
  issues: IssueList,
  order: (ids: string[]) => string[],
): IdTable {
  // First position of each id, then (below) its rank in sorted order.
  const index = new Map<string, number>();
  ids.forEach((id, position) => {
    if (id === "__proto__") {
      issues.add("assignment.reserved_id", [field, position, "id"], { kind, id });
      return;
    }
    const first = index.get(id);
    if (first === undefined) index.set(id, position);
    else
      issues.add("assignment.duplicate_id", [field, position, "id"], {
        kind,
        id: quote(id),
        first,
      });
  });
  const sorted = order([...index.keys()]);
  const fromInput = new Int32Array(ids.length).fill(-1);
  sorted.forEach((id, rank) => {
    fromInput[index.get(id) as number] = rank;
    index.set(id, rank);
  });
  return { sorted, index, fromInput };
}
