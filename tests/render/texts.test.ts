/**
 * The counts of the pictures' texts, written for small whole numbers without `Intl`, against
 * `countOf` and `pluralForm`, which they stand for.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { textsOf } from "../../src/render/texts.js";
import { countOf, pluralForm } from "../../src/shared/index.js";

const count = fc.oneof(
  fc.integer({ min: 0, max: 1200 }),
  fc.constantFrom(0, 1, 2, 999, 1000, 1_000_000, -1, 1.5, 0.5, Number.NaN),
  fc.double(),
);

describe("counts in the texts", () => {
  it("are what countOf and pluralForm write", () => {
    fc.assert(
      fc.property(count, (n) => {
        expect(textsOf("en").why.tooMany(n)).toBe(
          `${countOf(n, "en", { one: "more step", other: "more steps" })} beyond the drawing limit`,
        );
        expect(textsOf("fr").why.tooMany(n)).toBe(
          `${countOf(n, "fr", { one: "étape", other: "étapes" })} de plus, au-delà de la limite du dessin`,
        );
        expect(textsOf("fr").days(n)).toBe(
          `${n} jour${pluralForm(n, "fr", { one: "", other: "s" })}`,
        );
      }),
      { numRuns: 2000 },
    );
  });
});
