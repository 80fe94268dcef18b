/**
 * `npm run bench`: runs every `bench/*.bench.ts` (each exports `benches()`) and prints one table.
 * The benches import `cmq-kit`: the type checker resolves it to src/ (tsconfig.json `paths`) and the
 * run to the built dist/ (bench/tsconfig.json), so the code measured is the code shipped.
 * Pass names to run only some files: `npm run bench -- ids matching`.
 * Record the numbers, with the machine, in docs/performance.md.
 */
import { readdirSync } from "node:fs";
import { cpus } from "node:os";
import { type BenchRow, printTable } from "./harness.js";

const only = process.argv.slice(2);
const files = readdirSync(new URL(".", import.meta.url))
  .filter((file) => file.endsWith(".bench.ts"))
  .filter((file) => only.length === 0 || only.includes(file.replace(".bench.ts", "")))
  .sort();

const rows: BenchRow[] = [];
for (const file of files) {
  const module = (await import(`./${file}`)) as { benches: () => Promise<BenchRow[]> };
  rows.push(...(await module.benches()));
}
console.log(`\nNode ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? "unknown CPU"}\n`);
printTable(rows);
