/**
 * `cmq-kit/dataset`: whole campus data files — the dataset schema, `validateDataset` (every
 * module's checks plus references between sections), JSON text with located errors, and the
 * JSON Schema.
 *
 * @example
 * ```ts
 * import { readFileSync } from "node:fs";
 * import { validateDatasetJson } from "cmq-kit/dataset";
 * const text = readFileSync("examples/vrai.json", "utf8");
 * const result = validateDatasetJson(text, { on: "2026-01-15", locale: "fr" });
 * result.ok; //=> true
 * ```
 *
 * @module dataset
 */
export { DATASET_CODES, type DatasetIssueCode } from "./codes.js";
export { type FindTooDeepOptions, findTooDeep, MAX_DATASET_DEPTH } from "./depth.js";
export { type JsonErrorLocation, locateJsonError } from "./json.js";
export { DATASET_SCHEMA_ID, datasetJsonSchema } from "./json-schema.js";
export {
  type CampusDataset,
  CampusDatasetSchema,
  DATASET_SECTIONS,
  type DatasetSection,
} from "./model.js";
export {
  checkDatasetShape,
  type DatasetReportCode,
  parseDataset,
  parseJsonText,
  type ValidateDatasetOptions,
  validateDataset,
  validateDatasetJson,
} from "./validate.js";
