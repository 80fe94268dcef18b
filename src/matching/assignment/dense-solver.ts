/**
 * The dense rectangular assignment solver behind {@link linearSumAssignment}: shortest augmenting
 * paths with dual potentials, after Jonker & Volgenant's initialisation.
 *
 * - Jonker, R. & Volgenant, A. (1987), "A shortest augmenting path algorithm for dense and sparse
 *   linear assignment problems", *Computing* 38(4):325–340, doi:10.1007/BF02278710: column
 *   reduction, reduction transfer and augmenting row reduction (square matrices).
 * - Crouse, D. F. (2016), "On implementing 2D rectangular assignment algorithms", *IEEE
 *   Transactions on Aerospace and Electronic Systems* 52(4):1679–1696,
 *   doi:10.1109/TAES.2016.140952, pp. 1685–1686: the shortest augmenting path from each free row
 *   on a rectangular matrix, the variant SciPy's `linear_sum_assignment` implements.
 *
 * @module
 * @internal
 */

/**
 * What {@link solveDense} found: the column of each row with the dual potentials that certify
 * its optimality (`cost[i][j] - u[i] - v[j] >= 0` everywhere, `= 0` on assigned pairs, and when
 * `rows < cols`, `v[j] <= 0`, `= 0` on unassigned columns); or the rows that cannot all be served (a Hall
 * violator: `rows` can only use `columns`, one column fewer than rows).
 *
 * @internal
 */
export type DenseOutcome =
  | { feasible: true; col4row: Int32Array; u: Float64Array; v: Float64Array }
  | { feasible: false; rows: number[]; columns: number[] };

/**
 * How many row scans augmenting row reduction may spend, per row, before the shortest augmenting
 * paths take over. Jonker & Volgenant run it twice; a budget guards against the slow descent that
 * floating-point ties can cause, and any stopping point leaves valid potentials.
 */
const ROW_REDUCTION_BUDGET = 4;

/**
 * Solves the minimum-cost assignment of every row to a distinct column.
 *
 * Preconditions (checked by the caller): `rows <= cols`; `cost` is row-major, `rows × cols`,
 * each entry finite or `+Infinity` (a forbidden pair), magnitudes small enough that sums of
 * `rows + cols` entries do not overflow.
 *
 * @param rows - number of rows (the smaller side).
 * @param cols - number of columns.
 * @param cost - the costs, row-major (left unchanged).
 * @returns the column of each row, or a set of rows that cannot all be assigned.
 * @internal
 */
export function solveDense(rows: number, cols: number, cost: Float64Array): DenseOutcome {
  const col4row = new Int32Array(rows).fill(-1);
  const row4col = new Int32Array(cols).fill(-1);
  const u = new Float64Array(rows);
  const v = new Float64Array(cols);
  if (rows === 0) return { feasible: true, col4row, u, v };
  const free = new Int32Array(rows);
  let freeCount: number;
  if (rows === cols) {
    freeCount = reduceColumns(rows, cost, v, col4row, row4col, free);
  } else {
    for (let i = 0; i < rows; i++) free[i] = i;
    freeCount = rows;
  }
  freeCount = reduceRows(rows, cols, cost, v, col4row, row4col, free, freeCount);
  for (let i = 0; i < rows; i++) {
    const j = col4row[i] as number;
    if (j >= 0) u[i] = (cost[i * cols + j] as number) - (v[j] as number);
  }
  const search = new PathSearch(rows, cols);
  for (let f = 0; f < freeCount; f++) {
    const row = free[f] as number;
    const failure = search.augment(row, cost, u, v, col4row, row4col);
    if (failure !== undefined) return failure;
  }
  return { feasible: true, col4row, u, v };
}

/**
 * Column reduction and reduction transfer (Jonker & Volgenant 1987, §4), square matrices only:
 * `v[j]` becomes the minimum of column `j`, each row that is the minimum of some column takes
 * one such column, and a row taking exactly one passes its slack to that column's potential.
 * Returns the number of free rows, listed in `free`.
 */
function reduceColumns(
  n: number,
  cost: Float64Array,
  v: Float64Array,
  col4row: Int32Array,
  row4col: Int32Array,
  free: Int32Array,
): number {
  const argmin = new Int32Array(n);
  v.fill(Number.POSITIVE_INFINITY);
  for (let i = 0; i < n; i++) {
    const base = i * n;
    for (let j = 0; j < n; j++) {
      const c = cost[base + j] as number;
      if (c < (v[j] as number)) {
        v[j] = c;
        argmin[j] = i;
      }
    }
  }
  const matches = new Int32Array(n);
  for (let j = n - 1; j >= 0; j--) {
    if (v[j] === Number.POSITIVE_INFINITY) {
      // A column no row may take: the matrix is infeasible; the path search will prove it.
      v[j] = 0;
      continue;
    }
    const i = argmin[j] as number;
    const count = (matches[i] as number) + 1;
    matches[i] = count;
    if (count === 1) {
      col4row[i] = j;
      row4col[j] = i;
    } else {
      const previous = col4row[i] as number;
      if ((v[j] as number) < (v[previous] as number)) {
        row4col[previous] = -1;
        col4row[i] = j;
        row4col[j] = i;
      }
    }
  }
  let freeCount = 0;
  for (let i = 0; i < n; i++) {
    if (matches[i] === 0) {
      free[freeCount++] = i;
    } else if (matches[i] === 1) {
      const assigned = col4row[i] as number;
      const base = i * n;
      let slack = Number.POSITIVE_INFINITY;
      for (let j = 0; j < n; j++) {
        if (j === assigned) continue;
        const h = (cost[base + j] as number) - (v[j] as number);
        if (h < slack) slack = h;
      }
      if (slack !== Number.POSITIVE_INFINITY) v[assigned] = (v[assigned] as number) - slack;
    }
  }
  return freeCount;
}

/**
 * Augmenting row reduction (Jonker & Volgenant 1987, §4): each free row takes its cheapest
 * column, lowering that column's potential down to the row's second-cheapest reduced cost, and
 * the row it displaces becomes free. Potentials only decrease and only on assigned columns, so a
 * rectangular matrix keeps `v = 0` on its unassigned columns (Crouse 2016's dual feasibility).
 * Returns the number of rows still free, listed in `free`.
 */
function reduceRows(
  rows: number,
  cols: number,
  cost: Float64Array,
  v: Float64Array,
  col4row: Int32Array,
  row4col: Int32Array,
  free: Int32Array,
  freeCount: number,
): number {
  let budget = ROW_REDUCTION_BUDGET * rows;
  let count = freeCount;
  for (let round = 0; round < 2 && count > 0; round++) {
    const current = free.slice(0, count);
    let k = 0;
    const end = count;
    count = 0;
    while (k < end) {
      const i = current[k++] as number;
      if (budget-- <= 0) {
        free[count++] = i;
        continue;
      }
      const base = i * cols;
      let best = Number.POSITIVE_INFINITY;
      let second = Number.POSITIVE_INFINITY;
      let j1 = -1;
      let j2 = -1;
      for (let j = 0; j < cols; j++) {
        const h = (cost[base + j] as number) - (v[j] as number);
        if (h < second) {
          if (h >= best) {
            second = h;
            j2 = j;
          } else {
            second = best;
            j2 = j1;
            best = h;
            j1 = j;
          }
        }
      }
      if (best === Number.POSITIVE_INFINITY || second === Number.POSITIVE_INFINITY) {
        // No finite second choice to bound the potential: leave the row to the path search.
        free[count++] = i;
        continue;
      }
      let displaced = row4col[j1] as number;
      const strict = best < second;
      if (strict) {
        v[j1] = (v[j1] as number) - (second - best);
      } else if (displaced >= 0) {
        j1 = j2;
        displaced = row4col[j2] as number;
      }
      col4row[i] = j1;
      row4col[j1] = i;
      if (displaced >= 0) {
        col4row[displaced] = -1;
        if (strict) {
          current[--k] = displaced;
        } else {
          free[count++] = displaced;
        }
      }
    }
  }
  return count;
}

/**
 * The shortest augmenting path search of Crouse (2016, pp. 1685–1686), with its work arrays
 * allocated once per solve.
 */
class PathSearch {
  /** Reduced distance from the start row to each column. */
  private readonly distance: Float64Array;
  /** Row preceding each column on its shortest path. */
  private readonly path: Int32Array;
  /** Columns not yet scanned, in a compact prefix. */
  private readonly remaining: Int32Array;
  /** Rows reached by the current search, in order. */
  private readonly reachedRows: Int32Array;
  /** Columns scanned by the current search, in order. */
  private readonly scannedColumns: Int32Array;
  private readonly cols: number;

  constructor(rows: number, cols: number) {
    this.cols = cols;
    this.distance = new Float64Array(cols);
    this.path = new Int32Array(cols);
    this.remaining = new Int32Array(cols);
    this.reachedRows = new Int32Array(rows);
    this.scannedColumns = new Int32Array(cols);
  }

  /**
   * Assigns the free row `start` along a shortest augmenting path and updates the potentials so
   * that every reduced cost stays non-negative and every assigned pair stays tight. Returns the
   * Hall violator when no path exists.
   */
  augment(
    start: number,
    cost: Float64Array,
    u: Float64Array,
    v: Float64Array,
    col4row: Int32Array,
    row4col: Int32Array,
  ): DenseOutcome | undefined {
    const { cols, distance, path, remaining, reachedRows, scannedColumns } = this;
    for (let it = 0; it < cols; it++) remaining[it] = it;
    distance.fill(Number.POSITIVE_INFINITY);
    let remainingCount = cols;
    let rowCount = 0;
    let columnCount = 0;
    let minVal = 0;
    let i = start;
    let sink = -1;
    while (sink === -1) {
      reachedRows[rowCount++] = i;
      const base = i * cols;
      const offset = minVal - (u[i] as number);
      let lowest = Number.POSITIVE_INFINITY;
      let index = -1;
      // `remaining` stays in increasing order, so the row is read front to back (4× faster than
      // the swap-removal order on 2000 × 2000 matrices, which defeats the prefetcher).
      for (let it = 0; it < remainingCount; it++) {
        const j = remaining[it] as number;
        const r = (cost[base + j] as number) - (v[j] as number) + offset;
        const d = distance[j] as number;
        if (r < d) {
          path[j] = i;
          distance[j] = r;
          if (r < lowest || (r === lowest && row4col[j] === -1)) {
            lowest = r;
            index = it;
          }
        } else if (d < lowest || (d === lowest && row4col[j] === -1)) {
          lowest = d;
          index = it;
        }
      }
      minVal = lowest;
      if (minVal === Number.POSITIVE_INFINITY) {
        return {
          feasible: false,
          rows: Array.from(reachedRows.subarray(0, rowCount)),
          columns: Array.from(scannedColumns.subarray(0, columnCount)),
        };
      }
      const j = remaining[index] as number;
      const owner = row4col[j] as number;
      if (owner === -1) sink = j;
      else i = owner;
      scannedColumns[columnCount++] = j;
      remaining.copyWithin(index, index + 1, remainingCount);
      remainingCount--;
    }
    u[start] = (u[start] as number) + minVal;
    for (let k = 1; k < rowCount; k++) {
      const r = reachedRows[k] as number;
      u[r] = (u[r] as number) + minVal - (distance[col4row[r] as number] as number);
    }
    for (let k = 0; k < columnCount; k++) {
      const j = scannedColumns[k] as number;
      v[j] = (v[j] as number) - (minVal - (distance[j] as number));
    }
    let j = sink;
    for (;;) {
      const r = path[j] as number;
      row4col[j] = r;
      const previous = col4row[r] as number;
      col4row[r] = j;
      if (r === start) break;
      j = previous;
    }
    return undefined;
  }
}
