/**
 * Allocation of achieved blocks to sibling `blocks` requirements so that no block counts twice
 * (degree-audit practice): a bipartite b-matching between the requirements' slots (one per block
 * needed) and the achieved blocks, grown one slot at a time along augmenting paths (Kuhn's
 * method, run iteratively so that no input can overflow the stack).
 *
 * @module
 */

/**
 * One `blocks` requirement as the allocator sees it.
 *
 * @internal
 */
export interface BlockDemand {
  /** Achieved, available block codes it may count, earliest first. */
  candidates: readonly string[];
  /** How many distinct blocks it needs. */
  need: number;
}

/**
 * The outcome: which demands are met, and the blocks each one counts (for a met demand, exactly
 * `need` blocks; for an unmet one, none).
 *
 * @internal
 */
export interface BlockAllocation {
  met: boolean[];
  counted: string[][];
}

/** A growing matching between slots (of demands) and blocks. */
class Matching {
  private readonly ownerOf = new Map<string, number>();
  private readonly blockOf: (string | undefined)[] = [];
  private readonly demandOf: number[] = [];

  constructor(private readonly demands: readonly BlockDemand[]) {}

  /** Adds a slot for `demand` and tries to match it; returns the slot, or -1 (and no change). */
  addSlot(demand: number): number {
    const slot = this.blockOf.length;
    this.blockOf.push(undefined);
    this.demandOf.push(demand);
    if (this.augment(slot)) return slot;
    this.blockOf.pop();
    this.demandOf.pop();
    return -1;
  }

  /** Frees the slots and the blocks they hold. */
  release(slots: readonly number[]): void {
    for (const slot of slots) {
      const block = this.blockOf[slot];
      if (block !== undefined) this.ownerOf.delete(block);
      this.blockOf[slot] = undefined;
      this.demandOf[slot] = -1;
    }
  }

  blocksOf(demand: number): string[] {
    const blocks: string[] = [];
    for (let slot = 0; slot < this.blockOf.length; slot++) {
      const block = this.blockOf[slot];
      if (this.demandOf[slot] === demand && block !== undefined) blocks.push(block);
    }
    return blocks;
  }

  /** Breadth-first search for an augmenting path from a free slot. */
  private augment(root: number): boolean {
    const parentSlot = new Map<string, number>();
    const queue = [root];
    for (let head = 0; head < queue.length; head++) {
      const slot = queue[head] as number;
      const demand = this.demands[this.demandOf[slot] as number] as BlockDemand;
      for (const block of demand.candidates) {
        if (parentSlot.has(block)) continue;
        parentSlot.set(block, slot);
        const owner = this.ownerOf.get(block);
        if (owner === undefined) {
          this.flip(block, parentSlot);
          return true;
        }
        queue.push(owner);
      }
    }
    return false;
  }

  /** Flips the alternating path that ends at the free `block`. */
  private flip(block: string, parentSlot: ReadonlyMap<string, number>): void {
    let current: string | undefined = block;
    while (current !== undefined) {
      const slot = parentSlot.get(current) as number;
      const previous = this.blockOf[slot];
      this.blockOf[slot] = current;
      this.ownerOf.set(current, slot);
      current = previous;
    }
  }
}

/** Tries to add every slot of `demand`; on failure, frees the slots it got. */
function addDemand(matching: Matching, demands: readonly BlockDemand[], demand: number): boolean {
  const slots: number[] = [];
  const need = (demands[demand] as BlockDemand).need;
  for (let k = 0; k < need; k++) {
    const slot = matching.addSlot(demand);
    if (slot < 0) {
      matching.release(slots);
      return false;
    }
    slots.push(slot);
  }
  return true;
}

function outcome(
  matching: Matching,
  demands: readonly BlockDemand[],
  met: boolean[],
): BlockAllocation {
  return { met, counted: demands.map((_, d) => (met[d] ? matching.blocksOf(d) : [])) };
}

/**
 * Serves the demands in order, each one fully or not at all, rerouting earlier demands' blocks
 * where that helps. When every demand can be met together, every demand is met (each added slot
 * finds an augmenting path when a complete matching exists), so this decides `all` exactly.
 *
 * @internal
 */
export function allocateInOrder(demands: readonly BlockDemand[]): BlockAllocation {
  const matching = new Matching(demands);
  const met = demands.map((_, d) => addDemand(matching, demands, d));
  return outcome(matching, demands, met);
}

/**
 * Meets as many demands as possible at once (for `atLeast`): the largest set of demands that can
 * be met together, the first such set in the demands' order. Exact, by enumeration from the
 * largest size down; the schema bounds the number of demands.
 *
 * @internal
 */
export function allocateMost(demands: readonly BlockDemand[]): BlockAllocation {
  const greedy = allocateInOrder(demands);
  const reached = greedy.met.filter(Boolean).length;
  const feasible = demands.flatMap((demand, d) =>
    demand.candidates.length >= demand.need ? [d] : [],
  );
  for (let size = feasible.length; size > reached; size--) {
    for (const subset of combinations(feasible, size)) {
      const matching = new Matching(demands);
      if (subset.every((d) => addDemand(matching, demands, d))) {
        const met = demands.map((_, d) => subset.includes(d));
        return outcome(matching, demands, met);
      }
    }
  }
  return greedy;
}

/** The subsets of `items` of the given size, in lexicographic order (iteratively). */
function* combinations(items: readonly number[], size: number): Generator<number[]> {
  const picks = Array.from({ length: size }, (_, k) => k);
  while (true) {
    yield picks.map((k) => items[k] as number);
    let k = size - 1;
    while (k >= 0 && picks[k] === items.length - size + k) k--;
    if (k < 0) return;
    picks[k] = (picks[k] as number) + 1;
    for (let j = k + 1; j < size; j++) picks[j] = (picks[j - 1] as number) + 1;
  }
}

/**
 * Tells which blocks a met demand holds, to show an unmet sibling what was taken.
 *
 * @internal
 */
export function takenBlocks(allocation: BlockAllocation): Set<string> {
  const taken = new Set<string>();
  for (const blocks of allocation.counted) for (const block of blocks) taken.add(block);
  return taken;
}
