import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DocTestReport, formatFailure, runDocTests } from "../../scripts/doc-tests/runner.js";

const root = fileURLToPath(new URL("../..", import.meta.url));
const fixtures = ".doc-tests/fixtures";
const fence = "```";

const GUIDE = `# A guide

A good block:

${fence}ts
const double = (n: number): number => n * 2;
double(21); //=> 42
const pair = { state: "active", days: [1, 2] };
pair; //=> { state: "active", days: [1, 2] }
pair; //=> { state: "active", … }
[3, 2, 1].map(double);
//=> [6, 4, 2]
${fence}

A block with a wrong //=>:

${fence}ts
const total = 1 + 1; //=> 3
${fence}

A block that does not compile:

${fence}ts
const count: number = "three";
${fence}

A block that throws:

${fence}ts
throw new RangeError("boom");
${fence}

A block that is not run (it would throw), only type-checked:

${fence}ts no-run
throw new Error("never run");
${fence}

A block that is skipped entirely (pseudo-code):

${fence}ts no-check
this is not TypeScript
${fence}

<!-- doc-test: no-check -->
${fence}ts
neither is this
${fence}

A block and its continuation share one module:

${fence}ts
const shared = "first";
${fence}

${fence}ts continued
shared.toUpperCase(); //=> "FIRST"
${fence}

A //=> that is never reached, and one that is not a literal:

${fence}ts
if (Math.max(1, 2) > 5) console.log(1); //=> 1
Math.max(1, 2); //=> two
${fence}

${fence}bash
echo "other languages are ignored"
${fence}
`;

const SOURCE = `/**
 * Doubles.
 *
 * @example
 * \`\`\`ts
 * twice(4); //=> 8
 * \`\`\`
 */
export function twice(n: number): number {
  return n * 2;
}

/**
 * Wrong example.
 *
 * @example
 * \`\`\`ts
 * twice(4); //=> 9
 * \`\`\`
 */
export const TWICE_NAME = "twice";

/**
 * Half, from a sibling file.
 *
 * @example
 * \`\`\`ts
 * import { HALF } from "./helper.js";
 * twice(HALF); //=> 1
 * \`\`\`
 */
export const HALF_NAME = "half";
`;

let report: DocTestReport;
const failuresAt = (file: string, line: number) =>
  report.failures.filter((failure) => failure.file === file && failure.line === line);

beforeAll(() => {
  mkdirSync(join(root, fixtures), { recursive: true });
  writeFileSync(join(root, fixtures, "guide.md"), GUIDE);
  writeFileSync(join(root, fixtures, "source.ts"), SOURCE);
  writeFileSync(join(root, fixtures, "helper.ts"), "export const HALF = 0.5;\n");
  report = runDocTests({
    root,
    markdown: [`${fixtures}/guide.md`],
    sources: [`${fixtures}/source.ts`],
    workDir: ".doc-tests/test-run",
  });
}, 120_000);

afterAll(() => rmSync(join(root, fixtures), { recursive: true, force: true }));

describe("runDocTests", () => {
  it("passes a good block: no failure on its lines", () => {
    for (let line = 6; line <= 12; line++)
      expect(failuresAt(`${fixtures}/guide.md`, line)).toEqual([]);
  });

  it("fails a block whose //=> does not match, and says what it got", () => {
    expect(failuresAt(`${fixtures}/guide.md`, 18)).toEqual([
      expect.objectContaining({ kind: "check", blockLine: 18, message: "expected 3, got 2" }),
    ]);
  });

  it("fails a block that does not compile, with the tsc diagnostic", () => {
    const [failure] = failuresAt(`${fixtures}/guide.md`, 24);
    expect(failure?.kind).toBe("compile");
    expect(failure?.message).toMatch(/^TS2322: Type 'string' is not assignable to type 'number'/);
  });

  it("fails a block that throws, on the line it throws from", () => {
    expect(failuresAt(`${fixtures}/guide.md`, 30)).toEqual([
      expect.objectContaining({ kind: "run", message: "RangeError: boom" }),
    ]);
  });

  it("type-checks a no-run block without running it, and skips no-check blocks", () => {
    expect(failuresAt(`${fixtures}/guide.md`, 36)).toEqual([]);
    expect(failuresAt(`${fixtures}/guide.md`, 42)).toEqual([]);
    expect(failuresAt(`${fixtures}/guide.md`, 47)).toEqual([]);
    expect(report.skipped).toBe(2);
  });

  it("runs a continued block in the module of the block before it", () => {
    expect(failuresAt(`${fixtures}/guide.md`, 57)).toEqual([]);
  });

  it("fails a //=> that is never reached or is not a literal", () => {
    expect(failuresAt(`${fixtures}/guide.md`, 63)).toEqual([
      expect.objectContaining({ kind: "check", message: "this //=> was never reached" }),
    ]);
    expect(failuresAt(`${fixtures}/guide.md`, 64)).toEqual([
      expect.objectContaining({ kind: "check", message: "//=> not a literal: two" }),
    ]);
  });

  it("imports the documented file's exports into a TSDoc example, and checks its //=>", () => {
    expect(failuresAt(`${fixtures}/source.ts`, 6)).toEqual([]);
    expect(failuresAt(`${fixtures}/source.ts`, 18)).toEqual([
      expect.objectContaining({ kind: "check", message: "expected 9, got 8" }),
    ]);
  });

  it("resolves a TSDoc example's relative import from its source file", () => {
    expect(failuresAt(`${fixtures}/source.ts`, 28)).toEqual([]);
    expect(failuresAt(`${fixtures}/source.ts`, 29)).toEqual([]);
    expect(report.checks).toBeGreaterThan(0);
  });

  it("counts blocks and checks, and reports nothing else", () => {
    expect(report.blocks).toBe(13);
    expect(report.failures).toHaveLength(6);
    expect(
      formatFailure(
        report.failures[0] ?? { kind: "run", file: "", line: 0, blockLine: 0, message: "" },
      ),
    ).toMatch(
      /^\.doc-tests\/fixtures\/guide\.md:18: \[check\] expected 3, got 2 \(block at line 18\)$/,
    );
  });
});
