/**
 * `cmq-kit match` at campus scale (issue 17): on a dataset of 30,000 learners and 15,000 projects,
 * each with five skills (bench/fixtures/matching-dataset.ts, seed 2026), `match` takes at most 2×
 * `validate` on the same file, within 1 GB.
 *
 * - The ratio: both commands run in this process through the program's own entry (`runCli`, from
 *   src/, compiled by tsx), on the same text held in memory, alternating round by round so that a
 *   noisy neighbour slows both alike; medians are compared.
 * - Peak memory: `cmq-kit match` alone in a child process (`dist/cli/main.js`), its maximum
 *   resident set size.
 *
 * `CMQ_BENCH_MATCH_LEARNERS` / `CMQ_BENCH_MATCH_PROJECTS` change the sizes (default 30,000 and 15,000).
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { CliIo } from "../src/cli/io.js";
import { runCli } from "../src/cli/program.js";
import { matchingDataset } from "./fixtures/matching-dataset.js";
import { type BenchRow, formatMs, median } from "./harness.js";

const PROGRAM = new URL("../dist/cli/main.js", import.meta.url).pathname;
const REPORT_RSS = new URL("./fixtures/report-rss.mjs", import.meta.url).href;
const FILE = "dataset.json";

/** An io that reads `text` as the data file and counts what is written. */
function memoryIo(text: string): CliIo & { written: number } {
  const io = {
    written: 0,
    out: (chunk: string) => {
      io.written += chunk.length;
    },
    err: (chunk: string) => {
      io.written += chunk.length;
    },
    readText: async () => text,
    colour: false,
    today: () => "2026-09-01",
  };
  return io;
}

async function timed(args: string[], text: string): Promise<number> {
  const io = memoryIo(text);
  const start = performance.now();
  const code = await runCli(args, io);
  const ms = performance.now() - start;
  if (code !== 0) throw new Error(`cmq-kit ${args.join(" ")} exited ${code}`);
  return ms;
}

/** Peak RSS (MB) and wall time of `cmq-kit match` (with `extra` options) alone in a child process. */
function matchInChild(
  file: string,
  extra: string[] = [],
): { ms: number; rssMb: number; status: number | null } {
  const started = performance.now();
  const args = ["--import", REPORT_RSS, PROGRAM, "match", file, ...extra];
  const child = spawnSync(process.execPath, args, {
    encoding: "utf8",
    maxBuffer: 512 * 1024 * 1024,
  });
  const ms = performance.now() - started;
  const rssKb = Number(/@@maxRSS=(\d+)/.exec(child.stderr)?.[1] ?? Number.NaN);
  return { ms, rssMb: rssKb / 1024, status: child.status };
}

export async function benches(): Promise<BenchRow[]> {
  const learners = Number(process.env.CMQ_BENCH_MATCH_LEARNERS ?? 30_000);
  const projects = Number(process.env.CMQ_BENCH_MATCH_PROJECTS ?? 15_000);
  const text = JSON.stringify(matchingDataset({ learners, projects, seed: 2026 }));
  const validate = ["validate", FILE, "--on", "2026-09-01"];
  const match = ["match", FILE];
  // One warm-up round, then alternating rounds.
  await timed(validate, text);
  await timed(match, text);
  const validateMs: number[] = [];
  const matchMs: number[] = [];
  for (let round = 0; round < 3; round++) {
    validateMs.push(await timed(validate, text));
    matchMs.push(await timed(match, text));
  }
  const v = median(validateMs);
  const m = median(matchMs);
  const ratio = m / v;
  const size = `${(text.length / 1e6).toFixed(0)} MB`;
  const rows: BenchRow[] = [
    {
      name: `cmq-kit validate, ${learners.toLocaleString("en")} learners × ${projects.toLocaleString("en")} projects (${size}), in process`,
      goal: "",
      measured: `${formatMs(v)} (median of 3 rounds)`,
      met: null,
    },
    {
      name: "cmq-kit match ÷ cmq-kit validate, same file, in process",
      goal: "≤ 2×",
      measured: `${formatMs(m)}: ratio ${ratio.toFixed(2)}`,
      met: ratio <= 2,
    },
  ];
  const dir = mkdtempSync(join(tmpdir(), "cmq-kit-bench-"));
  try {
    const file = join(dir, FILE);
    writeFileSync(file, text);
    const run = matchInChild(file);
    if (run.status !== 0) throw new Error(`cmq-kit match exited ${run.status}`);
    rows.push({
      name: "cmq-kit match, same file, own process, peak memory",
      goal: "≤ 1 GB",
      measured: `peak ${run.rssMb.toFixed(0)} MB (${formatMs(run.ms)} end to end)`,
      met: run.rssMb <= 1024,
    });
    // Every explanation printed (about 200 MB of JSON on the default sizes), through a pipe.
    const json = matchInChild(file, ["--format", "json"]);
    if (json.status !== 0) throw new Error(`cmq-kit match --format json exited ${json.status}`);
    rows.push({
      name: "cmq-kit match --format json, same file, own process, peak memory",
      goal: "≤ 1 GB",
      measured: `peak ${json.rssMb.toFixed(0)} MB (${formatMs(json.ms)} end to end)`,
      met: json.rssMb <= 1024,
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return rows;
}
