import { describe, expect, it } from "vitest";
import { allocationSvg, campusReport, networkSvg, pathwayTimelineSvg } from "../../src/index.js";
import { VRAI } from "./fixtures.js";
import { checkSvg, parseHtml } from "./markup.js";

describe("the pictures in their less common cases", () => {
  it("lists at most 200 issues and counts the rest; reads partial issues", () => {
    const issues = [
      ...Array.from({ length: 250 }, (_, i) => ({
        code: `x.code${i}`,
        severity: i % 3 === 0 ? "error" : i % 3 === 1 ? "warning" : "info",
        path: ["steps", 0, Symbol("s") as never, Number.NaN],
        message: `Message ${i}`,
      })),
      { code: "only.code" },
      { message: "only a message", severity: "fatal", path: "steps" },
      42,
    ];
    const svg = pathwayTimelineSvg(VRAI.pathways[0], { programmes: [], issues: issues as never });
    checkSvg(svg);
    expect(svg).toContain("Issues (252)");
    expect(svg).toContain("… and 52 more");
  });

  it("labels blocks, internships and steps without names, in French", () => {
    const svg = pathwayTimelineSvg(
      {
        id: "p",
        learnerId: "l",
        target: { programmeId: "unknown" },
        steps: [
          {
            id: "b",
            kind: "block",
            programmeId: "bts-crsa",
            block: "BC01",
            start: "2024-09-02",
            end: "2025-01-31",
          },
          {
            id: "i",
            kind: "internship",
            programmeStepId: "b",
            start: "2025-02-03",
            end: "2025-03-28",
            hours: 280,
          },
          {
            id: "a",
            kind: "apprenticeship",
            programmeStepId: "b",
            start: "2025-04-01",
            end: "2025-06-30",
          },
          { kind: "project", start: "2025-04-01", end: "2025-06-30" },
          { id: "m", kind: "mobility", start: "2025-07-01", end: "2025-07-31" },
          { id: "s", kind: "programme", start: "2025-09-01", end: "2026-06-30" },
        ],
      },
      { programmes: VRAI.programmes, locale: "fr", width: 200 },
    );
    checkSvg(svg);
    expect(svg).toContain("Bloc BC01");
    expect(svg).toContain("Stage · ?");
    expect(svg).toContain("Objectif");
    expect(svg).toContain("280\u00A0h");
  });

  it("writes the allocation and the network in French, with what cannot be read", () => {
    const allocation = allocationSvg(
      {
        learners: 2,
        assigned: 1,
        blockingPairs: 1,
        meanChoice: 1,
        projects: [{}],
        rankDistribution: 3,
      },
      { locale: "fr", width: 100_000, maxRows: 0 },
    );
    checkSvg(allocation);
    expect(allocation).toContain("1 paire bloquante");
    expect(allocation).toContain("illisible");
    expect(allocation).toContain("Aucun.");
    const noBlock = allocationSvg({ learners: 1, assigned: 1, blockingPairs: 0 }, { locale: "fr" });
    expect(noBlock).toContain("aucune paire bloquante");
    const network = networkSvg(
      { id: "c", members: [{ partnerId: "x", from: "bad" }, 7] },
      [{ id: "x" }, "y"],
      { on: "2024-01-01", locale: "fr", width: 10, maxRows: Number.NaN },
    );
    checkSvg(network);
    expect(network).toContain("pas d&#39;identifiant ou type inconnu");
    expect(network).toContain("pas de partnerId ou dates invalides");
    expect(network).toContain("Aucune adhésion en vigueur");
    expect(networkSvg({ members: 1 }, 1, { on: "x" as never, locale: "fr" })).toContain(
      "n&#39;est pas une liste",
    );
  });

  it("writes the report of odd label decisions and a campus labelled later", () => {
    const campus = {
      ...VRAI.campus,
      labels: [
        { category: "gold", decidedOn: "2030-01-01", durationYears: 5 },
        { category: "cmq", decidedOn: "2030-01-01", validFrom: "bad" },
        { category: "cmq", decidedOn: "2027-01-01", durationYears: 5 },
      ],
    };
    for (const locale of ["en", "fr"] as const) {
      const html = campusReport(
        { ...VRAI, campus, pathways: "none" },
        { on: "2026-01-15", locale },
      );
      parseHtml(html);
      expect(html).toContain(locale === "fr" ? "Décision suivante" : "Next decision");
      expect(html).toContain("gold");
    }
    const empty = campusReport({ campus: {}, partners: [] }, { on: "2026-01-15", locale: "fr" });
    expect(empty).toContain("Aucun parcours");
    expect(empty).toContain("rien à affecter");
  });

  it("says when the allocation cannot be computed", () => {
    const html = campusReport(
      { ...VRAI, learners: [{ id: "a" }, { id: "a" }], projects: [{ id: "p" }] },
      { on: "2026-01-15" },
    );
    parseHtml(html);
    expect(html).toContain("The allocation could not be computed");
  });
});
