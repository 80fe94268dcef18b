import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type Learner,
  type Pathway,
  pathwayTimelineSvg,
  validatePathway,
} from "../../src/index.js";
import { hostileValues, junk } from "../helpers/junk.js";
import { manySteps, programmeStep, VRAI } from "./fixtures.js";
import { checkSvg, childText, elements } from "./markup.js";

const OPTIONS = { programmes: VRAI.programmes, partners: VRAI.partners };

function learnerOf(pathway: Pathway): Learner {
  return VRAI.learners.find((learner) => learner.id === pathway.learnerId) as Learner;
}

describe("pathwayTimelineSvg on the VRAI pathways", () => {
  for (const pathway of VRAI.pathways) {
    it(`draws ${pathway.id} (snapshot)`, async () => {
      const learner = learnerOf(pathway);
      const issues = validatePathway(pathway, {
        programmes: VRAI.programmes,
        learner,
      }).issues;
      const svg = pathwayTimelineSvg(pathway, {
        ...OPTIONS,
        learner,
        issues,
      });
      const root = checkSvg(svg);
      expect(childText(root, "title")).toContain(pathway.id);
      const drawn = elements(root).filter((e) => e.getAttribute("data-step") !== null);
      expect(drawn.length).toBeGreaterThanOrEqual(pathway.steps.length);
      await expect(svg).toMatchFileSnapshot(`./__snapshots__/timeline-${pathway.id}.svg`);
    });
  }

  it("speaks French, with French dates", async () => {
    const pathway = VRAI.pathways[0] as Pathway;
    const svg = pathwayTimelineSvg(pathway, { ...OPTIONS, locale: "fr" });
    checkSvg(svg);
    expect(svg).toContain("Formations");
    expect(svg).toContain("01/09/2020");
    expect(svg).toContain("2020-2021");
    await expect(svg).toMatchFileSnapshot("./__snapshots__/timeline-p-lea.fr.svg");
  });

  it("draws each issue at its step, with its message in a title", () => {
    const pathway = structuredClone(VRAI.pathways[0] as Pathway);
    (pathway.steps[1] as { end: string }).end = "2025-01-01";
    const learner = learnerOf(pathway);
    const issues = validatePathway(pathway, {
      programmes: VRAI.programmes,
      learner,
    }).issues;
    expect(issues.length).toBeGreaterThan(0);
    const root = checkSvg(pathwayTimelineSvg(pathway, { ...OPTIONS, issues }));
    const markers = elements(root).filter((e) => e.getAttribute("data-issue") !== null);
    expect(markers).toHaveLength(issues.length);
    for (const marker of markers) {
      const issue = issues[Number(marker.getAttribute("data-issue")) - 1];
      expect(marker.getAttribute("data-step")).toBe(String(issue?.path[1]));
      expect(childText(marker, "title")).toContain(issue?.message ?? "?");
    }
  });

  it("leaves the list of issues out with listIssues: false, and keeps the markers", () => {
    const pathway = structuredClone(VRAI.pathways[0] as Pathway);
    (pathway.steps[1] as { end: string }).end = "2025-01-01";
    const learner = learnerOf(pathway);
    const issues = validatePathway(pathway, { programmes: VRAI.programmes, learner }).issues;
    const listed = pathwayTimelineSvg(pathway, { ...OPTIONS, issues });
    const unlisted = pathwayTimelineSvg(pathway, { ...OPTIONS, issues, listIssues: false });
    const markersOf = (svg: string) =>
      elements(checkSvg(svg))
        .filter((e) => e.getAttribute("data-issue") !== null)
        .map((e) => String(e));
    expect(markersOf(unlisted)).toEqual(markersOf(listed));
    expect(listed).toContain(`Issues (${issues.length})`);
    expect(unlisted).not.toContain("Issues (");
    // Only `false` leaves the list out: anything else is the default.
    for (const value of [true, 0, "false", null, undefined]) {
      const svg = pathwayTimelineSvg(pathway, { ...OPTIONS, issues, listIssues: value as never });
      expect(svg).toBe(listed);
    }
  });

  it("is the same string for the same input", () => {
    const pathway = VRAI.pathways[0] as Pathway;
    expect(pathwayTimelineSvg(pathway, OPTIONS)).toBe(pathwayTimelineSvg(pathway, OPTIONS));
  });
});

describe("pathwayTimelineSvg edge cases (snapshots)", () => {
  const cases: Record<string, Pathway> = {
    "one-day": {
      id: "one-day",
      learnerId: "l1",
      steps: [programmeStep("day", "2024-03-12", "2024-03-12")],
    },
    "twenty-years": {
      id: "twenty-years",
      learnerId: "l1",
      steps: [
        programmeStep("start", "2005-09-01", "2007-06-30"),
        programmeStep("end", "2023-09-01", "2025-06-30"),
        { id: "far", kind: "mobility", country: "JP", start: "2014-01-06", end: "2014-06-27" },
      ],
    },
    "two-hundred": manySteps(200),
    overlapping: {
      id: "overlapping",
      learnerId: "l1",
      steps: [
        programmeStep("bac", "2022-09-01", "2023-07-07"),
        {
          id: "a",
          kind: "pfmp",
          hostId: "framatome",
          programmeStepId: "bac",
          start: "2023-01-09",
          end: "2023-02-24",
        },
        {
          id: "b",
          kind: "internship",
          hostId: "alstom",
          programmeStepId: "bac",
          start: "2023-02-01",
          end: "2023-03-10",
        },
        {
          id: "c",
          kind: "apprenticeship",
          employerId: "x",
          programmeStepId: "bac",
          trainingHours: 400,
          start: "2023-02-20",
          end: "2023-06-30",
        },
      ],
    },
    empty: { id: "empty", learnerId: "l1", steps: [] },
    "right-to-left": {
      id: "rtl",
      learnerId: "l1",
      steps: [
        {
          id: "p",
          kind: "project",
          title: "مشروع الروبوتات التعاونية",
          start: "2024-01-08",
          end: "2024-06-28",
        },
      ],
    },
    "long-titles": {
      id: "long",
      learnerId: "l1",
      steps: [
        {
          id: "p",
          kind: "project",
          title: `A very long project title ${"that goes on and on ".repeat(20)}END`,
          start: "2024-01-08",
          end: "2024-02-09",
        },
      ],
    },
  };
  for (const [name, pathway] of Object.entries(cases)) {
    it(name, async () => {
      const svg = pathwayTimelineSvg(pathway, { programmes: VRAI.programmes, idPrefix: name });
      checkSvg(svg);
      await expect(svg).toMatchFileSnapshot(`./__snapshots__/timeline-edge-${name}.svg`);
    });
  }

  it("cuts long titles with an ellipsis and gives them in full in a title", () => {
    const pathway = cases["long-titles"] as Pathway;
    const full = (pathway.steps[0] as { title: string }).title.replace(/ +/g, " ").trim();
    const root = checkSvg(pathwayTimelineSvg(pathway, { programmes: [] }));
    const bar = elements(root).find((e) => e.getAttribute("data-kind") === "project");
    const texts = elements(bar as never).filter((e) => e.localName === "text");
    const cut = texts.find((e) => (e.lastChild?.textContent ?? "").endsWith("…"));
    expect(cut).toBeDefined();
    expect(childText(cut as never, "title")).toBe(full);
  });

  it("isolates right-to-left text", () => {
    const svg = pathwayTimelineSvg(cases["right-to-left"] as Pathway, { programmes: [] });
    expect(svg).toContain("\u2068مشروع");
  });

  it("gives overlapping placements rows of their own", () => {
    const root = checkSvg(pathwayTimelineSvg(cases.overlapping as Pathway, { programmes: [] }));
    const tops = new Set(
      elements(root)
        .filter((e) =>
          ["pfmp", "internship", "apprenticeship"].includes(e.getAttribute("data-kind") ?? ""),
        )
        .map((e) => e.getElementsByTagName("rect")[0]?.getAttribute("y")),
    );
    expect(tops.size).toBe(3);
  });

  it("marks every academic year of a 20-year pathway", () => {
    const svg = pathwayTimelineSvg(cases["twenty-years"] as Pathway, {
      programmes: [],
      width: 2000,
    });
    for (let year = 2005; year <= 2024; year++) expect(svg).toContain(`${year}-${year + 1}`);
  });
});

describe("pathwayTimelineSvg on invalid data", () => {
  it("draws what it can read and lists what it cannot", () => {
    const pathway = {
      id: "bad",
      learnerId: "l1",
      steps: [
        programmeStep("ok", "2024-09-02", "2025-06-30"),
        { id: "no-dates", kind: "project", title: "x" },
        { id: "reversed", kind: "project", title: "x", start: "2025-01-02", end: "2025-01-01" },
        { id: "alien", kind: "spaceflight", start: "2025-01-02", end: "2025-01-03" },
        42,
        null,
      ],
    };
    const svg = pathwayTimelineSvg(pathway, { programmes: [] });
    const root = checkSvg(svg);
    expect(elements(root).filter((e) => e.getAttribute("data-step") !== null)).toHaveLength(1);
    expect(svg).toContain("Not drawn (5)");
    expect(svg).toContain("Step 2 (no-dates): no valid start and end dates");
    expect(svg).toContain("Step 3 (reversed): ends before it starts");
    expect(svg).toContain("Step 4 (alien): unknown kind");
    expect(svg).toContain("Step 5: not an object");
  });

  it("says when there is no pathway or no list of steps", () => {
    expect(pathwayTimelineSvg(null, { programmes: [] })).toContain("No pathway could be read");
    expect(pathwayTimelineSvg({ steps: "many" }, { programmes: [], locale: "fr" })).toContain(
      "steps n'est pas une liste",
    );
  });

  it("counts steps beyond the drawing limit", () => {
    const svg = pathwayTimelineSvg(manySteps(10_005), { programmes: [] });
    expect(svg).toContain("5 more steps beyond the drawing limit");
  }, 30_000);

  it("never throws on hostile values, in any argument", () => {
    for (const value of hostileValues()) {
      checkSvg(pathwayTimelineSvg(value, { programmes: [] }));
      checkSvg(pathwayTimelineSvg(VRAI.pathways[0], value as never));
      checkSvg(
        pathwayTimelineSvg(VRAI.pathways[0], {
          programmes: value as never,
          issues: value as never,
          learner: value as never,
          partners: value as never,
          width: value as never,
          locale: value as never,
          idPrefix: value as never,
        }),
      );
    }
  });

  it("never throws on junk (fast-check)", () => {
    fc.assert(
      fc.property(junk, junk, (pathway, options) => {
        checkSvg(pathwayTimelineSvg(pathway, options as never));
      }),
      { numRuns: 200 },
    );
  });

  it("never throws on junk steps and issues (fast-check)", () => {
    fc.assert(
      fc.property(
        fc.array(junk, { maxLength: 8 }),
        fc.array(junk, { maxLength: 4 }),
        (steps, issues) => {
          checkSvg(
            pathwayTimelineSvg(
              { id: "j", learnerId: "l", steps },
              { programmes: [], issues: issues as never },
            ),
          );
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe("pathwayTimelineSvg escapes all text from the data (XSS property)", () => {
  const evil = fc
    .tuple(
      fc.string({ unit: "binary", maxLength: 30 }),
      fc.string({ unit: "binary", maxLength: 30 }),
    )
    .map(([a, b]) => `${a}<x-evil onload="alert(1)">${b}</x-evil><script>alert(2)</script>&amp;"'`);
  it("never lets a string from the data become markup", () => {
    fc.assert(
      fc.property(evil, evil, evil, evil, evil, (title, id, programme, partner, message) => {
        const pathway = {
          id,
          learnerId: id,
          target: { programmeId: id },
          steps: [
            {
              id,
              kind: "programme",
              programmeId: "prog",
              status: id,
              start: "2024-09-02",
              end: "2025-06-30",
            },
            {
              id: `${id}2`,
              kind: "pfmp",
              hostId: "host",
              programmeStepId: id,
              start: "2025-01-06",
              end: "2025-01-31",
            },
            { id: `${id}3`, kind: "project", title, start: "2025-02-03", end: "2025-03-28" },
            {
              id: `${id}4`,
              kind: "mobility",
              country: title,
              hostName: title,
              start: "2025-04-01",
              end: "2025-04-30",
            },
            { id: `${id}5`, kind: title, start: "2025-04-01", end: "2025-04-30" },
          ],
        };
        const svg = pathwayTimelineSvg(pathway, {
          programmes: [{ id: "prog", title: programme }] as never,
          partners: [{ id: "host", name: partner }] as never,
          issues: [{ code: message, severity: "error", path: ["steps", 2, message], message }],
          learner: { id } as never,
          idPrefix: id,
        });
        checkSvg(svg);
        expect(svg).not.toContain("<x-evil");
        expect(svg).not.toContain("<script");
      }),
      { numRuns: 150 },
    );
  });
});
