/**
 * CONTRACT §0 rev. 2: data first, one options object last. The positional forms of revision 1
 * keep working as deprecated overloads and give the same answers and the same issues as the
 * options forms; both forms survive junk in every argument.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findTooDeep, MAX_DATASET_DEPTH } from "../../src/dataset/index.js";
import {
  CMQ_ITIP,
  describeRequirement,
  evaluateRequirement,
  isMembershipInForce,
  isPublicHoliday,
  labelStatusAt,
  localizeIssue,
  parameterAt,
  parseJsonText,
  publicHolidays,
  validateIdentifier,
} from "../../src/index.js";
import { PARAMETER_NAMES } from "../../src/pathway/index.js";
import { writeCsv, writeCsvField } from "../../src/registry/index.js";
import { isPlainRecord } from "../../src/shared/index.js";
import { junk, prototypeIsClean } from "../helpers/junk.js";
import { achievementArb, requirementArb } from "../pathway/oracle.js";

/** A day, mostly real, sometimes not. */
const dayArb = fc.oneof(
  fc
    .date({ min: new Date("2010-01-01T00:00:00Z"), max: new Date("2035-12-31T00:00:00Z") })
    .filter((d) => !Number.isNaN(d.getTime()))
    .map((d) => d.toISOString().slice(0, 10)),
  fc.constantFrom("2024-02-30", "2024-1-1", "", "2024-12-01T00:00"),
);

/** What the positional forms could receive in the place of the moved argument: never a plain object. */
const positionalArb = fc.oneof(
  dayArb,
  junk.filter((value) => !isPlainRecord(value)),
);
const localeArb = fc.oneof(
  fc.constantFrom("en", "fr", "de", "__proto__"),
  junk.filter((value) => !isPlainRecord(value)),
);

const labelOptionsArb = fc.record(
  {
    renewalWindowDays: fc.oneof(fc.nat(400), fc.constant(-1), fc.constant(1.5)),
    decidedBy: dayArb,
    locale: fc.constantFrom("en", "fr"),
    path: fc.constantFrom(["campus"], [], ["x", 0]),
  },
  { requiredKeys: [] },
);

const campusArb = fc.oneof(
  fc.constant(CMQ_ITIP.campus),
  fc
    .array(
      fc.record({
        category: fc.constantFrom("cmq", "cmq-excellence"),
        decidedOn: dayArb,
        durationYears: fc.oneof(fc.integer({ min: 0, max: 6 }), fc.constant("5")),
      }),
      { maxLength: 4 },
    )
    .map((labels) => ({ labels })),
  junk,
);

describe("labelStatusAt: options form and deprecated positional form", () => {
  it("give the same status and issues", () => {
    fc.assert(
      fc.property(campusArb, positionalArb, labelOptionsArb, (campus, on, options) => {
        const before = labelStatusAt(campus as never, on as never, options as never);
        const now = labelStatusAt(campus as never, { ...options, on } as never);
        expect(now).toEqual(before);
      }),
      { numRuns: 400 },
    );
    expect(labelStatusAt(CMQ_ITIP.campus, { on: "2024-12-01" })).toEqual(
      labelStatusAt(CMQ_ITIP.campus, "2024-12-01"),
    );
  });

  it("locate a missing or bad day at ['on'] in both forms, in English and French", () => {
    const missing = labelStatusAt(CMQ_ITIP.campus, {} as never);
    expect(missing.state).toBe("unlabelled");
    expect(missing.issues.map((i) => [i.code, i.path])).toEqual([["label.invalid_input", ["on"]]]);
    const bad = labelStatusAt(CMQ_ITIP.campus, { on: "2024-02-30", locale: "fr" });
    expect(bad.issues).toEqual(
      labelStatusAt(CMQ_ITIP.campus, "2024-02-30", { locale: "fr" }).issues,
    );
    expect(bad.issues[0]?.message).toMatch(/^on : /);
  });

  it("never throw on junk in any argument", () => {
    fc.assert(
      fc.property(junk, junk, junk, (a, b, c) => {
        expect(typeof labelStatusAt(a as never, b as never, c as never).state).toBe("string");
        expect(typeof labelStatusAt(a as never, { on: b } as never).state).toBe("string");
      }),
      { numRuns: 300 },
    );
    expect(prototypeIsClean()).toBe(true);
  });
});

describe("describeRequirement: options form and deprecated positional form", () => {
  it("give the same text", () => {
    fc.assert(
      fc.property(
        fc.oneof(requirementArb(true), junk),
        localeArb,
        fc.array(achievementArb, { maxLength: 4 }),
        fc.boolean(),
        (requirement, locale, achievements, explained) => {
          const explanation = explained
            ? evaluateRequirement(requirement as never, achievements).explanation
            : undefined;
          const before = describeRequirement(requirement as never, locale as never, explanation);
          const now = describeRequirement(requirement as never, {
            locale: locale as never,
            ...(explanation === undefined ? {} : { explanation }),
          });
          expect(now).toBe(before);
        },
      ),
      { numRuns: 300 },
    );
    expect(describeRequirement({ level: 5 })).toBe(describeRequirement({ level: 5 }, "en"));
    expect(describeRequirement({ level: 5 }, { locale: "fr" })).toBe("Niveau 5 ou plus");
  });

  it("never throws on junk in any argument", () => {
    fc.assert(
      fc.property(junk, junk, junk, (a, b, c) => {
        expect(typeof describeRequirement(a as never, b as never, c as never)).toBe("string");
        expect(typeof describeRequirement(a as never, { explanation: c } as never)).toBe("string");
      }),
      { numRuns: 300 },
    );
  });
});

describe("parameterAt, isMembershipInForce, parseJsonText, localizeIssue", () => {
  it("parameterAt gives the same value in both forms", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...PARAMETER_NAMES),
        positionalArb,
        fc.option(
          fc.record({
            parameters: fc.constantFrom(
              {},
              {
                "apprenticeship.trainingShare": [
                  { from: "2024-09-01", value: 0.2, source: "Certifier", grade: "primary" },
                ],
              },
            ),
          }),
          { nil: undefined },
        ),
        (name, on, options) => {
          const before = parameterAt(name, on as never, options as never);
          expect(parameterAt(name, { ...options, on } as never)).toEqual(before);
        },
      ),
      { numRuns: 300 },
    );
    expect(parameterAt("apprenticeship.maxAge", { on: "2018-12-31" })?.value).toBe(25);
  });

  it("isMembershipInForce gives the same answer in both forms", () => {
    const membership = {
      partnerId: "framatome",
      roles: ["member" as const],
      from: "2020-02-06",
      to: "2024-12-31",
    };
    fc.assert(
      fc.property(fc.oneof(fc.constant(membership), junk), positionalArb, (m, on) => {
        expect(isMembershipInForce(m as never, { on } as never)).toBe(
          isMembershipInForce(m as never, on as never),
        );
      }),
      { numRuns: 300 },
    );
    expect(isMembershipInForce(membership, { on: "2024-12-31" })).toBe(true);
    expect(isMembershipInForce(membership, { on: "2025-01-01" })).toBe(false);
  });

  it("parseJsonText gives the same result in both forms", () => {
    fc.assert(
      fc.property(fc.oneof(fc.json(), fc.string()), localeArb, (text, locale) => {
        expect(parseJsonText(text, { locale: locale as never })).toEqual(
          parseJsonText(text, locale as never),
        );
      }),
      { numRuns: 300 },
    );
    const fr = parseJsonText("[1, 2", { locale: "fr" });
    expect(fr.issues[0]?.message).toBe(parseJsonText("[1, 2", "fr").issues[0]?.message);
    expect(fr.issues[0]?.message).not.toBe(parseJsonText("[1, 2").issues[0]?.message);
  });

  it("localizeIssue gives the same issue in both forms", () => {
    const [issue] = validateIdentifier("uai", "0251234K").issues;
    if (issue === undefined) throw new Error("expected an issue");
    expect(localizeIssue(issue, { locale: "fr" })).toEqual(localizeIssue(issue, "fr"));
    expect(localizeIssue(issue, { locale: "fr" }).message).toBe(
      "UAI 0251234K : la lettre de contrôle devrait être F.",
    );
    expect(localizeIssue(issue)).toEqual(localizeIssue(issue, "en"));
    fc.assert(
      fc.property(localeArb, (locale) => {
        expect(localizeIssue(issue, { locale: locale as never })).toEqual(
          localizeIssue(issue, locale as never),
        );
      }),
      { numRuns: 100 },
    );
  });

  it("never throw on junk in any argument", () => {
    fc.assert(
      fc.property(junk, junk, junk, (a, b, c) => {
        parameterAt(a as never, b as never, c as never);
        parameterAt(a as never, { on: b, parameters: c } as never);
        expect(typeof isMembershipInForce(a as never, b as never)).toBe("boolean");
        expect(typeof isMembershipInForce(a as never, { on: b } as never)).toBe("boolean");
        expect(typeof parseJsonText(a as never, b as never).ok).toBe("boolean");
        expect(typeof parseJsonText(a as never, { locale: b } as never).ok).toBe("boolean");
        localizeIssue(a as never, b as never);
        localizeIssue(a as never, { locale: b } as never);
      }),
      { numRuns: 300 },
    );
    expect(prototypeIsClean()).toBe(true);
  });
});

describe("publicHolidays and isPublicHoliday: options form and deprecated positional form", () => {
  const calendarArb = fc.oneof(
    fc.constantFrom("metropole", "alsace-moselle", "971", "976", "paris", undefined),
    junk.filter((value) => !isPlainRecord(value)),
  );

  it("give the same answers", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1500, max: 2100 }),
        dayArb,
        calendarArb,
        (year, day, calendar) => {
          expect(publicHolidays(year, { calendar } as never)).toEqual(
            publicHolidays(year, calendar as never),
          );
          expect(isPublicHoliday(day, { calendar } as never)).toBe(
            isPublicHoliday(day, calendar as never),
          );
        },
      ),
      { numRuns: 300 },
    );
    expect(isPublicHoliday("2027-05-27", { calendar: "971" })).toBe(true);
    expect(isPublicHoliday("2027-05-27", {})).toBe(false);
    expect(publicHolidays(2027, {})).toEqual(publicHolidays(2027));
  });

  it("never throw on junk in any argument", () => {
    fc.assert(
      fc.property(junk, junk, (a, b) => {
        expect(Array.isArray(publicHolidays(a as never, b as never))).toBe(true);
        expect(typeof isPublicHoliday(a as never, b as never)).toBe("boolean");
        expect(typeof isPublicHoliday(a as never, { calendar: b } as never)).toBe("boolean");
      }),
      { numRuns: 300 },
    );
  });
});

describe("writeCsv and writeCsvField: options form and deprecated positional form", () => {
  it("give the same text", () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.string(), { minLength: 1, maxLength: 4 }), { maxLength: 4 }),
        fc.constantFrom(";", ",", "\t", undefined),
        (rows, separator) => {
          expect(writeCsv(rows, { separator } as never)).toBe(writeCsv(rows, separator as never));
          for (const row of rows) {
            for (const field of row) {
              expect(writeCsvField(field, { separator } as never)).toBe(
                writeCsvField(field, separator as never),
              );
            }
          }
        },
      ),
      { numRuns: 200 },
    );
    expect(writeCsv([["a,b", "c"]], { separator: "," })).toBe('"a,b",c\r\n');
    expect(writeCsvField("a;b", {})).toBe('"a;b"');
  });
});

describe("findTooDeep: options form and deprecated positional form", () => {
  it("give the same path", () => {
    fc.assert(
      fc.property(
        junk,
        fc.oneof(fc.integer({ min: -1, max: 70 }), fc.constant(Number.NaN)),
        (value, limit) => {
          expect(findTooDeep(value, { maxDepth: limit })).toEqual(findTooDeep(value, limit));
        },
      ),
      { numRuns: 200 },
    );
    expect(findTooDeep({ a: [[[]]] }, { maxDepth: 2 })).toEqual(["a", 0]);
    expect(findTooDeep([[[]]])).toEqual(findTooDeep([[[]]], MAX_DATASET_DEPTH));
  });

  it("never throws on junk in any argument", () => {
    fc.assert(
      fc.property(junk, junk, (value, options) => {
        findTooDeep(value, options as never);
        findTooDeep(value, { maxDepth: options } as never);
      }),
      { numRuns: 200 },
    );
  });
});
