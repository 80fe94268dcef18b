/**
 * `cmq-kit/matching` (stable allocation and scores): the ratios of issues 5 and 17. Each operation
 * is timed alternately with `JSON.parse` of its own input, in one loop, and compared by medians,
 * so that a noisy neighbour slows both alike.
 *
 * - `allocate` on the project's instance (100,000 learners × 10 preferences, 10,000 projects,
 *   1,000 supervisors), learner- and supervisor-optimal: ratio ≤ 1 each.
 * - `allocate` on the oversubscribed instance (projects of capacity 1–3, seats ≈ 20 % of the
 *   learners, `generateOversubscribedProblem`): ratio ≤ 1.
 * - 1,000,000 learners × 10 preferences, learner-optimal, against `JSON.parse` of its own JSON in
 *   the same process, within 3 GB: a separate process (bench/matching-national.ts, heap limit
 *   3 GB) so that its memory is its own. It takes a few minutes, so it runs only with
 *   `CMQ_BENCH_NATIONAL=1 npm run bench -- matching`.
 * - `rankProjects` of one learner over 20,000 projects against `JSON.parse` of those projects'
 *   JSON: ratio ≤ 1. `scoreMatch` throughput is printed for information.
 */
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { allocate, type ProjectOffer, rankProjects, scoreMatch } from "cmq-kit/matching";
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
import { generateAllocationProblem, generateOversubscribedProblem } from "./matching-instance.js";

/**
 * Times each operation `rounds` times, alternating them, in the given order on even rounds and
 * in reverse order on odd ones; returns the median of each. Each operation leaves garbage that
 * the next one may have to collect (`JSON.parse` of 20 MB leaves a 100 MB heap of objects, and an
 * allocation 60 MB of typed arrays): in a fixed order, the operation after the heaviest pays for
 * it in every round (20–30 % of `rankProjects` in A/B runs of 2026-12-07), so the order is
 * reversed every other round.
 */
function alternate(operations: (() => unknown)[], rounds: number): number[] {
  const times = operations.map(() => [] as number[]);
  for (let round = 0; round < rounds; round++) {
    const reversed = round % 2 === 1;
    for (let y = 0; y < operations.length; y++) {
      const x = reversed ? operations.length - 1 - y : y;
      const [roundTimes] = alternateTimesMs([operations[x] as () => unknown], 1);
      times[x]?.push(roundTimes?.[0] ?? 0);
    }
  }
  return times.map(median);
}

/** A ratio row: `ms` against `parseMs`, with its goal when it has one. */
function ratioRow(name: string, ms: number, parseMs: number, goal: number | null): BenchRow {
  const ratio = ms / parseMs;
  return {
    name,
    goal: goal === null ? "" : `ratio ≤ ${goal.toFixed(1)} × JSON.parse`,
    measured: `${formatMs(ms)} (ratio ${ratio.toFixed(2)})`,
    met: goal === null ? null : ratio <= goal,
  };
}

/** `JSON.parse` of a problem, and `allocate` on the parsed problem, both optima, alternating. */
function allocationTimes(json: string): {
  parseMs: number;
  learnerMs: number;
  supervisorMs: number;
} {
  // allocate reads the problem as a caller would receive it: parsed from JSON.
  const parsed: unknown = JSON.parse(json);
  if (!allocate(parsed).ok) throw new Error("the bench instance should be valid");
  const operations = [
    () => JSON.parse(json),
    () => allocate(parsed),
    () => allocate(parsed, { optimal: "supervisor" }),
  ];
  alternate(operations, 3);
  const [parseMs = 0, learnerMs = 0, supervisorMs = 0] = alternate(operations, 9);
  return { parseMs, learnerMs, supervisorMs };
}

async function allocationRows(): Promise<BenchRow[]> {
  const own = JSON.stringify(
    generateAllocationProblem({
      learners: 100_000,
      projects: 10_000,
      supervisors: 1_000,
      listLength: 10,
      seed: 2026,
    }),
  );
  const ownTimes = allocationTimes(own);
  const over = JSON.stringify(generateOversubscribedProblem());
  const overTimes = allocationTimes(over);
  const mb = (json: string) => `${(json.length / 1e6).toFixed(1)} MB of JSON`;
  return [
    {
      name: `JSON.parse of the 100k-learner problem (${mb(own)})`,
      goal: "",
      measured: formatMs(ownTimes.parseMs),
      met: null,
    },
    ratioRow(
      "allocate, learner-optimal, 100k learners × 10, 10k projects, 1k supervisors",
      ownTimes.learnerMs,
      ownTimes.parseMs,
      1,
    ),
    ratioRow(
      "allocate, supervisor-optimal, same problem",
      ownTimes.supervisorMs,
      ownTimes.parseMs,
      1,
    ),
    {
      name: `JSON.parse of the oversubscribed 100k problem (capacities 1–3, seats ≈ 20 %, ${mb(over)})`,
      goal: "",
      measured: formatMs(overTimes.parseMs),
      met: null,
    },
    ratioRow(
      "allocate, learner-optimal, oversubscribed 100k",
      overTimes.learnerMs,
      overTimes.parseMs,
      1,
    ),
    ratioRow(
      "allocate, supervisor-optimal, oversubscribed 100k",
      overTimes.supervisorMs,
      overTimes.parseMs,
      1,
    ),
  ];
}

function nationalRow(): BenchRow {
  const name =
    "allocate, learner-optimal, 1M learners × 10, 100k projects, 10k supervisors (own process)";
  const goal = "ratio ≤ 1.0 × JSON.parse of its JSON, peak RSS ≤ 3 GB";
  if (process.env.CMQ_BENCH_NATIONAL !== "1") {
    return {
      name,
      goal,
      measured: "skipped (CMQ_BENCH_NATIONAL=1 to run, a few minutes)",
      met: null,
    };
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
    parseMs: number[];
    learnerMs: number[];
    jsonMb: number;
    peakRssMb: number;
  };
  const ratio = median(result.learnerMs) / median(result.parseMs);
  const rss = result.peakRssMb / 1024;
  return {
    name,
    goal,
    measured: `${formatMs(median(result.learnerMs))} against ${formatMs(median(result.parseMs))} for ${result.jsonMb.toFixed(0)} MB (ratio ${ratio.toFixed(2)}, medians of ${result.learnerMs.length} rounds); peak RSS ${rss.toFixed(2)} GB`,
    met: ratio <= 1 && rss <= 3,
  };
}

/** 20,000 offers around central France, varied enough that about half are eligible. */
function rankingProjects(): ProjectOffer[] {
  return Array.from({ length: 20_000 }, (_, j) => ({
    id: `offer-${String(j).padStart(6, "0")}`,
    partnerId: `partner-${j % 700}`,
    title: `Projet ${j}`,
    capacity: 1 + (j % 3),
    start: j % 5 === 0 ? "2026-09-01" : "2026-02-01",
    end: j % 5 === 0 ? "2026-12-15" : "2026-05-29",
    skills: [
      { code: "H2913", level: ((j % 4) + 1) as 1 | 2 | 3 | 4, essential: true },
      { code: j % 2 === 0 ? "I1304" : "H1208", level: 2, essential: j % 3 === 0 },
      { code: "M1805", level: 1, essential: false },
    ],
    levels: j % 4 === 0 ? { min: 5 } : { min: 3, max: 6 },
    statuses: j % 7 === 0 ? ["student"] : ["apprentice", "student"],
    location: { lat: 45 + (j % 40) / 10, lon: 2 + (j % 45) / 10 },
    ...(j % 9 === 0 ? { remote: true } : {}),
  }));
}

/** `rankProjects` of one learner over 20,000 offers against `JSON.parse` of those offers. */
function rankingRow(): BenchRow {
  const learner: Learner = {
    id: "l1",
    level: 5,
    status: "apprentice",
    skills: [
      { code: "H2913", level: 3 },
      { code: "I1304", level: 2 },
      { code: "H1208", level: 3 },
    ],
    interests: ["H2913", "robotics"],
    availability: [{ start: "2026-01-05", end: "2026-06-30" }],
    location: { lat: 46.8, lon: 4.4 },
    maxDistanceKm: 150,
  };
  const json = JSON.stringify(rankingProjects());
  const projects = JSON.parse(json) as ProjectOffer[];
  const operations = [() => JSON.parse(json), () => rankProjects(learner, projects)];
  alternate(operations, 5);
  const [parseMs = 0, rankMs = 0] = alternate(operations, 15);
  return ratioRow(
    `rankProjects, one learner over 20,000 offers (against JSON.parse of their ${(json.length / 1e6).toFixed(1)} MB)`,
    rankMs,
    parseMs,
    1,
  );
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
      goal: "",
      measured: formatThroughput(bare, "pairs"),
      met: null,
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
  return [...(await allocationRows()), nationalRow(), rankingRow(), ...scoringRows()];
}
