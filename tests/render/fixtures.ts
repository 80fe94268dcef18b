import { readFileSync } from "node:fs";
import type {
  Campus,
  Learner,
  Partner,
  Pathway,
  Programme,
  ProjectOffer,
  Step,
} from "../../src/index.js";
import { addCalendarDays } from "../../src/shared/index.js";

/** The shipped example dataset. */
export const VRAI = JSON.parse(
  readFileSync(new URL("../../examples/vrai.json", import.meta.url), "utf8"),
) as {
  campus: Campus;
  partners: Partner[];
  programmes: Programme[];
  learners: Learner[];
  pathways: Pathway[];
  projects: ProjectOffer[];
};

/** A programme step. */
export function programmeStep(id: string, start: string, end: string): Step {
  return { id, kind: "programme", programmeId: "bts-crsa", status: "student", start, end };
}

/** A pathway of `count` one-week projects, one after the other from 2020-09-07. */
export function manySteps(count: number): Pathway {
  const steps: Step[] = [];
  for (let i = 0; i < count; i++) {
    const start = addCalendarDays("2020-09-07", i * 7);
    steps.push({
      id: `s${i}`,
      kind: "project",
      title: `Project ${i}`,
      start,
      end: addCalendarDays(start, 4),
    });
  }
  return { id: "many", learnerId: "l1", steps };
}
