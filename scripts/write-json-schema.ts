/**
 * Writes the dataset's JSON Schema, generated from the zod schemas, to
 * dist/schemas/campus-dataset.schema.json (shipped as `cmq-kit/schemas/campus-dataset.schema.json`).
 * Run by `npm run build` after tsup.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { datasetJsonSchema } from "../src/dataset/index.js";

mkdirSync("dist/schemas", { recursive: true });
writeFileSync(
  "dist/schemas/campus-dataset.schema.json",
  `${JSON.stringify(datasetJsonSchema(), null, 2)}\n`,
);
console.log("JSON Schema written to dist/schemas/campus-dataset.schema.json");
