/**
 * `npm run test:docs`: type-checks and runs every TypeScript block of README.md, docs/*.md and
 * the TSDoc `@example`s of src/, against the built package (run `npm run build` first), and
 * checks every `//=>` comment. See CONTRIBUTING.md, "Code examples".
 *
 * Arguments: file paths or prefixes to test only some files (`docs/matching.md`, `src/ids`);
 * `--keep` keeps the generated modules in .doc-tests/run; `--pending` lists the pending TSDoc
 * examples that still fail; `--write-pending` removes from scripts/doc-tests/pending.json the
 * entries that pass now (it never adds one: a failing example is fixed, not parked), keeping the
 * entries of the files not selected. An entry that passes, or whose example is gone, fails the
 * run until it is removed, so that the list only shrinks.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { type DocTestFailure, formatFailure, runDocTests } from "./doc-tests/runner.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const PENDING_FILE = "scripts/doc-tests/pending.json";

if (!existsSync(join(root, "dist", "index.d.ts"))) {
  console.error("The doc tests run against the built package: run `npm run build` first.");
  process.exit(1);
}

function sourceFiles(folder: string): string[] {
  return readdirSync(join(root, folder), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".ts"))
    .map((entry) => relative(root, join(entry.parentPath, entry.name)).replaceAll("\\", "/"))
    .sort();
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

// Pending TSDoc examples: fragments that name values they do not define. Each is known by its
// file and the text of its first code line, so that the list survives line shifts.
const pending = JSON.parse(readFileSync(join(root, PENDING_FILE), "utf8")) as {
  blocks: Record<string, string[]>;
};
const lines = new Map<string, string[]>();
const firstLine = (failure: DocTestFailure): string => {
  let text = lines.get(failure.file);
  if (!text) {
    text = readFileSync(join(root, failure.file), "utf8").split("\n");
    lines.set(failure.file, text);
  }
  return (text[failure.blockLine - 1] ?? "").replace(/^\s*\* ?/, "").trim();
};
const isPending = (failure: DocTestFailure): boolean =>
  failure.file.startsWith("src/") &&
  (pending.blocks[failure.file]?.includes(firstLine(failure)) ?? false);

if (args.includes("--write-pending")) {
  // Files outside the selection keep their entries; in the selection, only the entries whose
  // example still fails stay. No entry is ever added.
  const failing = new Set(
    report.failures.map((failure) => `${failure.file}\n${firstLine(failure)}`),
  );
  const blocks: Record<string, string[]> = {};
  for (const [file, texts] of Object.entries(pending.blocks)) {
    const kept = selected(file) ? texts.filter((text) => failing.has(`${file}\n${text}`)) : texts;
    if (kept.length > 0) blocks[file] = kept;
  }
  const note =
    "TSDoc examples that do not compile or run yet, left to a pending change of their functions' signatures. The list only shrinks: fix an example, then run npm run test:docs -- --write-pending, which removes the entries that pass (and never adds one). Guides cannot be listed here.";
  const sorted = Object.fromEntries(Object.entries(blocks).sort(([a], [b]) => a.localeCompare(b)));
  writeFileSync(join(root, PENDING_FILE), `${JSON.stringify({ note, blocks: sorted }, null, 2)}\n`);
  // Biome formats JSON too: keep the file as `npm run lint` wants it.
  spawnSync(join(root, "node_modules", ".bin", "biome"), ["format", "--write", PENDING_FILE], {
    cwd: root,
    stdio: "ignore",
  });
  console.log(`${PENDING_FILE}: ${Object.values(blocks).flat().length} pending examples.`);
  process.exit(0);
}

const failures = report.failures.filter((failure) => !isPending(failure));
const pendingFailures = report.failures.filter(isPending);
const stillPending = new Set(
  pendingFailures.map((failure) => `${failure.file}\n${firstLine(failure)}`),
);
const listed = Object.entries(pending.blocks)
  .filter(([file]) => selected(file))
  .flatMap(([file, texts]) => texts.map((text) => `${file}\n${text}`));
const fixed = listed.filter((key) => !stillPending.has(key));

for (const failure of failures) console.error(formatFailure(failure));
if (args.includes("--pending")) {
  for (const failure of pendingFailures) console.log(`pending: ${formatFailure(failure)}`);
}
for (const key of fixed) {
  console.error(
    `${PENDING_FILE}: passes now or is gone, remove it (npm run test:docs -- --write-pending): ${key.replace("\n", ": ")}`,
  );
}
const summary =
  `${report.blocks} blocks (${report.skipped} no-check), ${report.typeChecked} modules type-checked ` +
  `in ${report.timings.typeCheck} ms, ${report.ran} run with ${report.checks} //=> checks in ` +
  `${report.timings.run} ms; ${listed.length - fixed.length} TSDoc examples pending (--pending lists them)`;
if (failures.length > 0 || fixed.length > 0) {
  console.error(
    `\n${failures.length} doc-test failures, ${fixed.length} stale pending entries. ${summary}.`,
  );
  process.exit(1);
}
console.log(`Doc tests pass: ${summary}.`);
