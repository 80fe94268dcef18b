import { campusReport } from "../../render/index.js";
import type { Command } from "../command.js";
import { loadJson } from "../read.js";

/**
 * `cmq-kit report <file.json> [--on YYYY-MM-DD] [--locale en|fr] > report.html`: writes the
 * campus report (`campusReport`) to standard output, one self-contained HTML document. The data
 * need not be valid: the report shows what it can read and lists the issues. Exit 0 when the
 * report is written, 2 when the file cannot be read or is not JSON.
 *
 * @example
 * ```ts
 * import { type CliIo, nodeIo } from "../io.js";
 * import { runCli } from "../program.js";
 * // The real io, with standard output and error kept in a string.
 * let out = "";
 * const io: CliIo = { ...nodeIo(), out: (text) => void (out += text), err: (text) => void (out += text) };
 * await runCli(["report", "examples/vrai.json", "--on", "2026-01-15", "--locale", "fr"], io); //=> 0
 * out.startsWith("<!DOCTYPE html>"); //=> true
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
    const json = await loadJson(context);
    if (typeof json === "number") return json;
    io.out(campusReport(json.value, { on: options.on ?? io.today(), locale }));
    return 0;
  },
};
