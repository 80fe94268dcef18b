import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { CliIo } from "../../src/cli/io.js";
import { runCli } from "../../src/cli/program.js";
import { memoryIo } from "./memory-io.js";

// biome-ignore lint/suspicious/noExplicitAny: test fixtures are arbitrary JSON
type JsonObject = Record<string, any>;

const VRAI = readFileSync(new URL("../../examples/vrai.json", import.meta.url), "utf8");

function mutated(change: (data: JsonObject) => void): string {
  const data = JSON.parse(VRAI);
  change(data);
  return JSON.stringify(data);
}

/** Runs the program on the example given on standard input, with a fixed clock. */
async function onStdin(args: string[], today = "2026-01-15", stdin = VRAI) {
  const { io, output } = memoryIo({}, { stdin, today });
  const code = await runCli(args, io);
  return { code, ...output };
}

describe("cmq-kit network", () => {
  it("groups the members in force by kind, with their roles, in English", async () => {
    const { io, output } = memoryIo({ "vrai.json": VRAI });
    expect(await runCli(["network", "vrai.json", "--on", "2026-01-15"], io)).toBe(0);
    expect(output.out).toContain(
      "Campus des métiers et des qualifications d'excellence ITIP: valid, 0 errors, 0 warnings, 0 infos (checked on 2026-01-15)",
    );
    expect(output.out).toContain("Members in force: 17 members");
    expect(output.out).toContain("  Company (4)\n    Alfa Laval [alfa-laval] — member\n");
    expect(output.out).toContain(
      "IUT du Creusot (université de Bourgogne) [iut-creusot] — carrier, governance, host",
    );
    expect(output.out).toContain("no issue");
    expect(output.err).toBe("");
  });

  it("speaks French, on standard input, on today's date by default", async () => {
    const { code, out, err } = await onStdin(["network", "-", "--locale", "fr"], "2026-03-02");
    expect(code).toBe(0);
    expect(err).toBe("");
    expect(out).toContain(
      "ITIP : valide, 0 erreur, 0 avertissement, 0 information (vérifié au 2026-03-02)",
    );
    expect(out).toContain("Membres en vigueur : 17 membres");
    expect(out).toContain("  Entreprise (4)\n");
    expect(out).toContain("[iut-creusot] — porteur, gouvernance, accueil");
    expect(out).toContain("aucune anomalie");
  });

  it("exits 1 with located issues in the locale's words when the network has errors", async () => {
    const broken = mutated((data) => {
      data.partners[10].siret = "55210055400014";
      data.campus.members = data.campus.members.filter(
        (member: JsonObject) => !member.roles.includes("carrier"),
      );
    });
    const { code, out } = await onStdin(["network", "-", "--locale", "fr"], "2026-01-15", broken);
    expect(code).toBe(1);
    expect(out).toContain("invalide, 2 erreurs, 0 avertissement");
    expect(out).toContain("  erreur         partners[10].siret  network.invalid_siret");
    expect(out).toContain("network.no_carrier");
    expect(out).not.toMatch(/\b(error|warning)\b|\(s\)|\(e\)/);
  });

  it("reports malformed parts as issues instead of stopping", async () => {
    const broken = mutated((data) => {
      data.campus.labels[0].durationYears = "5";
      data.partners[1].uai = "0000000A";
    });
    const { code, out } = await onStdin(["network", "-", "--format", "json"], "2026-01-15", broken);
    expect(code).toBe(1);
    const printed = JSON.parse(out);
    expect(printed).toMatchObject({ campus: "cmq-itip", on: "2026-01-15", ok: false });
    expect(printed.issues.map((issue: JsonObject) => issue.code)).toContain("network.invalid_uai");
    expect(printed.members.length).toBeGreaterThan(5);
  });

  it("merges a partner's memberships and leaves out unknown partners", async () => {
    const twice = mutated((data) => {
      data.campus.members.push(
        { partnerId: "alfa-laval", roles: ["member", "sponsor"], from: "2021-01-01" },
        { partnerId: "ghost", roles: ["member"], from: "2021-01-01" },
        { partnerId: "alfa-laval", roles: ["host"], from: "2030-01-01" },
      );
    });
    const { code, out } = await onStdin(["network", "-", "--format", "json"], "2026-01-15", twice);
    expect(code).toBe(1);
    const printed = JSON.parse(out);
    const companies = printed.members.find((group: JsonObject) => group.kind === "company");
    expect(companies.members[0]).toEqual({
      partnerId: "alfa-laval",
      name: "Alfa Laval",
      roles: ["member", "sponsor"],
    });
    expect(JSON.stringify(printed.members)).not.toContain("ghost");
    expect(printed.issues.map((issue: JsonObject) => issue.code)).toContain(
      "network.unknown_partner",
    );
  });

  it("prints JSON: the members by kind and the issues", async () => {
    const { code, out } = await onStdin(["network", "-", "--format", "json", "--on", "2026-01-15"]);
    expect(code).toBe(0);
    const printed = JSON.parse(out);
    expect(printed.ok).toBe(true);
    expect(printed.issues).toEqual([]);
    expect(printed.members.find((group: JsonObject) => group.kind === "company")).toMatchObject({
      name: "Company",
      members: [{ partnerId: "alfa-laval", name: "Alfa Laval", roles: ["member"] }, {}, {}, {}],
    });
  });

  it("shows no member for data without a readable campus", async () => {
    const { code, out } = await onStdin(["network", "-"], "2026-01-15", '{"campus": 1}');
    expect(code).toBe(1);
    expect(out).toContain("Members in force: 0 members\n  none");
    const french = await onStdin(["network", "-", "--locale", "fr"], "2026-01-15", "[]");
    expect(french.out).toContain("Membres en vigueur : 0 membre\n  aucun");
    expect(french.out).toContain("l'entrée standard : invalide");
  });
});

describe("cmq-kit excellence", () => {
  it("judges every criterion with its evidence, in English", async () => {
    const { io, output } = memoryIo({ "vrai.json": VRAI });
    expect(await runCli(["excellence", "vrai.json", "--on", "2026-01-15"], io)).toBe(0);
    expect(output.out).toContain("excellence criteria on 2026-01-15");
    expect(output.out).toContain("not the official decision");
    expect(output.out).toContain("Partnerships with companies: met");
    expect(output.out).toContain(": cannot tell");
    expect(output.out).toContain("9 of 10 criteria met.");
  });

  it("speaks French, on standard input, on today's date by default", async () => {
    const { code, out } = await onStdin(["excellence", "-", "--locale", "fr"], "2026-02-01");
    expect(code).toBe(0);
    expect(out).toContain("critères d'excellence au 2026-02-01");
    expect(out).toContain("Partenariats avec les entreprises : rempli");
    expect(out).toContain("Partenariats et mobilités internationaux : indéterminé");
    expect(out).toContain("9 critères remplis sur 10.");
  });

  it("says « non rempli » and counts one criterion in the singular", async () => {
    const bare = mutated((data) => {
      data.campus.sites = [];
      data.campus.fundings = [];
      data.campus.members = data.campus.members.filter(
        (member: JsonObject) => member.partnerId === "iut-creusot",
      );
    });
    const { out } = await onStdin(["excellence", "-", "--locale", "fr"], "2026-01-15", bare);
    expect(out).toContain(": non rempli");
    expect(out).toMatch(/\n[01] critère rempli sur 10\.\n/);
  });

  it("prints JSON", async () => {
    const { code, out } = await onStdin(["excellence", "-", "--format", "json"]);
    expect(code).toBe(0);
    const printed = JSON.parse(out);
    expect(printed).toMatchObject({ campus: "cmq-itip", on: "2026-01-15" });
    expect(printed.criteria.find((c: JsonObject) => c.id === "totem-place").met).toBe(true);
  });
});

describe("cmq-kit contributions", () => {
  it("sums euros and hours by kind and partner, in English", async () => {
    const { io, output } = memoryIo({ "vrai.json": VRAI });
    expect(await runCli(["contributions", "vrai.json", "--on", "2026-01-15"], io)).toBe(0);
    expect(output.out).toContain("  total: €670,000, 4,270 hours (18 contributions)");
    expect(output.out).toContain("  Skills sponsorship: €48,000, 760 hours (3 contributions)");
    expect(output.out).toContain("  Equipment: €80,000, 0 hours (2 contributions)");
    expect(output.out).toContain("Alfa Laval [alfa-laval]: €6,000, 200 hours (1 contribution)");
  });

  it("speaks French with French numbers and plurals, on standard input", async () => {
    const { code, out } = await onStdin(["contributions", "-", "--locale", "fr"], "2026-01-15");
    expect(code).toBe(0);
    expect(out).toContain("  total : 670\u202f000 €, 4\u202f270 heures (18 contributions)");
    expect(out).toContain("  Équipement : 80\u202f000 €, 0 heure (2 contributions)");
    expect(out).toContain("Alfa Laval [alfa-laval] : 6\u202f000 €, 200 heures (1 contribution)");
    expect(out).not.toMatch(/\d\.\d|\(s\)/);
  });

  it("defaults --on to today: nothing in force before the campus", async () => {
    const { out } = await onStdin(["contributions", "-", "--locale", "fr"], "2001-01-01");
    expect(out).toContain("contributions au 2001-01-01");
    expect(out).toContain("total : 0 €, 0 heure (0 contribution)");
    expect(out).toContain("Par nature de contribution\n  aucune");
    expect(out).toContain("Par type de partenaire\n  aucun");
    expect(out).toContain("Par partenaire\n  aucun");
    const english = await onStdin(["contributions", "-"], "2001-01-01");
    expect(english.out).toContain("total: €0, 0 hours (0 contributions)");
    expect(english.out).toContain("By partner\n  none");
  });

  it("lists what it left out and exits 1; counts unknown partners apart", async () => {
    const broken = mutated((data) => {
      data.campus.members[0].from = "2020-02-30";
      data.partners = data.partners.filter((p: JsonObject) => p.id !== "alfa-laval");
    });
    const { code, out } = await onStdin(["contributions", "-"], "2026-01-15", broken);
    expect(code).toBe(1);
    expect(out).toContain("Unknown partners: €6,000, 200 hours (1 contribution)");
    expect(out).toContain("campus.members[0].from");
  });

  it("prints JSON", async () => {
    const { code, out } = await onStdin(["contributions", "-", "--format", "json"]);
    expect(code).toBe(0);
    const printed = JSON.parse(out);
    expect(printed).toMatchObject({ campus: "cmq-itip", on: "2026-01-15" });
    expect(printed.byContributionKind["skills-sponsorship"]).toEqual({
      amountEur: 48000,
      hours: 760,
      count: 3,
    });
  });
});

describe("cmq-kit match --max-score", () => {
  it("allocates for the maximum total score, in English", async () => {
    const { io, output } = memoryIo({ "vrai.json": VRAI });
    expect(await runCli(["match", "vrai.json", "--max-score"], io)).toBe(0);
    expect(output.out).toContain("Maximum total score: 8.31 (12 of 12 learners placed).");
    expect(output.out).toContain("it may contain blocking pairs");
    expect(output.out).toMatch(/l-tom\s+→ proj-iut-3d \(choice 2\) score 0\.95/);
  });

  it("speaks French with French numbers, on standard input", async () => {
    const { code, out } = await onStdin(["match", "-", "--max-score", "--locale", "fr"]);
    expect(code).toBe(0);
    expect(out).toContain("Score total maximal : 8,31 (12 apprenants affectés sur 12).");
    expect(out).toMatch(/l-tom\s+→ proj-iut-3d \(choix n° 2\) score 0,95/);
    expect(out).not.toMatch(/\d\.\d/);
  });

  it("prints JSON and CSV, with a seed", async () => {
    const json = await onStdin(["match", "-", "--max-score", "--format", "json", "--seed", "3"]);
    expect(json.code).toBe(0);
    const printed = JSON.parse(json.out);
    expect(printed).toMatchObject({ objective: "max-score", seed: 3, unassigned: [] });
    expect(printed.totalScore).toBeCloseTo(8.31, 2);
    expect(printed.matches).toHaveLength(12);
    const csv = await onStdin(["match", "-", "--max-score", "--format", "csv"]);
    expect(csv.out.split("\n")[0]).toBe("learnerId,projectId,choice,score");
    expect(csv.out.trim().split("\n")).toHaveLength(13);
  });

  it("shows unassigned learners", async () => {
    const small = mutated((data) => {
      data.projects = data.projects.slice(0, 1);
    });
    const { code, out } = await onStdin(
      ["match", "-", "--max-score", "--locale", "fr"],
      "x",
      small,
    );
    expect(code).toBe(0);
    expect(out).toMatch(/→ sans projet/);
    expect(out).toMatch(/^Score total maximal : [\d,]+ \(\d apprenants? affectés? sur 12\)\./);
  });

  it("refuses --max-score with --optimal, or with a value (exit 2)", async () => {
    for (const [args, message] of [
      [
        ["match", "-", "--max-score", "--optimal", "learner"],
        "Options --max-score and --optimal cannot be used together.",
      ],
      [["match", "-", "--max-score=yes"], "Invalid option"],
      [
        ["match", "-", "--max-score", "--optimal", "supervisor", "--locale", "fr"],
        "cmq-kit : erreur : Les options --max-score et --optimal ne peuvent pas être données ensemble.",
      ],
    ] as const) {
      const { code, err, out } = await onStdin([...args]);
      expect(code).toBe(2);
      expect(err).toContain(message);
      expect(out).toBe("");
    }
  });

  it("is in the command's help", async () => {
    const { io, output } = memoryIo();
    expect(await runCli(["match", "--help"], io)).toBe(0);
    expect(output.out).toContain("[--max-score]");
    expect(output.out).toContain("--max-score  maximum total score");
  });
});

describe("cmq-kit status: --on defaults to today", () => {
  it("uses the io's clock when --on is absent", async () => {
    const { code, out } = await onStdin(["status", "-", "--locale", "fr"], "2029-10-01");
    expect(code).toBe(0);
    expect(out).toContain(
      "— au 2029-10-01 : labellisé, renouvellement à préparer\n  catégorie : CMQ d'excellence\n  validité : 2020-02-06 → 2030-02-05\n  jours restants : 127\n",
    );
    const english = await onStdin(["status", "-"], "2031-01-01");
    expect(english.out).toContain("on 2031-01-01: label expired");
  });

  it("writes large numbers the locale's way", async () => {
    const { out } = await onStdin(["status", "-", "--locale", "fr"], "2026-12-07");
    expect(out).toContain("jours restants : 1\u202f156");
    const english = await onStdin(["status", "-"], "2026-12-07");
    expect(english.out).toContain("days left: 1,156");
  });
});

describe("standard input (-)", () => {
  it("validates standard input and names it in the verdict", async () => {
    const { code, out } = await onStdin(["validate", "-"]);
    expect(code).toBe(0);
    expect(out).toContain("standard input: valid, 0 errors, 1 warning, 0 infos");
    const french = await onStdin(["validate", "-", "--locale", "fr"]);
    expect(french.out).toContain("l'entrée standard : valide, 0 erreur, 1 avertissement");
    expect(french.out).toContain("  avertissement  pathways[8].target  pathway.target_not_reached");
  });

  it("gives invalid JSON on standard input as one error line, exit 2", async () => {
    const { code, err } = await onStdin(["network", "-", "--locale", "fr"], "x", "{,");
    expect(code).toBe(2);
    expect(err).toBe(
      "cmq-kit : erreur : l'entrée standard : JSON invalide ligne 1, colonne 2 : caractère inattendu.\n",
    );
  });

  it("exits 2 when standard input cannot be read", async () => {
    const { io, output } = memoryIo();
    expect(await runCli(["excellence", "-"], io)).toBe(2);
    expect(output.err).toBe(
      "cmq-kit: error: Cannot read standard input: standard input is closed.\n",
    );
    const { io: noStdin, output: noStdinOutput } = memoryIo();
    const { readStdin: _, ...withoutStdin } = noStdin;
    const io2: CliIo = withoutStdin;
    expect(await runCli(["contributions", "-", "--locale", "fr"], io2)).toBe(2);
    expect(noStdinOutput.err).toBe(
      "cmq-kit : erreur : Impossible de lire l'entrée standard : pas d'entrée standard ici.\n",
    );
  });

  it("reads a CSV template from standard input", async () => {
    const csv = readFileSync(new URL("../../templates/partenaires.csv", import.meta.url), "utf8");
    const { code, out } = await onStdin(["import", "-"], "x", csv);
    expect(code).toBe(0);
    expect(Object.keys(JSON.parse(out))).toEqual(["partners"]);
    const count = JSON.parse(out).partners.length as number;
    for (const [locale, line] of [
      ["en", `Wrote p.json: ${count} partners.\n`],
      ["fr", `p.json écrit : ${count} partenaires.\n`],
    ] as const) {
      const { io, output, written } = memoryIo({}, { stdin: csv });
      expect(await runCli(["import", "-", "--out", "p.json", "--locale", locale], io)).toBe(0);
      expect(output.err).toBe(line);
      expect(written["p.json"]).toBe(out);
    }
    const one = csv.split("\n").slice(0, 2).join("\n");
    const learners = readFileSync(
      new URL("../../templates/apprenants.csv", import.meta.url),
      "utf8",
    );
    for (const [text, locale, line] of [
      [one, "fr", "p.json écrit : 1 partenaire.\n"],
      [one, "en", "Wrote p.json: 1 partner.\n"],
      [learners.split("\n").slice(0, 2).join("\n"), "fr", "p.json écrit : 1 apprenant.\n"],
      [learners.split("\n").slice(0, 2).join("\n"), "en", "Wrote p.json: 1 learner.\n"],
    ] as const) {
      const { io, output } = memoryIo({}, { stdin: text });
      expect(await runCli(["import", "-", "--out", "p.json", "--locale", locale], io)).toBe(0);
      expect(output.err).toBe(line);
    }
  });
});

describe("one prefix on every error line", () => {
  const cases: [string[], Record<string, string>][] = [
    [[], {}],
    [["frobnicate"], {}],
    [["validate"], {}],
    [["network", "a.json", "--on", "x"], {}],
    [["status", "a.json", "--on", "2025-01-01", "--on", "2026-01-01"], {}],
    [["excellence", "missing.json"], {}],
    [["contributions", "bad.json"], { "bad.json": "[1," }],
    [["report", "bad.json"], { "bad.json": "[1," }],
    [["match", "bad.json"], { "bad.json": "[1," }],
    [["audit", "vrai.json", "--pathway", "nobody"], { "vrai.json": VRAI }],
    [["export", "vrai.json", "--format", "schemaorg", "--issuer", "x"], { "vrai.json": VRAI }],
    [["registry", "frob", "x"], {}],
    [["registry", "show", "RNCP1", "--registry", "r.json"], {}],
    [["import", "x.csv"], { "x.csv": "a,b\n1,2\n" }],
  ];
  it.each(cases)("%j: every line of standard error starts with the prefix", async (args, files) => {
    for (const [locale, prefix, help] of [
      ["en", "cmq-kit: error: ", "Run `cmq-kit --help` for usage."],
      ["fr", "cmq-kit : erreur : ", "Lancez `cmq-kit --help` pour l'aide."],
    ] as const) {
      const { io, output } = memoryIo(files);
      const code = await runCli([...args, "--locale", locale], io);
      expect(code).toBe(2);
      // With no command, the program's help comes first: only its last two lines are the error.
      const all = output.err.trimEnd().split("\n");
      const lines = args.length === 0 ? all.slice(-2) : all;
      const errors = lines.filter((line) => line !== help && !line.startsWith(" ") && line !== "");
      expect(errors.length).toBeGreaterThan(0);
      for (const line of errors) expect(line.startsWith(prefix), line).toBe(true);
    }
  });
});

describe("the line for a bug", () => {
  it("has the same prefix, in both languages", async () => {
    const { errorLine } = await import("../../src/cli/errors.js");
    const { textsFor } = await import("../../src/cli/texts.js");
    const { localeArgument } = await import("../../src/cli/program.js");
    const en = textsFor(localeArgument(["validate", "a.json"]));
    const fr = textsFor(localeArgument(["validate", "a.json", "--locale=fr"]));
    expect(errorLine(en, en.unexpected("boom"))).toMatch(
      /^cmq-kit: error: unexpected failure: boom\n/,
    );
    expect(errorLine(fr, fr.unexpected("boum"))).toMatch(
      /^cmq-kit : erreur : défaillance inattendue : boum\nC'est un bogue de cmq-kit/,
    );
  });
});

describe("cmq-kit audit in French, on standard input, on today's date", () => {
  it("writes the date of the io's clock and French numbers", async () => {
    const { code, out } = await onStdin(["audit", "-", "--pathway", "p-lea", "--locale", "fr"]);
    expect(code).toBe(0);
    expect(out).toContain("Parcours p-lea (l-lea) — au 2026-01-15");
    expect(out).toContain("  ECTS : 120 acquis, 60 prévus");
    expect(out).toContain("objectif atteint : non");
  });
});
