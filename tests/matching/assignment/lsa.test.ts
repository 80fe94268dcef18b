import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type AssignmentSolution, linearSumAssignment } from "../../../src/matching/index.js";
import { deepFreeze, hostileValues, junk, prototypeIsClean } from "../../helpers/junk.js";
import { bruteForceAssignment } from "./oracles.js";
import { SCIPY_CASES } from "./scipy-fixtures.js";

const INF = Number.POSITIVE_INFINITY;

/** Checks the invariants every solution must meet, whatever the optimum. */
function expectValid(
  matrix: readonly (readonly number[])[],
  solution: AssignmentSolution,
  maximize = false,
): void {
  const rows = matrix.length;
  const cols = rows === 0 ? 0 : (matrix[0]?.length ?? 0);
  const forbidden = maximize ? -INF : INF;
  expect(solution.rowToCol).toHaveLength(rows);
  expect(solution.colToRow).toHaveLength(cols);
  let assigned = 0;
  solution.rowToCol.forEach((j, i) => {
    if (j < 0) return;
    assigned++;
    expect(solution.colToRow[j]).toBe(i);
    expect(matrix[i]?.[j]).not.toBe(forbidden);
  });
  expect(solution.colToRow.filter((i) => i >= 0)).toHaveLength(assigned);
  expect(assigned).toBe(Math.min(rows, cols));
  let total = 0;
  solution.rowToCol.forEach((j, i) => {
    if (j >= 0) total += matrix[i]?.[j] as number;
  });
  expect(solution.total).toBe(total);
}

/** Small matrices with integer entries and forbidden pairs. */
const smallMatrix = (forbidden: number) =>
  fc
    .tuple(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 6 }))
    .chain(([rows, cols]) =>
      fc.array(
        fc.array(
          fc.oneof(
            { weight: 5, arbitrary: fc.integer({ min: -20, max: 20 }) },
            { weight: 1, arbitrary: fc.constant(forbidden) },
          ),
          { minLength: cols, maxLength: cols },
        ),
        { minLength: rows, maxLength: rows },
      ),
    );

describe("linearSumAssignment", () => {
  it("finds the minimum-cost assignment of a square matrix", () => {
    expect(
      linearSumAssignment([
        [4, 1, 3],
        [2, 0, 5],
        [3, 2, 2],
      ]),
    ).toEqual({
      ok: true,
      value: { rowToCol: [1, 0, 2], colToRow: [1, 0, 2], total: 5 },
      issues: [],
    });
  });

  it("maximises on request, and assigns every row of the smaller side", () => {
    const wide = linearSumAssignment(
      [
        [1, 2, 3],
        [4, 6, 5],
      ],
      { maximize: true },
    );
    expect(wide).toEqual({
      ok: true,
      value: { rowToCol: [2, 1], colToRow: [-1, 1, 0], total: 9 },
      issues: [],
    });
    const tall = linearSumAssignment([[1], [3], [2]]);
    expect(tall.ok && tall.value).toEqual({ rowToCol: [0, -1, -1], colToRow: [0], total: 1 });
  });

  it("accepts empty matrices (total 0)", () => {
    expect(linearSumAssignment([])).toEqual({
      ok: true,
      value: { rowToCol: [], colToRow: [], total: 0 },
      issues: [],
    });
    expect(linearSumAssignment([[], []]).ok && linearSumAssignment([[], []])).toMatchObject({
      value: { rowToCol: [-1, -1], colToRow: [], total: 0 },
    });
    const dense = linearSumAssignment({ rows: 0, cols: 4, data: new Float64Array(0) });
    expect(dense.ok && dense.value).toEqual({ rowToCol: [], colToRow: [-1, -1, -1, -1], total: 0 });
  });

  it("agrees with SciPy's known answers", () => {
    for (const { name, matrix, maximize, expected } of SCIPY_CASES) {
      const result = linearSumAssignment(matrix, { maximize });
      if ("error" in expected) {
        expect(result.ok, name).toBe(false);
        expect(
          result.issues.map((i) => i.code),
          name,
        ).toEqual(["assignment.infeasible"]);
        continue;
      }
      expect(result.ok, name).toBe(true);
      if (!result.ok) continue;
      expectValid(matrix, result.value, maximize);
      expect(result.value.total, name).toBeCloseTo(expected.total, 9);
      // Float matrices have a unique optimum: the assignment itself must be SciPy's.
      if (name.includes("floats")) expect(result.value.rowToCol, name).toEqual(expected.rowToCol);
    }
  });

  it("equals brute force on small matrices, minimising (forbidden: +Infinity)", () => {
    fc.assert(
      fc.property(smallMatrix(INF), (matrix) => {
        const best = bruteForceAssignment(matrix, false);
        const result = linearSumAssignment(matrix);
        expect(result.ok).toBe(best !== undefined);
        if (!result.ok) {
          expect(result.issues.map((i) => i.code)).toEqual(["assignment.infeasible"]);
          return;
        }
        expectValid(matrix, result.value);
        expect(result.value.total).toBe(best);
      }),
      { numRuns: 400 },
    );
  });

  it("equals brute force on small matrices, maximising (forbidden: -Infinity)", () => {
    fc.assert(
      fc.property(smallMatrix(-INF), (matrix) => {
        const best = bruteForceAssignment(matrix, true);
        const result = linearSumAssignment(matrix, { maximize: true });
        expect(result.ok).toBe(best !== undefined);
        if (!result.ok) return;
        expectValid(matrix, result.value, true);
        expect(result.value.total).toBe(best);
      }),
      { numRuns: 400 },
    );
  });

  it("equals brute force on float matrices of every shape", () => {
    const floats = fc
      .tuple(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 6 }))
      .chain(([rows, cols]) =>
        fc.array(
          fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), {
            minLength: cols,
            maxLength: cols,
          }),
          { minLength: rows, maxLength: rows },
        ),
      );
    fc.assert(
      fc.property(floats, fc.boolean(), (matrix, maximize) => {
        const best = bruteForceAssignment(matrix, maximize) as number;
        const result = linearSumAssignment(matrix, { maximize });
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        expectValid(matrix, result.value, maximize);
        expect(Math.abs(result.value.total - best)).toBeLessThanOrEqual(1e-6);
      }),
      { numRuns: 300 },
    );
  });

  it("names a set of rows that cannot all be served when infeasible (Hall's condition)", () => {
    fc.assert(
      fc.property(smallMatrix(INF), (matrix) => {
        const result = linearSumAssignment(matrix);
        if (result.ok) return;
        const issue = result.issues[0];
        const params = issue?.params ?? {};
        const members = String(params.members).split(", ").filter(Boolean).map(Number);
        const allowed = String(params.allowed).split(", ").filter(Boolean).map(Number);
        expect(members.length).toBe(params.memberCount);
        expect(allowed.length).toBe(params.allowedCount);
        expect(allowed.length).toBeLessThan(members.length);
        const at =
          params.side === "rows"
            ? (m: number, o: number) => matrix[m]?.[o]
            : (m: number, o: number) => matrix[o]?.[m];
        const others = params.side === "rows" ? (matrix[0]?.length ?? 0) : matrix.length;
        for (const m of members) {
          for (let o = 0; o < others; o++) {
            if (!allowed.includes(o)) expect(at(m, o)).toBe(INF);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it("returns assignment.infeasible naming rows, or columns when the matrix is tall", () => {
    expect(linearSumAssignment([[INF, INF, INF]]).issues[0]).toMatchObject({
      code: "assignment.infeasible",
      path: [],
      message:
        "No complete assignment avoids the forbidden pairs: row 0 has only forbidden entries.",
    });
    const tall = linearSumAssignment(
      [
        [1, INF],
        [2, INF],
        [3, INF],
      ],
      { locale: "fr" },
    );
    expect(tall.issues[0]?.message).toBe(
      "Aucune affectation complète n'évite les paires interdites : la colonne 1 n'a que des entrées interdites.",
    );
    const square = linearSumAssignment([
      [1, INF, INF],
      [2, INF, INF],
      [3, 4, 5],
    ]);
    expect(square.issues[0]?.params).toMatchObject({ side: "rows", allowedCount: 1 });
    expect(square.issues[0]?.message).toMatch(/rows 0, 1 \(2\) can only use column 0 \(1\)/);
  });

  it("never assigns a forbidden pair, even where munkres 2.0.4 does", () => {
    const result = linearSumAssignment([
      [1, INF],
      [INF, INF],
    ]);
    expect(result.ok).toBe(false);
    expect(result.issues[0]?.code).toBe("assignment.infeasible");
  });

  it("gives the same answer for arrays of rows, typed rows and a row-major Float64Array", () => {
    const matrix = [
      [7, 3, 9, 4],
      [2, 8, 6, 1],
      [5, 5, 3, 9],
    ];
    const fromRows = linearSumAssignment(matrix);
    const fromTypedRows = linearSumAssignment(matrix.map((row) => Float64Array.from(row)));
    const fromDense = linearSumAssignment({
      rows: 3,
      cols: 4,
      data: Float64Array.from(matrix.flat()),
    });
    const fromFlatArray = linearSumAssignment({ rows: 3, cols: 4, data: matrix.flat() });
    expect(fromRows).toEqual(fromTypedRows);
    expect(fromRows).toEqual(fromDense);
    expect(fromRows).toEqual(fromFlatArray);
    expect(fromRows.ok && fromRows.value.total).toBe(3 + 1 + 3);
  });

  it("transposes tall matrices like SciPy: the extra rows get -1", () => {
    const tall = [
      [4, 1],
      [2, 0],
      [3, 2],
      [0, 9],
    ];
    const result = linearSumAssignment(tall);
    expect(result.ok && result.value).toEqual({
      rowToCol: [-1, 1, -1, 0],
      colToRow: [3, 1],
      total: 0,
    });
    const transposed = linearSumAssignment([
      [4, 2, 3, 0],
      [1, 0, 2, 9],
    ]);
    expect(transposed.ok && transposed.value.total).toBe(0);
  });

  it("solves huge magnitudes without overflowing into forbidden pairs", () => {
    const big = 1.5e308;
    const matrix = [
      [big, -big, big],
      [-big, big, big],
      [big, big, -big],
    ];
    const result = linearSumAssignment(matrix);
    expect(result.ok && result.value.rowToCol).toEqual([1, 0, 2]);
    expect(result.ok && result.value.total).toBe(-Number.POSITIVE_INFINITY);
    const max = linearSumAssignment(
      [
        [1e300, 2e300],
        [3e300, 1e300],
      ],
      { maximize: true },
    );
    expect(max.ok && max.value).toEqual({ rowToCol: [1, 0], colToRow: [1, 0], total: 5e300 });
    const tiny = linearSumAssignment([
      [1e-300, 3e-300],
      [2e-300, 5e-300],
    ]);
    expect(tiny.ok && tiny.value.rowToCol).toEqual([1, 0]);
  });

  it("is deterministic and leaves the input unchanged (frozen matrices)", () => {
    const matrix = deepFreeze([
      [1, 1, 1],
      [1, 1, 1],
      [1, 1, 1],
    ]);
    const first = linearSumAssignment(matrix);
    expect(linearSumAssignment(matrix)).toEqual(first);
    expect(matrix).toEqual([
      [1, 1, 1],
      [1, 1, 1],
      [1, 1, 1],
    ]);
    const data = Float64Array.from([3, 1, 2, 4]);
    linearSumAssignment({ rows: 2, cols: 2, data }, { maximize: true });
    expect(Array.from(data)).toEqual([3, 1, 2, 4]);
  });
});

describe("linearSumAssignment issues", () => {
  it("returns assignment.invalid_matrix for NaN, located at [row, column]", () => {
    const result = linearSumAssignment([
      [1, 2],
      [Number.NaN, 3],
    ]);
    expect(result).toEqual({
      ok: false,
      issues: [
        {
          code: "assignment.invalid_matrix",
          severity: "error",
          path: [1, 0],
          message: "Entry (1, 0) is NaN: only +Infinity marks a forbidden pair.",
          params: { reason: "nan", row: 1, column: 0, forbidden: "+Infinity" },
        },
      ],
    });
  });

  it("returns assignment.invalid_matrix for the infinity of the wrong sign", () => {
    expect(linearSumAssignment([[1, -INF]]).issues[0]?.message).toBe(
      "Entry (0, 1) is -Infinity: when minimising, only +Infinity marks a forbidden pair.",
    );
    expect(
      linearSumAssignment([[1, INF]], { maximize: true, locale: "fr" }).issues[0]?.message,
    ).toBe(
      "L'entrée (0, 1) vaut +Infinity : en maximisation, seul -Infinity marque une paire interdite.",
    );
  });

  it("returns assignment.invalid_matrix for ragged rows, non-rows and non-numbers, all at once", () => {
    // biome-ignore lint/suspicious/noSparseArray: a hole is one of the cases
    const sparse = [1, , 3];
    const result = linearSumAssignment([
      [1, 2, 3],
      [4, 5],
      "row" as never,
      [1, "2", 3] as never,
      sparse as never,
    ]);
    expect(result.ok).toBe(false);
    expect(result.issues.map((i) => [i.path, i.params?.reason])).toEqual([
      [[1], "ragged"],
      [[2], "not_row"],
      [[3, 1], "not_number"],
      [[4, 1], "not_number"],
    ]);
    expect(result.issues[0]?.message).toBe(
      "Row 1 has 2 entries but row 0 has 3: every row must have the same length.",
    );
    expect(result.issues[3]?.message).toBe("Entry (4, 1) must be a number; received nothing.");
  });

  it("measures ragged rows against the first readable row", () => {
    const result = linearSumAssignment([null as never, [1, 2], [3]]);
    expect(result.issues.map((i) => i.message)).toEqual([
      "Row 0 must be an array of numbers; received null.",
      "Row 2 has 1 entry but row 1 has 2: every row must have the same length.",
    ]);
  });

  it("returns assignment.invalid_matrix for a bad { rows, cols, data }", () => {
    const bad = (matrix: unknown) =>
      linearSumAssignment(matrix as never).issues.map((i) => [i.path, i.message]);
    expect(bad({ rows: -1, cols: 1.5, data: new Float32Array(0) })).toEqual([
      [["cols"], "cols must be a whole number ≥ 0; received 1.5."],
      [["data"], "data must be a Float64Array or an array of numbers; received an object."],
      [["rows"], "rows must be a whole number ≥ 0; received -1."],
    ]);
    expect(bad({ rows: "2", cols: 2, data: [] })).toEqual([
      [["rows"], "rows must be a whole number ≥ 0; received a string."],
    ]);
    expect(bad({ rows: 2, cols: 2, data: [1, 2, 3] })).toEqual([
      [["data"], "data has 3 entries; rows × cols = 2 × 2 = 4."],
    ]);
    expect(bad({ rows: 1, cols: 2, data: new Float64Array([1, Number.NaN]) })).toEqual([
      [["data", 1], "Entry (0, 1) is NaN: only +Infinity marks a forbidden pair."],
    ]);
  });

  it("returns assignment.invalid_matrix for a value that is no matrix", () => {
    for (const value of [null, undefined, 42, "matrix", new Map()]) {
      const result = linearSumAssignment(value as never, { locale: "fr" });
      expect(result.ok).toBe(false);
      expect(result.issues[0]).toMatchObject({
        code: "assignment.invalid_matrix",
        path: [],
        params: { reason: "not_matrix" },
      });
    }
    expect(linearSumAssignment(42 as never).issues[0]?.message).toBe(
      "The matrix must be an array of rows (number[][]) or { rows, cols, data }; received a number.",
    );
  });

  it("reports rows and matrices that throw when read", () => {
    const throwingRow = new Proxy([1, 2], {
      get(target, key) {
        if (key === "1") throw new Error("boom");
        return Reflect.get(target, key);
      },
    });
    const rows = linearSumAssignment([[1, 2], throwingRow]);
    expect(rows.issues.map((i) => [i.path, i.message])).toEqual([
      [[1], "Row 1 could not be read (a getter or a proxy threw)."],
    ]);
    const throwingMatrix = new Proxy([[1], [2]], {
      get(target, key) {
        if (key === "1") throw new Error("boom");
        return Reflect.get(target, key);
      },
    });
    expect(linearSumAssignment(throwingMatrix).issues.map((i) => i.path)).toEqual([[1]]);
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    const revoked = linearSumAssignment(proxy as never, { locale: "fr" });
    expect(revoked.issues.map((i) => i.message)).toEqual([
      "La matrice n'a pas pu être lue (un accesseur ou un proxy a levé une exception).",
    ]);
    const dense = linearSumAssignment({
      get rows(): number {
        throw new Error("boom");
      },
      cols: 1,
      data: [1],
    });
    expect(dense.issues[0]?.params).toEqual({ reason: "unreadable" });
  });

  it("returns assignment.issues_truncated after 100 issues", () => {
    const result = linearSumAssignment([new Array<number>(130).fill(Number.NaN)]);
    expect(result.issues).toHaveLength(101);
    expect(result.issues.at(-1)).toMatchObject({
      code: "assignment.issues_truncated",
      path: [],
      params: { omitted: 30, listed: 100 },
      message: "30 more issues not listed (only the first 100 are).",
    });
  });

  it("returns assignment.invalid_option for a maximize that is not a boolean, never a guess", () => {
    for (const maximize of ["yes", 1, null, "true"]) {
      const result = linearSumAssignment([[2, 1]], { maximize: maximize as never, locale: "fr" });
      expect(result.ok).toBe(false);
      expect(result.issues.map((i) => [i.code, i.path])).toEqual([
        ["assignment.invalid_option", ["maximize"]],
      ]);
    }
    expect(linearSumAssignment([[2, 1]], { maximize: "yes" as never }).issues[0]?.message).toBe(
      'Option maximize must be true or false; received "yes".',
    );
    expect(linearSumAssignment([[2, 1]], { maximize: false }).ok).toBe(true);
    expect(linearSumAssignment([[2, 1]], {}).ok).toBe(true);
  });

  it("reports an unreadable maximize, and reads an unreadable locale as English", () => {
    const options = {
      get maximize(): boolean {
        throw new Error("boom");
      },
      get locale(): string {
        throw new Error("boom");
      },
    };
    const result = linearSumAssignment([[2, 1]], options as never);
    expect(result.issues.map((i) => [i.code, i.path])).toEqual([
      ["assignment.invalid_option", ["maximize"]],
    ]);
    expect(result.issues[0]?.message).toMatch(/^Option maximize/);
    const readable = {
      get locale(): string {
        throw new Error("boom");
      },
    };
    const solved = linearSumAssignment([[2, 1]], readable as never);
    expect(solved.ok && solved.value.rowToCol).toEqual([1]);
  });

  it("never throws on junk and never pollutes prototypes", () => {
    for (const value of hostileValues()) {
      const result = linearSumAssignment(value as never);
      expect(result.ok ? result.value.total : result.issues.length).toBeDefined();
      for (const issue of result.issues) expect(issue.path).toBeInstanceOf(Array);
    }
    fc.assert(
      fc.property(junk, fc.boolean(), (value, maximize) => {
        const result = linearSumAssignment(value as never, { maximize });
        if (!result.ok) expect(result.issues.length).toBeGreaterThan(0);
        expect(prototypeIsClean()).toBe(true);
      }),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(fc.array(fc.array(junk, { maxLength: 4 }), { maxLength: 4 }), (matrix) => {
        const result = linearSumAssignment(matrix as never);
        if (!result.ok) {
          for (const issue of result.issues) expect(issue.code).toMatch(/^assignment\./);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe("linearSumAssignment limits", () => {
  it("returns assignment.invalid_matrix beyond 2^24 rows or columns, without allocating them", () => {
    const limit = 2 ** 24;
    expect(linearSumAssignment({ rows: limit + 1, cols: 0, data: [] }).issues[0]).toMatchObject({
      path: ["rows"],
      params: { reason: "too_large", field: "rows", value: limit + 1, limit },
      message: `rows is ${limit + 1}: at most ${limit} rows or columns are accepted.`,
    });
    expect(linearSumAssignment(new Array(limit + 1) as never).issues[0]?.params?.reason).toBe(
      "too_large",
    );
    expect(linearSumAssignment([new Array(limit + 1)] as never).issues[0]?.path).toEqual([0]);
  });
});
