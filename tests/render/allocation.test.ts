import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type AllocationReport,
  allocate,
  allocationReport,
  allocationSvg,
  buildAllocationProblem,
} from "../../src/index.js";
import { hostileValues, junk } from "../helpers/junk.js";
import { VRAI } from "./fixtures.js";
import { checkSvg, childText, elements } from "./markup.js";

function vraiReport(): AllocationReport {
  const built = buildAllocationProblem(VRAI.learners, VRAI.projects);
  if (!built.ok) throw new Error("build");
  const allocation = allocate(built.value.problem);
  if (!allocation.ok) throw new Error("allocate");
  const report = allocationReport(built.value.problem, allocation.value);
  if (!report.ok) throw new Error("report");
  return report.value;
}

const REPORT: AllocationReport = {
  learners: 4,
  assigned: 3,
  unassigned: ["zoe"],
  rankDistribution: [2, 0, 1],
  meanChoice: 5 / 3,
  projects: [
    { projectId: "cobot", supervisorId: "framatome", capacity: 2, assigned: 2, free: 0, usable: 0 },
    { projectId: "vision", supervisorId: "michelin", capacity: 3, assigned: 1, free: 2, usable: 1 },
  ],
  supervisors: [
    { supervisorId: "framatome", capacity: 2, assigned: 2, free: 0, projectSeatsFree: 0 },
    { supervisorId: "michelin", capacity: 2, assigned: 1, free: 1, projectSeatsFree: 2 },
  ],
  freeSeats: 2,
  usableSeats: 1,
  blockingPairs: 0,
  message: "",
};

describe("allocationSvg", () => {
  it("draws the VRAI allocation (snapshot)", async () => {
    const svg = allocationSvg(vraiReport(), { projects: VRAI.projects });
    const root = checkSvg(svg);
    expect(childText(root, "desc")).toContain("11 of 12 learners placed");
    await expect(svg).toMatchFileSnapshot("./__snapshots__/allocation-vrai.svg");
  });

  it("draws seats per project and supervisor, ranks and the unassigned, in French", async () => {
    const svg = allocationSvg(REPORT, { locale: "fr" });
    const root = checkSvg(svg);
    const rows = elements(root).filter((e) => e.getAttribute("data-row") !== null);
    expect(rows.map((e) => e.getAttribute("data-row"))).toEqual([
      "cobot",
      "vision",
      "framatome",
      "michelin",
    ]);
    const ranks = elements(root).filter((e) => e.getAttribute("data-rank") !== null);
    expect(ranks.map((e) => childText(e, "title"))).toEqual([
      "1er\u00A0: 2",
      "2e\u00A0: 0",
      "3e\u00A0: 1",
      "aucun\u00A0: 1",
    ]);
    expect(svg).toContain("zoe");
    expect(svg).toContain("choix moyen 1,67");
    await expect(svg).toMatchFileSnapshot("./__snapshots__/allocation-small.fr.svg");
  });

  it("cuts long lists and counts the rest; marks over-filled projects", () => {
    const projects = Array.from({ length: 50 }, (_, i) => ({
      projectId: `p${String(i).padStart(2, "0")}`,
      supervisorId: "s",
      capacity: 1,
      assigned: i === 0 ? 2 : 1,
      free: 0,
      usable: 0,
    }));
    const svg = allocationSvg(
      { ...REPORT, projects, unassigned: Array.from({ length: 45 }, (_, i) => `u${i}`) },
      { maxRows: 10 },
    );
    checkSvg(svg);
    expect(svg).toContain("… and 40 more");
    expect(svg).toContain("… and 35 more");
    expect(svg).toContain("2 / 1 !");
  });

  it("says blocking pairs and lists what it cannot read", () => {
    const svg = allocationSvg({
      ...REPORT,
      blockingPairs: 2,
      projects: [{ projectId: "x" }],
      supervisors: "none",
      rankDistribution: [1, "two", -3],
    });
    checkSvg(svg);
    expect(svg).toContain("2 blocking pairs: not stable");
    expect(svg).toContain("projects[0]: cannot be read");
    expect(svg).toContain("supervisors: missing or not a list");
  });

  it("never throws on hostile values and junk", () => {
    for (const value of hostileValues()) {
      checkSvg(allocationSvg(value));
      checkSvg(allocationSvg(REPORT, value as never));
    }
    fc.assert(
      fc.property(junk, junk, (report, options) => {
        checkSvg(allocationSvg(report, options as never));
      }),
      { numRuns: 200 },
    );
  });

  it("escapes every text from the data", () => {
    const evil = fc.string({ unit: "binary", maxLength: 20 }).map((s) => `${s}<x-evil a="1">&`);
    fc.assert(
      fc.property(evil, evil, (projectId, learner) => {
        const svg = allocationSvg(
          {
            ...REPORT,
            unassigned: [learner],
            projects: [{ ...REPORT.projects[0], projectId, supervisorId: learner }],
          },
          { projects: [{ id: projectId, title: learner }] as never, idPrefix: learner },
        );
        checkSvg(svg);
        expect(svg).not.toContain("<x-evil");
      }),
      { numRuns: 100 },
    );
  });
});
