import { describe, expectTypeOf, it } from "vitest";
import {
  assessExcellence,
  type Campus,
  type CampusIssueCode,
  CMQ_ITIP,
  checkCampusNetwork,
  type EnterpriseCategory,
  type ExcellenceCriterionId,
  enterpriseCategory,
  type Issue,
  type IssueCode,
  type LabelDecision,
  type LabelState,
  labelStatusAt,
  nextProcedureState,
  type ProcedureEvent,
  type ProcedureState,
  type Result,
  validateLabelDecision,
} from "../../src/index.js";

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
