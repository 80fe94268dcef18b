import Ajv2020 from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { DATASET_SCHEMA_ID, datasetJsonSchema } from "../../src/dataset/index.js";
import { vrai } from "./producers.js";

/** Parsed JSON, loosely typed: tests mutate it freely. */
// biome-ignore lint/suspicious/noExplicitAny: test fixtures are arbitrary JSON
type JsonObject = Record<string, any>;

/** Ajv, an independent JSON Schema 2020-12 validator, with the date format checked by pattern. */
function compile() {
  const ajv = new Ajv2020.default({ allErrors: true, strict: false, validateFormats: false });
  return ajv.compile(datasetJsonSchema());
}

describe("datasetJsonSchema", () => {
  it("is a draft 2020-12 schema with an $id and the recursive requirement in $defs", () => {
    const schema = datasetJsonSchema();
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(schema.$id).toBe(DATASET_SCHEMA_ID);
    expect(Object.keys(schema.$defs as object)).toContain("Requirement");
  });

  it("accepts examples/vrai.json, checked by an independent validator", () => {
    const validate = compile();
    expect(validate(vrai()), JSON.stringify(validate.errors)).toBe(true);
  });

  it("rejects what the shape check rejects", () => {
    const validate = compile();
    const mutations: ((data: JsonObject) => void)[] = [
      (data) => delete data.campus,
      (data) => (data.partners[0].kind = "bank"),
      (data) => (data.campus.labels[0].decidedOn = "2020-02-30"),
      (data) => (data.programmes[0].level = 9),
      (data) => (data.programmes[4].requires = { any: [{ diploma: "phd" }] }),
      (data) => (data.pathways[0].steps[0].kind = "holiday"),
      (data) => (data.learners[0].skills[0].level = 5),
      (data) => (data.projects[0].capacity = 0),
      (data) => (data.learners[0].location.lat = 91),
    ];
    for (const mutate of mutations) {
      const data = vrai();
      mutate(data);
      expect(validate(data), mutate.toString()).toBe(false);
    }
  });
});
