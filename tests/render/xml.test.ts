import { describe, expect, it } from "vitest";
import { escapeXml } from "../../src/render/escape.js";
import { OKABE_ITO } from "../../src/render/index.js";
import { fittedText, labelText } from "../../src/render/labels.js";
import { charsFitting } from "../../src/render/text-width.js";
import { textsOf } from "../../src/render/texts.js";
import { el, num, safeIdPrefix } from "../../src/render/xml.js";
import { parseXml } from "./markup.js";

describe("writing XML", () => {
  it("escapes markup characters and replaces characters XML forbids", () => {
    expect(escapeXml(`<a href="x">Tom & Jerry's</a>`)).toBe(
      "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;",
    );
    expect(escapeXml("a\u0000b\u001Fc\u0085d\uFFFEe\uD800f\uDC00g")).toBe(
      "a\uFFFDb\uFFFDc\uFFFDd\uFFFDe\uFFFDf\uFFFDg",
    );
    expect(escapeXml("\uD83D\uDE00 ok\t\n")).toBe("\uD83D\uDE00 ok\t\n");
    expect(escapeXml("\uD83F\uDFFE")).toBe("\uFFFD");
    expect(escapeXml("plain")).toBe("plain");
    parseXml(`<t>${escapeXml("\u0001\uDFFF<&>")}</t>`, "text/xml");
  });

  it("writes numbers with at most one decimal, never -0 or NaN", () => {
    expect([num(1), num(-0), num(0.04), num(-0.04), num(2.25), num(Number.NaN)]).toEqual([
      "1",
      "0",
      "0",
      "0",
      "2.3",
      "0",
    ]);
    expect(num(Number.POSITIVE_INFINITY)).toBe("0");
  });

  it("writes elements, leaving out undefined attributes", () => {
    expect(el("rect", { x: 1.26, fill: "a&b", y: undefined })).toBe(
      '<rect x="1.3" fill="a&amp;b"/>',
    );
    expect(el("g", {}, "")).toBe("<g></g>");
  });

  it("cuts labels with an ellipsis, by characters, not UTF-16 units", () => {
    expect(labelText("  a \n b  ")).toBe("a b");
    expect(labelText("abcdef", 4)).toBe("abc…");
    expect(labelText("abcdef", 0)).toBe("");
    expect(labelText("😀😀😀😀", 3)).toBe("😀😀…");
    expect(labelText("😀😀", 3)).toBe("😀😀");
    expect(labelText("שלום", 10)).toBe("\u2068שלום\u2069");
    expect(labelText("x".repeat(100_000)).length).toBe(2000);
    expect(charsFitting(-5, 10)).toBe(0);
    expect(fittedText("abc", { x: 0, y: 0 }, 100, 10)).toBe(
      '<text x="0" y="0" font-size="10">abc</text>',
    );
  });

  it("makes id prefixes safe", () => {
    expect(safeIdPrefix("p 1<2>", "f")).toBe("p12");
    expect(safeIdPrefix("1abc", "f")).toBe("f");
    expect(safeIdPrefix(3, "f")).toBe("f");
  });

  it("exports the Okabe–Ito palette", () => {
    expect(Object.values(OKABE_ITO)).toHaveLength(8);
  });
});

describe("texts", () => {
  it("writes ordinals, numbers, dates and hours in each language", () => {
    const en = textsOf("en");
    const fr = textsOf("fr");
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101, 111].map(en.ordinal)).toEqual([
      "1st",
      "2nd",
      "3rd",
      "4th",
      "11th",
      "12th",
      "13th",
      "21st",
      "22nd",
      "23rd",
      "101st",
      "111th",
    ]);
    expect([1, 2].map(fr.ordinal)).toEqual(["1er", "2e"]);
    expect(en.number(1234567)).toBe("1,234,567");
    expect(fr.number(1234.5)).toBe("1\u202F234,5");
    expect(fr.date("2026-01-15")).toBe("15/01/2026");
    expect(en.hours(7.5)).toBe("7.5 h");
    expect(fr.hours(7.5)).toBe("7,5\u00A0h");
    expect(en.days(1)).toBe("1 day");
    expect(fr.days(2)).toBe("2 jours");
    expect(fr.network.role("carrier")).toBe("porteur");
    expect(en.network.role("other")).toBe("other");
  });
});
