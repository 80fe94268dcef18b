import { describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/program.js";
import { localizeIssue } from "../../src/index.js";
import {
  normalizeHeader,
  parseRegistryDate,
  REGISTRY_CODES,
  readEstablishmentDirectory,
  readRncpExport,
} from "../../src/registry/index.js";
import { createIssue } from "../../src/shared/index.js";
import { memoryIo } from "../cli/memory-io.js";
import { STANDARD } from "./fixtures.js";

describe("parseRegistryDate and normalizeHeader", () => {
  it("reads the date forms of the files", () => {
    expect(parseRegistryDate("07/05/2024")).toBe("2024-05-07");
    expect(parseRegistryDate("7/5/2024")).toBe("2024-05-07");
    expect(parseRegistryDate("2024-05-07")).toBe("2024-05-07");
    expect(parseRegistryDate("2024-05-07T10:00:00Z")).toBe("2024-05-07");
    expect(parseRegistryDate("31/02/2024")).toBeUndefined();
    expect(parseRegistryDate("2024-13-01")).toBeUndefined();
    expect(parseRegistryDate("bientôt")).toBeUndefined();
  });

  it("normalises headers", () => {
    expect(normalizeHeader(" Type d'établissement ")).toBe("type_d_etablissement");
    expect(normalizeHeader("uai - identifiant")).toBe("uai_identifiant");
  });
});

describe("fields", () => {
  it("trims surrounding spaces and treats blank fields as empty", () => {
    const text = [
      "Identifiant_de_l_etablissement;Nom_etablissement;Type_etablissement;Code_postal",
      " 0710010A ;\u00a0Lycée\u00a0; Lycée ;   ",
    ].join("\n");
    const read = readEstablishmentDirectory(text);
    expect(read.ok && read.value[0]).toMatchObject({
      uai: "0710010A",
      name: "Lycée",
      type: "Lycée",
    });
    expect(read.ok && read.value[0]?.postcode).toBeUndefined();
  });

  it("gives the first line of a duplicate only while duplicates are listed", () => {
    const text = `${STANDARD}\n109;RNCP35340;Encore;;;;ACTIVE;`;
    const read = readRncpExport(
      { "export_fiches_CSV_Standard_2026_12_06.csv": text },
      { maxIssuesPerCode: 1 },
    );
    const duplicates = read.issues.filter((i) => i.code === "registry.duplicate_record");
    expect(duplicates.map((i) => i.params?.first)).toEqual([2]);
  });
});

describe("messages", () => {
  it("show unknown reasons and expectations as given, and locations in both languages", () => {
    const issue = createIssue(REGISTRY_CODES, "registry.read_error", ["f", 0], {
      file: "f",
      line: 0,
      column: null,
      reason: "strange",
    });
    expect(issue.message).toBe("f: strange.");
    expect(localizeIssue(issue, "fr").message).toBe("f : strange.");
    const value = createIssue(REGISTRY_CODES, "registry.invalid_value", ["f", 3], {
      file: "f",
      line: 3,
      column: "c",
      value: "1",
      expected: "odd",
    });
    expect(value.message).toBe("f, line 3, column c: expected odd, found 1; value left out.");
    expect(localizeIssue(value, "fr").message).toBe(
      "f, ligne 3, colonne c : on attend odd, trouvé 1 ; valeur ignorée.",
    );
  });
});

describe("cli edges", () => {
  it("reports a read failure without a system code, and an io without byte reading", async () => {
    const { io, output } = memoryIo();
    io.readBytes = async () => {
      throw new Error("disk on fire");
    };
    expect(await runCli(["registry", "import", "x.zip"], io)).toBe(2);
    expect(output.err).toContain("Cannot read x.zip: disk on fire.");
    const bare = memoryIo();
    delete bare.io.readBytes;
    expect(await runCli(["registry", "import", "x.zip"], bare.io)).toBe(2);
  });

  it("tells a one-line learner file by its header", async () => {
    const { io, output } = memoryIo({ "one.csv": "identifiant;statut" });
    expect(await runCli(["import", "one.csv"], io)).toBe(0);
    expect(JSON.parse(output.out)).toEqual({ learners: [] });
  });
});
