/**
 * The program that runs the units in a child process (`node --enable-source-maps harness.mjs`).
 * It is written out as text because it must run as plain JavaScript next to the units.
 */

/** One unit as the harness sees it. */
export interface ManifestUnit {
  /** File name stem of the unit (`u12` → `u12.mjs`). */
  id: string;
  /** The `//=>` texts, by check index. */
  checks: string[];
}

/** What the harness reports for one unit. */
export interface UnitOutcome {
  /** File name stem of the unit. */
  id: string;
  /** Indexes of the checks that ran. */
  reached: number[];
  /** Checks whose value did not match. */
  failures: { index: number; message: string }[];
  /** The error that stopped the unit, with the unit line it was thrown from when known. */
  error: { message: string; line: number | null } | null;
}

/** The harness source (an ES module). */
export const HARNESS = `
import { readFileSync, writeFileSync } from "node:fs";
import { mismatch, parseExpectation } from "./expect.mjs";

const here = new URL("./", import.meta.url);
const manifest = JSON.parse(readFileSync(new URL("manifest.json", here), "utf8"));
const outcomes = [];
let current = null;
const save = () => writeFileSync(new URL("outcomes.json", here), JSON.stringify(outcomes));
const describe = (error, id) => {
  const message = error instanceof Error ? error.name + ": " + error.message : "thrown: " + String(error);
  const stack = error instanceof Error ? String(error.stack) : "";
  const found = new RegExp("/" + id + "\\\\.ts:(\\\\d+)").exec(stack);
  return { message, line: found ? Number(found[1]) - 1 : null };
};
process.exit = (code) => { throw new Error("the block called process.exit(" + code + ")"); };
process.on("unhandledRejection", (reason) => {
  if (current && !current.error) current.error = describe(reason, current.id);
});
for (const unit of manifest.units) {
  const reached = new Set();
  const outcome = { id: unit.id, reached: [], failures: [], error: null };
  current = outcome;
  globalThis.__docCheck = (value, index) => {
    reached.add(index);
    const parsed = parseExpectation(unit.checks[index]);
    const found = parsed.ok ? mismatch(parsed.pattern, value) : parsed.error;
    if (found !== null) outcome.failures.push({ index, message: found });
    return value;
  };
  let timer;
  try {
    await Promise.race([
      import(new URL(unit.id + ".mjs", here).href),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error("timed out after " + manifest.timeoutMs + " ms")), manifest.timeoutMs);
      }),
    ]);
    await new Promise((resolve) => setImmediate(resolve));
  } catch (error) {
    outcome.error = describe(error, unit.id);
  } finally {
    clearTimeout(timer);
  }
  outcome.reached = [...reached];
  outcomes.push(outcome);
}
current = null;
save();
`;
