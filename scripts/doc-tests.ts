/**
 * `npm run test:docs`: type-checks and runs every TypeScript block of README.md, docs/*.md and
 * the TSDoc `@example`s of src/, against the built package (run `npm run build` first), and
 * checks every `//=>` comment. See CONTRIBUTING.md, "Code examples".
 *
 * Arguments: file paths or prefixes to test only some files (`docs/matching.md`, `src/ids`);
 * `--keep` keeps the generated modules in .doc-tests/run.
 */
import { existsSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { formatFailure, runDocTests } from "./doc-tests/runner.js";

const root = fileURLToPath(new URL("..", import.meta.url));

function sourceFiles(folder: string): string[] {
  return readdirSync(join(root, folder), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".ts"))
    .map((entry) => relative(root, join(entry.parentPath, entry.name)).replaceAll("\\", "/"))
    .sort();
}

if (!existsSync(join(root, "dist", "index.d.ts"))) {
  console.error("The doc tests run against the built package: run `npm run build` first.");
  process.exit(1);
}

const args = process.argv.slice(2);
const keep = args.includes("--keep");
const filters = args.filter((arg) => !arg.startsWith("--"));
const selected = (file: string): boolean =>
  filters.length === 0 || filters.some((filter) => file.startsWith(filter));

const markdown = [
  "README.md",
  ...readdirSync(join(root, "docs"))
    .filter((name) => name.endsWith(".md"))
    .sort()
    .map((name) => `docs/${name}`),
].filter(selected);
const sources = sourceFiles("src").filter(selected);

const report = runDocTests({ root, markdown, sources, keep });
for (const failure of report.failures) console.error(formatFailure(failure));
const summary =
  `${report.blocks} blocks (${report.skipped} no-check), ${report.typeChecked} modules type-checked ` +
  `in ${report.timings.typeCheck} ms, ${report.ran} run with ${report.checks} //=> checks in ` +
  `${report.timings.run} ms`;
if (report.failures.length > 0) {
  console.error(`\n${report.failures.length} doc-test failures. ${summary}.`);
  process.exit(1);
}
console.log(`Doc tests pass: ${summary}.`);
