import { importLearnersCsv, importPartnersCsv, normalizeHeader } from "../../registry/index.js";
import type { Command } from "../command.js";
import { errorLine } from "../errors.js";
import { fileName, readDataFile } from "../read.js";
import { renderIssues } from "../render.js";
import { createStyle } from "../style.js";

/**
 * `cmq-kit import <partners.csv|learners.csv> [--kind partners|learners] [--out file.json]`:
 * reads one of the shipped CSV templates (`templates/partenaires.csv`,
 * `templates/apprenants.csv`) into dataset JSON (`{ "partners": [...] }` or
 * `{ "learners": [...] }`). Exit 0, 1 when rows had errors (nothing written), 2 on usage or read
 * errors.
 *
 * @example
 * ```ts
 * import { type CliIo, nodeIo } from "../io.js";
 * import { runCli } from "../program.js";
 * // Reads the shipped template; the file written is kept in memory here.
 * const written: Record<string, string> = {};
 * const io: CliIo = { ...nodeIo(), out: () => {}, writeText: async (path, text) => void (written[path] = text) };
 * await runCli(["import", "templates/partenaires.csv", "--out", "partners.json"], io); //=> 0
 * JSON.parse(written["partners.json"] ?? "{}").partners[0].id; //=> "lycee-niepce"
 * ```
 */
export const importCommand: Command = {
  name: "import",
  takesFile: true,
  positionals: { min: 1, max: 1, usage: "<partners.csv|learners.csv>" },
  options: {
    kind: { values: ["partners", "learners"], help: "kind" },
    out: { help: "out", valueName: "file.json" },
  },
  async run(context) {
    const { io, locale, options, texts } = context;
    const file = fileName(context);
    const text = await readDataFile(context);
    if (text === undefined) return 2;
    // `--kind` is checked against its values before the command runs.
    const kind = (options.kind as "partners" | "learners" | undefined) ?? kindFromHeader(text);
    if (kind === undefined) {
      io.err(errorLine(texts, texts.unknownTemplate));
      return 2;
    }
    const result =
      kind === "partners"
        ? importPartnersCsv(text, { locale, file })
        : importLearnersCsv(text, { locale, file });
    if (result.issues.length > 0) {
      io.err(renderIssues(result.issues, createStyle(false), texts));
    }
    if (!result.ok) return 1;
    const json = `${JSON.stringify({ [kind]: result.value }, null, 2)}\n`;
    if (options.out === undefined) io.out(json);
    else {
      await io.writeText?.(options.out, json);
      io.err(`${texts.wroteRecords(options.out, result.value.length, kind)}\n`);
    }
    return 0;
  },
};

/** Partners when the header has a `type`/`kind` column, learners when it has a birth date or status. */
function kindFromHeader(text: string): "partners" | "learners" | undefined {
  const end = text.search(/\r?\n/);
  const header = (end < 0 ? text : text.slice(0, end))
    .split(/[;,\t]/)
    .map((name) => normalizeHeader(name.replaceAll('"', "")));
  if (header.includes("type") || header.includes("kind")) return "partners";
  if (header.some((name) => ["date_naissance", "birthdate", "statut", "status"].includes(name))) {
    return "learners";
  }
  return undefined;
}
