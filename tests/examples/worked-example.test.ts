import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import * as example from "../../examples/worked-example.js";
import { ProjectOfferSchema } from "../../src/matching/index.js";
import { LearnerSchema, ProgrammeSchema } from "../../src/pathway/index.js";

const guide = readFileSync(new URL("../../docs/matching.md", import.meta.url), "utf8");
const section = guide.slice(
  guide.indexOf("## Worked example: the VRAI partners around Le Creusot"),
  guide.indexOf("## How fast"),
);

/** The rows of the section's table whose header starts with `first`, as trimmed cells. */
function tableRows(first: string): string[][] {
  const lines = section.split("\n");
  const header = lines.findIndex((line) => line.startsWith(`| ${first} |`));
  expect(header, first).toBeGreaterThan(-1);
  const rows: string[][] = [];
  for (const line of lines.slice(header + 2)) {
    if (!line.startsWith("|")) break;
    rows.push(
      line
        .slice(1, -1)
        .split("|")
        .map((cell) => cell.trim()),
    );
  }
  return rows;
}

const PARTNERS: Record<string, string> = {
  framatome: "Framatome",
  michelin: "Michelin",
  metalliance: "Metalliance",
  "alfa-laval": "Alfa Laval",
};
const townOf = (point: unknown): string | undefined =>
  Object.entries(example.towns).find(([, place]) => place === point)?.[0];
const skillList = (skills: { code: string; level: number }[], of = " level "): string =>
  skills.length === 0 ? "—" : skills.map((skill) => `${skill.code}${of}${skill.level}`).join(", ");

describe("examples/worked-example.ts (docs/matching.md, worked example)", () => {
  it("holds records the schemas accept", () => {
    for (const learner of example.learners)
      expect(LearnerSchema.safeParse(learner).success).toBe(true);
    for (const offer of example.offers)
      expect(ProjectOfferSchema.safeParse(offer).success).toBe(true);
    for (const programme of example.programmes) {
      expect(ProgrammeSchema.safeParse(programme).success).toBe(true);
    }
    expect(example.learners.map((learner) => learner.id)).toEqual([
      "maya",
      "sarah",
      "ines",
      "louis",
      "noah",
      "tom",
    ]);
  });

  it("agrees with the guide's table of offers", () => {
    const rows = example.offers.map((offer) => {
      const levels = offer.levels;
      const constraints = [
        levels?.max !== undefined ? `level ${levels.min}–${levels.max}` : undefined,
        levels?.max === undefined && levels?.min !== undefined
          ? `level ≥ ${levels.min}`
          : undefined,
        offer.statuses?.map((status) => `${status}s`).join(" and "),
      ].filter((part) => part !== undefined);
      return [
        `\`${offer.id}\``,
        PARTNERS[offer.partnerId],
        townOf(offer.location),
        String(offer.capacity),
        skillList(offer.skills.filter((skill) => skill.essential)),
        skillList(offer.skills.filter((skill) => !skill.essential)),
        constraints.length === 0 ? "—" : constraints.join(", "),
      ];
    });
    expect(tableRows("offer")).toEqual(rows);
  });

  it("agrees with the guide's table of learners", () => {
    const rows = example.learners.map((learner) => [
      `\`${learner.id}\``,
      String(learner.level),
      learner.status,
      townOf(learner.location),
      `${learner.maxDistanceKm} km`,
      skillList(learner.skills ?? [], " "),
      learner.interests?.join(", ") ?? "—",
      learner.preferences === undefined
        ? "from scores"
        : `his own: ${learner.preferences.map((id) => `\`${id}\``).join(", ")}`,
    ]);
    expect(tableRows("learner")).toEqual(rows);
  });

  it("gives every offer and learner the term the guide states", () => {
    expect(section).toContain("Every offer runs from\n2 February to 29 May 2026");
    for (const offer of example.offers) {
      expect([offer.start, offer.end]).toEqual(["2026-02-02", "2026-05-29"]);
    }
    for (const learner of example.learners) {
      expect(learner.availability).toEqual([{ start: "2026-02-02", end: "2026-05-29" }]);
    }
  });
});
