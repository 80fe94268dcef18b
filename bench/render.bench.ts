/**
 * The pictures and the report against the checks they draw: a 100-step timeline against
 * `validatePathway` on the same pathway (goal ≤ 2×), and the campus report of the 20,000-learner
 * dataset against `validateDataset` on it (goal ≤ 2×), both alternated so that a noisy
 * neighbour slows both alike.
 */

import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { validateDataset } from "cmq-kit/dataset";
import { type Pathway, type Programme, type Step, validatePathway } from "cmq-kit/pathway";
import { campusReport, pathwayTimelineSvg } from "cmq-kit/render";
import { syntheticDataset } from "./fixtures/synthetic-dataset.js";
import { alternateTimesMs, type BenchRow, formatMs, median } from "./harness.js";

const PROGRAMMES: Programme[] = [
  { id: "bts", title: "BTS CRSA", diploma: "bts", level: 5, ects: 120 },
];

/** A 10-year programme step with 99 placements and projects in it, two weeks apart. */
function hundredSteps(programmeId = "bts"): Pathway {
  const steps: Step[] = [
    {
      id: "prog",
      kind: "programme",
      programmeId,
      status: "student",
      start: "2020-09-01",
      end: "2030-06-30",
    },
  ];
  let day = Date.UTC(2020, 8, 7);
  for (let i = 0; i < 99; i++) {
    const start = new Date(day).toISOString().slice(0, 10);
    const end = new Date(day + 4 * 86_400_000).toISOString().slice(0, 10);
    steps.push(
      i % 2 === 0
        ? { id: `s${i}`, kind: "pfmp", hostId: "h", programmeStepId: "prog", start, end }
        : { id: `s${i}`, kind: "project", title: `Project ${i}`, start, end },
    );
    day += 14 * 86_400_000;
  }
  return { id: "p100", learnerId: "l1", steps };
}

function ratioRow(name: string, times: number[][], goal: number): BenchRow {
  const [drawn, checked] = times.map(median) as [number, number];
  const ratio = drawn / checked;
  return {
    name,
    goal: `≤ ${goal}× the check`,
    measured: `${formatMs(drawn)} vs ${formatMs(checked)} (${ratio.toFixed(2)}×)`,
    met: ratio <= goal,
  };
}

const PROGRAM = new URL("../dist/cli/main.js", import.meta.url).pathname;

/** Wall time of one run of the program, from spawn to exit (output discarded). */
function runMs(args: string[]): number {
  const started = performance.now();
  const child = spawnSync(process.execPath, [PROGRAM, ...args], {
    stdio: ["ignore", "ignore", "ignore"],
  });
  if (child.status !== 0 && child.status !== 1)
    throw new Error(`cmq-kit ${args[0]}: ${child.status}`);
  return performance.now() - started;
}

/** `cmq-kit report` against `cmq-kit validate` on the same file, end to end, alternated. */
function endToEnd(dataset: unknown): BenchRow {
  const dir = mkdtempSync(join(tmpdir(), "cmq-kit-render-"));
  try {
    const file = join(dir, "dataset.json");
    writeFileSync(file, JSON.stringify(dataset));
    const times = alternateTimesMs(
      [
        () => runMs(["report", file, "--on", "2026-01-15"]),
        () => runMs(["validate", file, "--on", "2026-01-15", "--format", "json"]),
      ],
      3,
    );
    return ratioRow("cmq-kit report vs cmq-kit validate, 20,000 learners, end to end", times, 2);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function benches(): Promise<BenchRow[]> {
  const pathway = hundredSteps();
  const learner = { id: "l1", birthDate: "2004-01-01" };
  const issues = validatePathway(pathway, { learner, programmes: PROGRAMMES }).issues;
  const timeline = alternateTimesMs(
    [
      () => pathwayTimelineSvg(pathway, { programmes: PROGRAMMES, learner, issues }),
      () => validatePathway(pathway, { learner, programmes: PROGRAMMES }),
    ],
    300,
  );
  // The same pathway in the VRAI catalogue (programmes with requirements) for a learner with
  // achievements: what validatePathway meets in a real file.
  const vrai = JSON.parse(
    readFileSync(new URL("../examples/vrai.json", import.meta.url), "utf8"),
  ) as { programmes: Programme[]; learners: { id: string }[] };
  const real = hundredSteps("bts-crsa");
  const realLearner = { ...(vrai.learners[0] as { id: string }), id: "l1" };
  const realIssues = validatePathway(real, {
    learner: realLearner,
    programmes: vrai.programmes,
  }).issues;
  const realTimeline = alternateTimesMs(
    [
      () =>
        pathwayTimelineSvg(real, {
          programmes: vrai.programmes,
          learner: realLearner,
          issues: realIssues,
        }),
      () => validatePathway(real, { learner: realLearner, programmes: vrai.programmes }),
    ],
    300,
  );
  const dataset = syntheticDataset(20_000);
  const report = alternateTimesMs(
    [
      () => campusReport(dataset, { on: "2026-01-15" }),
      () => validateDataset(dataset, { on: "2026-01-15" }),
    ],
    3,
  );
  return [
    ratioRow(
      "pathwayTimelineSvg, 100 steps, one-programme catalogue, vs validatePathway",
      timeline,
      2,
    ),
    ratioRow("pathwayTimelineSvg, 100 steps, VRAI catalogue, vs validatePathway", realTimeline, 2),
    ratioRow("campusReport, 20,000 learners, vs validateDataset (in process)", report, 2),
    endToEnd(dataset),
  ];
}
