/**
 * `cmq-kit/matching` (stable allocation and scores): speed goals of issue 5.
 *
 * - `allocate` on 100,000 learners × 10 preferences, 10,000 projects, 1,000 supervisors, against
 *   `JSON.parse` of the same problem's JSON (ratio ≤ 1, validation included): both are timed
 *   alternately in one loop and compared by their medians, so that a noisy neighbour hits both.
 * - 1,000,000 learners × 10 preferences in ≤ 10 s within 3 GB: a separate process
 *   (bench/matching-national.ts, heap limit 3 GB) so that its memory is its own. It takes about two
 *   minutes, so it runs only with `CMQ_BENCH_NATIONAL=1 npm run bench -- matching`.
 * - `scoreMatch` ≥ 2 M pairs/s.
 */
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { allocate, type ProjectOffer, scoreMatch } from "cmq-kit/matching";
import type { Learner } from "cmq-kit/pathway";
import {
  alternateTimesMs,
  type BenchRow,
  formatMs,
  formatThroughput,
  median,
  type Throughput,
  throughput,
} from "./harness.js";
import { generateAllocationProblem } from "./matching-instance.js";

/** Times each operation `rounds` times, alternating them; returns the median of each. */
function alternate(operations: (() => unknown)[], rounds: number): number[] {
  return alternateTimesMs(operations, rounds).map(median);
}

async function allocationRows(): Promise<BenchRow[]> {
  const problem = generateAllocationProblem({
    learners: 100_000,
    projects: 10_000,
    supervisors: 1_000,
    listLength: 10,
    seed: 2026,
  });
  const json = JSON.stringify(problem);
  // allocate reads the problem as a caller would receive it: parsed from JSON.
  const parsed: unknown = JSON.parse(json);
  const check = allocate(parsed);
  if (!check.ok) throw new Error("the bench instance should be valid");
  // Warm-up, then medians over alternating runs.
  alternate(
    [
      () => JSON.parse(json),
      () => allocate(parsed),
      () => allocate(parsed, { optimal: "supervisor" }),
    ],
    3,
  );
  const [parseMs = 0, learnerMs = 0, supervisorMs = 0] = alternate(
    [
      () => JSON.parse(json),
      () => allocate(parsed),
      () => allocate(parsed, { optimal: "supervisor" }),
    ],
    9,
  );
  const size = `${(json.length / 1e6).toFixed(1)} MB of JSON`;
  return [
    {
      name: `JSON.parse of the 100k-learner problem (${size})`,
      goal: "",
      measured: formatMs(parseMs),
      met: null,
    },
    {
      name: "allocate, learner-optimal, 100k learners × 10, 10k projects, 1k supervisors",
      goal: "≤ JSON.parse (ratio ≤ 1)",
      measured: `${formatMs(learnerMs)} (ratio ${(learnerMs / parseMs).toFixed(2)})`,
      met: learnerMs <= parseMs,
    },
    {
      name: "allocate, supervisor-optimal, same problem",
      goal: "",
      measured: `${formatMs(supervisorMs)} (ratio ${(supervisorMs / parseMs).toFixed(2)})`,
      met: null,
    },
  ];
}

function nationalRow(): BenchRow {
  const name = "allocate, 1M learners × 10, 100k projects, 10k supervisors (own process)";
  const goal = "≤ 10 s, ≤ 3 GB";
  if (process.env.CMQ_BENCH_NATIONAL !== "1") {
    return { name, goal, measured: "skipped (CMQ_BENCH_NATIONAL=1 to run, ~2 min)", met: null };
  }
  const script = fileURLToPath(new URL("./matching-national.ts", import.meta.url));
  const tsconfig = fileURLToPath(new URL("./tsconfig.json", import.meta.url));
  const run = spawnSync("npx", ["tsx", "--tsconfig", tsconfig, script], {
    encoding: "utf8",
    env: { ...process.env, NODE_OPTIONS: "--max-old-space-size=3072" },
    maxBuffer: 1 << 20,
  });
  const line = run.stdout.trim().split("\n").at(-1) ?? "";
  if (run.status !== 0 || !line.startsWith("{")) {
    return { name, goal, measured: `failed: ${run.stderr.slice(-200)}`, met: false };
  }
  const result = JSON.parse(line) as {
    learnerMs: number[];
    supervisorMs: number[];
    peakRssMb: number;
  };
  const best = (times: number[]) => Math.min(...times);
  const text = (times: number[]) => `${formatMs(best(times))} (median ${formatMs(median(times))})`;
  return {
    name,
    goal,
    measured: `best round (median): learner ${text(result.learnerMs)}, supervisor ${text(result.supervisorMs)}; peak RSS ${(result.peakRssMb / 1024).toFixed(2)} GB`,
    met: best(result.learnerMs) <= 10_000 && result.peakRssMb <= 3 * 1024,
  };
}

/** 1,000 learners × 100 offers, a mix of eligible and ineligible pairs. */
function scoringInput(): { learners: Learner[]; projects: ProjectOffer[] } {
  const learners: Learner[] = Array.from({ length: 1000 }, (_, i) => ({
    id: `l${i}`,
    level: i % 4 === 0 ? 3 : 5,
    status: i % 3 === 0 ? "student" : "apprentice",
    skills: [
      { code: "H2913", level: ((i % 4) + 1) as 1 | 2 | 3 | 4 },
      { code: "I1304", level: 2 },
      { code: "H1208", level: 3 },
    ],
    interests: ["H2913", "robotics"],
    availability: [{ start: "2026-01-05", end: "2026-06-30" }],
    location: { lat: 46.5 + (i % 10) / 10, lon: 4 + (i % 7) / 10 },
    maxDistanceKm: 60,
  }));
  const projects: ProjectOffer[] = Array.from({ length: 100 }, (_, j) => ({
    id: `p${j}`,
    partnerId: "framatome",
    title: "Cobot welding cell",
    capacity: 2,
    start: "2026-02-01",
    end: "2026-04-30",
    skills: [
      { code: "H2913", level: 3, essential: true },
      { code: "I1304", level: 2, essential: false },
    ],
    levels: { min: 4 },
    statuses: ["apprentice", "student"],
    location: { lat: 46.5 + (j % 10) / 10, lon: 4 + (j % 5) / 10 },
  }));
  return { learners, projects };
}

/** Pairs per second of scoreMatch over the 100,000 pairs, 15 rounds after 5 of warm-up. */
function scoringRate(options?: { explain: false }): Throughput {
  const { learners, projects } = scoringInput();
  let sink = 0;
  const rate = throughput(
    () => {
      for (const project of projects) {
        for (const learner of learners) sink += scoreMatch(learner, project, options).score;
      }
    },
    learners.length * projects.length,
    { rounds: 15, warmup: 5 },
  );
  if (sink < 0) console.log(sink);
  return rate;
}

function scoringRows(): BenchRow[] {
  const bare = scoringRate({ explain: false });
  const explained = scoringRate();
  return [
    {
      name: "scoreMatch (checked input, explain: false)",
      goal: "≥ 2 M pairs/s",
      measured: formatThroughput(bare, "pairs"),
      met: bare.best >= 2e6,
    },
    {
      name: "scoreMatch (checked input, with reasons)",
      goal: "",
      measured: formatThroughput(explained, "pairs"),
      met: null,
    },
  ];
}

/** Matching throughput. */
export async function benches(): Promise<BenchRow[]> {
  return [...(await allocationRows()), nationalRow(), ...scoringRows()];
}
