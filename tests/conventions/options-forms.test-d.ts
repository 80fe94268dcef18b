import { describe, expectTypeOf, it } from "vitest";
import {
  CMQ_ITIP,
  type DescribeRequirementOptions,
  describeRequirement,
  evaluateRequirement,
  type Issue,
  isMembershipInForce,
  type LabelStatus,
  type LabelStatusOptions,
  labelStatusAt,
  localizeIssue,
  type ParameterReading,
  parameterAt,
  parseJsonText,
} from "../../src/index.js";

declare const issue: Issue<"ids.invalid_checksum">;

describe("options forms (CONTRACT §0 rev. 2)", () => {
  it("types the options forms and keeps the deprecated positional forms", () => {
    expectTypeOf(labelStatusAt(CMQ_ITIP.campus, { on: "2024-12-01" })).toEqualTypeOf<LabelStatus>();
    expectTypeOf(labelStatusAt(CMQ_ITIP.campus, "2024-12-01")).toEqualTypeOf<LabelStatus>();
    expectTypeOf<LabelStatusOptions["on"]>().toEqualTypeOf<string>();
    // @ts-expect-error the options form needs the day
    labelStatusAt(CMQ_ITIP.campus, { locale: "fr" });
    // @ts-expect-error the day goes in one place only
    labelStatusAt(CMQ_ITIP.campus, { on: "2024-12-01" }, { locale: "fr" });

    const { explanation } = evaluateRequirement({ level: 5 }, []);
    expectTypeOf(describeRequirement({ level: 5 })).toEqualTypeOf<string>();
    expectTypeOf(
      describeRequirement({ level: 5 }, { locale: "fr", explanation }),
    ).toEqualTypeOf<string>();
    expectTypeOf(describeRequirement({ level: 5 }, "fr", explanation)).toEqualTypeOf<string>();
    expectTypeOf<DescribeRequirementOptions["locale"]>().toEqualTypeOf<"en" | "fr" | undefined>();
    // @ts-expect-error the explanation goes in the options
    describeRequirement({ level: 5 }, { locale: "fr" }, explanation);

    expectTypeOf(parameterAt("apprenticeship.maxAge", { on: "2019-01-01" })).toEqualTypeOf<
      ParameterReading | undefined
    >();
    expectTypeOf(parameterAt("apprenticeship.maxAge", "2019-01-01")).toEqualTypeOf<
      ParameterReading | undefined
    >();
    // @ts-expect-error the options form needs the date
    parameterAt("apprenticeship.maxAge", { parameters: {} });

    const membership = { partnerId: "p", roles: ["member" as const], from: "2020-01-01" };
    expectTypeOf(isMembershipInForce(membership, { on: "2021-01-01" })).toEqualTypeOf<boolean>();
    expectTypeOf(isMembershipInForce(membership, "2021-01-01")).toEqualTypeOf<boolean>();

    expectTypeOf(parseJsonText("[]", { locale: "fr" })).toEqualTypeOf(parseJsonText("[]", "fr"));
    expectTypeOf(localizeIssue(issue, { locale: "fr" })).toEqualTypeOf<
      Issue<"ids.invalid_checksum">
    >();
    expectTypeOf(localizeIssue(issue, "fr")).toEqualTypeOf<Issue<"ids.invalid_checksum">>();
  });
});
