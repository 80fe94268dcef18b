import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/program.js";
import { readRegistryJson } from "../../src/registry/index.js";
import { registryDataset } from "../registry/dataset-fixture.js";
import { ANNUAIRE, ESR, RNCP_TABLES, STANDARD } from "../registry/fixtures.js";
import { makeZip } from "../registry/make-zip.js";
import { memoryIo } from "./memory-io.js";

const ZIP = makeZip(Object.entries(RNCP_TABLES).map(([name, data]) => ({ name, data })));

function withExport(extra: Record<string, string> = {}) {
  return memoryIo(
    { "annuaire.csv": ANNUAIRE, "esr.csv": ESR, ...extra },
    { bytes: { "export.zip": ZIP } },
  );
}

describe("cmq-kit registry import", () => {
  it("writes a registry from the zip, the Annuaire and the ESR list, with progress on a terminal", async () => {
    const { io, output, written } = memoryIo(
      { "annuaire.csv": ANNUAIRE, "esr.csv": ESR },
      { bytes: { "export.zip": ZIP }, progress: true },
    );
    const code = await runCli(
      [
        "registry",
        "import",
        "export.zip",
        "--annuaire",
        "annuaire.csv",
        "--esr",
        "esr.csv",
        "--out",
        "registry.json",
      ],
      io,
    );
    expect(code).toBe(0);
    expect(output.err).toContain("… export.zip");
    expect(output.err).toContain("Wrote registry.json: 6 certifications, 7 establishments.");
    const loaded = readRegistryJson(written["registry.json"] ?? "");
    expect(loaded.ok && loaded.value.exportedOn).toBe("2026-12-06");
    expect(loaded.ok && loaded.value.registry.establishment("0750001U")?.source).toBe("esr");
  });

  it("reads a folder of tables and prints to standard output, quietly", async () => {
    const folder = Object.fromEntries(
      Object.entries(RNCP_TABLES).map(([name, text]) => [`export/${name}`, text]),
    );
    const { io, output } = memoryIo(folder);
    expect(await runCli(["registry", "import", "export"], io)).toBe(0);
    expect(JSON.parse(output.out).certifications).toHaveLength(6);
    expect(output.err).toContain("registry.invalid_value"); // the fixture's warnings
    expect(output.err).not.toContain("…");
  });

  it("exits 1 on a file with errors and 2 on a missing one", async () => {
    const { io, output } = withExport({ "bad.csv": "uai;nom\n1;2" });
    expect(await runCli(["registry", "import", "export.zip", "--annuaire", "bad.csv"], io)).toBe(1);
    expect(output.err).toContain("registry.missing_column");
    const missing = withExport();
    expect(await runCli(["registry", "import", "nothing.zip"], missing.io)).toBe(2);
    expect(missing.output.err).toContain("Cannot read nothing.zip: no such file.");
    const noAnnuaire = withExport();
    expect(
      await runCli(["registry", "import", "export.zip", "--annuaire", "x.csv"], noAnnuaire.io),
    ).toBe(2);
    const broken = memoryIo({}, { bytes: { "export.zip": ZIP.subarray(0, 100) } });
    expect(await runCli(["registry", "import", "export.zip"], broken.io)).toBe(1);
    expect(broken.output.err).toContain("registry.read_error");
    const folder = memoryIo({
      "export/export_fiches_CSV_Standard_2026_12_06.csv": STANDARD,
      "export/x.csv": "",
    });
    // a folder whose file cannot be read
    folder.io.readText = async () => {
      throw Object.assign(new Error("EACCES"), { code: "EACCES" });
    };
    expect(await runCli(["registry", "import", "export"], folder.io)).toBe(2);
  });

  it("refuses an unknown action", async () => {
    const { io, output } = memoryIo();
    expect(await runCli(["registry", "list", "x", "--locale", "fr"], io)).toBe(2);
    expect(output.err).toContain("Action inconnue « list » : import ou show attendu.");
    expect(await runCli(["registry", "show"], io)).toBe(2);
  });
});

async function registryFile(): Promise<string> {
  const { io, written } = withExport();
  await runCli(
    [
      "registry",
      "import",
      "export.zip",
      "--annuaire",
      "annuaire.csv",
      "--esr",
      "esr.csv",
      "--out",
      "registry.json",
    ],
    io,
  );
  return written["registry.json"] ?? "";
}

describe("cmq-kit registry show", () => {
  it("prints a certification, a block, an establishment or the establishments of a SIRET", async () => {
    const { io, output } = memoryIo({ "registry.json": await registryFile() });
    expect(await runCli(["registry", "show", "RNCP35340"], io)).toBe(0);
    expect(JSON.parse(output.out)).toMatchObject({ code: "RNCP35340", level: 5 });
    output.out = "";
    expect(await runCli(["registry", "show", "0710010A"], io)).toBe(0);
    expect(JSON.parse(output.out)).toMatchObject({
      uai: "0710010A",
      kind: "upper-secondary-school",
    });
    output.out = "";
    expect(await runCli(["registry", "show", "19710010100017"], io)).toBe(0);
    expect(JSON.parse(output.out)).toHaveLength(1);
    expect(await runCli(["registry", "show", "RNCP1"], io)).toBe(2);
    expect(output.err).toContain("RNCP1 is not in the registry.");
  });

  it("exits 2 on a missing or invalid registry", async () => {
    const { io, output } = memoryIo({ "bad.json": "{}" });
    expect(await runCli(["registry", "show", "RNCP1"], io)).toBe(2);
    expect(await runCli(["registry", "show", "RNCP1", "--registry", "bad.json"], io)).toBe(2);
    expect(output.err).toContain("not a registry written by cmq-kit");
  });
});

describe("cmq-kit validate --registry", () => {
  it("reports the registry's findings", async () => {
    const { io, output } = memoryIo({
      "registry.json": await registryFile(),
      "data.json": JSON.stringify(registryDataset()),
    });
    const code = await runCli(
      ["validate", "data.json", "--registry", "registry.json", "--format", "json"],
      io,
    );
    expect(code).toBe(1);
    const codes = JSON.parse(output.out).issues.map((i: { code: string }) => i.code);
    expect(codes).toContain("registry.unknown_certification");
    expect(codes).toContain("registry.siret_mismatch");
    const missing = memoryIo({ "data.json": "{}" });
    expect(await runCli(["validate", "data.json", "--registry", "nope.json"], missing.io)).toBe(2);
  });
});

describe("cmq-kit import", () => {
  const template = (name: string) =>
    readFileSync(new URL(`../../templates/${name}`, import.meta.url), "utf8");

  it("reads the partner and learner templates, telling them apart by the header", async () => {
    const { io, output, written } = memoryIo({
      "partenaires.csv": template("partenaires.csv"),
      "apprenants.csv": template("apprenants.csv"),
    });
    expect(await runCli(["import", "partenaires.csv"], io)).toBe(0);
    expect(JSON.parse(output.out).partners).toHaveLength(2);
    expect(await runCli(["import", "apprenants.csv", "--out", "learners.json"], io)).toBe(0);
    expect(JSON.parse(written["learners.json"] ?? "").learners).toHaveLength(2);
    expect(output.err).toContain("Wrote learners.json: 2 learners.");
  });

  it("exits 1 on bad rows and 2 when the template cannot be told", async () => {
    const { io, output } = memoryIo({
      "bad.csv": "identifiant;nom;type\nx;X;fusée\n",
      "what.csv": "a;b\n1;2\n",
      "forced.csv": "a;b\n1;2\n",
    });
    expect(await runCli(["import", "bad.csv"], io)).toBe(1);
    expect(output.err).toContain("registry.invalid_field");
    expect(await runCli(["import", "what.csv"], io)).toBe(2);
    expect(output.err).toContain("--kind partners");
    expect(await runCli(["import", "forced.csv", "--kind", "learners"], io)).toBe(1);
    expect(await runCli(["import", "nothing.csv"], io)).toBe(2);
  });
});
