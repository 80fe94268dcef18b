#!/usr/bin/python3
"""SciPy's side of the linearSumAssignment benchmark, run by hand (never in CI or tests).

Needs Debian's SciPy: `apt-get install python3-scipy`, then call Debian's interpreter explicitly
(a pyenv `python3` earlier on PATH does not see it):

    /usr/bin/python3 bench/scipy-lsa.py time [n...]  # times SciPy on n×n (default 1000 2000), prints JSON
    /usr/bin/python3 bench/scipy-lsa.py fixtures    # prints tests/matching/assignment/scipy-fixtures.ts

`npm run bench -- assignment` runs the `time` mode itself when this interpreter has SciPy, so that
both sides are measured in one run on the same matrices (set CMQ_BENCH_SCIPY=0 to skip it).

The matrices come from the same generator as bench/assignment.bench.ts: entry k (row-major,
k = 0, 1, ...) of the matrix for seed s is mulberry32's output for the state s + (k + 1) * 0x6D2B79F5
(mod 2^32), divided by 2^32: uniform floats in [0, 1) with 32-bit resolution.
"""
import json
import sys
import time

import numpy as np
from scipy.optimize import linear_sum_assignment

SIZES = (1000, 2000)
RUNS = 10


def random_matrix(seed, rows, cols):
    """The bench's matrix: mulberry32, vectorised (its state is seed + k * constant)."""
    k = np.arange(1, rows * cols + 1, dtype=np.uint64)
    state = ((np.uint64(seed) + k * np.uint64(0x6D2B79F5)) & np.uint64(0xFFFFFFFF)).astype(np.uint32)
    t = (state ^ (state >> np.uint32(15))) * (state | np.uint32(1))
    t = t ^ (t + (t ^ (t >> np.uint32(7))) * (t | np.uint32(61)))
    t = t ^ (t >> np.uint32(14))
    return (t.astype(np.float64) / 4294967296.0).reshape(rows, cols)


def time_scipy(sizes):
    """Best and mean of RUNS calls after one warm-up, like bench/assignment.bench.ts."""
    results = {"scipy": __import__("scipy").__version__, "numpy": np.__version__, "runs": RUNS}
    for n in sizes:
        matrix = random_matrix(n, n, n)
        rows, cols = linear_sum_assignment(matrix)  # warm-up
        times = []
        for _ in range(RUNS):
            start = time.perf_counter()
            rows, cols = linear_sum_assignment(matrix)
            times.append(time.perf_counter() - start)
        results[str(n)] = {
            "meanMs": 1000 * sum(times) / len(times),
            "minMs": 1000 * min(times),
            "total": float(matrix[rows, cols].sum()),
            "rowToCol": [int(c) for c in cols],
        }
    print(json.dumps(results))


def js_number(x):
    if np.isposinf(x):
        return "Infinity"
    if np.isneginf(x):
        return "-Infinity"
    if float(x).is_integer():
        return str(int(x))
    return repr(float(x))


def fixtures():
    rng = np.random.RandomState(20260101)
    cases = []

    def add(name, matrix, maximize=False):
        try:
            rows, cols = linear_sum_assignment(matrix, maximize=maximize)
            expected = {"total": float(matrix[rows, cols].sum()), "rows": rows, "cols": cols}
        except ValueError as error:
            expected = {"error": str(error)}
        cases.append((name, matrix, maximize, expected))

    def forbid(matrix, share, value):
        mask = rng.random_sample(matrix.shape) < share
        matrix = matrix.astype(np.float64)
        matrix[mask] = value
        return matrix

    add("6×6 integers 0–20", rng.randint(0, 21, (6, 6)).astype(np.float64))
    add("5×8 integers, wide", rng.randint(0, 50, (5, 8)).astype(np.float64))
    add("8×5 integers, tall, maximised", rng.randint(0, 50, (8, 5)).astype(np.float64), True)
    add("7×7 floats", rng.random_sample((7, 7)))
    add("6×9 floats, 30% forbidden", forbid(rng.random_sample((6, 9)), 0.3, np.inf))
    add("9×6 floats, 30% forbidden, maximised", forbid(rng.random_sample((9, 6)), 0.3, -np.inf), True)
    add("4×4 infeasible", np.array([[1, np.inf, np.inf, 2], [3, np.inf, np.inf, 1],
                                    [np.inf, np.inf, 5, np.inf], [2, np.inf, np.inf, 7]]))
    add("10×10 integers 0–3 (ties), maximised", rng.randint(0, 4, (10, 10)).astype(np.float64), True)
    add("3×7 negative floats", -100 * rng.random_sample((3, 7)))
    add("12×12 integers 0–5, 20% forbidden", forbid(rng.randint(0, 6, (12, 12)), 0.2, np.inf))
    add("1×5", rng.randint(-9, 10, (1, 5)).astype(np.float64))
    add("5×1, maximised", rng.randint(-9, 10, (5, 1)).astype(np.float64), True)
    add("20×15 floats", rng.random_sample((20, 15)) * 1000)
    add("8×8 integers, 60% forbidden", forbid(rng.randint(0, 100, (8, 8)), 0.6, np.inf))

    out = [
        "/**",
        " * Known answers of SciPy's linear_sum_assignment (SciPy " + __import__("scipy").__version__ + "),",
        " * written by `/usr/bin/python3 bench/scipy-lsa.py fixtures`. SciPy is not needed to run the tests.",
        " */",
        "",
        "/** One matrix and SciPy's answer: the optimal total and SciPy's assignment, or its error. */",
        "export interface ScipyCase {",
        "  name: string;",
        "  matrix: number[][];",
        "  maximize: boolean;",
        "  expected: { total: number; rowToCol: number[] } | { error: string };",
        "}",
        "",
        "export const SCIPY_CASES: ScipyCase[] = [",
    ]
    for name, matrix, maximize, expected in cases:
        rows_text = ", ".join("[" + ", ".join(js_number(x) for x in row) + "]" for row in matrix)
        if "error" in expected:
            answer = "{ error: " + json.dumps(expected["error"]) + " }"
        else:
            row_to_col = [-1] * matrix.shape[0]
            for r, c in zip(expected["rows"], expected["cols"]):
                row_to_col[int(r)] = int(c)
            answer = "{ total: " + js_number(expected["total"]) + ", rowToCol: " + json.dumps(row_to_col) + " }"
        out.append("  {")
        out.append("    name: " + json.dumps(name, ensure_ascii=False) + ",")
        out.append("    matrix: [" + rows_text + "],")
        out.append("    maximize: " + ("true" if maximize else "false") + ",")
        out.append("    expected: " + answer + ",")
        out.append("  },")
    out.append("];")
    print("\n".join(out))


if __name__ == "__main__":
    mode = sys.argv[1] if len(sys.argv) > 1 else "time"
    if mode == "fixtures":
        fixtures()
    else:
        time_scipy([int(n) for n in sys.argv[2:]] or SIZES)
