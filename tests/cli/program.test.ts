import { describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/program.js";
import { memoryIo } from "./memory-io.js";

describe("runCli: help and usage", () => {
  it("prints the help with every command and exits 0", async () => {
    for (const args of [["--help"], ["-h"], ["help"]]) {
      const { io, output } = memoryIo();
      expect(await runCli(args, io)).toBe(0);
      for (const command of ["validate", "status", "schema"])
        expect(output.out).toContain(`cmq-kit ${command}`);
      expect(output.out).toContain("Exit codes");
    }
  });

  it("exits 2 with a usage message when no command is given (issue 17)", async () => {
    const { io, output } = memoryIo();
    expect(await runCli([], io)).toBe(2);
    expect(output.out).toBe("");
    expect(output.err).toContain("cmq-kit validate");
    expect(output.err).toContain("cmq-kit: error: Missing the command");
  });

  it("exits 2 when an option is given twice instead of keeping the last (issue 17)", async () => {
    for (const args of [
      ["status", "a.json", "--on", "2025-01-01", "--on", "2026-01-01"],
      ["status", "a.json", "--on=2025-01-01", "--on", "2026-01-01"],
      ["validate", "a.json", "--locale", "en", "--locale", "fr"],
    ]) {
      const { io, output } = memoryIo();
      expect(await runCli(args, io)).toBe(2);
      expect(output.err).toMatch(
        /Option --(on|locale) is given more than once|--locale est donnée/,
      );
    }
    const { io, output } = memoryIo();
    expect(
      await runCli(["status", "a.json", "--on", "2025-01-01", "--on", "x", "--locale", "fr"], io),
    ).toBe(2);
    expect(output.err).toContain("L'option --on est donnée plusieurs fois");
  });

  it("prints the help in French with --locale fr", async () => {
    const { io, output } = memoryIo();
    expect(await runCli(["--help", "--locale", "fr"], io)).toBe(0);
    expect(output.out).toContain("Codes de sortie");
  });

  it("prints each command's help", async () => {
    const { io, output } = memoryIo();
    expect(await runCli(["validate", "--help"], io)).toBe(0);
    expect(output.out).toContain("--format");
    expect(output.out).toContain("cmq-kit validate <file.json>");
  });

  it("prints the version", async () => {
    const { io, output } = memoryIo();
    expect(await runCli(["--version"], io)).toBe(0);
    expect(output.out.trim()).toMatch(/^(dev|\d+\.\d+\.\d+.*)$/);
  });

  it.each([
    [["frobnicate"], 'Unknown command "frobnicate"'],
    [["validate"], "Missing the data file argument"],
    [["validate", "a.json", "b.json"], 'Unexpected argument "b.json"'],
    [["validate", "a.json", "--nope"], "Invalid option"],
    [["validate", "a.json", "--format", "xml"], 'Option --format: "xml" is not text | json'],
    [["validate", "a.json", "--on", "2023-02-30"], 'Option --on: "2023-02-30" is not YYYY-MM-DD'],
    [["validate", "a.json", "--locale", "de"], 'Option --locale: "de" is not en | fr'],
    [["export", "a.json"], "Option --format is required"],
    [["status", "a.json", "--on", "2026-01-01", "--window", "soon"], "Option --window"],
    [["schema", "extra"], 'Unexpected argument "extra"'],
  ])("refuses %j with exit 2 and a clear message", async (args, message) => {
    const { io, output } = memoryIo();
    expect(await runCli(args, io)).toBe(2);
    expect(output.err).toContain(message);
    expect(output.err).toContain("cmq-kit --help");
    expect(output.out).toBe("");
  });

  it("speaks French in usage errors with --locale fr", async () => {
    const { io, output } = memoryIo();
    expect(await runCli(["validate", "--locale", "fr"], io)).toBe(2);
    expect(output.err).toContain("Il manque le fichier de données.");
  });
});

describe("runCli: reading files", () => {
  it.each([
    ["missing.json", "Cannot read missing.json: no such file."],
    ["a-directory", "Cannot read a-directory: it is a directory."],
    ["locked.json", "Cannot read locked.json: permission denied."],
    ["weird.json", "Cannot read weird.json: disk on fire."],
  ])("exits 2 when %s cannot be read", async (file, message) => {
    const { io, output } = memoryIo();
    expect(await runCli(["validate", file], io)).toBe(2);
    expect(output.err).toContain(message);
  });

  it("gives the line and column of invalid JSON, exit 2", async () => {
    const { io, output } = memoryIo({ "bad.json": '{\n  "campus": {,\n}' });
    expect(await runCli(["validate", "bad.json"], io)).toBe(2);
    expect(output.err).toBe(
      "cmq-kit: error: bad.json: Invalid JSON at line 2, column 14: unexpected character.\n",
    );
    expect(output.out).toBe("");
  });

  it("gives invalid JSON as a located issue in --format json", async () => {
    const { io, output } = memoryIo({ "bad.json": "[1," });
    expect(await runCli(["validate", "bad.json", "--format", "json", "--locale", "fr"], io)).toBe(
      2,
    );
    const printed = JSON.parse(output.out);
    expect(printed.ok).toBe(false);
    expect(printed.issues[0]).toMatchObject({
      code: "dataset.invalid_json",
      params: { line: 1, column: 4 },
    });
  });
});

describe("runCli schema", () => {
  it("prints the dataset's JSON Schema", async () => {
    const { io, output } = memoryIo();
    expect(await runCli(["schema"], io)).toBe(0);
    const schema = JSON.parse(output.out);
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(schema.required).toEqual(["campus", "partners"]);
  });
});
