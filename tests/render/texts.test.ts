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

describe("French dates", () => {
  /** The slices it is written from for a text of any length, kept as an oracle. */
  const sliced = (date: string) => `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;

  it("are the slices of the text, for ten units written from its units", () => {
    // Texts of ten units (and around), rich in surrogates, halves of pairs and wide characters.
    const unit = fc.oneof(
      fc.constantFrom(..."0123456789-".split("")),
      fc.constantFrom("\uD83D", "\uDE00", "\u00E9", "\u0000", "\uFFFF", "é"),
      fc.string({ unit: "binary", maxLength: 1 }),
    );
    const text = fc.array(unit, { minLength: 8, maxLength: 12 }).map((units) => units.join(""));
    fc.assert(
      fc.property(fc.oneof(text, fc.string({ unit: "binary" })), (date) => {
        expect(textsOf("fr").date(date)).toBe(sliced(date));
      }),
      { numRuns: 2000 },
    );
    expect(textsOf("fr").date("2024-02-29")).toBe("29/02/2024");
  });
});
