/**
 * The SVG document written from a template against the code it replaced (kept in
 * `oracle/xml-before.ts`, which wrote it with `el`, the regular-expression escaping and labels):
 * the same text for any size, id, title, description and body.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { svgDocument } from "../../src/render/svg-document.js";
import { svgDocument as svgDocumentBefore } from "./oracle/xml-before.js";

const size = fc.oneof(
  fc.integer({ min: 0, max: 20_000 }),
  fc.double(),
  fc.constantFrom(320.25, -0, 1e21, Number.NaN),
);
const text = fc.oneof(
  fc.string(),
  fc.string({ unit: fc.constantFrom("a", " ", "&", "<", '"', "'", "\u0000", "\uD800", "\uDC00") }),
  fc.string({ unit: "binary" }),
);

describe("svgDocument", () => {
  it("writes what the code that wrote it with el() wrote", () => {
    fc.assert(
      fc.property(
        size,
        size,
        text,
        text,
        text,
        text,
        (width, height, id, title, description, body) => {
          const args = [{ width, height }, id, title, description, body] as const;
          expect(svgDocument(...args)).toBe(svgDocumentBefore(...args));
        },
      ),
      { numRuns: 1_000 },
    );
  });
});
