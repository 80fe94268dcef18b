/**
 * The text primitives of the pictures, written as loops for speed, against the regular-expression
 * code they replaced (kept in `oracle/`): same output on any text.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { escapeMarkup, escapeXml } from "../../src/render/escape.js";
import { fittedText, isSimpleLabel, labelText, simpleEscaped } from "../../src/render/labels.js";
import { severityMarker } from "../../src/render/palette.js";
import { codePointCount, textWidth } from "../../src/render/text-width.js";
import { num } from "../../src/render/xml.js";
import { severityMarker as severityMarkerBefore } from "./oracle/palette-before.js";
import {
  escapeXml as escapeXmlBefore,
  fittedText as fittedTextBefore,
  labelText as labelTextBefore,
  num as numBefore,
  textWidth as textWidthBefore,
} from "./oracle/xml-before.js";

/** UTF-16 units that the primitives treat apart, and ordinary letters. */
const UNITS = [
  "a",
  "Z",
  "é",
  "«",
  "»",
  "0",
  " ",
  " ",
  " ",
  "\t",
  "\n",
  "\v",
  "\f",
  "\r",
  "\u0000",
  "\u0008",
  "\u000B",
  "\u001F",
  "\u007F",
  "\u0085",
  "\u009F",
  "\u00A0",
  "\u1680",
  "\u2000",
  "\u200A",
  "\u2028",
  "\u2029",
  "\u205F",
  "\u3000",
  "\uFEFF",
  "&",
  "<",
  ">",
  '"',
  "'",
  "…",
  "→",
  "—",
  "\u0590",
  "\u05D0",
  "\u08FF",
  "\u0900",
  "\uFB1C",
  "\uFB1D",
  "\uFDCF",
  "\uFDD0",
  "\uFDEF",
  "\uFDF0",
  "\uFDFF",
  "\uFE6F",
  "\uFE70",
  "\uFEFE",
  "\uFFFD",
  "\uFFFE",
  "\uFFFF",
  "\uD800",
  "\uD802",
  "\uD83A",
  "\uD83D",
  "\uD83F",
  "\uDBFF",
  "\uDC00",
  "\uDE00",
  "\uDFFE",
  "\uDFFF",
  "\u2068",
  "\u2069",
];

const text = fc.oneof(
  // Plain texts (words and single spaces) with markup characters, long enough to be cut.
  fc
    .array(
      fc.string({
        unit: fc.constantFrom("a", "b", "&", "<", ">", '"', "'", "é", "→"),
        minLength: 1,
        maxLength: 12,
      }),
      { maxLength: 40 },
    )
    .map((words) => words.join(" ")),
  fc.array(fc.constantFrom(...UNITS), { maxLength: 40 }).map((units) => units.join("")),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 300 }),
  fc
    .tuple(fc.string({ maxLength: 30 }), fc.integer({ min: 0, max: 5000 }))
    .map(([s, n]) => s.repeat(n)),
);

describe("text primitives against the code they replaced", () => {
  it("escapeXml", () => {
    fc.assert(
      fc.property(text, (value) => {
        expect(escapeXml(value)).toBe(escapeXmlBefore(value));
      }),
      { numRuns: 3000 },
    );
  });

  it("simpleEscaped is escapeMarkup of a text that isSimpleLabel accepts, short or long", () => {
    const short = fc.array(fc.constantFrom(...UNITS), { maxLength: 20 }).map((u) => u.join(""));
    fc.assert(
      fc.property(fc.oneof(text, short), (value) => {
        expect(simpleEscaped(value)).toBe(isSimpleLabel(value) ? escapeMarkup(value) : undefined);
      }),
      { numRuns: 5000 },
    );
  });

  it("num, remembered or not, in any order", () => {
    const values = fc.oneof(
      fc.double({ min: -10, max: 7000 }),
      fc.integer({ min: -10, max: 70_000 }).map((tenths) => tenths / 10),
      fc.integer({ min: -20, max: 140_000 }).map((twentieths) => twentieths / 20),
      fc.double(),
    );
    fc.assert(
      fc.property(fc.array(values, { maxLength: 20 }), (list) => {
        for (const value of list) {
          expect(num(value)).toBe(numBefore(value));
          expect(num(value)).toBe(numBefore(value));
        }
      }),
      { numRuns: 3000 },
    );
  });

  it("labelText, any cut", () => {
    fc.assert(
      fc.property(text, fc.option(fc.integer({ min: -1, max: 60 })), (value, max) => {
        if (max === null) expect(labelText(value)).toBe(labelTextBefore(value));
        else expect(labelText(value, max)).toBe(labelTextBefore(value, max));
      }),
      { numRuns: 3000 },
    );
  });

  it("fittedText, with and without a font size among the attributes", () => {
    fc.assert(
      fc.property(
        text,
        fc.oneof(
          fc.double({ min: -10, max: 600, noNaN: true }),
          fc.double({ min: 0, max: 40_000 }),
        ),
        fc.integer({ min: 6, max: 20 }),
        fc.constantFrom<Record<string, string | number | undefined>>(
          {},
          { fill: "#000", "text-anchor": "end" },
          { "font-size": 3, fill: "a&b" },
          { fill: undefined, "font-weight": "bold" },
        ),
        fc.double({ min: -1000, max: 1000, noNaN: true }),
        (value, width, fontSize, extra, x) => {
          const attributes = { x, y: 12.34, ...extra };
          expect(fittedText(value, attributes, width, fontSize)).toBe(
            fittedTextBefore(value, attributes, width, fontSize),
          );
        },
      ),
      { numRuns: 3000 },
    );
  });

  it("textWidth and codePointCount count characters as Array.from does", () => {
    fc.assert(
      fc.property(text, fc.integer({ min: 0, max: 10 }), (value, max) => {
        expect(textWidth(value, 11)).toBe(textWidthBefore(value, 11));
        expect(codePointCount(value, max)).toBe(Math.min(max, Array.from(value).length));
      }),
      { numRuns: 3000 },
    );
  });

  it("severityMarker", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("error", "warning", "info") as fc.Arbitrary<"error" | "warning" | "info">,
        fc.double({ min: -2000, max: 20_000, noNaN: true }),
        fc.double({ min: -2000, max: 20_000, noNaN: true }),
        fc.oneof(fc.constantFrom(13, 14), fc.double({ min: 0, max: 40, noNaN: true })),
        fc.oneof(fc.constantFrom("", "1", "E", "!", "12"), fc.string({ maxLength: 4 })),
        (severity, x, y, size, label) => {
          expect(severityMarker(severity, { x, y }, size, label)).toBe(
            severityMarkerBefore(severity, { x, y }, size, label),
          );
        },
      ),
      { numRuns: 3000 },
    );
  });
});
