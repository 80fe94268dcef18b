import {
  isPlainRecord,
  type LocaleOptions,
  localeOf,
  quote,
  type Result,
  readSafely,
  typeName,
} from "../../shared/index.js";
import type { AssignmentIssueCode } from "./codes.js";
import { solveDense } from "./dense-solver.js";
import { IssueList } from "./issue-list.js";

/**
 * A dense matrix stored row-major in one array: entry `(i, j)` is `data[i * cols + j]`.
 *
 * @example
 * ```ts
 * const matrix: DenseMatrix = { rows: 2, cols: 3, data: new Float64Array([4, 1, 3, 2, 0, 5]) };
 * ```
 */
export interface DenseMatrix {
  /** Number of rows (a whole number ≥ 0). */
  rows: number;
  /** Number of columns (a whole number ≥ 0). */
  cols: number;
  /** The `rows × cols` entries, row after row. */
  data: Float64Array | readonly number[];
}

/**
 * A cost (or score) matrix for {@link linearSumAssignment}: an array of equally long rows, or a
 * {@link DenseMatrix}. `Infinity` (`-Infinity` when maximising) marks a forbidden pair.
 *
 * @example
 * ```ts
 * const costs: AssignmentMatrix = [
 *   [4, 1, 3],
 *   [2, 0, 5],
 *   [3, 2, Infinity],
 * ];
 * ```
 */
export type AssignmentMatrix = readonly (readonly number[] | Float64Array)[] | DenseMatrix;

/**
 * Options of {@link linearSumAssignment}.
 *
 * @example
 * ```ts
 * const options: LinearSumAssignmentOptions = { maximize: true, locale: "fr" };
 * ```
 */
export interface LinearSumAssignmentOptions extends LocaleOptions {
  /** Maximise the total instead of minimising it (then `-Infinity` marks a forbidden pair). */
  maximize?: boolean;
}

/**
 * An optimal assignment of the rows and columns of a matrix.
 *
 * @example
 * ```ts
 * const solution: AssignmentSolution = { rowToCol: [1, 0, 2], colToRow: [1, 0, 2], total: 5 };
 * ```
 */
export interface AssignmentSolution {
  /** For each row, the column assigned to it, or -1 (only when there are more rows than columns). */
  rowToCol: number[];
  /** For each column, the row assigned to it, or -1 (only when there are more columns than rows). */
  colToRow: number[];
  /** The sum of the assigned entries, in row order. */
  total: number;
}

/**
 * Entries above this magnitude are scaled down by a power of two (exact) before solving, so that
 * sums of potentials cannot overflow to `Infinity` and pass for forbidden pairs.
 */
const SAFE_MAGNITUDE = 2 ** 960;

/**
 * The largest number of rows or columns accepted (2^24): beyond it, the answer's arrays alone
 * would take gigabytes, and an empty `{ rows: 1e9, cols: 0 }` would pass for a matrix.
 */
const MAX_SIDE = 2 ** 24;

/** How many indices an `assignment.infeasible` message lists. */
const LISTED_INDICES = 20;

/** The matrix as the solver wants it: `rows <= cols`, minimising, finite or `+Infinity`. */
interface SolverInput {
  /** Rows of the input. */
  rows: number;
  /** Columns of the input. */
  cols: number;
  /** Costs, row-major, transposed when the input has more rows than columns. */
  cost: Float64Array;
  /** Whether `cost` is the transpose of the input. */
  transposed: boolean;
  /** Largest finite magnitude. */
  magnitude: number;
}

/** Reads `maximize` (default `false`); a value that is not a boolean is an issue, not a guess. */
function readMaximize(options: unknown, issues: IssueList): boolean {
  const value = readSafely(
    () => (isPlainRecord(options) ? options.maximize : undefined),
    Symbol.for("unreadable") as unknown,
  );
  if (value === undefined || typeof value === "boolean") return value === true;
  issues.add("assignment.invalid_option", ["maximize"], {
    option: "maximize",
    expected: "true or false",
    received: typeof value === "string" ? JSON.stringify(quote(value)) : typeName(value),
  });
  return false;
}

/**
 * Solves the rectangular linear sum assignment problem: assigns each row of a matrix to a
 * distinct column so that the total of the chosen entries is minimal (or maximal), with the
 * semantics of SciPy's `scipy.optimize.linear_sum_assignment`.
 *
 * - Every row of the smaller side is assigned; on a non-square matrix the other side keeps
 *   `-1`s (in `rowToCol` when there are more rows than columns, in `colToRow` otherwise).
 * - `Infinity` marks a forbidden pair (`-Infinity` when `maximize`). A forbidden pair is never
 *   assigned: when every complete assignment of the smaller side needs one, the result is the
 *   error `assignment.infeasible`, which names a set of rows (or columns) that can only use fewer
 *   columns (or rows) than they are (Hall's condition).
 * - Ties between optimal assignments are broken deterministically (same matrix, same answer).
 *
 * Algorithm: shortest augmenting paths with dual potentials, as described by Crouse, "On
 * implementing 2D rectangular assignment algorithms", *IEEE Trans. Aerospace and Electronic
 * Systems* 52(4):1679–1696, 2016 (doi:10.1109/TAES.2016.140952), pp. 1685–1686 (the algorithm
 * behind SciPy's function), started on square matrices from Jonker & Volgenant's column reduction
 * and augmenting row reduction ("A shortest augmenting path algorithm for dense and sparse linear
 * assignment problems", *Computing* 38:325–340, 1987). The matrix is copied once into a
 * `Float64Array`, transposed when it has more rows than columns. `O(n² m)` time in the worst case
 * for `n ≤ m`, much less on random matrices; `O(n m)` memory.
 *
 * Issues: `assignment.invalid_matrix` (not an array of rows nor `{ rows, cols, data }`, ragged
 * rows, a non-number, `NaN`, the infinity of the wrong sign, or more than 2^24 rows or columns;
 * located at `[row, column]`, or
 * `["data", index]` for a {@link DenseMatrix}), `assignment.infeasible`,
 * `assignment.invalid_option` for a `maximize` that is not a boolean (a guess could flip the
 * objective), and `assignment.issues_truncated` after 100 issues. Never throws.
 *
 * @param matrix - the costs (or scores when `maximize`): an array of equally long rows, or a
 *   {@link DenseMatrix}. Left unchanged.
 * @param options - `maximize` and the `locale` of messages.
 * @returns for each row its column (`rowToCol`), for each column its row (`colToRow`), and the
 *   total of the assigned entries; or the issues.
 * @example
 * ```ts
 * linearSumAssignment([
 *   [4, 1, 3],
 *   [2, 0, 5],
 *   [3, 2, 2],
 * ]);
 * //=> { ok: true, value: { rowToCol: [1, 0, 2], colToRow: [1, 0, 2], total: 5 }, issues: [] }
 * const best = linearSumAssignment([[1, 2, 3], [4, 6, 5]], { maximize: true });
 * if (best.ok) best.value.rowToCol; //=> [2, 1] (total 9)
 * linearSumAssignment([[1, Infinity], [2, Infinity]]).issues[0]?.message;
 * //=> "No complete assignment avoids the forbidden pairs: rows 0, 1 (2) can only use column 0 (1)."
 * ```
 */
export function linearSumAssignment(
  matrix: AssignmentMatrix,
  options?: LinearSumAssignmentOptions,
): Result<AssignmentSolution, AssignmentIssueCode> {
  const locale = localeOf(options);
  const issues = new IssueList(locale);
  const maximize = readMaximize(options, issues);
  const input = readMatrix(matrix, maximize, issues);
  if (input === undefined || !issues.isEmpty) return { ok: false, issues: issues.toArray() };
  const { rows, cols, cost, transposed } = input;
  const scale = input.magnitude > SAFE_MAGNITUDE ? scaleDown(cost, input.magnitude) : 1;
  const small = Math.min(rows, cols);
  const large = Math.max(rows, cols);
  const outcome = solveDense(small, large, cost);
  if (!outcome.feasible) {
    const members = [...outcome.rows].sort((a, b) => a - b);
    const allowed = [...outcome.columns].sort((a, b) => a - b);
    issues.add("assignment.infeasible", [], {
      side: transposed ? "columns" : "rows",
      members: listIndices(members),
      memberCount: members.length,
      allowed: listIndices(allowed),
      allowedCount: allowed.length,
    });
    return { ok: false, issues: issues.toArray() };
  }
  const rowToCol = new Array<number>(rows).fill(-1);
  const colToRow = new Array<number>(cols).fill(-1);
  for (let k = 0; k < small; k++) {
    const other = outcome.col4row[k] as number;
    const [i, j] = transposed ? [other, k] : [k, other];
    rowToCol[i] = j;
    colToRow[j] = i;
  }
  const sign = maximize ? -1 : 1;
  let total = 0;
  for (let i = 0; i < rows; i++) {
    const j = rowToCol[i] as number;
    if (j < 0) continue;
    const c = cost[transposed ? j * rows + i : i * cols + j] as number;
    total += (sign * c) / scale;
  }
  return { ok: true, value: { rowToCol, colToRow, total }, issues: [] };
}

/** Multiplies every entry by a power of two that brings the largest under the safe magnitude. */
function scaleDown(cost: Float64Array, magnitude: number): number {
  const scale = 2 ** -(Math.ceil(Math.log2(magnitude / SAFE_MAGNITUDE)) + 1);
  for (let k = 0; k < cost.length; k++) cost[k] = (cost[k] as number) * scale;
  return scale;
}

function listIndices(indices: readonly number[]): string {
  const shown = indices.slice(0, LISTED_INDICES).join(", ");
  return indices.length > LISTED_INDICES ? `${shown}, …` : shown;
}

/** Reads either form of matrix, reporting every problem; `undefined` when it cannot be used. */
function readMatrix(
  matrix: unknown,
  maximize: boolean,
  issues: IssueList,
): SolverInput | undefined {
  try {
    if (Array.isArray(matrix)) return readRows(matrix, maximize, issues);
    if (isPlainRecord(matrix) && ("rows" in matrix || "cols" in matrix || "data" in matrix)) {
      return readDense(matrix, maximize, issues);
    }
  } catch {
    issues.add("assignment.invalid_matrix", [], { reason: "unreadable" });
    return undefined;
  }
  issues.add("assignment.invalid_matrix", [], {
    reason: "not_matrix",
    received: typeName(matrix),
  });
  return undefined;
}

function isRow(value: unknown): value is ArrayLike<unknown> {
  return (
    Array.isArray(value) ||
    (ArrayBuffer.isView(value) && !(value instanceof DataView) && !isBigIntArray(value))
  );
}

function isBigIntArray(value: ArrayBufferView): boolean {
  return value instanceof BigInt64Array || value instanceof BigUint64Array;
}

/** Writes entries into the solver's array, checking each; shared by both matrix forms. */
class EntryWriter {
  magnitude = 0;
  readonly cost: Float64Array | undefined;
  private readonly forbidden: number;
  private readonly sign: number;

  constructor(
    readonly rows: number,
    readonly cols: number,
    private readonly maximize: boolean,
    private readonly issues: IssueList,
    allocate: boolean,
  ) {
    this.forbidden = maximize ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
    this.sign = maximize ? -1 : 1;
    this.cost = allocate ? new Float64Array(rows * cols) : undefined;
  }

  get transposed(): boolean {
    return this.rows > this.cols;
  }

  /**
   * Checks and stores entries `from` (row `i`, columns `0..cols-1`) of an array-like; `path`
   * maps a column to the issue path.
   */
  writeRow(i: number, values: ArrayLike<unknown>, offset: number, path: (j: number) => PathKey) {
    const { cols, rows, cost, forbidden, sign } = this;
    const transposed = rows > cols;
    let magnitude = this.magnitude;
    for (let j = 0; j < cols; j++) {
      const x = values[offset + j];
      if (typeof x !== "number" || Number.isNaN(x) || x === -forbidden) {
        this.reject(i, j, x, path(j));
        continue;
      }
      if (x !== forbidden) {
        const a = x < 0 ? -x : x;
        if (a > magnitude) magnitude = a;
      }
      if (cost !== undefined) cost[transposed ? j * rows + i : i * cols + j] = sign * x;
    }
    this.magnitude = magnitude;
  }

  private reject(row: number, column: number, x: unknown, path: PathKey): void {
    const forbidden = this.maximize ? "-Infinity" : "+Infinity";
    if (typeof x !== "number") {
      this.issues.add("assignment.invalid_matrix", path, {
        reason: "not_number",
        row,
        column,
        received: typeName(x),
      });
    } else if (Number.isNaN(x)) {
      this.issues.add("assignment.invalid_matrix", path, { reason: "nan", row, column, forbidden });
    } else {
      this.issues.add("assignment.invalid_matrix", path, {
        reason: "wrong_infinity",
        row,
        column,
        value: x > 0 ? "+Infinity" : "-Infinity",
        maximize: this.maximize,
        forbidden,
      });
    }
  }
}

type PathKey = (string | number)[];

function readRows(
  matrix: readonly unknown[],
  maximize: boolean,
  issues: IssueList,
): SolverInput | undefined {
  const rows = matrix.length;
  if (rows > MAX_SIDE) {
    issues.add("assignment.invalid_matrix", [], {
      reason: "too_large",
      field: "rows",
      value: rows,
      limit: MAX_SIDE,
    });
    return undefined;
  }
  const rowValues: (ArrayLike<unknown> | undefined)[] = new Array(rows);
  let cols = -1;
  let reference = -1;
  let shapeOk = true;
  for (let i = 0; i < rows; i++) {
    let row: unknown;
    let length = 0;
    try {
      row = matrix[i];
      if (isRow(row)) length = row.length;
    } catch {
      issues.add("assignment.invalid_matrix", [i], { reason: "unreadable", row: i });
      shapeOk = false;
      continue;
    }
    if (!isRow(row)) {
      issues.add("assignment.invalid_matrix", [i], {
        reason: "not_row",
        row: i,
        received: typeName(row),
      });
      shapeOk = false;
      continue;
    }
    if (length > MAX_SIDE) {
      issues.add("assignment.invalid_matrix", [i], {
        reason: "too_large",
        field: "cols",
        value: length,
        limit: MAX_SIDE,
      });
      return undefined;
    }
    if (cols === -1) {
      cols = length;
      reference = i;
    } else if (length !== cols) {
      issues.add("assignment.invalid_matrix", [i], {
        reason: "ragged",
        row: i,
        length,
        expected: cols,
        reference,
      });
      shapeOk = false;
      continue;
    }
    rowValues[i] = row;
  }
  if (cols === -1) cols = 0;
  const writer = new EntryWriter(rows, cols, maximize, issues, shapeOk);
  for (let i = 0; i < rows; i++) {
    const row = rowValues[i];
    if (row === undefined) continue;
    try {
      writer.writeRow(i, row, 0, (j) => [i, j]);
    } catch {
      issues.add("assignment.invalid_matrix", [i], { reason: "unreadable", row: i });
    }
  }
  if (writer.cost === undefined) return undefined;
  return {
    rows,
    cols,
    cost: writer.cost,
    transposed: writer.transposed,
    magnitude: writer.magnitude,
  };
}

function readSize(value: unknown, field: string, issues: IssueList): number | undefined {
  if (typeof value === "number" && Number.isSafeInteger(value) && value >= 0) {
    if (value <= MAX_SIDE) return value;
    issues.add("assignment.invalid_matrix", [field], {
      reason: "too_large",
      field,
      value,
      limit: MAX_SIDE,
    });
    return undefined;
  }
  issues.add(
    "assignment.invalid_matrix",
    [field],
    typeof value === "number"
      ? { reason: "bad_size", field, value: String(value) }
      : { reason: "bad_size", field, received: typeName(value) },
  );
  return undefined;
}

function readDense(
  matrix: Record<string, unknown>,
  maximize: boolean,
  issues: IssueList,
): SolverInput | undefined {
  const rows = readSize(matrix.rows, "rows", issues);
  const cols = readSize(matrix.cols, "cols", issues);
  const data = matrix.data;
  const isData = data instanceof Float64Array || Array.isArray(data);
  if (!isData) {
    issues.add("assignment.invalid_matrix", ["data"], {
      reason: "bad_data",
      received: typeName(data),
    });
  }
  if (rows === undefined || cols === undefined || !isData) return undefined;
  const values = data as ArrayLike<unknown>;
  if (values.length !== rows * cols) {
    issues.add("assignment.invalid_matrix", ["data"], {
      reason: "data_length",
      length: values.length,
      expected: rows * cols,
      rows,
      cols,
    });
    return undefined;
  }
  const writer = new EntryWriter(rows, cols, maximize, issues, true);
  for (let i = 0; i < rows; i++) {
    const offset = i * cols;
    writer.writeRow(i, values, offset, (j) => ["data", offset + j]);
  }
  return {
    rows,
    cols,
    cost: writer.cost as Float64Array,
    transposed: writer.transposed,
    magnitude: writer.magnitude,
  };
}
