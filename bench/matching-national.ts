/**
 * The national-scale row of the matching bench, run in its own process so that its memory is
 * measured alone: 1,000,000 learners × 10 preferences, 100,000 projects, 10,000 supervisors.
 * Run by `CMQ_BENCH_NATIONAL=1 npm run bench -- matching` (it spawns this file with a 3 GB heap
 * limit), or alone:
 * `NODE_OPTIONS=--max-old-space-size=3072 npx tsx --tsconfig bench/tsconfig.json bench/matching-national.ts`.
 * The problem is written as JSON and read back, as a caller receives it; then `JSON.parse` of
 * that JSON and the learner-optimal `allocate` on the parsed problem alternate (`ROUNDS` each).
 * Prints one JSON line: the times, the size of the JSON and the peak memory.
 */
import { allocate } from "cmq-kit/matching";
import { generateAllocationProblem } from "./matching-instance.js";

/** Rounds of each operation (an environment variable may lower it for a quick look). */
const ROUNDS = Number(process.env.CMQ_BENCH_NATIONAL_ROUNDS ?? 3);

const json = JSON.stringify(
  generateAllocationProblem({
    learners: 1_000_000,
    projects: 100_000,
    supervisors: 10_000,
    listLength: 10,
    seed: 2026,
  }),
);
const problem: unknown = JSON.parse(json);
const times: Record<"parse" | "learner", number[]> = { parse: [], learner: [] };
let assigned = 0;
for (let round = 0; round < ROUNDS; round++) {
  let start = performance.now();
  JSON.parse(json);
  times.parse.push(performance.now() - start);
  start = performance.now();
  const result = allocate(problem);
  times.learner.push(performance.now() - start);
  if (!result.ok) throw new Error("the national instance should be valid");
  assigned = result.value.matches.length;
}
console.log(
  JSON.stringify({
    parseMs: times.parse,
    learnerMs: times.learner,
    assigned,
    jsonMb: json.length / 1e6,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
  }),
);
