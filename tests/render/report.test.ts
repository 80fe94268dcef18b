import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { campusReport, validateDataset } from "../../src/index.js";
import { hostileValues, junk } from "../helpers/junk.js";
import { VRAI } from "./fixtures.js";
import { elements, parseHtml, parseXml } from "./markup.js";

/** Checks that the report is valid HTML5 for parse5 and well-formed XML, with no external request. */
function checkReport(html: string) {
  parseHtml(html);
  const document = parseXml(html, "text/xml");
  const all = elements(document.documentElement as never);
  for (const element of all) {
    expect(["script", "iframe", "object", "embed", "img", "link", "x-evil"]).not.toContain(
      element.localName,
    );
    for (let i = 0; i < element.attributes.length; i++) {
      const attribute = element.attributes[i];
      expect(attribute?.name ?? "").not.toMatch(/^on/i);
      if (attribute?.name === "href") expect(attribute.value).toMatch(/^#/);
      if (attribute?.name !== "xmlns")
        expect(attribute?.value ?? "").not.toMatch(/url\((?!#)|https?:|javascript:/i);
    }
  }
  return all;
}

/** VRAI with one pathway and three projects: quicker for property tests. */
const SMALL = { ...VRAI, pathways: VRAI.pathways.slice(0, 1), projects: VRAI.projects.slice(0, 3) };

describe("campusReport", () => {
  it("writes the VRAI report: every section, a table of contents, one timeline per pathway", async () => {
    const html = campusReport(VRAI, { on: "2026-01-15" });
    const all = checkReport(html);
    const sections = all.filter((e) => e.localName === "section").map((e) => e.getAttribute("id"));
    expect(sections).toEqual([
      "label",
      "network",
      "excellence",
      "contributions",
      "pathways",
      "allocation",
      "issues",
    ]);
    const links = all.filter((e) => e.localName === "a").map((e) => e.getAttribute("href"));
    expect(links).toEqual(sections.map((id) => `#${id}`));
    const svgs = all.filter((e) => e.localName === "svg");
    expect(svgs).toHaveLength(VRAI.pathways.length + 2);
    const ids = all.map((e) => e.getAttribute("id")).filter((id) => id !== null && id !== "");
    expect(new Set(ids).size).toBe(ids.length);
    expect(html).toContain("@page { size: A4");
    expect(html).toContain("break-before: page");
    await expect(html).toMatchFileSnapshot("./__snapshots__/report-vrai.en.html");
  });

  it("speaks French", async () => {
    const html = campusReport(VRAI, { on: "2026-01-15", locale: "fr" });
    checkReport(html);
    expect(html).toContain('lang="fr"');
    expect(html).toContain("Statut du label");
    expect(html).toContain("Pourquoi chaque apprenant a obtenu ce résultat");
    await expect(html).toMatchFileSnapshot("./__snapshots__/report-vrai.fr.html");
  });

  it("shows the issues of a broken dataset at their place", () => {
    const broken = structuredClone(VRAI);
    (broken.pathways[0]?.steps[1] as { end: string }).end = "2025-01-01";
    (broken.campus.labels[0] as { durationYears: number }).durationYears = 9;
    broken.partners.push({ id: "dup", name: "<b>Dup</b>", kind: "company", siret: "123" });
    const html = campusReport(broken, { on: "2026-01-15", maxPathways: 2, maxRows: 3 });
    checkReport(html);
    expect(html).toContain("pathways[0].steps[1]");
    expect(html).toContain("pathway.placement_outside_programme");
    expect(html).toContain("campus.labels[0]");
    expect(html).not.toContain("<b>Dup");
    // Pathways beyond maxPathways get a heading and a count, no timeline.
    expect(html.match(/<svg /g)?.length).toBe(2 + 2);
  });

  it("lists each pathway's issues once, in its table, numbered as the markers of its timeline", () => {
    const broken = structuredClone(VRAI);
    (broken.pathways[0]?.steps[1] as { end: string }).end = "2025-01-01";
    const html = campusReport(broken, { on: "2026-01-15", locale: "fr" });
    checkReport(html);
    const all = elements(parseXml(html, "text/xml").documentElement as never);
    const pathway = all.find((e) => e.getAttribute("class") === "pathway");
    if (pathway === undefined) throw new Error("no pathway");
    const inside = elements(pathway);
    const markers = inside.filter((e) => e.getAttribute("data-issue") !== null);
    expect(markers.length).toBeGreaterThan(0);
    // No list under the picture: the issues are in the table only.
    expect(html).not.toContain("Problèmes (");
    const headings = inside.filter((e) => e.localName === "th");
    expect(headings[0]?.textContent).toBe("N°");
    const rows = inside.filter((e) => e.localName === "tr").slice(1);
    expect(rows).toHaveLength(markers.length);
    for (const [k, row] of rows.entries()) {
      const cells = elements(row).filter((e) => e.localName === "td");
      const marker = markers[k];
      expect(cells[0]?.textContent).toBe(marker?.getAttribute("data-issue"));
      // The row's message is the one in the marker's title.
      expect(marker?.textContent).toContain(cells[3]?.textContent ?? "?");
    }
  });

  it("says when there is nothing to allocate, and when the date is not a date", () => {
    const html = campusReport({ ...VRAI, projects: [] }, { on: "never" as never });
    checkReport(html);
    expect(html).toContain("nothing to allocate");
  });

  it("never throws on hostile values and junk", () => {
    for (const value of hostileValues()) {
      checkReport(campusReport(value, { on: "2026-01-15" }));
      checkReport(campusReport(SMALL, value as never));
    }
    fc.assert(
      fc.property(junk, junk, (dataset, options) => {
        checkReport(campusReport(dataset, options as never));
      }),
      { numRuns: 50 },
    );
  }, 60_000);

  it("escapes every text from the data", () => {
    const evil = fc
      .string({ unit: "binary", maxLength: 20 })
      .map((s) => `${s}<x-evil onclick="alert(1)">&</x-evil><script>`);
    fc.assert(
      fc.property(evil, evil, (name, title) => {
        const dataset = structuredClone(SMALL);
        dataset.campus.name = name;
        (dataset.partners[0] as { name: string }).name = title;
        (dataset.pathways[0]?.steps[8] as { title: string }).title = title;
        (dataset.projects[0] as { title: string }).title = title;
        const html = campusReport(dataset, { on: "2026-01-15", maxPathways: 1 });
        checkReport(html);
        expect(html).not.toContain("<x-evil");
        expect(html).not.toContain("<script");
      }),
      { numRuns: 20 },
    );
  }, 60_000);
});

describe("campusReport on a dataset with more issues than a picture reads", () => {
  it("counts every issue of the validation, past 10,000 (each pathway's own count included)", () => {
    const learnerId = VRAI.learners[0]?.id ?? "l";
    const pathways = Array.from({ length: 10_050 }, (_, i) => ({
      id: `p${i}`,
      learnerId,
      steps: [
        {
          id: "s",
          kind: "programme",
          programmeId: "no-such-programme",
          status: "student",
          start: "2025-09-01",
          end: "2026-06-30",
        },
      ],
    }));
    const dataset = { ...VRAI, pathways, projects: [] };
    const validated = validateDataset(dataset, { on: "2026-01-15" }).issues;
    const errors = validated.filter((issue) => issue.severity === "error").length;
    expect(errors).toBeGreaterThan(10_050);
    const html = campusReport(dataset, { on: "2026-01-15", maxPathways: 0 });
    const lastStart = html.indexOf('id="pathway-10049"');
    const lastPathway = html.slice(lastStart, html.indexOf("</div>", lastStart));
    expect(lastPathway).toContain("<p>1 error, ");
    const warnings = validated.filter((issue) => issue.severity === "warning").length;
    expect(warnings).toBe(0);
    expect(html).toContain(`${errors.toLocaleString("en")} errors, 0 warnings`);
  });
});
