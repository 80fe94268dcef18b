import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CMQ_ITIP, networkSvg } from "../../src/index.js";
import { hostileValues, junk } from "../helpers/junk.js";
import { VRAI } from "./fixtures.js";
import { checkSvg, childText, elements } from "./markup.js";

describe("networkSvg", () => {
  it("draws the VRAI network (snapshots, en and fr)", async () => {
    for (const locale of ["en", "fr"] as const) {
      const svg = networkSvg(VRAI.campus, VRAI.partners, { on: "2026-01-15", locale });
      checkSvg(svg);
      await expect(svg).toMatchFileSnapshot(`./__snapshots__/network-vrai.${locale}.svg`);
    }
  });

  it("groups the members in force by kind and shows the carrier and the governance", () => {
    const svg = networkSvg(CMQ_ITIP.campus, CMQ_ITIP.partners, { on: "2022-09-01" });
    const root = checkSvg(svg);
    const groups = elements(root)
      .map((e) => e.getAttribute("data-group"))
      .filter((g) => g !== null);
    expect(groups.length).toBeGreaterThan(2);
    const carrier = elements(root).filter((e) =>
      (e.getAttribute("data-roles") ?? "").split(" ").includes("carrier"),
    );
    expect(carrier.length).toBe(1);
    expect(carrier[0]?.textContent).toContain("Carrier");
    expect(childText(root, "desc")).toContain("carrier:");
  });

  it("leaves out memberships not in force, and groups unknown partners", () => {
    const campus = {
      name: "Test",
      members: [
        { partnerId: "a", roles: ["carrier"], from: "2020-01-01" },
        { partnerId: "b", roles: ["member"], from: "2020-01-01", to: "2021-01-01" },
        { partnerId: "ghost", roles: ["governance"], from: "2020-01-01" },
        { partnerId: "c", roles: ["member"], from: "not a date" },
      ],
    };
    const partners = [
      { id: "a", name: "Alpha", kind: "company" },
      { id: "b", name: "Beta", kind: "company" },
      { id: "c", name: "Gamma", kind: "spaceship" },
    ];
    const svg = networkSvg(campus, partners, { on: "2022-01-01" });
    const root = checkSvg(svg);
    const members = elements(root)
      .map((e) => e.getAttribute("data-partner"))
      .filter((p) => p !== null);
    expect(members).toEqual(["a", "ghost"]);
    expect(svg).toContain("Partner not in the list");
    expect(svg).toContain("partners[2] (c): no id or no known kind");
    expect(svg).toContain("campus.members[3] (c): no partnerId or no valid dates");
  });

  it("cuts long groups and says when nothing is in force", () => {
    const members = Array.from({ length: 40 }, (_, i) => ({
      partnerId: `p${i}`,
      roles: ["member"],
      from: "2020-01-01",
    }));
    const partners = members.map((m) => ({ id: m.partnerId, name: m.partnerId, kind: "company" }));
    const svg = networkSvg({ name: "Big", members }, partners, { on: "2022-01-01", maxRows: 5 });
    expect(svg).toContain("… and 35 more");
    expect(networkSvg({ name: "Empty", members: [] }, [], { on: "2022-01-01" })).toContain(
      "No membership in force",
    );
    expect(networkSvg(VRAI.campus, VRAI.partners, { on: "soon" as never })).toContain(
      "is not a YYYY-MM-DD date",
    );
  });

  it("never throws on hostile values and junk", () => {
    for (const value of hostileValues()) {
      checkSvg(networkSvg(value, VRAI.partners, { on: "2022-01-01" }));
      checkSvg(networkSvg(VRAI.campus, value, { on: "2022-01-01" }));
      checkSvg(networkSvg(VRAI.campus, VRAI.partners, value as never));
    }
    fc.assert(
      fc.property(junk, junk, junk, (campus, partners, options) => {
        checkSvg(networkSvg(campus, partners, options as never));
      }),
      { numRuns: 200 },
    );
  });

  it("escapes every text from the data", () => {
    const evil = fc.string({ unit: "binary", maxLength: 20 }).map((s) => `${s}<x-evil a="1">&`);
    fc.assert(
      fc.property(evil, evil, (name, id) => {
        const svg = networkSvg(
          { name, members: [{ partnerId: id, roles: ["carrier", name], from: "2020-01-01" }] },
          [{ id, name, kind: "company" }],
          { on: "2022-01-01" },
        );
        checkSvg(svg);
        expect(svg).not.toContain("<x-evil");
      }),
      { numRuns: 100 },
    );
  });
});
