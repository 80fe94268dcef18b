import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addCalendarDays,
  addCalendarYears,
  DEFAULT_RENEWAL_WINDOW_DAYS,
  EXCELLENCE_CREATION_DATE,
  LABEL_DECREE_IN_FORCE_DATE,
  LABEL_REFORM_DATE,
  LABEL_REGIMES,
  type LabelDecision,
  labelDecisionPeriod,
  labelRegimeOf,
  labelStatusAt,
  validateLabelDecision,
} from "../../src/index.js";
import { fromDayNumber, toDayNumber } from "../../src/shared/index.js";
import { deepFreeze, hostileValues, junk, prototypeIsClean } from "../helpers/junk.js";
import { freezeSafely } from "./freeze.js";

const cmq = (decidedOn: string, durationYears: number, extra: Partial<LabelDecision> = {}) =>
  ({ category: "cmq", decidedOn, durationYears, ...extra }) as LabelDecision;
const excellence = (decidedOn: string, durationYears: number, extra: Partial<LabelDecision> = {}) =>
  ({ category: "cmq-excellence", decidedOn, durationYears, ...extra }) as LabelDecision;
const codes = (result: { issues: { code: string }[] }) => result.issues.map((issue) => issue.code);

describe("labelRegimeOf", () => {
  it("switches to the 2019 regime on 2019-09-16", () => {
    expect(labelRegimeOf("2019-09-15")).toBe("2014");
    expect(labelRegimeOf(LABEL_REFORM_DATE)).toBe("2019");
    expect(labelRegimeOf("2019-09-17")).toBe("2019");
    expect(LABEL_REGIMES["2014"]).toMatchObject({ minYears: 4, maxYears: 4 });
    for (const value of hostileValues()) expect(labelRegimeOf(value as string)).toBeUndefined();
    expect(LABEL_REGIMES["2019"]).toMatchObject({ minYears: 1, maxYears: 5 });
  });
});

describe("validateLabelDecision", () => {
  it("accepts a valid decision and returns it", () => {
    const decision = excellence("2020-02-06", 5, { reference: "MENE2000000A" });
    expect(validateLabelDecision(deepFreeze(decision))).toEqual({
      ok: true,
      value: decision,
      issues: [],
    });
  });

  it("returns label.duration_out_of_range when a 2014-regime decision is not exactly 4 years", () => {
    expect(validateLabelDecision(cmq("2019-09-15", 4)).ok).toBe(true);
    for (const years of [1, 3, 5, 4.5]) {
      const result = validateLabelDecision(cmq("2019-09-15", years));
      expect(result.issues).toEqual([
        expect.objectContaining({
          code: "label.duration_out_of_range",
          path: ["durationYears"],
          params: { durationYears: years, decidedOn: "2019-09-15", regime: "2014", min: 4, max: 4 },
        }),
      ]);
    }
  });

  it("returns label.duration_out_of_range from 2019-09-16 unless a whole number from 1 to 5", () => {
    for (const years of [1, 2, 3, 4, 5])
      expect(validateLabelDecision(cmq("2019-09-16", years)).ok).toBe(true);
    for (const years of [0, 6, 2.5, -1]) {
      const [issue] = validateLabelDecision(cmq("2019-09-16", years)).issues;
      expect(issue).toMatchObject({
        code: "label.duration_out_of_range",
        params: { durationYears: years, regime: "2019", min: 1, max: 5 },
      });
    }
    expect(validateLabelDecision(cmq("2019-09-16", 6), { locale: "fr" }).issues[0]?.message).toBe(
      "Label décidé le 2019-09-16 pour 6 ans : depuis le 16 septembre 2019, le label est délivré pour un nombre entier d'années de 1 à 5 (décret du 16 septembre 2019).",
    );
    expect(validateLabelDecision(cmq("2020-01-01", 0)).issues[0]?.message).toBe(
      "Label decided on 2020-01-01 for 0 years: since 2019-09-16 the label is granted for a whole number of years from 1 to 5 (décret of 16 September 2019).",
    );
    expect(validateLabelDecision(cmq("2016-01-01", 1)).issues[0]?.message).toContain("for 1 year:");
  });

  it("returns label.excellence_before_creation the day before 2018-12-13, not on it", () => {
    expect(codes(validateLabelDecision(excellence("2018-12-12", 4)))).toEqual([
      "label.excellence_before_creation",
    ]);
    expect(validateLabelDecision(excellence(EXCELLENCE_CREATION_DATE, 4)).ok).toBe(true);
    expect(validateLabelDecision(excellence("2018-12-12", 4)).issues[0]).toMatchObject({
      path: ["category"],
      params: { decidedOn: "2018-12-12", createdOn: "2018-12-13" },
    });
  });

  it("returns label.international_mention_after_reform from 2019-09-16, not the day before", () => {
    const mentions: "international"[] = ["international"];
    expect(validateLabelDecision(cmq("2019-09-15", 4, { mentions })).ok).toBe(true);
    const after = validateLabelDecision(cmq("2019-09-16", 5, { mentions }));
    expect(after.issues).toEqual([
      expect.objectContaining({
        code: "label.international_mention_after_reform",
        path: ["mentions", 0],
        params: { decidedOn: "2019-09-16", reformOn: "2019-09-16" },
      }),
    ]);
  });

  it("reports every rule at once, sorted by path, under the given path", () => {
    const result = validateLabelDecision(
      excellence("2018-01-01", 5, { mentions: ["international"] }),
      { path: ["campus", "labels", 2] },
    );
    expect(result.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ["label.excellence_before_creation", ["campus", "labels", 2, "category"]],
      ["label.duration_out_of_range", ["campus", "labels", 2, "durationYears"]],
    ]);
    const both = validateLabelDecision(
      excellence("2015-01-01", 2, { mentions: ["international"] }),
    );
    expect(codes(both)).toEqual([
      "label.excellence_before_creation",
      "label.duration_out_of_range",
    ]);
  });

  it("returns label.invalid_input for shape errors and still applies the rules it can", () => {
    const result = validateLabelDecision({
      category: "cmq",
      decidedOn: "2016-05-01",
      durationYears: 3,
      reference: 42,
    });
    expect(result.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ["label.duration_out_of_range", ["durationYears"]],
      ["label.invalid_input", ["reference"]],
    ]);
    expect(
      codes(validateLabelDecision({ category: "cmq", decidedOn: "2016-02-30", durationYears: 4 })),
    ).toEqual(["label.invalid_input"]);
    expect(validateLabelDecision(null).issues[0]).toMatchObject({
      code: "label.invalid_input",
      path: [],
    });
    expect(codes(validateLabelDecision(cmq("2020-01-01", Number.NaN)))).toEqual([
      "label.invalid_input",
    ]);
    expect(codes(validateLabelDecision(cmq("2020-01-01", Number.POSITIVE_INFINITY)))).toEqual([
      "label.invalid_input",
    ]);
  });

  it("never throws on junk, never pollutes, never mutates", () => {
    for (const value of hostileValues()) {
      const result = validateLabelDecision(value, { path: ["x"] });
      expect(result.ok).toBe(false);
      for (const issue of result.issues) expect(issue.path[0]).toBe("x");
    }
    fc.assert(
      fc.property(junk, (value) => {
        const result = validateLabelDecision(freezeSafely(value));
        if (!result.ok) expect(result.issues.length).toBeGreaterThan(0);
        else expect(result.issues.every((issue) => issue.severity === "info")).toBe(true);
      }),
      { numRuns: 200 },
    );
    const polluted = JSON.parse(
      '{"category":"cmq","decidedOn":"2020-01-01","durationYears":5,"__proto__":{"polluted":true}}',
    );
    expect(validateLabelDecision(polluted).ok).toBe(true);
    expect(prototypeIsClean()).toBe(true);
  });
});

describe("labelDecisionPeriod", () => {
  it("ends the day before validFrom + durationYears", () => {
    expect(labelDecisionPeriod(excellence("2020-02-06", 5))).toEqual({
      start: "2020-02-06",
      end: "2025-02-05",
    });
    expect(labelDecisionPeriod(cmq("2014-10-01", 4, { validFrom: "2015-01-01" }))).toEqual({
      start: "2015-01-01",
      end: "2018-12-31",
    });
    expect(labelDecisionPeriod(cmq("2020-02-29", 1))).toEqual({
      start: "2020-02-29",
      end: "2021-02-27",
    });
  });

  it("returns undefined when the decision cannot be placed in time", () => {
    for (const years of [0, 2.5, 101, Number.NaN]) {
      expect(labelDecisionPeriod(cmq("2020-01-01", years))).toBeUndefined();
    }
    expect(labelDecisionPeriod(cmq("2020-13-01", 5))).toBeUndefined();
    for (const value of hostileValues())
      expect(labelDecisionPeriod(value as never)).toBeUndefined();
    expect(labelDecisionPeriod(cmq("9998-06-01", 5))).toEqual({
      start: "9998-06-01",
      end: "9999-12-31",
    });
  });
});

describe("labelStatusAt", () => {
  const single = { labels: [excellence("2020-02-06", 5)] };

  it("is labelled from the first day and expiring on the last day, expired the day after", () => {
    expect(labelStatusAt(single, "2020-02-05")).toEqual({
      state: "unlabelled",
      next: { category: "cmq-excellence", validFrom: "2020-02-06", validUntil: "2025-02-05" },
      issues: [],
    });
    expect(labelStatusAt(single, "2020-02-06")).toEqual({
      state: "labelled",
      category: "cmq-excellence",
      validFrom: "2020-02-06",
      validUntil: "2025-02-05",
      daysLeft: 1826,
      issues: [],
    });
    expect(labelStatusAt(single, "2025-02-05")).toMatchObject({ state: "expiring", daysLeft: 0 });
    expect(labelStatusAt(single, "2025-02-06")).toEqual({
      state: "expired",
      category: "cmq-excellence",
      validFrom: "2020-02-06",
      validUntil: "2025-02-05",
      issues: [],
    });
  });

  it("is expiring at 180 days left and labelled at 181 (the renewal window)", () => {
    const at180 = addCalendarDays("2025-02-05", -180);
    const at181 = addCalendarDays("2025-02-05", -181);
    expect(labelStatusAt(single, at180)).toMatchObject({ state: "expiring", daysLeft: 180 });
    expect(labelStatusAt(single, at181)).toMatchObject({ state: "labelled", daysLeft: 181 });
    expect(DEFAULT_RENEWAL_WINDOW_DAYS).toBe(180);
    expect(labelStatusAt(single, at181, { renewalWindowDays: 181 }).state).toBe("expiring");
    expect(labelStatusAt(single, at180, { renewalWindowDays: 0 }).state).toBe("labelled");
  });

  it("chains renewals with a gap of 0 or 1 day, not 2", () => {
    const first = cmq("2016-01-01", 4); // 2016-01-01 … 2019-12-31
    const at = (validFrom: string) => ({
      labels: [first, cmq("2019-10-01", 5, { validFrom })],
    });
    // gap of 0 days: starts the day after the previous end
    expect(labelStatusAt(at("2020-01-01"), "2019-06-01")).toMatchObject({
      state: "labelled",
      validFrom: "2016-01-01",
      validUntil: "2024-12-31",
    });
    // overlap: starts before the previous end
    expect(labelStatusAt(at("2019-12-01"), "2019-06-01")).toMatchObject({
      validUntil: "2024-11-30",
    });
    // gap of 1 day: 2020-01-01 uncovered
    const gap1 = at("2020-01-02");
    expect(labelStatusAt(gap1, "2019-12-31")).toMatchObject({
      state: "expiring",
      validUntil: "2019-12-31",
      daysLeft: 0,
      next: { category: "cmq", validFrom: "2020-01-02", validUntil: "2025-01-01" },
    });
    expect(labelStatusAt(gap1, "2020-01-01")).toMatchObject({
      state: "expired",
      validUntil: "2019-12-31",
      next: { validFrom: "2020-01-02" },
    });
    expect(labelStatusAt(gap1, "2020-01-02")).toMatchObject({
      state: "labelled",
      validFrom: "2020-01-02",
    });
    // gap of 2 days
    const gap2 = at("2020-01-03");
    expect(labelStatusAt(gap2, "2020-01-02").state).toBe("expired");
    expect(labelStatusAt(gap2, "2019-07-05")).toMatchObject({
      state: "expiring",
      validUntil: "2019-12-31",
    });
  });

  it("extends validUntil with renewals decided that start after the day", () => {
    const labels = [
      excellence("2020-02-06", 5),
      excellence("2025-01-10", 5, { validFrom: "2025-02-06" }),
    ];
    expect(labelStatusAt({ labels }, "2024-12-01")).toMatchObject({
      state: "labelled",
      validFrom: "2020-02-06",
      validUntil: "2030-02-05",
      daysLeft: 1892,
    });
    // as known on the day: the renewal was not decided yet
    expect(labelStatusAt({ labels }, "2024-12-01", { decidedBy: "2024-12-01" })).toMatchObject({
      state: "expiring",
      validUntil: "2025-02-05",
    });
  });

  it("upgrades to excellence from the excellence decision's first day", () => {
    const labels = [cmq("2017-03-01", 4), excellence("2020-02-06", 5)];
    expect(labelStatusAt({ labels }, "2020-02-05")).toMatchObject({
      state: "labelled",
      category: "cmq",
      validFrom: "2017-03-01",
      validUntil: "2025-02-05",
    });
    expect(labelStatusAt({ labels }, "2020-02-06")).toMatchObject({ category: "cmq-excellence" });
    expect(labelStatusAt({ labels }, "2025-02-06")).toMatchObject({
      state: "expired",
      category: "cmq-excellence",
    });
  });

  it("reports the category of the latest decision still covering the day", () => {
    // a short excellence decision inside a long base label: once it ends, the base label remains
    const labels = [cmq("2020-01-01", 5), excellence("2021-01-01", 1)];
    expect(labelStatusAt({ labels }, "2021-06-01").category).toBe("cmq-excellence");
    expect(labelStatusAt({ labels }, "2022-06-01")).toMatchObject({
      category: "cmq",
      validUntil: "2024-12-31",
    });
  });

  it("breaks ties between decisions of the same day by category, duration and reference", () => {
    const same = [cmq("2020-01-01", 5), excellence("2020-01-01", 5)];
    expect(labelStatusAt({ labels: same }, "2021-01-01").category).toBe("cmq-excellence");
    expect(labelStatusAt({ labels: [...same].reverse() }, "2021-01-01").category).toBe(
      "cmq-excellence",
    );
    const lengths = [cmq("2020-01-01", 5), cmq("2020-01-01", 2)];
    expect(labelStatusAt({ labels: lengths }, "2021-01-01").validUntil).toBe("2024-12-31");
    const references = [
      cmq("2020-01-01", 3, { reference: "B" }),
      cmq("2020-01-01", 3, { reference: "A" }),
      cmq("2020-01-01", 3),
    ];
    const status = labelStatusAt({ labels: references }, "2021-01-01");
    expect(labelStatusAt({ labels: [...references].reverse() }, "2021-01-01")).toEqual(status);
  });

  it("is unlabelled before any decision and reports the next one", () => {
    expect(labelStatusAt({ labels: [] }, "2022-01-01")).toEqual({
      state: "unlabelled",
      issues: [],
    });
    expect(labelStatusAt({ labels: [cmq("2023-01-01", 3)] }, "2022-01-01")).toEqual({
      state: "unlabelled",
      next: { category: "cmq", validFrom: "2023-01-01", validUntil: "2025-12-31" },
      issues: [],
    });
  });

  it("uses validFrom rather than the decision date", () => {
    const labels = [cmq("2022-04-25", 3, { validFrom: "2022-09-01" })];
    expect(labelStatusAt({ labels }, "2022-05-01").state).toBe("unlabelled");
    expect(labelStatusAt({ labels }, "2022-09-01")).toMatchObject({ validUntil: "2025-08-31" });
  });

  it("does not depend on the order of the decisions", () => {
    const decision = fc
      .record({
        category: fc.constantFrom("cmq", "cmq-excellence"),
        start: fc.integer({ min: 0, max: 4000 }),
        delay: fc.integer({ min: 0, max: 30 }),
        durationYears: fc.integer({ min: 1, max: 5 }),
      })
      .map(({ category, start, delay, durationYears }) => ({
        category,
        decidedOn: fromDayNumber(toDayNumber("2014-01-01") + start),
        validFrom: fromDayNumber(toDayNumber("2014-01-01") + start + delay),
        durationYears,
      }));
    fc.assert(
      fc.property(
        fc
          .array(decision, { maxLength: 6 })
          .chain((labels) =>
            fc.tuple(
              fc.constant(labels),
              fc.shuffledSubarray(labels, { minLength: labels.length, maxLength: labels.length }),
            ),
          ),
        fc.integer({ min: 0, max: 6000 }),
        ([labels, shuffled], offset) => {
          const on = fromDayNumber(toDayNumber("2013-06-01") + offset);
          const reversed = [...labels].reverse();
          const status = labelStatusAt({ labels: labels as LabelDecision[] }, on);
          expect(labelStatusAt({ labels: shuffled as LabelDecision[] }, on)).toEqual(status);
          expect(labelStatusAt({ labels: reversed as LabelDecision[] }, on)).toEqual(status);
          expect(status).toEqual(oracle(labels as LabelDecision[], on));
        },
      ),
      { numRuns: 200 },
    );
  });

  it("ignores decisions it cannot place and reports them at [labels, i]", () => {
    const labels = [cmq("2020-01-01", 5), { category: "gold" }, cmq("2021-01-01", 2.5)];
    const status = labelStatusAt({ labels } as never, "2022-01-01", { path: ["campus"] });
    expect(status).toMatchObject({ state: "labelled", validUntil: "2024-12-31" });
    expect(status.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ["label.invalid_input", ["campus", "labels", 1, "category"]],
      ["label.invalid_input", ["campus", "labels", 1, "decidedOn"]],
      ["label.invalid_input", ["campus", "labels", 1, "durationYears"]],
      ["label.duration_out_of_range", ["campus", "labels", 2, "durationYears"]],
    ]);
  });

  it("reports bad options and falls back to their defaults", () => {
    const status = labelStatusAt(single, "2024-12-01", {
      renewalWindowDays: -1,
      decidedBy: "yesterday",
    });
    expect(status.state).toBe("expiring");
    expect(status.issues.map((issue) => issue.path)).toEqual([
      ["decidedBy"],
      ["renewalWindowDays"],
    ]);
    expect(labelStatusAt(single, "2024-13-01")).toEqual({
      state: "unlabelled",
      issues: [expect.objectContaining({ code: "label.invalid_input", path: ["on"] })],
    });
  });

  it("says what is wrong with an infinite or fractional renewal window (issue 17)", () => {
    const message = (renewalWindowDays: number, locale: "en" | "fr") =>
      labelStatusAt(single, "2024-12-01", { renewalWindowDays, locale }).issues[0]?.message;
    expect(message(Number.POSITIVE_INFINITY, "en")).toBe(
      "renewalWindowDays: expected a finite number, received Infinity.",
    );
    expect(message(Number.NEGATIVE_INFINITY, "fr")).toBe(
      "renewalWindowDays : attendu un nombre fini, reçu -Infinity.",
    );
    expect(message(1.5, "en")).toBe("renewalWindowDays: expected a whole number, received 1.5.");
    expect(message(1.5, "fr")).toBe("renewalWindowDays : attendu un nombre entier, reçu 1.5.");
  });

  it("never throws on junk campuses, dates and options", () => {
    for (const value of hostileValues()) {
      const status = labelStatusAt(value as never, "2022-01-01");
      expect(status.state).toBe("unlabelled");
      expect(labelStatusAt(single, value as never).state).toBe("unlabelled");
      expect(labelStatusAt(single, "2022-01-01", value as never).state).toBe("labelled");
      expect(
        labelStatusAt({ labels: [value] } as never, "2022-01-01").issues.length,
      ).toBeGreaterThan(0);
    }
    fc.assert(
      fc.property(junk, junk, (campus, labels) => {
        const frozen = freezeSafely({ labels: [labels, campus] });
        expect(labelStatusAt(freezeSafely(campus) as never, "2022-01-01").state).toBe("unlabelled");
        expect(labelStatusAt(frozen as never, "2022-01-01").issues.length).toBeGreaterThan(0);
      }),
      { numRuns: 200 },
    );
    expect(prototypeIsClean()).toBe(true);
  });

  it("does not mutate its input", () => {
    const labels = deepFreeze([excellence("2020-02-06", 5), cmq("2016-01-01", 4)]);
    const copy = structuredClone(labels);
    labelStatusAt({ labels }, "2020-01-01");
    expect(labels).toEqual(copy);
  });
});

/** Brute force: walk the days. A day is covered when a decision covers it. */
function oracle(labels: LabelDecision[], on: string) {
  const periods = labels
    .map((d) => {
      const start = d.validFrom ?? d.decidedOn;
      const normal = addCalendarDays(addCalendarYears(start, d.durationYears), -1);
      const end = d.endedOn !== undefined && d.endedOn < normal ? d.endedOn : normal;
      return { d, start, end };
    })
    .filter((p) => p.start <= p.end);
  const covers = (day: string) => periods.filter((p) => p.start <= day && day <= p.end);
  const latest = (list: typeof periods) =>
    [...list].sort((a, b) =>
      a.start !== b.start
        ? a.start < b.start
          ? -1
          : 1
        : a.d.decidedOn !== b.d.decidedOn
          ? a.d.decidedOn < b.d.decidedOn
            ? -1
            : 1
          : a.d.category === b.d.category
            ? a.end < b.end
              ? -1
              : a.end > b.end
                ? 1
                : 0
            : a.d.category === "cmq"
              ? -1
              : 1,
    )[list.length - 1];
  const spanAround = (day: string) => {
    let first = day;
    while (covers(addCalendarDays(first, -1)).length > 0) first = addCalendarDays(first, -1);
    let last = day;
    while (covers(addCalendarDays(last, 1)).length > 0) last = addCalendarDays(last, 1);
    return { first, last };
  };
  const nextAfter = (day: string) => {
    const starts = periods
      .map((p) => p.start)
      .filter((s) => s > day && covers(addCalendarDays(s, -1)).length === 0);
    if (starts.length === 0) return {};
    const start = starts.sort()[0] as string;
    const { last } = spanAround(start);
    return {
      next: { category: latest(covers(start))?.d.category, validFrom: start, validUntil: last },
    };
  };
  if (covers(on).length > 0) {
    const { first, last } = spanAround(on);
    const daysLeft = toDayNumber(last) - toDayNumber(on);
    return {
      state: daysLeft <= 180 ? "expiring" : "labelled",
      category: latest(covers(on))?.d.category,
      validFrom: first,
      validUntil: last,
      daysLeft,
      ...nextAfter(last),
      issues: [],
    };
  }
  const ended = periods
    .filter((p) => p.end < on)
    .map((p) => p.end)
    .sort();
  const lastEnd = ended[ended.length - 1];
  if (lastEnd === undefined) return { state: "unlabelled", ...nextAfter(on), issues: [] };
  const { first } = spanAround(lastEnd);
  return {
    state: "expired",
    category: latest(covers(lastEnd))?.d.category,
    validFrom: first,
    validUntil: lastEnd,
    ...nextAfter(on),
    issues: [],
  };
}

describe("decisions before décret n° 2014-1100 came into force (CONTRACT §3 rev. 2)", () => {
  it("dates the decree's entry into force the day after its publication (JO of 1 October 2014)", () => {
    expect(LABEL_DECREE_IN_FORCE_DATE).toBe("2014-10-02");
  });

  it("gives the info label.before_decree the day before, the duration rule on the day and after", () => {
    const before = validateLabelDecision(cmq("2014-10-01", 3), { path: ["labels", 0] });
    expect(before.ok).toBe(true);
    expect(before.issues).toEqual([
      expect.objectContaining({
        code: "label.before_decree",
        severity: "info",
        path: ["labels", 0, "decidedOn"],
        params: {
          decidedOn: "2014-10-01",
          inForceOn: "2014-10-02",
          durationYears: 3,
          source: "décret n° 2014-1100 du 29 septembre 2014 (JORF du 1er octobre 2014)",
        },
      }),
    ]);
    expect(codes(validateLabelDecision(cmq("2014-10-02", 3)))).toEqual([
      "label.duration_out_of_range",
    ]);
    expect(codes(validateLabelDecision(cmq("2014-10-03", 3)))).toEqual([
      "label.duration_out_of_range",
    ]);
    expect(validateLabelDecision(cmq("2014-10-02", 4))).toMatchObject({ ok: true, issues: [] });
  });

  it("covers the 2013 selection in French, and still applies the other rules", () => {
    const french = validateLabelDecision(cmq("2013-07-15", 5), { locale: "fr" });
    expect(french.ok).toBe(true);
    expect(french.issues[0]?.message).toContain("décret n° 2014-1100");
    expect(french.issues[0]?.message).toContain("5 ans");
    const excellence2013 = validateLabelDecision(excellence("2013-07-15", 4));
    expect(excellence2013.ok).toBe(false);
    expect(codes(excellence2013).sort()).toEqual([
      "label.before_decree",
      "label.excellence_before_creation",
    ]);
    const unreadable = validateLabelDecision({ category: "cmq", decidedOn: "2013-07-15" });
    expect(unreadable.ok).toBe(false);
    expect(unreadable.issues.find((i) => i.code === "label.before_decree")?.params).toMatchObject({
      durationYears: null,
    });
    expect(labelStatusAt({ labels: [cmq("2013-07-15", 5)] }, "2016-01-01")).toMatchObject({
      state: "labelled",
      validUntil: "2018-07-14",
      issues: [],
    });
  });
});

describe("decisions that end early: endedOn (CONTRACT §3 rev. 2)", () => {
  it("validates endedOn against decidedOn on both sides of the boundary", () => {
    const early = validateLabelDecision(cmq("2020-02-06", 5, { endedOn: "2020-02-05" }), {
      locale: "fr",
      path: ["labels", 2],
    });
    expect(early.ok).toBe(false);
    expect(early.issues).toEqual([
      expect.objectContaining({
        code: "label.ended_before_decided",
        severity: "error",
        path: ["labels", 2, "endedOn"],
        params: { decidedOn: "2020-02-06", endedOn: "2020-02-05" },
      }),
    ]);
    expect(validateLabelDecision(cmq("2020-02-06", 5, { endedOn: "2020-02-06" })).ok).toBe(true);
    expect(validateLabelDecision(cmq("2020-02-06", 5, { endedOn: "2022-12-31" })).ok).toBe(true);
    expect(codes(validateLabelDecision(cmq("2020-02-06", 5, { endedOn: "2022-02-30" })))).toEqual([
      "label.invalid_input",
    ]);
  });

  it("ends the period on endedOn, included, when it comes before the normal end", () => {
    expect(labelDecisionPeriod(cmq("2020-02-06", 5, { endedOn: "2022-12-31" }))).toEqual({
      start: "2020-02-06",
      end: "2022-12-31",
    });
    expect(labelDecisionPeriod(cmq("2020-02-06", 5, { endedOn: "2025-02-04" }))?.end).toBe(
      "2025-02-04",
    );
    expect(labelDecisionPeriod(cmq("2020-02-06", 5, { endedOn: "2025-02-05" }))?.end).toBe(
      "2025-02-05",
    );
    expect(labelDecisionPeriod(cmq("2020-02-06", 5, { endedOn: "2025-02-06" }))?.end).toBe(
      "2025-02-05",
    );
    expect(labelDecisionPeriod(cmq("2020-02-06", 5, { endedOn: "2020-02-05" }))).toBeUndefined();
    expect(
      labelDecisionPeriod(cmq("2020-02-06", 5, { validFrom: "2020-09-01", endedOn: "2020-08-31" })),
    ).toBeUndefined();
    expect(
      labelDecisionPeriod(cmq("2020-02-06", 5, { validFrom: "2020-09-01", endedOn: "2020-09-01" })),
    ).toEqual({ start: "2020-09-01", end: "2020-09-01" });
    expect(labelDecisionPeriod(cmq("2020-02-06", 5, { endedOn: "junk" }))).toBeUndefined();
  });

  it("is labelled (expiring) on endedOn and expired the day after", () => {
    const campus = { labels: [cmq("2020-02-06", 5, { endedOn: "2022-12-31" })] };
    expect(labelStatusAt(campus, "2022-12-30")).toMatchObject({
      state: "expiring",
      validUntil: "2022-12-31",
      daysLeft: 1,
    });
    expect(labelStatusAt(campus, "2022-12-31")).toMatchObject({ state: "expiring", daysLeft: 0 });
    expect(labelStatusAt(campus, "2023-01-01")).toMatchObject({
      state: "expired",
      validUntil: "2022-12-31",
      issues: [],
    });
  });

  it("lets a later decision take over, and ignores a decision ended before it began", () => {
    const campus = {
      labels: [
        cmq("2020-02-06", 5, { endedOn: "2022-12-31" }),
        excellence("2022-11-15", 5, { validFrom: "2023-01-01" }),
        cmq("2019-10-01", 5, { validFrom: "2030-01-01", endedOn: "2020-01-01" }),
      ],
    };
    expect(labelStatusAt(campus, "2023-06-01")).toMatchObject({
      state: "labelled",
      category: "cmq-excellence",
      validFrom: "2020-02-06",
      validUntil: "2027-12-31",
      issues: [],
    });
    expect(labelStatusAt(campus, "2030-06-01")).toMatchObject({ state: "expired", issues: [] });
  });

  it("reports and ignores in labelStatusAt a decision ended before it was decided", () => {
    const campus = {
      labels: [cmq("2016-01-01", 4), cmq("2020-02-06", 5, { endedOn: "2020-01-01" })],
    };
    const status = labelStatusAt(campus, "2021-01-01", { locale: "fr" });
    expect(status.state).toBe("expired");
    expect(status.issues).toEqual([
      expect.objectContaining({
        code: "label.ended_before_decided",
        path: ["labels", 1, "endedOn"],
      }),
    ]);
  });

  it("agrees with the day-by-day oracle when decisions end early", () => {
    const decision = fc
      .record({
        category: fc.constantFrom("cmq", "cmq-excellence"),
        start: fc.integer({ min: 0, max: 3000 }),
        delay: fc.integer({ min: 0, max: 30 }),
        durationYears: fc.integer({ min: 1, max: 5 }),
        ended: fc.option(fc.integer({ min: 0, max: 2200 }), { nil: undefined }),
      })
      .map(({ category, start, delay, durationYears, ended }) => {
        const decidedOn = fromDayNumber(toDayNumber("2014-10-02") + start);
        const d: LabelDecision = {
          category: category as LabelDecision["category"],
          decidedOn,
          validFrom: fromDayNumber(toDayNumber(decidedOn) + delay),
          durationYears,
        };
        if (ended !== undefined) d.endedOn = fromDayNumber(toDayNumber(decidedOn) + ended);
        return d;
      });
    fc.assert(
      fc.property(
        fc.array(decision, { maxLength: 5 }),
        fc.integer({ min: 0, max: 5000 }),
        (labels, offset) => {
          const on = fromDayNumber(toDayNumber("2014-06-01") + offset);
          const status = labelStatusAt({ labels }, on);
          expect(status).toEqual(oracle(labels, on));
          expect(labelStatusAt({ labels: [...labels].reverse() }, on)).toEqual(status);
        },
      ),
      { numRuns: 200 },
    );
  });
});
