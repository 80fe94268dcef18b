import { checkPlacementHosts, type Pathway, type PlacementHost, type Step } from "cmq-kit/pathway";
import { alternateTimesMs, type BenchRow, formatMs, median } from "./harness.js";

/** Fixed pseudo-random integers (a linear congruential generator), so runs are comparable. */
function generator(seed: number): (below: number) => number {
  let state = seed;
  return (below) => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return Math.floor(state / 65536) % below;
  };
}

const PATHWAYS = 20_000;
const HOSTS = 2_000;
const pad = (n: number) => String(n).padStart(2, "0");

/** A bac pro year with two PFMP at hosts drawn among `HOSTS`, with tutors and posts. */
function pathwayOf(k: number): Pathway {
  const random = generator(k + 1);
  const y = 2022 + random(4);
  const pfmp = (n: number): Step => {
    const month = n === 0 ? 1 + random(3) : 4 + random(3);
    return {
      id: `pfmp-${n}`,
      kind: "pfmp",
      hostId: `host-${random(HOSTS)}`,
      programmeStepId: "bac",
      tutorId: `tutor-${random(4)}`,
      post: `post-${random(6)}`,
      start: `${y + 1}-${pad(month)}-${pad(1 + random(20))}`,
      end: `${y + 1}-${pad(month + 1)}-${pad(1 + random(27))}`,
    };
  };
  return {
    id: `p-${k}`,
    learnerId: `l-${k}`,
    steps: [
      {
        id: "bac",
        kind: "programme",
        programmeId: "bac-pro-melec",
        status: "pupil",
        start: `${y}-09-01`,
        end: `${y + 3}-06-30`,
      },
      pfmp(0),
      pfmp(1),
    ],
  };
}

const ROUNDS = 7;

/**
 * `checkPlacementHosts` on 20,000 pathways and 2,000 hosts, next to `JSON.parse` of the same
 * data; both are timed in alternating rounds and the medians compared (goal: no more than
 * `JSON.parse`).
 */
export async function benches(): Promise<BenchRow[]> {
  const pathways = Array.from({ length: PATHWAYS }, (_, k) => pathwayOf(k));
  const random = generator(7);
  const hosts: PlacementHost[] = Array.from({ length: HOSTS }, (_, n) => ({
    id: `host-${n}`,
    headcount: 5 + random(300),
    tutors: ["tutor-0", "tutor-1", "tutor-2", "tutor-3"],
  }));
  const text = JSON.stringify({ pathways, hosts });
  let issues = 0;
  const [parses = [], checks = []] = alternateTimesMs(
    [
      () => JSON.parse(text),
      () => {
        issues = checkPlacementHosts(pathways, hosts, { on: "2026-01-15" }).issues.length;
      },
    ],
    ROUNDS + 2,
  ).map((times) => times.slice(2));
  const parse = median(parses);
  const check = median(checks);
  const ratios = parses.map((p, round) => (checks[round] as number) / p);
  const ratio = median(ratios);
  return [
    {
      name: `checkPlacementHosts, ${PATHWAYS / 1000} k pathways × 2 PFMP, ${HOSTS / 1000} k hosts (${issues} issues listed)`,
      goal: "",
      measured: formatMs(check),
      met: null,
    },
    {
      name: `JSON.parse of the same data (${(text.length / 1e6).toFixed(1)} MB)`,
      goal: "",
      measured: formatMs(parse),
      met: null,
    },
    {
      name: "checkPlacementHosts time ÷ JSON.parse time (median of rounds)",
      goal: "≤ 1.0×",
      measured: `${ratio.toFixed(2)}× (rounds: ${ratios.map((r) => r.toFixed(2)).join(", ")})`,
      met: ratio <= 1,
    },
  ];
}
