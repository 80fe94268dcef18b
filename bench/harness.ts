/**
 * A small harness around tinybench: each bench measures one operation and states its goal, and
 * the runner prints one table of measures next to goals.
 */
import { Bench } from "tinybench";

/** One row of the final table. */
export interface BenchRow {
  /** What was measured. */
  name: string;
  /** The goal, as text. */
  goal: string;
  /** The measure, as text. */
  measured: string;
  /** Whether the goal is met (`null` when the row only informs). */
  met: boolean | null;
}

/** Runs `operation` for about `timeMs` and returns its mean time per call, in milliseconds. */
export async function meanTimeMs(
  name: string,
  operation: () => unknown,
  options: { timeMs?: number; iterations?: number } = {},
): Promise<number> {
  const bench = new Bench({
    time: options.timeMs ?? 1000,
    iterations: options.iterations ?? 10,
    warmup: true,
    warmupTime: 300,
  });
  bench.add(name, operation);
  await bench.run();
  const result = bench.tasks[0]?.result;
  if (result === undefined || !("latency" in result)) throw new Error(`bench ${name} failed`);
  return result.latency.mean;
}

/** The median of some numbers. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/**
 * Times each operation `rounds` times, alternating them so that a noisy neighbour slows all of
 * them alike; returns each one's times in milliseconds.
 */
export function alternateTimesMs(operations: (() => unknown)[], rounds: number): number[][] {
  const times = operations.map(() => [] as number[]);
  for (let round = 0; round < rounds; round++) {
    operations.forEach((operation, x) => {
      const start = performance.now();
      operation();
      times[x]?.push(performance.now() - start);
    });
  }
  return times;
}

/**
 * Like {@link alternateTimesMs}, but each time is CPU time (`process.cpuUsage`, user and system)
 * and the order of the operations rotates from round to round. A process that another job keeps
 * off the CPU accrues no CPU time meanwhile, so on a crowded host these times spread far less
 * than wall times (about 10 % against a factor of two at load 14 on two cores).
 */
export function alternateCpuTimesMs(operations: (() => unknown)[], rounds: number): number[][] {
  const times = operations.map(() => [] as number[]);
  for (let round = 0; round < rounds; round++) {
    for (let k = 0; k < operations.length; k++) {
      const x = (k + round) % operations.length;
      const start = process.cpuUsage();
      operations[x]?.();
      const used = process.cpuUsage(start);
      times[x]?.push((used.user + used.system) / 1000);
    }
  }
  return times;
}

/** A throughput: the best round's, and the median round's, in items per second. */
export interface Throughput {
  best: number;
  median: number;
}

/**
 * Runs `operation` (which handles `items` items) for `rounds` timed rounds after `warmup`
 * untimed ones. This machine is shared, and neighbours slow whole rounds by up to half; noise
 * only ever adds time, so the best round is the closest to the code's own speed, and the median
 * says what a busy machine gives.
 */
export function throughput(
  operation: () => unknown,
  items: number,
  { rounds, warmup }: { rounds: number; warmup: number },
): Throughput {
  alternateTimesMs([operation], warmup);
  const [times = [1]] = alternateTimesMs([operation], rounds);
  return { best: (items / Math.min(...times)) * 1000, median: (items / median(times)) * 1000 };
}

/** Formats a throughput: best round, then median. */
export function formatThroughput(rate: Throughput, unit: string): string {
  return `${formatRate(rate.best, unit)} best round (median ${formatRate(rate.median, unit)})`;
}

/** Formats a rate with a unit prefix. */
export function formatRate(perSecond: number, unit: string): string {
  if (perSecond >= 1e6) return `${(perSecond / 1e6).toFixed(1)} M ${unit}/s`;
  if (perSecond >= 1e3) return `${(perSecond / 1e3).toFixed(1)} k ${unit}/s`;
  return `${perSecond.toFixed(1)} ${unit}/s`;
}

/** Formats a duration in milliseconds. */
export function formatMs(ms: number): string {
  return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(2)} ms`;
}

/** Prints the rows as a Markdown table. */
export function printTable(rows: BenchRow[]): void {
  const header = ["bench", "goal", "measured", "met"];
  const cells = rows.map((row) => [
    row.name,
    row.goal,
    row.measured,
    row.met === null ? "" : row.met ? "yes" : "NO",
  ]);
  const widths = header.map((title, i) =>
    Math.max(title.length, ...cells.map((c) => c[i]?.length ?? 0)),
  );
  const line = (values: string[]) =>
    `| ${values.map((v, i) => v.padEnd(widths[i] ?? 0)).join(" | ")} |`;
  console.log(line(header));
  console.log(line(widths.map((w) => "-".repeat(w))));
  for (const row of cells) console.log(line(row));
}
