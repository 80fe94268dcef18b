import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/program.js";
import { parseHtml } from "../render/markup.js";
import { memoryIo } from "./memory-io.js";

const VRAI = readFileSync(new URL("../../examples/vrai.json", import.meta.url), "utf8");

describe("cmq-kit report", () => {
  it("writes the campus report as one HTML document, in French", async () => {
    const { io, output } = memoryIo({ "vrai.json": VRAI });
    expect(await runCli(["report", "vrai.json", "--on", "2026-01-15", "--locale", "fr"], io)).toBe(
      0,
    );
    expect(output.out.startsWith("<!DOCTYPE html>")).toBe(true);
    expect(output.out).toContain("Situation au 15/01/2026");
    parseHtml(output.out);
    expect(output.err).toBe("");
  });

  it("takes today by default and still writes a report for invalid data", async () => {
    const { io, output } = memoryIo({ "bad.json": '{"campus": 42}' });
    expect(await runCli(["report", "bad.json"], io)).toBe(0);
    expect(output.out).toContain("Situation on 2026-01-15");
    expect(output.out).toContain("dataset.");
  });

  it("exits 2 when the file is not JSON or cannot be read", async () => {
    const { io, output } = memoryIo({ "broken.json": "{ nope" });
    expect(await runCli(["report", "broken.json"], io)).toBe(2);
    expect(output.out).toBe("");
    expect(output.err).not.toBe("");
    expect(await runCli(["report", "missing.json"], io)).toBe(2);
    expect(await runCli(["report", "vrai.json", "--on", "someday"], io)).toBe(2);
  });

  it("is listed in the help", async () => {
    const { io, output } = memoryIo();
    await runCli(["--help"], io);
    expect(output.out).toContain("report");
  });
});
