import { datasetJsonSchema } from "../../dataset/index.js";
import type { Command } from "../command.js";

/**
 * `cmq-kit schema`: prints the JSON Schema (2020-12) of a campus dataset.
 *
 * @example
 * ```ts
 * import { type CliIo, nodeIo } from "../io.js";
 * import { runCli } from "../program.js";
 * // The real io, with standard output and error kept in a string.
 * let out = "";
 * const io: CliIo = { ...nodeIo(), out: (text) => void (out += text), err: (text) => void (out += text) };
 * await runCli(["schema"], io); //=> 0
 * JSON.parse(out).$schema; //=> "https://json-schema.org/draft/2020-12/schema"
 * ```
 */
export const schemaCommand: Command = {
  name: "schema",
  takesFile: false,
  options: {},
  async run({ io }) {
    io.out(`${JSON.stringify(datasetJsonSchema(), null, 2)}\n`);
    return 0;
  },
};
