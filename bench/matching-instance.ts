/**
 * Seeded generator of large Student–Project Allocation instances for the benches: learners rank
 * 10 distinct projects (popular projects more often), supervisors rank their applicants by a
 * global grade plus their own noise, and supervisors' capacities bind (80 % of their projects'
 * seats). Every id in a list is a string of its own, as `JSON.parse` makes ids longer than ten
 * characters (a learner's 11-character INE, for one); shorter ones it shares, one string object
 * per distinct id, which is what the 100k row measures, since it reads parsed JSON.
 */
import type { AllocationProblem } from "cmq-kit/matching";
import { seededRandom } from "./fixtures/generators.js";

/** Sizes of a generated instance. */
export interface InstanceSize {
  learners: number;
  projects: number;
  supervisors: number;
  /** Projects per learner list. */
  listLength: number;
  seed: number;
  /** Project capacities are drawn uniformly from `minCapacity … maxCapacity` (default 1 … 20). */
  minCapacity?: number;
  maxCapacity?: number;
  /** A supervisor's capacity as a share of its projects' seats (default 0.8: it binds). */
  supervisorShare?: number;
}

/** A generated instance, with the numbers that describe it. */
export function generateAllocationProblem(size: InstanceSize): AllocationProblem {
  const next = seededRandom(size.seed);
  const projectIds = Array.from({ length: size.projects }, (_, j) => `p${j}`);
  const learnerIds = Array.from({ length: size.learners }, (_, i) => `l${i}`);
  const supervisorOf = new Int32Array(size.projects);
  const seats = new Float64Array(size.supervisors);
  const projects = projectIds.map((id, j) => {
    const k = Math.floor(next() * size.supervisors);
    const low = size.minCapacity ?? 1;
    const capacity = low + Math.floor(next() * ((size.maxCapacity ?? 20) - low + 1));
    supervisorOf[j] = k;
    seats[k] = (seats[k] as number) + capacity;
    return { id, capacity, supervisorId: `s${k}` };
  });
  // Learners' lists, and for each supervisor the learners who applied to it (once each).
  const stamp = new Int32Array(size.projects).fill(-1);
  const applied = new Int32Array(size.supervisors).fill(-1);
  const applicantCount = new Int32Array(size.supervisors);
  const pairs = new Int32Array(size.learners * size.listLength * 2);
  let pairCount = 0;
  const learners = learnerIds.map((id, i) => {
    const preferences: string[] = [];
    while (preferences.length < size.listLength) {
      const j = Math.floor(next() ** 1.5 * size.projects);
      if (stamp[j] === i) continue;
      stamp[j] = i;
      preferences.push(`p${j}`);
      const k = supervisorOf[j] as number;
      if (applied[k] !== i) {
        applied[k] = i;
        applicantCount[k] = (applicantCount[k] as number) + 1;
        pairs[pairCount++] = k;
        pairs[pairCount++] = i;
      }
    }
    return { id, preferences };
  });
  const grade = Float64Array.from({ length: size.learners }, () => next());
  const start = new Int32Array(size.supervisors + 1);
  for (let k = 0; k < size.supervisors; k++)
    start[k + 1] = (start[k] as number) + (applicantCount[k] as number);
  const fill = start.slice(0, size.supervisors);
  const applicants = new Int32Array(pairCount / 2);
  for (let x = 0; x < pairCount; x += 2) {
    const k = pairs[x] as number;
    applicants[fill[k] as number] = pairs[x + 1] as number;
    fill[k] = (fill[k] as number) + 1;
  }
  const supervisors = Array.from({ length: size.supervisors }, (_, k) => {
    const from = start[k] as number;
    const count = (start[k + 1] as number) - from;
    // Sort by grade + noise with a native numeric sort: key = quantised score · 2^21 + index.
    const keys = new Float64Array(count);
    for (let x = 0; x < count; x++) {
      const i = applicants[from + x] as number;
      const score = (grade[i] as number) + 0.3 * next();
      keys[x] = Math.floor((2 - score) * 2 ** 30) * 2 ** 21 + x;
    }
    keys.sort();
    const preferences = new Array<string>(count);
    for (let x = 0; x < count; x++) {
      preferences[x] = `l${applicants[from + ((keys[x] as number) % 2 ** 21)] as number}`;
    }
    return {
      id: `s${k}`,
      capacity: Math.max(1, Math.floor((size.supervisorShare ?? 0.8) * (seats[k] as number))),
      preferences,
    };
  });
  return { learners, projects, supervisors };
}

/**
 * The oversubscribed instance of issue 17: 100,000 learners × 10 choices, 10,000 projects of
 * capacity 1–3 (about 20,000 seats, 20 % of the learners), 1,000 supervisors whose capacity is
 * their projects' seats, seed 2017. Most learners go through their whole list.
 */
export function generateOversubscribedProblem(learners = 100_000): AllocationProblem {
  return generateAllocationProblem({
    learners,
    projects: learners / 10,
    supervisors: learners / 100,
    listLength: 10,
    seed: 2017,
    minCapacity: 1,
    maxCapacity: 3,
    supervisorShare: 1,
  });
}
