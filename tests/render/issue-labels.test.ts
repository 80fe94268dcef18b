/**
 * The labels of issue lines read from their parts (`issueLabels`, `joinedSimpleLabel`) against
 * the obvious code: `prepareLabel` of the whole line, and the cuts of it that `fittedContent`
 * writes at any width; and issues read with their fields under one `try` (`readIssues`) against
 * the code that read each under its own.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Escaping, IN_ATTRIBUTE, IN_CONTENT } from "../../src/render/escape.js";
import { type DrawnIssue, issueLabels, issueLine, readIssues } from "../../src/render/issues.js";
import {
  fittedContent,
  isSimpleLabel,
  joinedSimpleLabel,
  type PreparedLabel,
  prepareLabel,
  simpleEscaped,
} from "../../src/render/labels.js";
import { textsOf } from "../../src/render/texts.js";
import type { Locale, Severity } from "../../src/shared/index.js";
import { revokedProxy } from "../helpers/junk.js";
import { hostileRecord } from "./hostile-records.js";
import { readIssues as readIssuesBefore } from "./oracle/issues-before.js";

/** UTF-16 units that labels treat apart, and ordinary letters. */
const UNIT = fc.constantFrom(
  "a",
  "b",
  "é",
  "0",
  " ",
  " ",
  " ",
  " ",
  "\u00A0",
  "\t",
  "\u2028",
  "\u0000",
  "\u0085",
  "&",
  "<",
  ">",
  '"',
  "'",
  "…",
  "\u05D0",
  "\uFFFE",
  "\uD83D",
  "\uDE00",
);

/** Texts from the data: plain words, the units above, long texts. */
const text = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom("", "a", "steps", "internship.gratification_required") },
  fc.string({ unit: UNIT, maxLength: 30 }),
  fc.string({ unit: UNIT, minLength: 100, maxLength: 400 }),
  fc.string({ unit: "binary", maxLength: 20 }),
  fc.constantFrom("x".repeat(1990), "y".repeat(2100)),
);

const issue: fc.Arbitrary<DrawnIssue> = fc.record({
  number: fc.integer({ min: 1, max: 10_000 }),
  severity: fc.constantFrom<Severity>("error", "warning", "info"),
  code: text,
  path: fc.array(fc.oneof(text, fc.integer({ min: -5, max: 100 }), fc.constant(1e21)), {
    maxLength: 4,
  }),
  message: text,
});

const escaping = fc.constantFrom<Escaping>(IN_CONTENT, IN_ATTRIBUTE);

/** Widths that cut a label anywhere (at 11 px, 6.6 px a character), and none. */
const WIDTHS = [0, 5, 7, 20, 60, 100, 200, 400, 900, 928, 2_000, 14_000, 20_000];

/** The fields of a label, but its parts (how it was read). */
function fieldsOf(label: PreparedLabel): Omit<PreparedLabel, "parts"> {
  const { parts: _parts, ...fields } = label;
  return fields;
}

function expectSameLabel(actual: PreparedLabel, expected: PreparedLabel): void {
  expect(fieldsOf(actual)).toEqual(fieldsOf(expected));
  for (const width of WIDTHS)
    expect(fittedContent(actual, width, 11)).toBe(fittedContent(expected, width, 11));
}

describe("issueLabels", () => {
  it("reads each line as prepareLabel reads it whole, and cuts it alike", () => {
    fc.assert(
      fc.property(
        fc.array(issue, { maxLength: 8 }),
        fc.constantFrom<Locale>("en", "fr"),
        escaping,
        (issues, locale, how) => {
          const texts = textsOf(locale);
          // Issues in a row that share a code, as a pathway's often do.
          const shared = issues.map((each, k) =>
            k % 3 === 1 ? { ...each, code: (issues[k - 1] as DrawnIssue).code } : each,
          );
          const labels = issueLabels(shared, texts, how);
          expect(labels).toHaveLength(shared.length);
          shared.forEach((each, k) => {
            expectSameLabel(labels[k] as PreparedLabel, prepareLabel(issueLine(each, texts), how));
          });
        },
      ),
      { numRuns: 400 },
    );
  });

  it("reads the lines of the bench's issues from their parts", () => {
    const texts = textsOf("fr");
    const message = `Step "s0" must be paid a gratification (C. éduc. L. 124-6) ; D. 124-6 & <co>.`;
    const [label] = issueLabels(
      [
        {
          number: 1,
          severity: "error",
          code: "internship.gratification_required",
          path: ["steps", 1],
          message,
        },
      ],
      texts,
      IN_CONTENT,
    );
    expect(label?.parts).toBeDefined();
    expect(label?.whole).toBe(
      `1. Erreur steps[1] [internship.gratification_required]\u00A0: ${message}`,
    );
  });

  it("writes the words of its texts as they are: simple, with nothing to escape", () => {
    for (const locale of ["en", "fr"] as const) {
      const texts = textsOf(locale);
      for (const word of [...Object.values(texts.severity), `${texts.colon}:`]) {
        expect(isSimpleLabel(word)).toBe(true);
        expect(simpleEscaped(word, IN_ATTRIBUTE)).toBe(word);
      }
    }
  });
});

describe("joinedSimpleLabel", () => {
  it("is prepareLabel of the joined text when that is simple and the tail not empty, else undefined", () => {
    fc.assert(
      fc.property(text, text, escaping, (head, tail, how) => {
        // The heads it is given: not empty, no space first, nothing else that is not simple.
        fc.pre(head !== "" && head.charCodeAt(0) !== 0x20 && isSimpleLabel(`${head}x`));
        const escapedHead = how.markup(head);
        const joined = joinedSimpleLabel(head, escapedHead, tail, how);
        if (tail !== "" && isSimpleLabel(head + tail)) {
          expect(joined).toBeDefined();
          expectSameLabel(joined as PreparedLabel, prepareLabel(head + tail, how));
        } else expect(joined).toBeUndefined();
      }),
      { numRuns: 1_000 },
    );
  });

  it("reads a head that ends with a space and a tail that starts with one as two spaces", () => {
    expect(joinedSimpleLabel("1. Error: ", "1. Error: ", " b", IN_CONTENT)).toBeUndefined();
    expect(joinedSimpleLabel("1. Error:", "1. Error:", " b", IN_CONTENT)?.whole).toBe(
      "1. Error: b",
    );
    expect(joinedSimpleLabel("1. Error: ", "1. Error: ", "b ", IN_CONTENT)).toBeUndefined();
    expect(joinedSimpleLabel("1. Error: ", "1. Error: ", "", IN_CONTENT)).toBeUndefined();
  });
});

describe("readIssues", () => {
  /** The fields an issue may have, with values good and bad. */
  const FIELDS: Record<string, fc.Arbitrary<unknown>> = {
    code: fc.constantFrom("a.b", "", 3, undefined),
    message: fc.constantFrom("Message", "", null, undefined),
    severity: fc.constantFrom("error", "warning", "info", "fatal", undefined),
    path: fc.constantFrom(["steps", 1], ["steps", Number.NaN, "end"], "steps", undefined),
  };

  it("reads issues as the code that read each field under its own try", () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(hostileRecord(FIELDS, ["message", "path"]), fc.constant(null)), {
          maxLength: 6,
        }),
        (issues) => {
          expect(readIssues(issues)).toEqual(readIssuesBefore(issues));
        },
      ),
      { numRuns: 500 },
    );
  });

  it("reads a revoked proxy as no issue", () => {
    expect(readIssues([revokedProxy(), { code: "a.b" }]).issues).toHaveLength(1);
  });
});
