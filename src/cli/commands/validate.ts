import { validateDatasetJson } from "../../dataset/index.js";
import type { Command } from "../command.js";
import { fileName, readDataFile, writeJsonErrors } from "../read.js";
import { renderIssues, renderVerdict } from "../render.js";
import { loadRegistry } from "./registry.js";

/**
 * `cmq-kit validate <file.json> [--on YYYY-MM-DD] [--locale en|fr] [--format text|json]
 * [--registry registry.json]`: checks a whole dataset, and against the official registries when
 * `--registry` names one written by `cmq-kit registry import`. Exit 0 when no error, 1 when errors were found, 2 when the file cannot
 * be read or is not JSON (its line and column are given).
 *
 * @example
 * ```ts
 * import { type CliIo, nodeIo } from "../io.js";
 * import { runCli } from "../program.js";
 * // The real io, with standard output and error kept in a string.
 * let out = "";
 * const io: CliIo = { ...nodeIo(), out: (text) => void (out += text), err: (text) => void (out += text) };
 * await runCli(["validate", "examples/vrai.json", "--format", "json"], io); //=> 0
 * JSON.parse(out).ok; //=> true
 * ```
 */
export const validateCommand: Command = {
  name: "validate",
  takesFile: true,
  options: {
    on: { kind: "date", help: "on", valueName: "YYYY-MM-DD" },
    format: { values: ["text", "json"], help: "format" },
    registry: { help: "registry", valueName: "registry.json" },
  },
  async run(context) {
    const { io, locale, options, style, texts } = context;
    const text = await readDataFile(context);
    if (text === undefined) return 2;
    const on = options.on ?? io.today();
    const registry =
      options.registry === undefined ? undefined : await loadRegistry(context, options.registry);
    if (typeof registry === "number") return registry;
    const result = validateDatasetJson(
      text,
      registry === undefined ? { on, locale } : { on, locale, registry },
    );
    const notJson = result.issues.find((issue) => issue.code === "dataset.invalid_json");
    if (options.format === "json") {
      io.out(`${JSON.stringify({ ok: result.ok, issues: result.issues }, null, 2)}\n`);
    } else if (notJson !== undefined) {
      writeJsonErrors(context, [notJson]);
    } else {
      io.out(renderVerdict(fileName(context), result.issues, style, texts, on));
      io.out(`\n${renderIssues(result.issues, style, texts)}`);
    }
    if (notJson !== undefined) return 2;
    return result.ok ? 0 : 1;
  },
};
