/**
 * The groups {@link checkPlacementHosts} judges: the placements of each host in the judging order
 * (start, end, pathway index, step index), and within a host those of each tutor and of each post.
 * Groups are runs of an array of placement rows, made by counting sorts (stable), so that grouping
 * allocates a few arrays per call, not per host.
 *
 * @module
 */
import type { PlacementTable } from "./hosts-read.js";
import { byStartOf, sortRun } from "./hosts-sweep.js";

/**
 * The placements grouped by host: host `h`'s rows are `order[bounds[h], bounds[h + 1])`, in the
 * judging order.
 *
 * @internal
 */
export interface HostGroups {
  order: Int32Array;
  bounds: Int32Array;
}

/**
 * Groups the rows of `table` by host (`hosts` hosts), each group in the judging order.
 *
 * @internal
 */
export function groupByHost(table: PlacementTable, hosts: number): HostGroups {
  const size = table.size;
  const bounds = new Int32Array(hosts + 1);
  const hostOf = table.host;
  for (let row = 0; row < size; row++) {
    const host = hostOf[row] as number;
    bounds[host + 1] = (bounds[host + 1] as number) + 1;
  }
  for (let host = 0; host < hosts; host++) {
    bounds[host + 1] = (bounds[host + 1] as number) + (bounds[host] as number);
  }
  const next = bounds.slice(0, hosts);
  const order = new Int32Array(size);
  for (let row = 0; row < size; row++) {
    const host = hostOf[row] as number;
    const at = next[host] as number;
    order[at] = row;
    next[host] = at + 1;
  }
  const byStart = byStartOf(table);
  for (let host = 0; host < hosts; host++) {
    sortRun(order, bounds[host] as number, bounds[host + 1] as number, byStart);
  }
  return { order, bounds };
}

/**
 * Scratch space of {@link groupByKey}, reused from one host to the next.
 *
 * @internal
 */
export interface KeyScratch {
  /** Each key's group number while a run is grouped (-1 otherwise), by key number. */
  groups: Int32Array;
  /** The keys met in the run, in the order first met. */
  met: number[];
  /** Each position's group number (-1: no key). */
  slots: Int32Array;
  /** The groups, at the positions of the run they come from. */
  grouped: Int32Array;
  /** After grouping: where each group ends in `grouped` (group `g` starts where `g - 1` ends). */
  ends: number[];
}

/**
 * A {@link KeyScratch} for `rows` placements whose keys are numbered below `keys`.
 *
 * @internal
 */
export function keyScratch(rows: number, keys: number): KeyScratch {
  return {
    groups: new Int32Array(keys).fill(-1),
    met: [],
    slots: new Int32Array(rows),
    grouped: new Int32Array(rows),
    ends: [],
  };
}

/**
 * Groups the rows `order[lo, hi)` by `keys[row]` (a key number; rows with -1 left out) into
 * `scratch.grouped`, from position `lo`, keeping their order; groups come in the order their key
 * is first met. Returns how many groups there are; group `g` is
 * `grouped[g === 0 ? lo : ends[g - 1], ends[g])`.
 *
 * @internal
 */
export function groupByKey(
  order: Int32Array,
  lo: number,
  hi: number,
  keys: Int32Array,
  scratch: KeyScratch,
): number {
  const { groups, met, slots, grouped, ends } = scratch;
  met.length = 0;
  ends.length = 0;
  for (let index = lo; index < hi; index++) {
    const key = keys[order[index] as number] as number;
    if (key < 0) {
      slots[index] = -1;
      continue;
    }
    let group = groups[key] as number;
    if (group < 0) {
      group = met.length;
      groups[key] = group;
      met.push(key);
      ends.push(0);
    }
    ends[group] = (ends[group] as number) + 1;
    slots[index] = group;
  }
  for (const key of met) groups[key] = -1;
  let at = lo;
  for (let group = 0; group < ends.length; group++) {
    const count = ends[group] as number;
    ends[group] = at;
    at += count;
  }
  for (let index = lo; index < hi; index++) {
    const group = slots[index] as number;
    if (group < 0) continue;
    const to = ends[group] as number;
    grouped[to] = order[index] as number;
    ends[group] = to + 1;
  }
  return ends.length;
}
