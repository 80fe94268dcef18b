import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import {
  buildDataModelPage,
  DATA_MODEL_SECTIONS,
  type ModelSources,
  readModelSources,
} from "../scripts/data-model-page.js";

// Reading the sources with the compiler takes a few seconds of CPU; on a loaded host, longer.
const SLOW = 180_000;

describe("docs/data-model.md", () => {
  let sources: ModelSources;
  let built: { page: string; problems: string[] };
  beforeAll(() => {
    sources = readModelSources();
    built = buildDataModelPage(sources);
  }, SLOW);

  it("is generated from the TSDoc of the model types, so that the page and the code agree", () => {
    const committed = readFileSync(new URL("../docs/data-model.md", import.meta.url), "utf8");
    // Run `npm run docs:model` after changing a model type or its TSDoc.
    expect(committed).toBe(built.page);
  });

  it("finds TSDoc on every model type and on every one of their fields", () => {
    expect(built.problems).toEqual([]);
  });

  it("documents every type that has an exported schema", () => {
    const documented = new Set(DATA_MODEL_SECTIONS.flatMap((section) => section.types));
    const withSchema = [...sources.exports.keys()]
      .filter((name) => name.endsWith("Schema"))
      .map((name) => name.slice(0, -"Schema".length))
      .filter((name) => sources.exports.has(name) && name !== "RequirementShape");
    expect(withSchema.length).toBeGreaterThan(30);
    expect(withSchema.filter((name) => !documented.has(name))).toEqual([]);
  });

  it("gives each field its French name, type, whether it is required, and its meaning", () => {
    expect(built.page).toContain(
      "| `trainingHours` | heures de formation en CFA | `number` | yes |",
    );
    expect(built.page).toContain("| `rqth` | RQTH | `boolean` | no |");
    expect(built.page).toContain('| `"company"` | Entreprise |');
    expect(built.page).toContain("One of / l'un de : `1`, `2`, `3`, `4`.");
  });
});
