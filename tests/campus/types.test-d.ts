import { describe, expectTypeOf, it } from "vitest";
import type * as z from "zod";
import {
  assessExcellence,
  type Campus,
  type CampusIssueCode,
  type ClassifyPartnerOptions,
  CMQ_ITIP,
  checkCampusNetwork,
  classifyPartner,
  type EnterpriseCategory,
  type EnterpriseSize,
  type EnterpriseSizeSchema,
  type ExcellenceCriterionId,
  enterpriseCategory,
  type Issue,
  type IssueCode,
  type LabelDecision,
  type LabelDecisionSchema,
  type LabelState,
  labelStatusAt,
  nextProcedureState,
  type Partner,
  type PartnerEnterpriseClassification,
  type PartnerSchema,
  type ProcedureEvent,
  type ProcedureState,
  type Result,
  type SireneEnterpriseCategory,
  type SireneEnterpriseCategorySchema,
  validateLabelDecision,
} from "../../src/index.js";

describe("campus model interfaces (rev. 2)", () => {
  it("are the types their schemas output", () => {
    expectTypeOf<z.output<typeof LabelDecisionSchema>>().toEqualTypeOf<LabelDecision>();
    expectTypeOf<z.output<typeof PartnerSchema>>().toEqualTypeOf<Partner>();
    expectTypeOf<z.output<typeof EnterpriseSizeSchema>>().toEqualTypeOf<EnterpriseSize>();
    expectTypeOf<
      z.output<typeof SireneEnterpriseCategorySchema>
    >().toEqualTypeOf<SireneEnterpriseCategory>();
    expectTypeOf<LabelDecision["endedOn"]>().toEqualTypeOf<string | undefined>();
    expectTypeOf<Partner["enterpriseCategory"]>().toEqualTypeOf<"PME" | "ETI" | "GE" | undefined>();
  });

  it("types classifyPartner", () => {
    const options: ClassifyPartnerOptions = { locale: "fr", path: ["partners", 0] };
    expectTypeOf(classifyPartner({}, options)).toEqualTypeOf<
      Result<PartnerEnterpriseClassification | null, CampusIssueCode>
    >();
    // @ts-expect-error "micro" is not a Sirene category (Sirene's PME includes micro-enterprises)
    const bad: Partner = { id: "a", name: "A", kind: "company", enterpriseCategory: "micro" };
    expectTypeOf(bad).not.toBeAny();
  });
});

describe("campus types", () => {
  it("types validators as Results of campus codes", () => {
    expectTypeOf(validateLabelDecision({})).toEqualTypeOf<Result<LabelDecision, CampusIssueCode>>();
    expectTypeOf(checkCampusNetwork({}, [], { on: "2022-01-01" })).toEqualTypeOf<
      Result<Campus, CampusIssueCode>
    >();
    expectTypeOf(nextProcedureState("draft", "propose")).toEqualTypeOf<
      Result<ProcedureState, CampusIssueCode>
    >();
    expectTypeOf<CampusIssueCode>().toMatchTypeOf<IssueCode>();
    expectTypeOf(labelStatusAt(CMQ_ITIP.campus, "2022-01-01").issues).toEqualTypeOf<
      Issue<CampusIssueCode>[]
    >();
  });

  it("uses closed unions", () => {
    expectTypeOf<LabelState>().toEqualTypeOf<"unlabelled" | "labelled" | "expiring" | "expired">();
    expectTypeOf<EnterpriseCategory>().toEqualTypeOf<"micro" | "sme" | "mid-cap" | "large">();
    expectTypeOf(enterpriseCategory({ headcount: 3 })).toEqualTypeOf<
      EnterpriseCategory | undefined
    >();
    expectTypeOf<ProcedureEvent>().toEqualTypeOf<
      "propose" | "start-review" | "grant" | "reject" | "propose-renewal" | "expire"
    >();
    expectTypeOf(assessExcellence({}, [], { on: "2022-01-01" })[0]?.id).toEqualTypeOf<
      ExcellenceCriterionId | undefined
    >();
  });

  it("rejects what the contract does not allow", () => {
    // @ts-expect-error "gold" is not a label category
    const decision: LabelDecision = { category: "gold", decidedOn: "2020-01-01", durationYears: 5 };
    // @ts-expect-error "approve" is not a procedure event
    nextProcedureState("draft", "approve");
    // @ts-expect-error `on` is required
    checkCampusNetwork({}, [], {});
    expectTypeOf(decision).not.toBeAny();
  });
});
