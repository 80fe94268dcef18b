import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { renderLegalParametersPage } from "../../scripts/legal-parameters-page.js";
import { LEGAL_PARAMETERS } from "../../src/index.js";

describe("docs/legal-parameters.md", () => {
  const committed = readFileSync(
    new URL("../../docs/legal-parameters.md", import.meta.url),
    "utf8",
  );

  it("is generated from LEGAL_PARAMETERS, so that the page and the code cannot disagree", () => {
    expect(committed).toBe(renderLegalParametersPage());
  });

  it("lists every parameter with each of its values and sources", () => {
    for (const parameter of Object.values(LEGAL_PARAMETERS)) {
      expect(committed).toContain(`## \`${parameter.name}\``);
      for (const value of parameter.values) {
        expect(committed).toContain(value.source.replaceAll("|", "\\|"));
      }
    }
  });
});
