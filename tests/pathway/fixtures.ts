/**
 * Shared fixtures of the pathway tests: a small catalogue (bac pro MELEC → BTS → licence pro, a
 * CAP) and builders of steps.
 */
import type { Learner, Pathway, Programme, Step } from "../../src/pathway/index.js";

export const MELEC: Programme = {
  id: "bac-pro-melec",
  title: "Bac pro MELEC",
  diploma: "bac-pro",
  level: 4,
  rncp: "RNCP37537",
  blocks: [
    { code: "RNCP37537BC01", title: "Réalisation" },
    { code: "RNCP37537BC02", title: "Mise en service" },
  ],
  durationMonths: 36,
};

export const BTS: Programme = {
  id: "bts-electrotechnique",
  title: "BTS Électrotechnique",
  diploma: "bts",
  level: 5,
  ects: 120,
  requires: { any: [{ diploma: "bac-pro" }, { level: 4 }] },
  blocks: [
    { code: "RNCP35349BC01", ects: 60 },
    { code: "RNCP35349BC02", ects: 60 },
  ],
};

export const LP: Programme = {
  id: "lp-robotique",
  title: "Licence pro Robotique",
  diploma: "licence-pro",
  level: 6,
  ects: 60,
  requires: { all: [{ level: 5 }, { ects: 120 }] },
  blocks: [
    { code: "LP-BC01", title: "Automatisme", ects: 20 },
    { code: "LP-BC02", title: "Robotique", ects: 20 },
    { code: "LP-BC03", title: "Projet", ects: 20 },
  ],
};

export const CAP: Programme = {
  id: "cap-electricien",
  title: "CAP Électricien",
  diploma: "cap",
  level: 3,
};

export const PROGRAMMES: Programme[] = [MELEC, BTS, LP, CAP];

export const LEARNER: Learner = {
  id: "l1",
  birthDate: "2007-03-14",
  completedLowerSecondary: true,
};

/** A pathway of the given steps for LEARNER. */
export function pathwayOf(steps: Step[], extra: Partial<Pathway> = {}): Pathway {
  return { id: "p1", learnerId: "l1", steps, ...extra };
}

type Period = { start: string; end: string };

export function programmeStep(
  id: string,
  programmeId: string,
  period: Period,
  status: "pupil" | "student" | "apprentice" = "pupil",
): Step {
  return { id, kind: "programme", programmeId, status, ...period };
}

export function blockStep(id: string, programmeId: string, block: string, period: Period): Step {
  return { id, kind: "block", programmeId, block, ...period };
}

export function internship(
  id: string,
  period: Period,
  extra: { hostId?: string; programmeStepId?: string; hours?: number; gratified?: boolean } = {},
): Step {
  const { hostId = "h1", programmeStepId = "prog", ...rest } = extra;
  return { id, kind: "internship", hostId, programmeStepId, ...period, ...rest };
}

export function pfmp(id: string, period: Period, programmeStepId = "prog", hostId = "h1"): Step {
  return { id, kind: "pfmp", hostId, programmeStepId, ...period };
}

type ApprenticeshipStep = Extract<Step, { kind: "apprenticeship" }>;

/** Optional fields of an apprenticeship step, and its programme step and hours. */
export type ApprenticeshipExtra = Partial<
  Pick<
    ApprenticeshipStep,
    | "programmeStepId"
    | "trainingHours"
    | "ageException"
    | "signedOn"
    | "cfaStart"
    | "employerStart"
    | "previousContractEnd"
    | "extension"
  >
>;

export function apprenticeship(id: string, period: Period, extra: ApprenticeshipExtra = {}): Step {
  const { programmeStepId = "prog", trainingHours = 10_000, ...rest } = extra;
  const step: Step = {
    id,
    kind: "apprenticeship",
    employerId: "e1",
    programmeStepId,
    trainingHours,
    ...period,
  };
  for (const [key, value] of Object.entries(rest)) {
    if (value !== undefined) Object.assign(step, { [key]: value });
  }
  return step;
}

/** The codes of a result's issues, sorted. */
export function codesOf(result: { issues: { code: string }[] }): string[] {
  return result.issues.map((issue) => issue.code).sort();
}

const BAC = { start: "2022-09-01", end: "2025-06-30" };
const BTS_PERIOD = { start: "2025-09-01", end: "2027-06-30" };
const LP_PERIOD = { start: "2027-09-01", end: "2028-06-30" };

/** A complete, valid pathway: bac pro MELEC with 22 weeks of PFMP, BTS under apprenticeship, licence pro with a project, an internship and a semester abroad. */
export function fullPathway(): Pathway {
  return pathwayOf(
    [
      programmeStep("melec", MELEC.id, BAC),
      pfmp("pfmp-1", { start: "2022-11-07", end: "2022-12-16" }, "melec"),
      pfmp("pfmp-2", { start: "2023-05-09", end: "2023-06-23" }, "melec", "h2"),
      pfmp("pfmp-3", { start: "2024-01-08", end: "2024-02-23" }, "melec", "h3"),
      pfmp("pfmp-4", { start: "2024-11-04", end: "2024-12-20" }, "melec", "h4"),
      programmeStep("bts", BTS.id, BTS_PERIOD, "apprentice"),
      apprenticeship("contract", BTS_PERIOD, { programmeStepId: "bts", trainingHours: 1350 }),
      programmeStep("lp", LP.id, LP_PERIOD, "student"),
      {
        id: "project",
        kind: "project",
        title: "Cobot cell",
        partnerId: "framatome",
        blocks: ["LP-BC03"],
        hours: 120,
        start: "2027-10-04",
        end: "2028-01-28",
      },
      {
        id: "abroad",
        kind: "mobility",
        country: "DE",
        hostName: "Hochschule",
        start: "2028-02-01",
        end: "2028-03-31",
      },
      internship(
        "stage",
        { start: "2028-04-03", end: "2028-06-16" },
        {
          programmeStepId: "lp",
          hostId: "framatome",
          gratified: true,
        },
      ),
    ],
    { target: { programmeId: LP.id } },
  );
}
