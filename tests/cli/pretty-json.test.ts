import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { writePrettyJson } from "../../src/cli/pretty-json.js";
import { runCli } from "../../src/cli/program.js";
import { memoryIo } from "./memory-io.js";

const VRAI = readFileSync(new URL("../../examples/vrai.json", import.meta.url), "utf8");

/** The text `writePrettyJson` writes, and how many pieces and drains it took. */
async function written(value: unknown) {
  const pieces: string[] = [];
  let drains = 0;
  await writePrettyJson(
    value,
    (text) => void pieces.push(text),
    async () => void drains++,
  );
  return { text: pieces.join(""), pieces: pieces.length, drains };
}

/** The oracle: the one string the command printed before. */
const oracle = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

describe("writePrettyJson", () => {
  it("writes the text of JSON.stringify(value, null, 2) for any JSON value", async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), async (value) => {
        expect((await written(value)).text).toBe(oracle(value));
      }),
    );
  });

  it("skips or nulls what JSON.stringify skips or nulls, and honours toJSON", async () => {
    const member = fc.oneof(
      fc.jsonValue(),
      fc.constant(undefined),
      fc.constant(() => 1),
      fc.constant(new Date(Date.UTC(2026, 11, 7))),
      fc.constant(Object.create(null) as object),
    );
    const value = fc.dictionary(
      fc.string(),
      fc.oneof(member, fc.array(member), fc.dictionary(fc.string(), member)),
    );
    await fc.assert(
      fc.asyncProperty(value, async (object) => {
        expect((await written(object)).text).toBe(oracle(object));
      }),
    );
  });

  it("writes a large value in pieces of about 64 K characters, draining after each", async () => {
    const value = { rows: Array.from({ length: 20_000 }, (_, x) => ({ id: `learner-${x}`, x })) };
    const { text, pieces, drains } = await written(value);
    expect(text).toBe(oracle(value));
    expect(pieces).toBeGreaterThan(10);
    expect(drains).toBe(pieces - 1);
  });
});

describe("cmq-kit match --format json", () => {
  const learnerCounts = fc.integer({ min: 1, max: 4 });
  it("prints the same text as JSON.stringify of the whole report, on copies of the example", async () => {
    await fc.assert(
      fc.asyncProperty(learnerCounts, fc.boolean(), async (copies, supervisor) => {
        const data = JSON.parse(VRAI);
        data.learners = Array.from({ length: copies }, (_, copy) =>
          data.learners.map((learner: { id: string }) => ({
            ...learner,
            id: `${learner.id}-${copy}`,
          })),
        ).flat();
        const { io, output } = memoryIo({ "many.json": JSON.stringify(data) });
        const args = ["match", "many.json", "--format", "json"];
        if (supervisor) args.push("--optimal", "supervisor");
        expect(await runCli(args, io)).toBe(0);
        expect(output.out).toBe(oracle(JSON.parse(output.out)));
      }),
      { numRuns: 8 },
    );
  });
});

describe("writePrettyJson beneath the levels it takes apart", () => {
  it("writes objects and arrays two and three levels deep as JSON.stringify indents them", async () => {
    const leaf = fc.oneof(
      fc.jsonValue(),
      fc.constant(undefined),
      fc.constant(new Date(Date.UTC(2026, 11, 7))),
      fc.constant(new Map([["a", 1]])),
      fc.constant(Object.create(null) as object),
    );
    const deep = fc.dictionary(
      fc.string(),
      fc.oneof(fc.array(fc.array(leaf)), fc.dictionary(fc.string(), fc.array(leaf)), leaf),
    );
    await fc.assert(
      fc.asyncProperty(deep, async (value) => {
        expect((await written(value)).text).toBe(oracle(value));
      }),
    );
  });
});
