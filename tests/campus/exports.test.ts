import { describe, expect, it } from "vitest";

describe("cmq-kit/campus public names", () => {
  it("exports exactly its documented runtime names", async () => {
    const campus = await import("../../src/campus/index.js");
    expect(Object.keys(campus).sort()).toEqual(
      [
        "CAMPUS_CODES",
        "CMQ_ITIP",
        "CONTRIBUTION_KINDS",
        "CampusSchema",
        "ContributionKindSchema",
        "ContributionSchema",
        "DEFAULT_RENEWAL_WINDOW_DAYS",
        "ENTERPRISE_CATEGORIES",
        "EXCELLENCE_CREATION_DATE",
        "EXCELLENCE_CRITERIA",
        "EnterpriseSizeSchema",
        "FundingSchema",
        "LABEL_REFORM_DATE",
        "LABEL_REGIMES",
        "LabelCategorySchema",
        "LabelDecisionSchema",
        "MembershipSchema",
        "PARTNER_KINDS",
        "PROCEDURE_EVENTS",
        "PROCEDURE_STATES",
        "PROCEDURE_TRANSITIONS",
        "PartnerKindSchema",
        "PartnerRoleSchema",
        "PartnerSchema",
        "SECTORS",
        "SectorIdSchema",
        "SiteKindSchema",
        "SiteSchema",
        "allowedProcedureEvents",
        "assessExcellence",
        "checkCampusNetwork",
        "classifyEnterprise",
        "contributionsSummary",
        "enterpriseCategory",
        "isMembershipInForce",
        "labelDecisionPeriod",
        "labelRegimeOf",
        "labelStatusAt",
        "nextProcedureState",
        "validateLabelDecision",
      ].sort(),
    );
  });
});
