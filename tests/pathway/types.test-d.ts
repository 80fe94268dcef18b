import { describe, expectTypeOf, it } from "vitest";
import type * as z from "zod";
import {
  type Achievement,
  auditPathway,
  type BlocksRequirement,
  buildProgrammeCatalogue,
  evaluateRequirement,
  type Issue,
  type IssueCode,
  type Learner,
  type LegalRuleName,
  type Pathway,
  type PathwayAudit,
  type PathwayIssueCode,
  type PathwaySchema,
  type PlacementHost,
  type PlacementHostSchema,
  type ProgrammeCatalogue,
  type ProgrammeSuggestion,
  type Requirement,
  type RequirementExplanation,
  type Result,
  RULES,
  type Step,
  suggestNextProgrammes,
  validatePathway,
} from "../../src/index.js";

describe("pathway types", () => {
  it("infers PlacementHost from its schema", () => {
    expectTypeOf<z.output<typeof PlacementHostSchema>>().toEqualTypeOf<PlacementHost>();
  });

  it("infers Pathway from its schema and narrows steps by kind", () => {
    expectTypeOf<z.output<typeof PathwaySchema>>().toEqualTypeOf<Pathway>();
    const step = {} as Step;
    if (step.kind === "apprenticeship") expectTypeOf(step.trainingHours).toEqualTypeOf<number>();
    if (step.kind === "internship")
      expectTypeOf(step.gratified).toEqualTypeOf<boolean | undefined>();
  });

  it("types validatePathway's result with the module's codes", () => {
    const result = validatePathway({}, { learner: { id: "l1" }, programmes: [] });
    expectTypeOf(result).toEqualTypeOf<Result<Pathway, PathwayIssueCode>>();
    if (result.ok) expectTypeOf(result.value).toEqualTypeOf<Pathway>();
    expectTypeOf(result.issues).toEqualTypeOf<Issue<PathwayIssueCode>[]>();
    expectTypeOf<PathwayIssueCode>().toMatchTypeOf<IssueCode>();
    expectTypeOf<"apprenticeship.age_out_of_range">().toMatchTypeOf<PathwayIssueCode>();
    expectTypeOf<"pfmp.weeks_below_minimum">().toMatchTypeOf<PathwayIssueCode>();
  });

  it("accepts a catalogue or a programme list, and requires the learner", () => {
    const { catalogue } = buildProgrammeCatalogue([]);
    expectTypeOf(catalogue).toEqualTypeOf<ProgrammeCatalogue>();
    validatePathway({}, { learner: { id: "l1" }, programmes: catalogue, path: ["pathways", 0] });
    // @ts-expect-error the learner is required
    validatePathway({}, { programmes: [] });
    // @ts-expect-error programmes must be programmes
    validatePathway({}, { learner: { id: "l1" }, programmes: ["bts"] });
  });

  it("types requirements, including the extensions, and their explanations", () => {
    const tree: Requirement = {
      all: [
        { onlyOne: [{ diploma: "bac-pro" }, { diploma: "bac-techno" }] },
        { sequence: [{ level: 5 }, { ects: 60 }] },
        { blocks: ["A", "B"], min: 1, shareable: true },
      ],
    };
    expectTypeOf<BlocksRequirement>().toMatchTypeOf<Requirement>();
    // @ts-expect-error levels are 1 to 8
    const wrong: Requirement = { level: 9 };
    const evaluation = evaluateRequirement(tree, [] as Achievement[]);
    expectTypeOf(evaluation.explanation).toEqualTypeOf<RequirementExplanation>();
    if (evaluation.explanation.kind === "ects") {
      expectTypeOf(evaluation.explanation.missing).toEqualTypeOf<number>();
    }
    void wrong;
  });

  it("types the audit, the suggestions and the rules", () => {
    const audit = auditPathway({}, { learner: {} as Learner, programmes: [], on: "2025-01-01" });
    if (audit.ok) expectTypeOf(audit.value).toEqualTypeOf<PathwayAudit>();
    const suggestions = suggestNextProgrammes({ id: "l1" }, [], { on: "2025-01-01" });
    if (suggestions.ok) expectTypeOf(suggestions.value).toEqualTypeOf<ProgrammeSuggestion[]>();
    expectTypeOf(RULES.internshipHostLimitDays.value).toEqualTypeOf<132>();
    expectTypeOf<"apprenticeshipMaxAge">().toMatchTypeOf<LegalRuleName>();
  });
});
