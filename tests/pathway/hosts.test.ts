/**
 * checkPlacementHosts: boundaries of the three host limits, a brute-force oracle over every day
 * and every week, bad input and fuzzing.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  checkPlacementHosts,
  type Issue,
  PlacementHostSchema,
  parameterAt,
} from "../../src/index.js";
import { fromDayNumber, toDayNumber } from "../../src/shared/index.js";
import { hostileValues, junk, prototypeIsClean, throwingGetters } from "../helpers/junk.js";

interface Spec {
  start: string;
  end: string;
  hostId?: string;
  tutorId?: string;
  post?: string;
  kind?: "internship" | "pfmp";
}

/** One pathway per placement: a programme step and the placement, with host "h1" by default. */
function pathways(specs: readonly Spec[]): unknown[] {
  return specs.map((spec, n) => {
    const { kind = "internship", hostId = "h1", ...rest } = spec;
    return {
      id: `p${n}`,
      learnerId: `l${n}`,
      steps: [
        {
          id: "prog",
          kind: "programme",
          programmeId: "bts",
          status: "student",
          start: "2014-09-01",
          end: "2030-08-31",
        },
        { id: `s${n}`, kind, hostId, programmeStepId: "prog", ...rest },
      ],
    };
  });
}

function codes(issues: readonly Issue[]): string[] {
  return issues.map((issue) => `${issue.code}@${issue.path.join("/")}`);
}

function run(specs: readonly Spec[], hosts: unknown, options = {}) {
  return checkPlacementHosts(pathways(specs), hosts, { on: "2027-01-15", ...options });
}

const week = (n: number): Spec => ({
  start: "2027-01-11",
  end: "2027-01-15",
  ...{ post: `p${n}` },
});

describe("checkPlacementHosts: quota per calendar week", () => {
  const four = [0, 1, 2, 3].map(week);

  it("allows 3 interns in a host of 19 persons and reports the 4th", () => {
    expect(run(four.slice(0, 3), [{ id: "h1", headcount: 19 }]).issues).toEqual([]);
    const result = run(four, [{ id: "h1", headcount: 19 }]);
    expect(codes(result.issues)).toEqual(["placement.host_quota_exceeded@pathways/3/steps/1"]);
    expect(result.issues[0]?.params).toMatchObject({
      hostId: "h1",
      headcount: 19,
      count: 4,
      limit: 3,
      weekStart: "2027-01-11",
      weekEnd: "2027-01-17",
      parameter: "placement.quotaLargeHostThreshold; placement.quotaSmallHost",
    });
    expect(result.ok).toBe(false);
  });

  it("gives ceil(15 %) from 20 persons: 3 for 20, 4 for 21, 15 for 100", () => {
    expect(run(four, [{ id: "h1", headcount: 20 }]).issues).toHaveLength(1);
    expect(run(four, [{ id: "h1", headcount: 21 }]).issues).toEqual([]);
    const five = [0, 1, 2, 3, 4].map(week);
    expect(run(five, [{ id: "h1", headcount: 21 }]).issues[0]?.params).toMatchObject({
      limit: 4,
      count: 5,
    });
    const sixteen = Array.from({ length: 16 }, (_, n) => week(n));
    expect(run(sixteen.slice(0, 15), [{ id: "h1", headcount: 100 }]).issues).toEqual([]);
    expect(run(sixteen, [{ id: "h1", headcount: 100 }]).issues[0]?.params).toMatchObject({
      limit: 15,
    });
  });

  it("counts a placement in every calendar week it touches, Monday to Sunday, PFMP included", () => {
    const three = four.slice(0, 3);
    const endsSunday: Spec = { start: "2027-01-04", end: "2027-01-10", kind: "pfmp" };
    const endsMonday: Spec = { start: "2027-01-04", end: "2027-01-11", kind: "pfmp" };
    expect(run([endsSunday, ...three], [{ id: "h1", headcount: 5 }]).issues).toEqual([]);
    expect(codes(run([endsMonday, ...three], [{ id: "h1", headcount: 5 }]).issues)).toEqual([
      "placement.host_quota_exceeded@pathways/3/steps/1",
    ]);
  });

  it("does not check weeks before décret n° 2015-1359 applies, and reads overrides", () => {
    const at = (start: string): Spec[] => [0, 1, 2, 3].map(() => ({ start, end: start }));
    expect(run(at("2015-10-29"), [{ id: "h1", headcount: 5 }]).issues).toEqual([]);
    expect(run(at("2015-11-02"), [{ id: "h1", headcount: 5 }]).issues).toHaveLength(1);
    const parameters = {
      "placement.quotaSmallHost": [
        { from: "2024-09-01", value: 5, source: "Arrêté rectoral (R. 124-11)", grade: "primary" },
      ],
    };
    expect(run(four, [{ id: "h1", headcount: 5 }], { parameters }).issues).toEqual([]);
    expect(parameterAt("placement.quotaShareLargeHost", "2015-10-28")).toBeUndefined();
    expect(parameterAt("placement.quotaShareLargeHost", "2015-10-29")?.value).toBe(0.15);
  });
});

describe("checkPlacementHosts: interns per tutor", () => {
  const tutored = (n: number): Spec => ({
    start: `2027-01-0${n + 4}`,
    end: "2027-02-26",
    tutorId: "t1",
  });

  it("allows a tutor 3 placements at once and reports the 4th", () => {
    const hosts = [{ id: "h1", headcount: 500, tutors: ["t1"] }];
    expect(run([0, 1, 2].map(tutored), hosts).issues).toEqual([]);
    const result = run([0, 1, 2, 3].map(tutored), hosts);
    expect(codes(result.issues)).toEqual(["placement.tutor_limit_exceeded@pathways/3/steps/1"]);
    expect(result.issues[0]?.params).toMatchObject({ others: 3, limit: 3, tutorId: "t1" });
  });

  it("frees the tutor the day after a placement ends; tutors are per host", () => {
    const hosts = [
      { id: "h1", headcount: 500 },
      { id: "h2", headcount: 500 },
    ];
    const ended: Spec = { start: "2026-12-01", end: "2027-01-06", tutorId: "t1" };
    const later = [1, 2, 3].map((n) => ({ ...tutored(n), start: "2027-01-07" }));
    expect(run([ended, ...later], hosts).issues).toEqual([]);
    const elsewhere = { ...tutored(0), hostId: "h2" };
    expect(run([elsewhere, ...[1, 2, 3].map(tutored)], hosts).issues).toEqual([]);
  });
});

describe("checkPlacementHosts: waiting period on a post", () => {
  const hosts = [{ id: "h1", headcount: 500 }];
  // 27 calendar days: a third is 9 days, 2027-01-31 to 2027-02-08.
  const first: Spec = { start: "2027-01-04", end: "2027-01-30", post: "welder" };

  it("reports a start on the last day of the delay, not on the day after", () => {
    const early = run([first, { start: "2027-02-08", end: "2027-03-05", post: "welder" }], hosts);
    expect(codes(early.issues)).toEqual(["placement.post_waiting_period@pathways/1/steps/1"]);
    expect(early.issues[0]?.params).toMatchObject({
      earliestStart: "2027-02-09",
      waitDays: 9,
      previousDays: 27,
      previousId: "s0",
      post: "welder",
    });
    const onTime = run([first, { start: "2027-02-09", end: "2027-03-05", post: "welder" }], hosts);
    expect(onTime.issues).toEqual([]);
  });

  it("rounds the third up, and leaves other posts and overlapping placements alone", () => {
    // 28 days: 9.33 → 10 days, free from 2027-02-11.
    const longer: Spec = { start: "2027-01-04", end: "2027-01-31", post: "welder" };
    expect(
      run([longer, { start: "2027-02-10", end: "2027-02-20", post: "welder" }], hosts).ok,
    ).toBe(false);
    expect(
      run([longer, { start: "2027-02-11", end: "2027-02-20", post: "welder" }], hosts).ok,
    ).toBe(true);
    expect(run([first, { start: "2027-02-01", end: "2027-02-20", post: "fitter" }], hosts).ok).toBe(
      true,
    );
    expect(run([first, { start: "2027-01-30", end: "2027-02-20", post: "welder" }], hosts).ok).toBe(
      true,
    );
  });
});

describe("checkPlacementHosts against a brute force over every day and week", () => {
  const BASE = toDayNumber("2027-01-01");
  const specArb = fc.record({
    start: fc.nat(50),
    length: fc.nat(20),
    host: fc.constantFrom("h1", "h2", "hx"),
    tutor: fc.option(fc.constantFrom("t1", "t2"), { nil: undefined }),
    post: fc.option(fc.constantFrom("a", "b"), { nil: undefined }),
  });
  const hostsArb = fc.record({ h1: fc.nat(30), h2: fc.nat(30) });

  it("reports exactly the placements the definitions give", () => {
    fc.assert(
      fc.property(fc.array(specArb, { maxLength: 14 }), hostsArb, (raw, headcounts) => {
        const specs: Spec[] = raw.map((r) => {
          const spec: Spec = {
            start: fromDayNumber(BASE + r.start),
            end: fromDayNumber(BASE + r.start + r.length),
            hostId: r.host,
          };
          if (r.tutor !== undefined) spec.tutorId = r.tutor;
          if (r.post !== undefined) spec.post = r.post;
          return spec;
        });
        const hosts = [
          { id: "h1", headcount: headcounts.h1 },
          { id: "h2", headcount: headcounts.h2 },
        ];
        const result = run(specs, hosts);
        const got = codes(result.issues).sort();
        expect(got).toEqual(oracle(raw, headcounts).sort());
        if (result.ok) expect(result.value.placements + result.value.unlisted).toBe(raw.length);
      }),
      { numRuns: 400 },
    );
  });

  type Raw = {
    start: number;
    length: number;
    host: string;
    tutor?: string | undefined;
    post?: string | undefined;
  };

  /** The reported placements, from the definitions, day by day and week by week. */
  function oracle(raw: readonly Raw[], headcounts: Record<string, number>): string[] {
    const at = (code: string, n: number) => `${code}@pathways/${n}/steps/1`;
    const items = raw.map((r, n) => ({ n, s: BASE + r.start, e: BASE + r.start + r.length, ...r }));
    const key = (a: (typeof items)[number], b: (typeof items)[number]) =>
      a.s - b.s || a.e - b.e || a.n - b.n;
    const mondayOf = (day: number) => day - ((new Date(day * 86_400_000).getUTCDay() + 6) % 7);
    const found: string[] = [];
    for (const host of ["h1", "h2"]) {
      const mine = items.filter((item) => item.host === host).sort(key);
      const headcount = headcounts[host] as number;
      const limit = headcount >= 20 ? Math.ceil((15 * headcount) / 100) : 3;
      // Quota: every week of the period, its placements counted day by day.
      for (let monday = mondayOf(BASE); monday <= BASE + 80; monday += 7) {
        const inWeek = mine.filter((item) => {
          for (let day = monday; day < monday + 7; day++)
            if (item.s <= day && day <= item.e) return true;
          return false;
        });
        const newcomers = inWeek.filter((item) => mondayOf(item.s) === monday);
        const excess = Math.min(inWeek.length - limit, newcomers.length);
        for (const item of newcomers.slice(newcomers.length - Math.max(excess, 0))) {
          found.push(at("placement.host_quota_exceeded", item.n));
        }
      }
      // Tutor: on each placement's first day, the earlier ones of its tutor still in progress.
      for (const item of mine) {
        if (item.tutor === undefined) continue;
        const others = mine.filter(
          (other) =>
            other.tutor === item.tutor &&
            key(other, item) < 0 &&
            other.s <= item.s &&
            item.s <= other.e,
        );
        if (others.length >= 3) found.push(at("placement.tutor_limit_exceeded", item.n));
      }
      // Post: a start inside the waiting days that follow a placement ended on the same post.
      for (const item of mine) {
        if (item.post === undefined) continue;
        const blocked = mine.some((other) => {
          if (other.post !== item.post || other.e >= item.s) return false;
          const wait = Math.ceil((other.e - other.s + 1) / 3);
          for (let day = other.e + 1; day <= other.e + wait; day++) if (day === item.s) return true;
          return false;
        });
        if (blocked) found.push(at("placement.post_waiting_period", item.n));
      }
    }
    return found;
  }

  it("reports a tutor exactly when some day has more than 3 of its placements in progress", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(30), fc.nat(15)), { maxLength: 10 }), (periods) => {
        const specs = periods.map(([start, length]) => ({
          start: fromDayNumber(BASE + start),
          end: fromDayNumber(BASE + start + length),
          tutorId: "t1",
        }));
        let busiest = 0;
        for (let day = BASE; day <= BASE + 50; day++) {
          const count = periods.filter(([s, l]) => BASE + s <= day && day <= BASE + s + l).length;
          busiest = Math.max(busiest, count);
        }
        const reported = run(specs, [{ id: "h1", headcount: 1000 }]).issues.length > 0;
        expect(reported).toBe(busiest > 3);
      }),
      { numRuns: 300 },
    );
  });
});

describe("checkPlacementHosts: bad input", () => {
  it("reports malformed hosts, located, and checks the others", () => {
    const result = checkPlacementHosts(
      pathways([week(0)]),
      [
        { id: "h1", headcount: -1 },
        { id: "h2", headcount: 1.5 },
        { id: "", headcount: 3 },
        { id: "h3", headcount: 3, tutors: "t1" },
        { id: "h4", headcount: 3, tutors: [""] },
        null,
        throwingGetters(["id"]),
        { id: "h5", headcount: 3 },
        { id: "h5", headcount: 4 },
      ],
      { on: "2027-01-15", locale: "fr", path: ["dataset"] },
    );
    expect(codes(result.issues)).toEqual([
      "placement.invalid_host@dataset/hosts/0/headcount",
      "placement.invalid_host@dataset/hosts/1/headcount",
      "placement.invalid_host@dataset/hosts/2/id",
      "placement.invalid_host@dataset/hosts/3/tutors",
      "placement.invalid_host@dataset/hosts/4/tutors",
      "placement.invalid_host@dataset/hosts/5",
      "placement.invalid_host@dataset/hosts/6",
      "placement.invalid_host@dataset/hosts/8/id",
    ]);
    expect(result.issues[1]?.message).toBe(
      "Organisme d'accueil 1 : l'effectif doit être un nombre entier de personnes, positif ou nul, et non 1.5 ; l'organisme est ignoré.",
    );
  });

  it("reports unknown tutors, a post that is not a string, and skips unlisted hosts", () => {
    const hosts = [{ id: "h1", headcount: 3, tutors: ["t1"] }];
    const unknown = run([{ ...week(0), tutorId: "t2" }], hosts);
    expect(codes(unknown.issues)).toEqual(["placement.unknown_tutor@pathways/0/steps/1/tutorId"]);
    const badPost = run([{ ...week(0), post: 7 as unknown as string }], hosts);
    expect(codes(badPost.issues)).toEqual(["pathway.invalid_input@pathways/0/steps/1/post"]);
    const unlisted = run([{ ...week(0), hostId: "elsewhere" }], hosts);
    expect(unlisted).toEqual({
      ok: true,
      value: { on: "2027-01-15", hosts: 1, placements: 0, unlisted: 1 },
      issues: [],
    });
  });

  it("reports inputs that are not lists, and bad options", () => {
    const result = checkPlacementHosts({}, "hosts", {
      on: "2027-02-30",
      maxIssuesPerCode: 0,
      parameters: { nope: [] },
    } as never);
    expect(codes(result.issues).sort()).toEqual(
      [
        "pathway.invalid_input@pathways",
        "placement.invalid_host@hosts",
        "pathway.invalid_option@on",
        "pathway.invalid_option@maxIssuesPerCode",
        "pathway.invalid_option@parameters/nope",
      ].sort(),
    );
    expect(result.issues.find((i) => i.path[0] === "maxIssuesPerCode")?.message).toContain(
      "1000 is used",
    );
  });

  it("caps the issues of a million hosts", () => {
    const hosts = Array.from({ length: 1_000_000 }, (_, n) => ({
      id: `h${n}`,
      headcount: n % 2 === 0 ? 10 : -1,
    }));
    const result = checkPlacementHosts(pathways([week(0)]), hosts, { on: "2027-01-15" });
    expect(result.issues).toHaveLength(1001);
    expect(
      result.issues.find((i) => i.code === "placement.issues_truncated")?.params,
    ).toMatchObject({
      code: "placement.invalid_host",
      omitted: 499_000,
      limit: 1000,
    });
  });

  it("counts the pathways past the listed ones that are not records, as zod would list them", () => {
    const junk = [null, 7, "p", undefined, true];
    const input = Array.from({ length: 1005 }, (_, n) => junk[n % junk.length]);
    const result = checkPlacementHosts(input, [{ id: "h1", headcount: 3 }], { on: "2027-01-15" });
    const listed = result.issues.filter((i) => i.code === "pathway.invalid_input");
    expect(listed).toHaveLength(1000);
    expect(listed.at(-1)?.path).toEqual(["pathways", 999]);
    expect(
      result.issues.find((i) => i.code === "placement.issues_truncated")?.params,
    ).toMatchObject({ code: "pathway.invalid_input", omitted: 5, limit: 1000 });
  });

  it("never throws on hostile values in any argument, and pollutes nothing", () => {
    const good = pathways([week(0)]);
    const hosts = [{ id: "h1", headcount: 3 }];
    for (const value of hostileValues()) {
      for (const call of [
        () => checkPlacementHosts(value, hosts, { on: "2027-01-15" }),
        () => checkPlacementHosts(good, value, { on: "2027-01-15" }),
        () => checkPlacementHosts(good, hosts, value as never),
        () => checkPlacementHosts([value], [value], { on: "2027-01-15", path: value } as never),
      ]) {
        const result = call();
        expect(result.ok).toBe(!result.issues.some((issue) => issue.severity === "error"));
      }
    }
    fc.assert(
      fc.property(junk, junk, junk, (a, b, c) => {
        for (const result of [
          checkPlacementHosts(a, b, c as never),
          checkPlacementHosts([a], [b], { on: "2027-01-15", parameters: c } as never),
        ]) {
          for (const issue of result.issues) expect(Array.isArray(issue.path)).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
    expect(prototypeIsClean()).toBe(true);
  });

  it("reads hosts as PlacementHostSchema does", () => {
    fc.assert(
      fc.property(
        fc.record(
          {
            id: fc.oneof(fc.string({ maxLength: 2 }), junk),
            headcount: fc.oneof(fc.integer({ min: -2, max: 30 }), fc.double(), junk),
            tutors: fc.oneof(fc.array(fc.string({ maxLength: 2 }), { maxLength: 2 }), junk),
          },
          { requiredKeys: ["id", "headcount"] },
        ),
        (host) => {
          const result = checkPlacementHosts([], [host], { on: "2027-01-15" });
          expect(result.ok).toBe(PlacementHostSchema.safeParse(host).success);
        },
      ),
      { numRuns: 500 },
    );
  });
});
