import { validateDatasetJson } from "../../dataset/index.js";
import type { Command } from "../command.js";
import { readDataFile } from "../read.js";
import { renderIssues, renderVerdict } from "../render.js";

/**
 * `cmq-kit validate <file.json> [--on YYYY-MM-DD] [--locale en|fr] [--format text|json]`:
 * checks a whole dataset. Exit 0 when no error, 1 when errors were found, 2 when the file cannot
 * be read or is not JSON (its line and column are given).
 *
 * @example
 * ```ts
 * await runCli(["validate", "examples/vrai.json", "--format", "json"], io);
 * ```
 */
export const validateCommand: Command = {
  name: "validate",
  takesFile: true,
  options: {
    on: { kind: "date", help: "on", valueName: "YYYY-MM-DD" },
    format: { values: ["text", "json"], help: "format" },
  },
  async run(context) {
    const { io, locale, options, style, texts, file } = context;
    const text = await readDataFile(context);
    if (text === undefined) return 2;
    const on = options.on ?? io.today();
    const result = validateDatasetJson(text, { on, locale });
    const notJson = result.issues.find((issue) => issue.code === "dataset.invalid_json");
    if (options.format === "json") {
      io.out(`${JSON.stringify({ ok: result.ok, issues: result.issues }, null, 2)}\n`);
    } else if (notJson !== undefined) {
      io.err(`cmq-kit: ${file}: ${notJson.message}\n`);
    } else {
      io.out(renderVerdict(file, result.issues, style, texts, on));
      io.out(`\n${renderIssues(result.issues, style, texts)}`);
    }
    if (notJson !== undefined) return 2;
    return result.ok ? 0 : 1;
  },
};
