import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/program.js";
import { fromOpenBadgeCredential } from "../../src/interop/index.js";
import { memoryIo } from "./memory-io.js";

const VRAI = readFileSync(new URL("../../examples/vrai.json", import.meta.url), "utf8");

describe("cmq-kit export", () => {
  it("writes a learner's badges as JSON Lines, each one readable back", async () => {
    const { io, output } = memoryIo({ "vrai.json": VRAI });
    const code = await runCli(
      [
        "export",
        "vrai.json",
        "--format",
        "openbadges",
        "--learner",
        "l-lea",
        "--on",
        "2026-07-01",
        "--output",
        "jsonl",
      ],
      io,
    );
    expect(code).toBe(0);
    const lines = output.out
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line));
    expect(lines.length).toBeGreaterThan(0);
    for (const badge of lines) {
      expect(badge.type).toContain("OpenBadgeCredential");
      expect(fromOpenBadgeCredential(badge).ok).toBe(true);
      expect(badge.validFrom).toBe("2026-07-01T00:00:00Z");
    }
    expect(output.out).not.toContain("l-lea");
  });

  it("filters by programme and defaults --on to today", async () => {
    const { io, output } = memoryIo({ "vrai.json": VRAI });
    expect(
      await runCli(
        ["export", "vrai.json", "--format", "openbadges", "--programme", "but-geii"],
        io,
      ),
    ).toBe(0);
    const badges = JSON.parse(output.out);
    expect(badges).toHaveLength(1);
    expect(badges[0].validFrom).toBe("2026-01-15T00:00:00Z");
  });

  it("writes ELM qualifications and organisations, and schema.org documents", async () => {
    const elm = memoryIo({ "vrai.json": VRAI });
    expect(
      await runCli(["export", "vrai.json", "--format", "elm", "--programme", "bts-crsa"], elm.io),
    ).toBe(0);
    const documents = JSON.parse(elm.output.out);
    expect(documents[0].type).toBe("Qualification");
    expect(documents.slice(1).every((d: { type: string }) => d.type === "Organisation")).toBe(true);
    const schema = memoryIo({ "vrai.json": VRAI });
    expect(
      await runCli(
        [
          "export",
          "vrai.json",
          "--format",
          "schemaorg",
          "--issuer",
          "lycee-des-forges",
          "--locale",
          "fr",
        ],
        schema.io,
      ),
    ).toBe(0);
    const pages = JSON.parse(schema.output.out);
    expect(pages[0]["@type"]).toBe("EducationalOccupationalProgram");
    expect(pages[0].provider.name).toMatch(/Lycée des Forges/);
  });

  it("exits 2 on an unknown issuer or format, 1 when a badge cannot be made", async () => {
    const unknown = memoryIo({ "vrai.json": VRAI });
    expect(
      await runCli(
        ["export", "vrai.json", "--format", "openbadges", "--issuer", "nobody"],
        unknown.io,
      ),
    ).toBe(2);
    expect(unknown.output.err).toContain('No partner "nobody"');
    const format = memoryIo({ "vrai.json": VRAI });
    expect(await runCli(["export", "vrai.json", "--format", "pdf"], format.io)).toBe(2);
    const data = JSON.parse(VRAI);
    data.learners[0].achievements = [{ on: "2020-01-01", programmeId: "ghost" }];
    const broken = memoryIo({ "vrai.json": JSON.stringify(data) });
    expect(
      await runCli(
        ["export", "vrai.json", "--format", "openbadges", "--learner", data.learners[0].id],
        broken.io,
      ),
    ).toBe(1);
    expect(broken.output.err).toContain("interop.unknown_programme");
    const missing = memoryIo({});
    expect(await runCli(["export", "none.json", "--format", "elm"], missing.io)).toBe(2);
  });
});
