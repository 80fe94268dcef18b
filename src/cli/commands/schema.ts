import { datasetJsonSchema } from "../../dataset/index.js";
import type { Command } from "../command.js";

/**
 * `cmq-kit schema`: prints the JSON Schema (2020-12) of a campus dataset.
 *
 * @example
 * ```ts
 * await runCli(["schema"], io); // prints the schema
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
