import { parseJsonText } from "../../dataset/index.js";
import { campusReport } from "../../render/index.js";
import type { Command } from "../command.js";
import { readDataFile } from "../read.js";
import { renderIssues } from "../render.js";
import { createStyle } from "../style.js";

/**
 * `cmq-kit report <file.json> [--on YYYY-MM-DD] [--locale en|fr] > report.html`: writes the
 * campus report (`campusReport`) to standard output, one self-contained HTML document. The data
 * need not be valid: the report shows what it can read and lists the issues. Exit 0 when the
 * report is written, 2 when the file cannot be read or is not JSON.
 *
 * @example
 * ```ts
 * await runCli(["report", "examples/vrai.json", "--on", "2026-01-15", "--locale", "fr"], io);
 * ```
 */
export const reportCommand: Command = {
  name: "report",
  takesFile: true,
  options: {
    on: { kind: "date", help: "on", valueName: "YYYY-MM-DD" },
  },
  async run(context) {
    const { io, locale, options } = context;
    const text = await readDataFile(context);
    if (text === undefined) return 2;
    const json = parseJsonText(text, { locale });
    if (!json.ok) {
      io.err(renderIssues(json.issues, createStyle(false), context.texts));
      return 2;
    }
    io.out(campusReport(json.value, { on: options.on ?? io.today(), locale }));
    return 0;
  },
};
