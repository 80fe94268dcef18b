import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/program.js";
import { memoryIo } from "./memory-io.js";

/** Parsed JSON, loosely typed: tests mutate it freely. */
// biome-ignore lint/suspicious/noExplicitAny: test fixtures are arbitrary JSON
type JsonObject = Record<string, any>;

const VRAI = readFileSync(new URL("../../examples/vrai.json", import.meta.url), "utf8");

function mutated(change: (data: JsonObject) => void): string {
  const data = JSON.parse(VRAI);
  change(data);
  return JSON.stringify(data);
}

describe("cmq-kit validate", () => {
  it("exits 0 on the example and prints the verdict and the warning", async () => {
    const { io, output } = memoryIo({ "vrai.json": VRAI });
    expect(await runCli(["validate", "vrai.json", "--on", "2026-01-15"], io)).toBe(0);
    expect(output.out).toContain(
      "vrai.json: valid, 0 errors, 1 warning, 0 infos (checked on 2026-01-15)",
    );
    expect(output.out).toContain(
      "pathways\n  warning  pathways[8].target  pathway.target_not_reached",
    );
    expect(output.err).toBe("");
  });

  it("defaults --on to today", async () => {
    const { io, output } = memoryIo({ "vrai.json": VRAI });
    expect(await runCli(["validate", "vrai.json"], io)).toBe(0);
    expect(output.out).toContain("(checked on 2026-01-15)");
  });

  it("exits 1 with located issues grouped by section on a broken copy", async () => {
    const broken = mutated((data) => {
      data.partners[10].siret = "55210055400014";
      data.projects[0].partnerId = "michelin";
    });
    const { io, output } = memoryIo({ "broken.json": broken });
    expect(
      await runCli(["validate", "broken.json", "--on", "2026-01-15", "--locale", "fr"], io),
    ).toBe(1);
    expect(output.out).toContain(
      "broken.json : invalide, 2 erreurs, 1 avertissement, 0 information (vérifié au 2026-01-15)",
    );
    expect(output.out).toContain(
      "partners\n  erreur         partners[10].siret  network.invalid_siret",
    );
    expect(output.out).toContain(
      "projects\n  erreur         projects[0].partnerId  dataset.unknown_reference\n                 Aucun partenaire n'a l'identifiant « michelin ».",
    );
    expect(output.out).toContain("Le parcours ne couvre pas 3 blocs de la formation cible");
    expect(output.out).not.toMatch(/\b(error|warning)\b|\(s\)|\(e\)/);
  });

  it("prints { ok, issues } with --format json", async () => {
    const broken = mutated((data) => {
      data.learners[0].birthDate = "2005-02-30";
    });
    const { io, output } = memoryIo({ "broken.json": broken });
    expect(await runCli(["validate", "broken.json", "--format", "json"], io)).toBe(1);
    const printed = JSON.parse(output.out);
    expect(Object.keys(printed)).toEqual(["ok", "issues"]);
    expect(printed.ok).toBe(false);
    expect(printed.issues[0]).toMatchObject({
      code: "dataset.invalid_input",
      severity: "error",
      path: ["learners", 0, "birthDate"],
    });
  });

  it.each([
    ["an empty object", "{}"],
    ["an array", "[]"],
    ["wrong types", '{"campus": 1, "partners": "none"}'],
    [
      "prototype keys",
      '{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}',
    ],
  ])("exits 1 on %s, without a stack trace or pollution", async (_, text) => {
    const { io, output } = memoryIo({ "data.json": text });
    expect(await runCli(["validate", "data.json"], io)).toBe(1);
    expect(output.out).toContain("dataset.invalid_input");
    expect(output.out + output.err).not.toMatch(/\n\s+at /);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("colours severities only when the output takes colours", async () => {
    const broken = mutated((data) => {
      data.projects[0].partnerId = "michelin";
    });
    const plain = memoryIo({ "b.json": broken });
    await runCli(["validate", "b.json"], plain.io);
    expect(plain.output.out).not.toContain("\u001b[");
    const coloured = memoryIo({ "b.json": broken }, { colour: true });
    await runCli(["validate", "b.json"], coloured.io);
    expect(coloured.output.out).toContain("\u001b[31merror");
  });
});

describe("cmq-kit status", () => {
  it("shows the label status on a date", async () => {
    const { io, output } = memoryIo({ "vrai.json": VRAI });
    expect(await runCli(["status", "vrai.json", "--on", "2029-10-01"], io)).toBe(0);
    expect(output.out).toBe(
      [
        "Campus des métiers et des qualifications d'excellence ITIP — on 2029-10-01: labelled, renewal due",
        "  category: CMQ of excellence",
        "  valid: 2020-02-06 → 2030-02-05",
        "  days left: 127",
        "",
      ].join("\n"),
    );
  });

  it("honours --window and prints JSON", async () => {
    const { io, output } = memoryIo({ "vrai.json": VRAI });
    expect(
      await runCli(
        ["status", "vrai.json", "--on", "2029-10-01", "--window", "90", "--format", "json"],
        io,
      ),
    ).toBe(0);
    expect(JSON.parse(output.out)).toMatchObject({
      campus: "cmq-itip",
      state: "labelled",
      daysLeft: 127,
    });
  });

  it("says when the label has expired, in French", async () => {
    const { io, output } = memoryIo({ "vrai.json": VRAI });
    expect(await runCli(["status", "vrai.json", "--on", "2031-01-01", "--locale", "fr"], io)).toBe(
      0,
    );
    expect(output.out).toContain("au 2031-01-01 : label expiré");
  });

  it("exits 1 with the shape issues when the file is not a dataset", async () => {
    const { io, output } = memoryIo({ "x.json": '{"campus": {}}' });
    expect(await runCli(["status", "x.json", "--on", "2026-01-15"], io)).toBe(1);
    expect(output.err).toContain("dataset.invalid_input");
  });
});

describe("cmq-kit audit", () => {
  it("shows a pathway's progress towards its target", async () => {
    const { io, output } = memoryIo({ "vrai.json": VRAI });
    expect(
      await runCli(["audit", "vrai.json", "--pathway", "p-noah", "--on", "2026-01-15"], io),
    ).toBe(0);
    expect(output.out).toContain("blocks missing: RNCP35341BC01, RNCP35341BC02, RNCP35341BC04");
    expect(output.out).toContain("target reached: no");
  });

  it("prints the audit as JSON", async () => {
    const { io, output } = memoryIo({ "vrai.json": VRAI });
    expect(
      await runCli(
        ["audit", "vrai.json", "--pathway", "p-lea", "--on", "2026-01-15", "--format", "json"],
        io,
      ),
    ).toBe(0);
    expect(JSON.parse(output.out)).toMatchObject({
      on: "2026-01-15",
      ects: { earned: 120, planned: 60 },
    });
  });

  it("exits 2 for an unknown pathway", async () => {
    const { io, output } = memoryIo({ "vrai.json": VRAI });
    expect(await runCli(["audit", "vrai.json", "--pathway", "p-nobody"], io)).toBe(2);
    expect(output.err).toContain('No pathway "p-nobody"');
  });
});

describe("cmq-kit match", () => {
  it("allocates the example's learners and explains the refusals", async () => {
    const { io, output } = memoryIo({ "vrai.json": VRAI });
    expect(await runCli(["match", "vrai.json"], io)).toBe(0);
    expect(output.out).toContain("11 of 12 learners placed");
    expect(output.out).toMatch(/l-noah\s+→ unassigned/);
    expect(output.out).toContain("Choices obtained: 1: 9");
    expect(output.out).toContain("Why not better?");
    expect(output.out).toContain(
      "Choice #1, proj-metalliance-hydraulics: the project is full (1/1)",
    );
  });

  it("prints CSV with one row per learner", async () => {
    const { io, output } = memoryIo({ "vrai.json": VRAI });
    expect(await runCli(["match", "vrai.json", "--format", "csv"], io)).toBe(0);
    const lines = output.out.trim().split("\n");
    expect(lines[0]).toBe("learnerId,projectId,choice,score");
    expect(lines).toHaveLength(13);
    expect(lines).toContain("l-noah,,,");
  });

  it("prints JSON with the seed echoed, supervisor-optimal on request", async () => {
    const { io, output } = memoryIo({ "vrai.json": VRAI });
    expect(
      await runCli(
        ["match", "vrai.json", "--format", "json", "--optimal", "supervisor", "--seed", "7"],
        io,
      ),
    ).toBe(0);
    const printed = JSON.parse(output.out);
    expect(printed).toMatchObject({ optimal: "supervisor", tieBreak: "lottery", seed: 7 });
    expect(printed.report.blockingPairs).toBe(0);
    expect(printed.matches.length + printed.unassigned.length).toBe(12);
  });

  it("bounds generated lists with --max-preferences and says how many pairs it scored", async () => {
    const data = JSON.parse(VRAI);
    for (const learner of data.learners) delete learner.preferences;
    const { io, output } = memoryIo({ "g.json": JSON.stringify(data) });
    const args = ["match", "g.json", "--format", "json"];
    expect(await runCli([...args, "--max-preferences", "1"], io)).toBe(0);
    const printed = JSON.parse(output.out);
    expect(printed.matches.every((m: JsonObject) => m.choice === 1)).toBe(true);
    expect(printed.pairs.kept).toBeLessThanOrEqual(data.learners.length);
    expect(printed.pairs.considered).toBe(data.learners.length * data.projects.length);
    const wide = memoryIo({ "g.json": JSON.stringify(data) });
    expect(await runCli([...args, "--max-preferences", "50"], wide.io)).toBe(0);
    expect(JSON.parse(wide.output.out).pairs.kept).toBeGreaterThan(printed.pairs.kept);
    const bad = memoryIo({ "g.json": "{}" }, {});
    expect(await runCli(["match", "g.json", "--max-preferences", "-1"], bad.io)).toBe(2);
    expect(bad.output.err).toContain("--max-preferences");
    const fr = memoryIo({}, {});
    expect(await runCli(["match", "--help", "--locale", "fr"], fr.io)).toBe(0);
    expect(fr.output.out).toContain("--max-preferences");
    expect(fr.output.out).toContain("au plus N projets");
  });

  it("prints the first ten explanations and counts the others, as the JSON lists them", async () => {
    const data = JSON.parse(VRAI);
    const learners = data.learners.map((learner: JsonObject) => {
      const { preferences: _, ...rest } = learner;
      return rest;
    });
    data.learners = [0, 1, 2, 3].flatMap((copy) =>
      learners.map((learner: JsonObject) => ({ ...learner, id: `${learner.id}-${copy}` })),
    );
    const files = { "many.json": JSON.stringify(data) };
    const text = memoryIo(files);
    const json = memoryIo(files);
    expect(await runCli(["match", "many.json"], text.io)).toBe(0);
    expect(await runCli(["match", "many.json", "--format", "json"], json.io)).toBe(0);
    const printed = JSON.parse(json.output.out);
    const explanations: JsonObject[] = printed.explanations;
    expect(explanations.length).toBeGreaterThan(10);
    expect(text.output.out).toContain(`  … ${explanations.length - 10} more (--format json)\n`);
    const why = text.output.out.slice(text.output.out.indexOf("Why not better?"));
    for (const [x, explanation] of explanations.entries()) {
      expect(why.includes(`  ${explanation.message}\n`)).toBe(x < 10);
    }
    for (const row of printed.matches) {
      const score = `score ${row.score.toFixed(2)}`;
      expect(text.output.out).toMatch(
        new RegExp(`${row.learnerId}\\s+→ ${row.projectId} \\(choice ${row.choice}\\) ${score}`),
      );
    }
  });

  it("speaks French", async () => {
    const { io, output } = memoryIo({ "vrai.json": VRAI });
    expect(await runCli(["match", "vrai.json", "--locale", "fr"], io)).toBe(0);
    expect(output.out).toContain("Pourquoi pas mieux ?");
    expect(output.out).toMatch(/l-noah\s+→ sans projet/);
  });

  it("exits 1 when learners or projects cannot be matched", async () => {
    const broken = mutated((data) => {
      data.projects[1].capacity = 0;
    });
    const { io, output } = memoryIo({ "b.json": broken });
    expect(await runCli(["match", "b.json"], io)).toBe(1);
    expect(output.err + output.out).toContain("dataset.invalid_input");
  });
});
