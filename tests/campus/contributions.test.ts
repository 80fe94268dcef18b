import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  CMQ_ITIP,
  CONTRIBUTION_KINDS,
  contributionsSummary,
  type Membership,
} from "../../src/index.js";
import { hostileValues, junk, prototypeIsClean } from "../helpers/junk.js";
import { freezeSafely } from "./freeze.js";
import { itip } from "./producers.js";

const ON = "2022-09-01";

describe("contributionsSummary", () => {
  it("sums CMQ ITIP by contribution kind, partner kind and partner", () => {
    const summary = contributionsSummary(CMQ_ITIP.campus, CMQ_ITIP.partners, { on: ON });
    expect(summary.total).toEqual({ amountEur: 670_000, hours: 4_270, count: 18 });
    expect(summary.byContributionKind["skills-sponsorship"]).toEqual({
      amountEur: 48_000,
      hours: 760,
      count: 3,
    });
    expect(summary.byContributionKind.teaching).toEqual({ amountEur: 0, hours: 1_260, count: 5 });
    expect(summary.byPartnerKind.company).toEqual({ amountEur: 93_000, hours: 2_860, count: 6 });
    expect(summary.byPartnerKind.cluster).toEqual({ amountEur: 0, hours: 0, count: 0 });
    expect(summary.byPartner[0]).toEqual({
      partnerId: "region-bfc",
      name: "Région Bourgogne-Franche-Comté",
      kind: "local-authority",
      amountEur: 250_000,
      hours: 0,
      count: 1,
    });
    expect(summary.unattributed).toEqual({ amountEur: 0, hours: 0, count: 0 });
    expect(summary.issues).toEqual([]);
    expect(Object.keys(summary.byContributionKind)).toEqual(Object.keys(CONTRIBUTION_KINDS));
  });

  it("adds up: every view sums to the total", () => {
    const summary = contributionsSummary(CMQ_ITIP.campus, CMQ_ITIP.partners, { on: ON });
    const sum = (rows: { amountEur: number; hours: number; count: number }[]) =>
      rows.reduce(
        (t, r) => ({
          amountEur: t.amountEur + r.amountEur,
          hours: t.hours + r.hours,
          count: t.count + r.count,
        }),
        {
          amountEur: 0,
          hours: 0,
          count: 0,
        },
      );
    expect(sum(Object.values(summary.byContributionKind))).toEqual(summary.total);
    expect(sum([...Object.values(summary.byPartnerKind), summary.unattributed])).toEqual(
      summary.total,
    );
    expect(sum(summary.byPartner)).toEqual(summary.total);
  });

  it("counts only memberships in force on the day", () => {
    expect(
      contributionsSummary(CMQ_ITIP.campus, CMQ_ITIP.partners, { on: "2020-02-05" }).total,
    ).toEqual({
      amountEur: 0,
      hours: 0,
      count: 0,
    });
    const data = itip();
    (data.campus.members[2] as Membership).to = "2021-12-31";
    expect(
      contributionsSummary(data.campus, data.partners, { on: ON }).byContributionKind.financial
        .amountEur,
    ).toBe(100_000);
  });

  it("sums to the cent whatever the order, and attributes unknown partners apart", () => {
    const members: Membership[] = [0.1, 0.2, 0.3].map((amountEur, i) => ({
      partnerId: i === 2 ? "ghost" : "p",
      roles: ["member"],
      from: "2020-01-01",
      contributions: [{ kind: "financial", amountEur, hours: 0.35 }],
    }));
    const campus = { id: "c", name: "C", sector: "materials", labels: [], members };
    const partners = [{ id: "p", name: "P", kind: "company" }];
    const summary = contributionsSummary(campus, partners, { on: ON });
    expect(summary.total).toEqual({ amountEur: 0.6, hours: 1.05, count: 3 });
    expect(summary.unattributed).toEqual({ amountEur: 0.3, hours: 0.35, count: 1 });
    expect(summary.byPartner.map((r) => [r.partnerId, r.name, r.kind])).toEqual([
      ["p", "P", "company"],
      ["ghost", null, null],
    ]);
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 10_000_000 }), { maxLength: 20 }), (cents) => {
        const list: Membership[] = cents.map((c) => ({
          partnerId: "p",
          roles: ["member"],
          from: "2020-01-01",
          contributions: [{ kind: "equipment", amountEur: c / 100 }],
        }));
        const forward = contributionsSummary({ ...campus, members: list }, partners, { on: ON });
        const backward = contributionsSummary(
          { ...campus, members: [...list].reverse() },
          partners,
          { on: ON },
        );
        expect(forward).toEqual(backward);
        expect(forward.total.amountEur).toBe(cents.reduce((a, b) => a + b, 0) / 100);
      }),
    );
  });

  it("orders partners by amount, then hours, then id", () => {
    const make = (partnerId: string, amountEur: number, hours: number): Membership => ({
      partnerId,
      roles: ["member"],
      from: "2020-01-01",
      contributions: [{ kind: "teaching", amountEur, hours }],
    });
    const campus = {
      id: "c",
      name: "C",
      sector: "materials",
      labels: [],
      members: [make("b", 5, 1), make("a", 5, 1), make("c", 5, 9), make("d", 9, 0)],
    };
    expect(contributionsSummary(campus, [], { on: ON }).byPartner.map((r) => r.partnerId)).toEqual([
      "d",
      "c",
      "a",
      "b",
    ]);
  });

  it("reports what it left out, and never throws", () => {
    const bad = contributionsSummary(CMQ_ITIP.campus, CMQ_ITIP.partners, { on: "2022-02-30" });
    expect(bad.total.count).toBe(0);
    expect(bad.issues).toEqual([
      expect.objectContaining({ code: "network.invalid_input", path: ["on"] }),
    ]);
    for (const value of hostileValues()) {
      const summary = contributionsSummary(value, value, { on: ON });
      expect(summary.total.count).toBe(0);
      expect(summary.issues.length).toBeGreaterThan(0);
    }
    fc.assert(
      fc.property(junk, (member) => {
        const data = itip();
        (data.campus.members as unknown[]).push(member);
        const frozen = freezeSafely(data);
        const summary = contributionsSummary(frozen.campus, frozen.partners, { on: ON });
        expect(summary.total.count).toBeGreaterThanOrEqual(18);
      }),
      { numRuns: 100 },
    );
    expect(prototypeIsClean()).toBe(true);
  });
});
