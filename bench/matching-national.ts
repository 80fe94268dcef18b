/**
 * The national-scale row of the matching bench, run in its own process so that its memory is
 * measured alone: 1,000,000 learners × 10 preferences, 100,000 projects, 10,000 supervisors.
 * Run by `npm run bench -- matching` (it spawns this file with a 3 GB heap limit), or alone:
 * `NODE_OPTIONS=--max-old-space-size=3072 npx tsx --tsconfig bench/tsconfig.json bench/matching-national.ts`.
 * Prints one JSON line: the times of `allocate` (learner- and supervisor-optimal, three rounds
 * each, alternating) and the memory.
 */
import { allocate } from "cmq-kit/matching";
import { generateAllocationProblem } from "./matching-instance.js";

const problem = generateAllocationProblem({
  learners: 1_000_000,
  projects: 100_000,
  supervisors: 10_000,
  listLength: 10,
  seed: 2026,
});
const before = process.memoryUsage();
/** Rounds per optimum: the machine is shared, so each row gives its best and median round. */
const ROUNDS = 3;
const times: Record<"learner" | "supervisor", number[]> = { learner: [], supervisor: [] };
let assigned = 0;
for (let round = 0; round < ROUNDS; round++) {
  for (const optimal of ["learner", "supervisor"] as const) {
    const start = performance.now();
    const result = allocate(problem, { optimal });
    times[optimal].push(performance.now() - start);
    if (!result.ok) throw new Error("the national instance should be valid");
    assigned = result.value.matches.length;
  }
}
const after = process.memoryUsage();
console.log(
  JSON.stringify({
    learnerMs: times.learner,
    supervisorMs: times.supervisor,
    assigned,
    inputHeapMb: before.heapUsed / 2 ** 20,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    finalHeapMb: after.heapUsed / 2 ** 20,
    externalMb: after.external / 2 ** 20,
  }),
);
