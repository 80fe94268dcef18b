import * as z from "zod";
import { RequirementSchema, RequirementShapeSchema } from "../pathway/index.js";
import { CampusDatasetSchema } from "./model.js";

/**
 * The `$id` of the dataset's JSON Schema: an identifier (a URI that names this schema, as JSON
 * Schema's `$id` is), not the address of a copy. Nothing is promised to be served at it; the
 * schema is shipped in the package as `cmq-kit/schemas/campus-dataset.schema.json`, printed by
 * `cmq-kit schema` and returned by {@link datasetJsonSchema}. Reference it by this `$id` in a
 * validator's schema store (e.g. `ajv.addSchema(schema)`), not by downloading it.
 *
 * @example
 * ```ts
 * DATASET_SCHEMA_ID; //=> "https://cmq-kit.dev/schemas/campus-dataset.schema.json"
 * ```
 */
export const DATASET_SCHEMA_ID = "https://cmq-kit.dev/schemas/campus-dataset.schema.json";

const TARGET = { target: "draft-2020-12", io: "input" } as const;

/**
 * The JSON Schema (draft 2020-12) of a {@link CampusDataset}, generated from the zod schemas
 * (zod 4's `z.toJSONSchema`, input side), so that tools outside TypeScript can check the same
 * files. The package ships it as `cmq-kit/schemas/campus-dataset.schema.json`.
 *
 * The schema checks shapes, formats (real dates, identifier patterns) and enumerations; the
 * rules that need computation (check digits, legal limits, references between sections) are
 * {@link validateDataset}'s. Requirement trees are described by `$defs.Requirement`, generated
 * from `RequirementShapeSchema` (the guarded `RequirementSchema` reads any value first, which
 * JSON Schema cannot say).
 *
 * @returns a fresh JSON Schema object.
 * @example
 * ```ts
 * const schema = datasetJsonSchema();
 * schema.$schema; //=> "https://json-schema.org/draft/2020-12/schema"
 * ```
 */
export function datasetJsonSchema(): Record<string, unknown> {
  // A local registry names the recursive requirement without touching zod's global registry.
  const registry = z.registry<{ id: string }>();
  registry.add(RequirementShapeSchema, { id: "Requirement" });
  const requirement = z.toJSONSchema(RequirementShapeSchema, { ...TARGET, metadata: registry });
  const dataset = z.toJSONSchema(CampusDatasetSchema, {
    ...TARGET,
    override: ({ zodSchema, jsonSchema }) => {
      if ((zodSchema as unknown) !== RequirementSchema) return;
      for (const key of Object.keys(jsonSchema)) delete jsonSchema[key];
      jsonSchema.$ref = "#/$defs/Requirement";
    },
  });
  const { $schema, ...rest } = dataset;
  return {
    $schema,
    $id: DATASET_SCHEMA_ID,
    ...rest,
    $defs: { ...dataset.$defs, ...requirement.$defs },
  };
}
