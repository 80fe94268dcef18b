/**
 * `npm run bench`: runs every bench against the built package (dist/) and prints one table.
 * Record the numbers, with the machine, in docs/performance.md.
 */
import { cpus } from "node:os";
import { printTable } from "./harness.js";
import { idsBenches } from "./ids.bench.js";

const rows = [...(await idsBenches())];
console.log(`\nNode ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? "unknown CPU"}\n`);
printTable(rows);
