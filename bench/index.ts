/**
 * `npm run bench`: runs every bench and prints one table. `cmq-kit` imports resolve to src/
 * (tsconfig `paths`), compiled by esbuild through tsx as tsup compiles dist/.
 * Record the numbers, with the machine, in docs/performance.md.
 */
import { cpus } from "node:os";
import { printTable } from "./harness.js";
import { idsBenches } from "./ids.bench.js";

const rows = [...(await idsBenches())];
console.log(`\nNode ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? "unknown CPU"}\n`);
printTable(rows);
