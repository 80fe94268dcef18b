/**
 * The cells of projects a learner can reach (`project-slots.ts`): the grid cells within their
 * distance limit, the remote cell, and the unlocated one unless strictness refuses unknown
 * distances; with, for each, the most the distance component can be there and whether its
 * projects' distances are to be measured. Nearest cells come first, so that the best scores are
 * met early.
 *
 * @internal
 * @module
 */
import type { Learner } from "../pathway/index.js";
import { cellDistanceFloorKm, cellsWithin } from "./grid.js";
import type { LearnerProfile } from "./learner-profile.js";
import type { ProjectSlots } from "./project-slots.js";

/**
 * The reach of the learner being listed.
 *
 * @internal
 */
export class LearnerReach {
  /** The cells reached, `count` of them. */
  readonly cells: Int32Array;
  /** The most the distance component can be in each, and whether distances are measured (1). */
  readonly distance: Float64Array;
  readonly measured: Uint8Array;
  count = 0;
  private here: { lat: number; lon: number } | undefined = undefined;
  private scale = 50;
  private readonly addCell = (key: number): void => {
    const c = this.slots.cells.get(key);
    if (c !== undefined) this.addLocated(c);
  };

  constructor(
    private readonly slots: ProjectSlots,
    private readonly strict: boolean,
  ) {
    const cellCount = slots.cellFrom.length;
    this.cells = new Int32Array(cellCount);
    this.distance = new Float64Array(cellCount);
    this.measured = new Uint8Array(cellCount);
  }

  /** Finds the cells the learner reaches (see the module). */
  find(learner: Learner, profile: LearnerProfile): void {
    this.count = 0;
    const limit = profile.limit;
    const here = learner.location;
    this.here = here;
    this.scale = profile.scale;
    const finite = limit !== Number.POSITIVE_INFINITY;
    this.addOther(this.slots.remoteCell, 1);
    if (here !== undefined && finite) {
      if (!this.strict) this.addOther(this.slots.unlocatedCell, 0.5);
      cellsWithin(here, limit, this.addCell);
    } else if (!(this.strict && finite)) {
      // No distance to test: every project passes, unless strictness applies a limit.
      this.addOther(this.slots.unlocatedCell, 0.5);
      for (let c = 0; c < this.slots.cellKeys.length; c++) this.addLocated(c);
    }
    this.nearestFirst();
  }

  /** Adds a located cell, with the most its distance component can be. */
  private addLocated(c: number): void {
    const here = this.here;
    let distance = 0.5;
    if (here !== undefined) {
      const km = cellDistanceFloorKm(here, this.slots.cellKeys[c] as number);
      distance = km >= this.scale ? 0 : 1 - km / this.scale;
    }
    this.push(c, distance, here === undefined ? 0 : 1);
  }

  /** Adds the remote or the unlocated cell, when it holds projects. */
  private addOther(c: number, distance: number): void {
    if ((this.slots.cellTo[c] as number) !== (this.slots.cellFrom[c] as number)) {
      this.push(c, distance, 0);
    }
  }

  private push(c: number, distance: number, measured: number): void {
    this.cells[this.count] = c;
    this.distance[this.count] = distance;
    this.measured[this.count++] = measured;
  }

  /** Orders the cells by descending distance component (insertion sort: a few dozen cells). */
  private nearestFirst(): void {
    const { cells, distance, measured } = this;
    for (let x = 1; x < this.count; x++) {
      const c = cells[x] as number;
      const d = distance[x] as number;
      const m = measured[x] as number;
      let y = x - 1;
      while (y >= 0 && (distance[y] as number) < d) {
        cells[y + 1] = cells[y] as number;
        distance[y + 1] = distance[y] as number;
        measured[y + 1] = measured[y] as number;
        y--;
      }
      cells[y + 1] = c;
      distance[y + 1] = d;
      measured[y + 1] = m;
    }
  }
}
