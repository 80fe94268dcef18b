/**
 * Writes the dataset's JSON Schema, generated from the zod schemas, to
 * schemas/campus-dataset.schema.json at the package root (shipped as
 * `cmq-kit/schemas/campus-dataset.schema.json`, a path even node10-style resolution finds).
 * Run by `npm run build` after tsup.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { datasetJsonSchema } from "../src/dataset/index.js";

mkdirSync("schemas", { recursive: true });
writeFileSync(
  "schemas/campus-dataset.schema.json",
  `${JSON.stringify(datasetJsonSchema(), null, 2)}\n`,
);
console.log("JSON Schema written to schemas/campus-dataset.schema.json");
