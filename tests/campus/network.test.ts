import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type Campus,
  CMQ_ITIP,
  checkCampusNetwork,
  isMembershipInForce,
  type Membership,
  type Partner,
} from "../../src/index.js";
import { hostileValues, junk, prototypeIsClean } from "../helpers/junk.js";
import { freezeSafely } from "./freeze.js";
import { itip } from "./producers.js";

const ON = "2022-09-01";

function check(edit: (data: { campus: Campus; partners: Partner[] }) => void, on = ON) {
  const data = itip();
  edit(data);
  return checkCampusNetwork(data.campus, data.partners, { on });
}

const summary = (result: { issues: { code: string; path: (string | number)[] }[] }) =>
  result.issues.map((issue) => `${issue.code} ${JSON.stringify(issue.path)}`);

/** A minimal valid network: one partner of each required kind, the lycée carries it. */
function minimal(): { campus: Campus; partners: Partner[] } {
  const kinds: Partner["kind"][] = [
    "upper-secondary-school",
    "higher-education",
    "company",
    "apprentice-training-centre",
    "research",
    "continuing-training",
  ];
  const partners = kinds.map((kind) => ({ id: kind, name: kind, kind }));
  const members: Membership[] = kinds.map((kind, i) => ({
    partnerId: kind,
    roles: i === 0 ? ["carrier", "governance"] : ["member"],
    from: "2020-01-01",
  }));
  return {
    campus: { id: "c", name: "C", sector: "materials", labels: [], members },
    partners,
  };
}

describe("isMembershipInForce", () => {
  it("includes both ends", () => {
    const m: Membership = {
      partnerId: "p",
      roles: ["member"],
      from: "2020-01-01",
      to: "2020-12-31",
    };
    expect(isMembershipInForce(m, "2019-12-31")).toBe(false);
    expect(isMembershipInForce(m, "2020-01-01")).toBe(true);
    expect(isMembershipInForce(m, "2020-12-31")).toBe(true);
    expect(isMembershipInForce(m, "2021-01-01")).toBe(false);
    expect(isMembershipInForce({ ...m, to: undefined } as never, "2999-01-01")).toBe(true);
  });

  it("is false for junk memberships and days, never throwing", () => {
    const m: Membership = { partnerId: "p", roles: ["member"], from: "2020-01-01" };
    for (const value of hostileValues()) {
      expect(isMembershipInForce(value as Membership, "2021-01-01")).toBe(false);
      expect(isMembershipInForce(m, value as string)).toBe(false);
      expect(isMembershipInForce({ ...m, to: value } as Membership, "2021-01-01")).toBe(
        value === undefined,
      );
    }
  });
});

describe("checkCampusNetwork", () => {
  it("accepts the CMQ ITIP example and returns the campus itself", () => {
    const result = checkCampusNetwork(CMQ_ITIP.campus, CMQ_ITIP.partners, { on: ON });
    expect(result).toEqual({ ok: true, value: CMQ_ITIP.campus, issues: [] });
    expect(result.ok && result.value).toBe(CMQ_ITIP.campus);
  });

  it("accepts a minimal network with one member of each kind", () => {
    const { campus, partners } = minimal();
    expect(checkCampusNetwork(campus, partners, { on: "2020-01-01" })).toMatchObject({
      ok: true,
      issues: [],
    });
  });

  it("counts memberships in force on the day only (from ≤ on ≤ to)", () => {
    const { campus, partners } = minimal();
    const company = campus.members[2] as Membership;
    company.from = "2020-01-02";
    expect(summary(checkCampusNetwork(campus, partners, { on: "2020-01-01" }))).toEqual([
      'network.missing_company ["campus","members"]',
    ]);
    expect(checkCampusNetwork(campus, partners, { on: "2020-01-02" }).ok).toBe(true);
    company.to = "2021-06-30";
    expect(checkCampusNetwork(campus, partners, { on: "2021-06-30" }).ok).toBe(true);
    expect(summary(checkCampusNetwork(campus, partners, { on: "2021-07-01" }))).toEqual([
      'network.missing_company ["campus","members"]',
    ]);
  });

  it("returns each missing-member code with its severity when that kind is absent", () => {
    const expectations = [
      ["upper-secondary-school", "network.missing_upper_secondary", "error"],
      ["higher-education", "network.missing_higher_education", "error"],
      ["company", "network.missing_company", "error"],
      ["apprentice-training-centre", "network.missing_training_centre", "warning"],
      ["research", "network.missing_research", "warning"],
      ["continuing-training", "network.missing_continuing_training", "info"],
    ] as const;
    for (const [kind, code, severity] of expectations) {
      const { campus, partners } = minimal();
      campus.members = campus.members.filter((m) => m.partnerId !== kind);
      if (kind === "upper-secondary-school")
        (campus.members[0] as Membership).roles.push("carrier", "governance");
      const result = checkCampusNetwork(campus, partners, { on: "2020-06-01" });
      expect(result.issues).toEqual([
        expect.objectContaining({
          code,
          severity,
          path: ["campus", "members"],
          params: { on: "2020-06-01" },
        }),
      ]);
      expect(result.ok).toBe(severity !== "error");
    }
  });

  it("returns network.no_carrier and network.no_governance", () => {
    const { campus, partners } = minimal();
    (campus.members[0] as Membership).roles = ["member"];
    const result = checkCampusNetwork(campus, partners, { on: "2020-06-01" });
    expect(summary(result)).toEqual([
      'network.no_carrier ["campus","members"]',
      'network.no_governance ["campus","members"]',
    ]);
    expect(result.issues.map((issue) => issue.severity)).toEqual(["error", "warning"]);
  });

  it("does not count a carrier whose membership is not in force", () => {
    const { campus, partners } = minimal();
    (campus.members[0] as Membership).to = "2020-03-31";
    (campus.members[1] as Membership).roles.push("governance");
    campus.members.push({
      partnerId: "upper-secondary-school",
      roles: ["member"],
      from: "2020-04-01",
    });
    expect(summary(checkCampusNetwork(campus, partners, { on: "2020-04-01" }))).toEqual([
      'network.no_carrier ["campus","members"]',
    ]);
  });

  it("returns network.unknown_partner for memberships (in force or not), sites and fundings", () => {
    const result = check((data) => {
      (data.campus.members[5] as Membership).partnerId = "ghost";
      data.campus.members.push({
        partnerId: "old",
        roles: ["member"],
        from: "2015-01-01",
        to: "2016-01-01",
      });
      (data.campus.sites?.[1] as { partnerId?: string }).partnerId = "nowhere";
      (data.campus.fundings?.[0] as { partnerId?: string }).partnerId = "bank";
    });
    expect(
      result.issues
        .filter((i) => i.code === "network.unknown_partner")
        .map((i) => [i.path, i.params]),
    ).toEqual([
      [["campus", "fundings", 0, "partnerId"], { partnerId: "bank", referencedBy: "funding" }],
      [["campus", "members", 5, "partnerId"], { partnerId: "ghost", referencedBy: "membership" }],
      [["campus", "members", 17, "partnerId"], { partnerId: "old", referencedBy: "membership" }],
      [["campus", "sites", 1, "partnerId"], { partnerId: "nowhere", referencedBy: "site" }],
    ]);
    expect(result.issues.find((i) => i.path[1] === "sites")?.message).toBe(
      'A site names partner "nowhere", which is not in the partner list.',
    );
  });

  it("returns network.membership_period_invalid when a membership ends before it starts", () => {
    const result = check((data) => {
      (data.campus.members[2] as Membership).to = "2020-02-05";
    });
    expect(result.issues).toEqual([
      expect.objectContaining({
        code: "network.membership_period_invalid",
        path: ["campus", "members", 2, "to"],
        params: { partnerId: "region-bfc", from: "2020-02-06", to: "2020-02-05" },
      }),
    ]);
    expect(
      check((data) => {
        (data.campus.members[2] as Membership).to = "2020-02-06";
      }).ok,
    ).toBe(true);
  });

  it("returns network.invalid_siret with the expected Luhn digit, or a format problem", () => {
    const result = check((data) => {
      (data.partners[1] as Partner).siret = "00000107300015";
      (data.partners[2] as Partner).siret = "0000011490001";
    });
    expect(result.issues.map((i) => [i.code, i.path, i.params])).toEqual([
      [
        "network.invalid_siret",
        ["partners", 1, "siret"],
        {
          partnerId: "region-academique-bfc",
          value: "00000107300015",
          problem: "checksum",
          expected: "4",
        },
      ],
      [
        "network.invalid_siret",
        ["partners", 2, "siret"],
        { partnerId: "region-bfc", value: "0000011490001", problem: "format", expected: null },
      ],
    ]);
    expect(result.issues[1]?.message).toBe(
      'Partner "region-bfc": invalid SIRET "0000011490001": expected 14 digits (SIREN + NIC), e.g. 55210055400013.',
    );
  });

  it("returns network.invalid_uai with the expected check letter", () => {
    const result = check((data) => {
      (data.partners[0] as Partner).uai = "0251234K";
    });
    expect(result.issues).toEqual([
      expect.objectContaining({
        code: "network.invalid_uai",
        path: ["partners", 0, "uai"],
        params: { partnerId: "iut-creusot", value: "0251234K", problem: "checksum", expected: "F" },
        message: 'Partner "iut-creusot": UAI 0251234K: the check letter should be F.',
      }),
    ]);
  });

  it("returns network.invalid_uai with problem prefix for a UAI of no territory", () => {
    for (const locale of ["en", "fr"] as const) {
      const data = itip();
      (data.partners[0] as Partner).uai = "0000000A";
      const result = checkCampusNetwork(data.campus, data.partners, { on: ON, locale });
      expect(result.issues).toEqual([
        expect.objectContaining({
          code: "network.invalid_uai",
          path: ["partners", 0, "uai"],
          params: {
            partnerId: "iut-creusot",
            value: "0000000A",
            problem: "prefix",
            expected: null,
            prefix: "000",
          },
        }),
      ]);
      expect(result.issues[0]?.message).toContain(locale === "fr" ? "trois premiers" : "000 name");
    }
  });

  it("accepts loose identifiers and compares SIRETs in canonical form", () => {
    expect(
      check((data) => {
        (data.partners[1] as Partner).siret = " 000 001 073 00014 ";
        (data.partners[0] as Partner).uai = "0719901b";
      }).ok,
    ).toBe(true);
    const result = check((data) => {
      (data.partners[3] as Partner).siret = "000\u00a0001\u00a0073\u00a000014";
      (data.partners[5] as Partner).siret = "00000107300014";
    });
    expect(result.issues.map((i) => [i.code, i.path, i.params])).toEqual([
      [
        "network.duplicate_siret",
        ["partners", 3, "siret"],
        {
          partnerId: "cu-creusot-montceau",
          siret: "00000107300014",
          firstPartnerId: "region-academique-bfc",
          firstIndex: 1,
        },
      ],
      [
        "network.duplicate_siret",
        ["partners", 5, "siret"],
        {
          partnerId: "lycee-des-forges",
          siret: "00000107300014",
          firstPartnerId: "region-academique-bfc",
          firstIndex: 1,
        },
      ],
    ]);
  });

  it("returns network.duplicate_partner_id and uses the first partner of an id", () => {
    const result = check((data) => {
      data.partners.push({ id: "framatome", name: "Another Framatome", kind: "association" });
    });
    expect(result.issues).toEqual([
      expect.objectContaining({
        code: "network.duplicate_partner_id",
        path: ["partners", 18, "id"],
        params: { partnerId: "framatome", firstIndex: 11 },
      }),
    ]);
  });

  it("returns network.duplicate_site_id for a site id used twice, in English and French (issue 17)", () => {
    const edit = (data: ReturnType<typeof itip>) => {
      const sites = data.campus.sites ?? [];
      const first = sites[0];
      if (first === undefined) throw new Error("the example has sites");
      sites.push({ ...first, name: "Copy" }, { ...first, name: "Another copy" });
    };
    const result = check(edit);
    const count = (result.ok ? result.value.sites : undefined)?.length;
    expect(count).toBeUndefined();
    const duplicates = result.issues.filter((i) => i.code === "network.duplicate_site_id");
    const n = (itip().campus.sites ?? []).length;
    expect(duplicates.map((i) => i.path)).toEqual([
      ["campus", "sites", n, "id"],
      ["campus", "sites", n + 1, "id"],
    ]);
    expect(duplicates[0]?.severity).toBe("error");
    expect(duplicates[0]?.params).toEqual({ siteId: itip().campus.sites?.[0]?.id, firstIndex: 0 });
    const data = itip();
    edit(data);
    const [french] = checkCampusNetwork(data.campus, data.partners, {
      on: "2022-09-01",
      locale: "fr",
    }).issues.filter((i) => i.code === "network.duplicate_site_id");
    expect(french?.message).toContain("est déjà celui de campus.sites[0]");
  });

  it("checks the identifiers of malformed partners too", () => {
    const result = check((data) => {
      (data.partners[4] as unknown as Record<string, unknown>).kind = "university";
      (data.partners[4] as Partner).uai = "0719902D";
    });
    expect(summary(result)).toEqual([
      'network.composition_not_checked ["campus","members"]',
      'network.invalid_input ["partners",4,"kind"]',
      'network.invalid_uai ["partners",4,"uai"]',
    ]);
  });

  it("does not judge the composition when a membership, or a partner in force, cannot be read", () => {
    const bad = check((data) => {
      (data.campus.members as unknown[])[10] = {
        partnerId: "michelin-montceau",
        roles: "member",
        from: "2020-02-06",
      };
      data.campus.members = data.campus.members.filter(
        (m) => !["lycee-des-forges", "lycee-bassin-minier"].includes(m.partnerId),
      );
    });
    expect(summary(bad)).toEqual([
      'network.composition_not_checked ["campus","members"]',
      'network.invalid_input ["campus","members",8,"roles"]',
    ]);
    expect(bad.issues[0]?.params).toEqual({ on: ON, unreadable: 1 });
    // a malformed partner named by no membership in force does not stop the judgement
    const notInForce = check((data) => {
      (data.partners[17] as unknown as Record<string, unknown>).name = "";
    });
    expect(summary(notInForce)).toEqual(['network.invalid_input ["partners",17,"name"]']);
  });

  it('reports a bad `on` at ["on"] and skips the composition only', () => {
    const result = check((data) => {
      (data.partners[1] as Partner).siret = "00000107300015";
    }, "2022-02-30");
    expect(summary(result)).toEqual([
      'network.invalid_input ["on"]',
      'network.invalid_siret ["partners",1,"siret"]',
    ]);
  });

  it("reports label decisions' shape under label.invalid_input but not their rules", () => {
    const result = check((data) => {
      data.campus.labels.push({ category: "cmq", decidedOn: "2016-01-01", durationYears: 5 });
      (data.campus.labels as unknown[]).push({ category: "cmq", decidedOn: "2016-01-01" });
    });
    expect(summary(result)).toEqual(['label.invalid_input ["campus","labels",2,"durationYears"]']);
  });

  it("reports shape errors where they are, in English or French", () => {
    const result = checkCampusNetwork({ id: "", name: "X", sector: "space", members: {} }, "none", {
      on: ON,
      locale: "fr",
    });
    expect(summary(result)).toEqual([
      'network.invalid_input ["campus","id"]',
      'label.invalid_input ["campus","labels"]',
      'network.composition_not_checked ["campus","members"]',
      'network.invalid_input ["campus","members"]',
      'network.invalid_input ["campus","sector"]',
      'network.invalid_input ["partners"]',
    ]);
    expect(result.issues.find((i) => i.path.join() === "partners")?.message).toBe(
      "partners : attendu un tableau, reçu une chaîne de caractères.",
    );
  });

  it("never throws on junk, never pollutes, never mutates", () => {
    for (const value of hostileValues()) {
      const result = checkCampusNetwork(value, value, { on: ON });
      expect(result.ok).toBe(false);
      for (const issue of result.issues)
        expect(["campus", "partners", "on"]).toContain(issue.path[0]);
      checkCampusNetwork(CMQ_ITIP.campus, CMQ_ITIP.partners, value as never);
      const { campus, partners } = itip();
      (campus.members as unknown[]).push(value);
      (partners as unknown[]).push(value);
      expect(checkCampusNetwork(campus, partners, { on: ON }).ok).toBe(false);
    }
    fc.assert(
      fc.property(junk, junk, junk, (member, partner, site) => {
        const { campus, partners } = itip();
        (campus.members as unknown[]).push(member);
        (partners as unknown[]).push(partner);
        (campus as { sites: unknown[] }).sites.push(site);
        const frozen = freezeSafely({ campus, partners });
        const result = checkCampusNetwork(frozen.campus, frozen.partners, { on: ON });
        if (!result.ok) expect(result.issues.some((i) => i.severity === "error")).toBe(true);
      }),
      { numRuns: 150 },
    );
    const polluted = JSON.parse(
      JSON.stringify(CMQ_ITIP).replace(
        '"id":"cmq-itip"',
        '"id":"cmq-itip","__proto__":{"polluted":true}',
      ),
    );
    expect(checkCampusNetwork(polluted.campus, polluted.partners, { on: ON }).ok).toBe(true);
    expect(prototypeIsClean()).toBe(true);
  });

  it("handles a large network in one pass (no quadratic scan)", () => {
    const partners: Partner[] = [];
    const members: Membership[] = [];
    for (let i = 0; i < 3_000; i++) {
      partners.push({
        id: `p${i}`,
        name: `P${i}`,
        kind: i === 0 ? "upper-secondary-school" : i === 1 ? "higher-education" : "company",
      });
      members.push({
        partnerId: `p${i}`,
        roles: i === 0 ? ["carrier", "governance"] : ["member"],
        from: "2020-01-01",
      });
      members.push({ partnerId: `missing${i}`, roles: ["member"], from: "2020-01-01" });
    }
    const result = checkCampusNetwork(
      { id: "big", name: "Big", sector: "materials", labels: [], members },
      partners,
      { on: "2021-01-01" },
    );
    expect(result.issues.filter((i) => i.code === "network.unknown_partner")).toHaveLength(3_000);
  });
});
