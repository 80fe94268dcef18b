import {
  buildProgrammeCatalogue,
  checkPlacementHosts,
  evaluateRequirement,
  type PathwayIssueCode,
  type Requirement,
  validatePathway,
} from "../../src/pathway/index.js";
import { createRegistry } from "../../src/registry/index.js";
import type { Issue, Locale } from "../../src/shared/index.js";
import {
  apprenticeship,
  BTS,
  blockStep,
  internship,
  LEARNER,
  LP,
  MELEC,
  PROGRAMMES,
  pathwayOf,
  pfmp,
  programmeStep,
} from "./fixtures.js";

const BAC = { start: "2022-09-01", end: "2025-06-30" };

function validate(steps: Parameters<typeof pathwayOf>[0], locale: Locale, extra = {}): Issue[] {
  return validatePathway(pathwayOf(steps, extra), {
    learner: LEARNER,
    programmes: PROGRAMMES,
    locale,
  }).issues;
}

function evaluationIssues(requirement: unknown, locale: Locale): Issue[] {
  const { explanation } = evaluateRequirement(requirement as Requirement, [], { locale });
  return explanation.kind === "invalid" ? explanation.issues : [];
}

function nested(depth: number): unknown {
  let value: unknown = { level: 4 };
  for (let i = 0; i < depth; i++) value = { all: [value] };
  return value;
}

/** A pathway of one internship with host "h1" over `period`, with extra step fields. */
function placed(n: number, period: { start: string; end: string }, extra = {}): unknown {
  return {
    id: `p${n}`,
    learnerId: `l${n}`,
    steps: [
      {
        id: "bts",
        kind: "programme",
        programmeId: BTS.id,
        status: "student",
        start: "2026-09-01",
        end: "2027-08-31",
      },
      {
        id: `s${n}`,
        kind: "internship",
        hostId: "h1",
        programmeStepId: "bts",
        ...period,
        ...extra,
      },
    ],
  };
}

const JANUARY = { start: "2027-01-04", end: "2027-01-29" };

function hostIssues(pathways: unknown[], hosts: unknown, locale: Locale): Issue[] {
  return checkPlacementHosts(pathways, hosts, { on: "2027-01-15", locale, maxIssuesPerCode: 1 })
    .issues;
}

/** A registry with one active BTS fiche of level 5 and one that ended on 2025-08-31. */
const REGISTRY = createRegistry({
  certifications: [
    {
      code: "RNCP35340",
      title: "BTS",
      level: 5,
      active: true,
      blocks: [{ code: "RNCP35340BC01", title: "B" }],
      nsf: [],
      rome: [],
      certifiers: [],
    },
    {
      code: "RNCP34000",
      title: "BTS",
      level: 5,
      active: false,
      registrationEnd: "2025-08-31",
      blocks: [],
      nsf: [],
      rome: [],
      certifiers: [],
    },
  ],
});

function withRegistry(
  rncp: string,
  level: 5 | 6,
  steps: Parameters<typeof pathwayOf>[0],
  locale: Locale,
): Issue[] {
  return validatePathway(pathwayOf(steps), {
    learner: { id: "l1" },
    programmes: [{ id: "x", title: "X", diploma: "bts", level, rncp }],
    registry: REGISTRY,
    locale,
  }).issues;
}

const X_STEP = programmeStep("s", "x", { start: "2025-09-01", end: "2027-06-30" }, "student");

/** For each pathway code, a call that produces it (checked by tests/issue-codes.test.ts). */
export const PATHWAY_PRODUCERS: Record<PathwayIssueCode, (locale: Locale) => Issue[]> = {
  "pathway.invalid_input": (locale) =>
    validatePathway({ id: "p1", steps: "none" }, { learner: LEARNER, programmes: [], locale })
      .issues,
  "pathway.invalid_context": (locale) =>
    validatePathway(pathwayOf([]), {
      learner: { id: "l1", birthDate: "2023-02-30" },
      programmes: [],
      locale,
    }).issues,
  "pathway.issues_truncated": (locale) =>
    buildProgrammeCatalogue(new Array(1001).fill(null), { locale }).issues,
  "pathway.duplicate_programme_id": (locale) =>
    buildProgrammeCatalogue([MELEC, MELEC], { locale }).issues,
  "registry.unknown_certification": (locale) => withRegistry("RNCP99999", 5, [X_STEP], locale),
  "registry.inactive_certification": (locale) => withRegistry("RNCP34000", 5, [X_STEP], locale),
  "registry.level_mismatch": (locale) => withRegistry("RNCP35340", 6, [X_STEP], locale),
  "registry.unknown_block": (locale) =>
    withRegistry(
      "RNCP35340",
      5,
      [blockStep("b", "x", "RNCP35340BC09", { start: "2025-09-01", end: "2026-06-30" })],
      locale,
    ),
  "pathway.level_not_allowed": (locale) =>
    buildProgrammeCatalogue([{ ...MELEC, level: 5 }], { locale }).issues,
  "pathway.learner_mismatch": (locale) =>
    validatePathway(pathwayOf([]), { learner: { id: "l2" }, programmes: [], locale }).issues,
  "pathway.period_invalid": (locale) =>
    validate([programmeStep("prog", MELEC.id, { start: "2025-06-30", end: "2022-09-01" })], locale),
  "pathway.duplicate_step_id": (locale) =>
    validate([programmeStep("prog", MELEC.id, BAC), programmeStep("prog", MELEC.id, BAC)], locale),
  "pathway.unknown_programme": (locale) =>
    validate([programmeStep("prog", "bac-pro-unknown", BAC)], locale, {
      target: { programmeId: "nope" },
    }),
  "pathway.unknown_block": (locale) =>
    validate([blockStep("b1", MELEC.id, "RNCP37537BC09", BAC)], locale),
  "pathway.unknown_step": (locale) =>
    validate([pfmp("pfmp1", { start: "2023-01-09", end: "2023-02-03" }, "nowhere")], locale),
  "pathway.placement_outside_programme": (locale) =>
    validate(
      [
        programmeStep("prog", MELEC.id, BAC),
        pfmp("pfmp1", { start: "2025-06-16", end: "2025-07-11" }),
      ],
      locale,
    ),
  "pathway.placements_overlap": (locale) =>
    validate(
      [
        programmeStep("prog", MELEC.id, BAC),
        pfmp("pfmp1", { start: "2023-01-09", end: "2023-02-03" }),
        pfmp("pfmp2", { start: "2023-02-01", end: "2023-02-24" }),
      ],
      locale,
    ),
  "pathway.prerequisite_unmet": (locale) =>
    validate([programmeStep("prog", BTS.id, { start: "2025-09-01", end: "2027-06-30" })], locale),
  "pathway.missing_birth_date": (locale) =>
    validatePathway(
      pathwayOf([
        programmeStep("prog", MELEC.id, BAC, "apprentice"),
        apprenticeship("c1", { start: "2022-09-01", end: "2025-06-30" }),
      ]),
      { learner: { id: "l1" }, programmes: PROGRAMMES, locale },
    ).issues,
  "pathway.programmes_overlap": (locale) =>
    validate(
      [
        programmeStep("prog", MELEC.id, BAC),
        programmeStep("prog2", MELEC.id, { start: "2025-01-01", end: "2025-12-31" }),
      ],
      locale,
    ),
  "pathway.level_regression": (locale) =>
    validatePathway(pathwayOf([programmeStep("prog", MELEC.id, BAC)]), {
      learner: { ...LEARNER, achievements: [{ on: "2021-06-30", level: 5 }] },
      programmes: PROGRAMMES,
      locale,
    }).issues,
  "pathway.target_not_reached": (locale) =>
    validate(
      [blockStep("b1", LP.id, "LP-BC01", { start: "2027-09-01", end: "2028-01-31" })],
      locale,
      { target: { programmeId: LP.id } },
    ),
  "apprenticeship.age_out_of_range": (locale) =>
    validatePathway(
      pathwayOf([
        programmeStep("prog", BTS.id, { start: "2025-09-01", end: "2027-06-30" }, "apprentice"),
        apprenticeship("c1", { start: "2025-09-01", end: "2027-06-30" }),
      ]),
      {
        learner: {
          id: "l1",
          birthDate: "1995-03-14",
          achievements: [{ on: "2014-07-01", diploma: "bac-pro" }],
        },
        programmes: PROGRAMMES,
        locale,
      },
    ).issues,
  "apprenticeship.duration_out_of_range": (locale) =>
    validate(
      [
        programmeStep("prog", MELEC.id, BAC, "apprentice"),
        apprenticeship("c1", { start: "2022-09-01", end: "2023-02-27" }),
      ],
      locale,
    ),
  "apprenticeship.training_share_too_low": (locale) =>
    validate(
      [
        programmeStep("prog", MELEC.id, BAC, "apprentice"),
        apprenticeship("c1", { start: "2022-09-01", end: "2023-08-31" }, { trainingHours: 400.5 }),
      ],
      locale,
    ),
  "apprenticeship.start_far_from_cycle": (locale) =>
    validatePathway(
      pathwayOf([
        programmeStep("prog", MELEC.id, { start: "2015-09-01", end: "2018-06-30" }, "apprentice"),
        apprenticeship("c1", { start: "2015-12-02", end: "2018-06-30" }),
      ]),
      { learner: { id: "l1", birthDate: "1999-03-14" }, programmes: PROGRAMMES, locale },
    ).issues,
  "apprenticeship.exception_conditions_unmet": (locale) =>
    validate(
      [
        programmeStep("prog", MELEC.id, BAC, "apprentice"),
        apprenticeship(
          "c1",
          { start: "2022-09-01", end: "2025-06-30" },
          { ageException: "broken-contract", previousContractEnd: "2021-06-30" },
        ),
      ],
      locale,
    ),
  "apprenticeship.exception_unverified": (locale) =>
    validate(
      [
        programmeStep("prog", MELEC.id, BAC, "apprentice"),
        apprenticeship("c1", BAC, { ageException: "broken-contract" }),
      ],
      locale,
    ),
  "apprenticeship.training_start_too_late": (locale) =>
    validate(
      [
        programmeStep("prog", MELEC.id, BAC, "apprentice"),
        apprenticeship("c1", BAC, { cfaStart: "2023-01-02" }),
      ],
      locale,
    ),
  "apprenticeship.programme_starts_late": (locale) =>
    validate(
      [
        programmeStep("prog", MELEC.id, BAC, "apprentice"),
        apprenticeship("c1", { start: "2022-05-02", end: "2025-04-30" }),
      ],
      locale,
    ),
  "pathway.invalid_option": (locale) =>
    validatePathway(pathwayOf([]), {
      learner: LEARNER,
      programmes: PROGRAMMES,
      locale,
      parameters: {
        "apprenticeship.trainingShare": [
          { from: "2024-09-01", value: 20, source: "x", grade: "primary" },
        ],
      },
    }).issues,
  "pathway.apprentice_without_contract": (locale) =>
    validate([programmeStep("prog", MELEC.id, BAC, "apprentice")], locale),
  "pathway.parameter_undefined": (locale) =>
    validatePathway(
      pathwayOf([
        programmeStep("prog", MELEC.id, { start: "2005-09-01", end: "2008-06-30" }, "apprentice"),
        apprenticeship("c1", { start: "2005-09-01", end: "2008-06-30" }),
      ]),
      { learner: { id: "l1", birthDate: "1989-03-14" }, programmes: PROGRAMMES, locale },
    ).issues,
  "placement.host_quota_exceeded": (locale) =>
    hostIssues(
      [1, 2, 3, 4].map((n) => placed(n, JANUARY)),
      [{ id: "h1", headcount: 5 }],
      locale,
    ),
  "placement.tutor_limit_exceeded": (locale) =>
    hostIssues(
      [1, 2, 3, 4].map((n) => placed(n, JANUARY, { tutorId: "t1" })),
      [{ id: "h1", headcount: 100 }],
      locale,
    ),
  "placement.post_waiting_period": (locale) =>
    hostIssues(
      [
        placed(1, { start: "2027-01-04", end: "2027-01-30" }, { post: "welder" }),
        placed(2, { start: "2027-02-01", end: "2027-02-26" }, { post: "welder" }),
      ],
      [{ id: "h1", headcount: 100 }],
      locale,
    ),
  "placement.unknown_tutor": (locale) =>
    hostIssues(
      [placed(1, JANUARY, { tutorId: "t9" })],
      [{ id: "h1", headcount: 8, tutors: ["t1"] }],
      locale,
    ),
  "placement.invalid_host": (locale) => hostIssues([], [{ id: "h1", headcount: 1.5 }], locale),
  "placement.issues_truncated": (locale) =>
    hostIssues(
      [],
      [
        { id: "h1", headcount: -1 },
        { id: "h2", headcount: -1 },
      ],
      locale,
    ),
  "internship.host_limit_exceeded": (locale) =>
    validate(
      [
        programmeStep("prog", LP.id, { start: "2027-09-01", end: "2028-08-31" }, "student"),
        internship(
          "s1",
          { start: "2027-09-01", end: "2028-06-30" },
          { hours: 931, gratified: true },
        ),
      ],
      locale,
    ),
  "internship.gratification_required": (locale) =>
    validate(
      [
        programmeStep("prog", LP.id, { start: "2027-09-01", end: "2028-08-31" }, "student"),
        internship("s1", { start: "2028-03-01", end: "2028-06-30" }, { hours: 309 }),
      ],
      locale,
    ),
  "internship.gratification_consecutive": (locale) =>
    validate(
      [
        programmeStep("prog", LP.id, { start: "2027-06-01", end: "2028-06-30" }, "student"),
        internship("s1", { start: "2027-07-15", end: "2027-10-15" }),
      ],
      locale,
    ),
  "pfmp.weeks_below_minimum": (locale) =>
    validate(
      [
        programmeStep("prog", MELEC.id, BAC),
        pfmp("pfmp1", { start: "2023-01-09", end: "2023-02-03" }),
      ],
      locale,
    ),
  "requirement.invalid_input": (locale) => evaluationIssues({ level: 9 }, locale),
  "requirement.too_deep": (locale) => evaluationIssues(nested(50_000), locale),
  "requirement.too_large": (locale) =>
    evaluationIssues({ any: Array.from({ length: 10_001 }, () => ({ level: 4 })) }, locale),
};
