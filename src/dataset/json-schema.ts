import { z } from "zod/v4";
import { RequirementSchema } from "../pathway/index.js";
import { CampusDatasetSchema } from "./model.js";

/**
 * The `$id` of the dataset's JSON Schema.
 *
 * @example
 * ```ts
 * DATASET_SCHEMA_ID; //=> "https://cmq-kit.dev/schemas/campus-dataset.schema.json"
 * ```
 */
export const DATASET_SCHEMA_ID = "https://cmq-kit.dev/schemas/campus-dataset.schema.json";

/**
 * The JSON Schema (draft 2020-12) of a {@link CampusDataset}, generated from the zod schemas
 * (zod 4's `z.toJSONSchema`, input side), so that tools outside TypeScript can check the same
 * files. The package ships it as `cmq-kit/schemas/campus-dataset.schema.json`.
 *
 * The schema checks shapes, formats (real dates, identifier patterns) and enumerations; the
 * rules that need computation (check digits, legal limits, references between sections) are
 * {@link validateDataset}'s.
 *
 * @returns a fresh JSON Schema object.
 * @example
 * ```ts
 * const schema = datasetJsonSchema();
 * schema.$schema; //=> "https://json-schema.org/draft/2020-12/schema"
 * ```
 */
export function datasetJsonSchema(): Record<string, unknown> {
  // A local registry names the recursive requirement in `$defs` without touching zod's global one.
  const registry = z.registry<{ id: string }>();
  registry.add(RequirementSchema, { id: "Requirement" });
  const schema = z.toJSONSchema(CampusDatasetSchema, {
    target: "draft-2020-12",
    io: "input",
    metadata: registry,
    unrepresentable: "any",
  }) as Record<string, unknown>;
  return { $id: DATASET_SCHEMA_ID, ...schema };
}
