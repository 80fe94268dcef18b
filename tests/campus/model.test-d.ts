import { describe, expectTypeOf, it } from "vitest";
import type * as z from "zod";
import type {
  Campus,
  CampusSchema,
  Contribution,
  ContributionKind,
  ContributionKindSchema,
  ContributionSchema,
  EnterpriseSize,
  EnterpriseSizeSchema,
  Funding,
  FundingSchema,
  LabelCategory,
  LabelCategorySchema,
  LabelDecision,
  LabelDecisionSchema,
  Membership,
  MembershipSchema,
  Partner,
  PartnerKind,
  PartnerKindSchema,
  PartnerRole,
  PartnerRoleSchema,
  PartnerSchema,
  SectorId,
  SectorIdSchema,
  SireneEnterpriseCategory,
  SireneEnterpriseCategorySchema,
  Site,
  SiteKind,
  SiteKindSchema,
  SiteSchema,
} from "../../src/index.js";
import type { Interchangeable } from "../helpers/same-type.js";

// Each public model type is an interface (or a union of them) written out for readers; its zod
// schema is the runtime check. These tests prove, in both directions, that the two are the same
// type, so that they can never drift apart.
describe("campus: each interface is its schema's output", () => {
  it("LabelCategory", () => {
    expectTypeOf<LabelCategory>().toEqualTypeOf<z.output<typeof LabelCategorySchema>>();
    expectTypeOf<
      Interchangeable<LabelCategory, z.output<typeof LabelCategorySchema>>
    >().toEqualTypeOf<true>();
  });
  it("LabelDecision", () => {
    expectTypeOf<LabelDecision>().toEqualTypeOf<z.output<typeof LabelDecisionSchema>>();
    expectTypeOf<
      Interchangeable<LabelDecision, z.output<typeof LabelDecisionSchema>>
    >().toEqualTypeOf<true>();
  });
  it("EnterpriseSize", () => {
    expectTypeOf<EnterpriseSize>().toEqualTypeOf<z.output<typeof EnterpriseSizeSchema>>();
    expectTypeOf<
      Interchangeable<EnterpriseSize, z.output<typeof EnterpriseSizeSchema>>
    >().toEqualTypeOf<true>();
  });
  it("SireneEnterpriseCategory", () => {
    expectTypeOf<SireneEnterpriseCategory>().toEqualTypeOf<
      z.output<typeof SireneEnterpriseCategorySchema>
    >();
    expectTypeOf<
      Interchangeable<SireneEnterpriseCategory, z.output<typeof SireneEnterpriseCategorySchema>>
    >().toEqualTypeOf<true>();
  });
  it("PartnerKind", () => {
    expectTypeOf<PartnerKind>().toEqualTypeOf<z.output<typeof PartnerKindSchema>>();
    expectTypeOf<
      Interchangeable<PartnerKind, z.output<typeof PartnerKindSchema>>
    >().toEqualTypeOf<true>();
  });
  it("Partner", () => {
    expectTypeOf<Partner>().toEqualTypeOf<z.output<typeof PartnerSchema>>();
    expectTypeOf<Interchangeable<Partner, z.output<typeof PartnerSchema>>>().toEqualTypeOf<true>();
  });
  it("PartnerRole", () => {
    expectTypeOf<PartnerRole>().toEqualTypeOf<z.output<typeof PartnerRoleSchema>>();
    expectTypeOf<
      Interchangeable<PartnerRole, z.output<typeof PartnerRoleSchema>>
    >().toEqualTypeOf<true>();
  });
  it("ContributionKind", () => {
    expectTypeOf<ContributionKind>().toEqualTypeOf<z.output<typeof ContributionKindSchema>>();
    expectTypeOf<
      Interchangeable<ContributionKind, z.output<typeof ContributionKindSchema>>
    >().toEqualTypeOf<true>();
  });
  it("Contribution", () => {
    expectTypeOf<Contribution>().toEqualTypeOf<z.output<typeof ContributionSchema>>();
    expectTypeOf<
      Interchangeable<Contribution, z.output<typeof ContributionSchema>>
    >().toEqualTypeOf<true>();
  });
  it("Membership", () => {
    expectTypeOf<Membership>().toEqualTypeOf<z.output<typeof MembershipSchema>>();
    expectTypeOf<
      Interchangeable<Membership, z.output<typeof MembershipSchema>>
    >().toEqualTypeOf<true>();
  });
  it("SiteKind", () => {
    expectTypeOf<SiteKind>().toEqualTypeOf<z.output<typeof SiteKindSchema>>();
    expectTypeOf<
      Interchangeable<SiteKind, z.output<typeof SiteKindSchema>>
    >().toEqualTypeOf<true>();
  });
  it("Site", () => {
    expectTypeOf<Site>().toEqualTypeOf<z.output<typeof SiteSchema>>();
    expectTypeOf<Interchangeable<Site, z.output<typeof SiteSchema>>>().toEqualTypeOf<true>();
  });
  it("Funding", () => {
    expectTypeOf<Funding>().toEqualTypeOf<z.output<typeof FundingSchema>>();
    expectTypeOf<Interchangeable<Funding, z.output<typeof FundingSchema>>>().toEqualTypeOf<true>();
  });
  it("SectorId", () => {
    expectTypeOf<SectorId>().toEqualTypeOf<z.output<typeof SectorIdSchema>>();
    expectTypeOf<
      Interchangeable<SectorId, z.output<typeof SectorIdSchema>>
    >().toEqualTypeOf<true>();
  });
  it("Campus", () => {
    expectTypeOf<Campus>().toEqualTypeOf<z.output<typeof CampusSchema>>();
    expectTypeOf<Interchangeable<Campus, z.output<typeof CampusSchema>>>().toEqualTypeOf<true>();
  });
});

describe("Interchangeable", () => {
  it("tells an optional field from one that also accepts undefined", () => {
    expectTypeOf<
      Interchangeable<{ x?: string }, { x?: string | undefined }>
    >().toEqualTypeOf<false>();
    expectTypeOf<Interchangeable<{ x?: string }, { x?: string }>>().toEqualTypeOf<true>();
  });
});
