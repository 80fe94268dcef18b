import { describe, expectTypeOf, it } from "vitest";
import type * as z from "zod";
import type {
  Achievement,
  AchievementSchema,
  AgeException,
  AgeExceptionSchema,
  ApprenticeshipStep,
  BlockStep,
  BlocksRequirement,
  ContractExtension,
  ContractExtensionSchema,
  DiplomaKind,
  DiplomaKindSchema,
  GeoPoint,
  GeoPointSchema,
  InternshipStep,
  IsoDate,
  IsoDateSchema,
  Learner,
  LearnerSchema,
  LearnerSkill,
  LearnerStatus,
  LearnerStatusSchema,
  MobilityStep,
  Pathway,
  PathwaySchema,
  PathwayTarget,
  Period,
  PeriodSchema,
  PfmpPurpose,
  PfmpPurposeSchema,
  PfmpStep,
  PlacementHost,
  PlacementHostSchema,
  Programme,
  ProgrammeBlock,
  ProgrammeBlockSchema,
  ProgrammeSchema,
  ProgrammeStep,
  ProjectStep,
  QualificationLevel,
  QualificationLevelSchema,
  Requirement,
  RequirementSchema,
  RequirementShapeSchema,
  SkillLevel,
  SkillLevelSchema,
  Step,
  StepKind,
  StepSchema,
} from "../../src/index.js";
import type { Interchangeable } from "../helpers/same-type.js";

// Each public model type is an interface (or a union of them) written out for readers; its zod
// schema is the runtime check. These tests prove, in both directions, that the two are the same
// type, so that they can never drift apart.
describe("pathway: each interface is its schema's output", () => {
  it("QualificationLevel", () => {
    expectTypeOf<QualificationLevel>().toEqualTypeOf<z.output<typeof QualificationLevelSchema>>();
    expectTypeOf<
      Interchangeable<QualificationLevel, z.output<typeof QualificationLevelSchema>>
    >().toEqualTypeOf<true>();
  });
  it("DiplomaKind", () => {
    expectTypeOf<DiplomaKind>().toEqualTypeOf<z.output<typeof DiplomaKindSchema>>();
    expectTypeOf<
      Interchangeable<DiplomaKind, z.output<typeof DiplomaKindSchema>>
    >().toEqualTypeOf<true>();
  });
  it("BlocksRequirement", () => {
    expectTypeOf<BlocksRequirement>().toEqualTypeOf<
      Extract<z.output<typeof RequirementShapeSchema>, { blocks: string[] }>
    >();
    expectTypeOf<
      Interchangeable<
        BlocksRequirement,
        Extract<z.output<typeof RequirementShapeSchema>, { blocks: string[] }>
      >
    >().toEqualTypeOf<true>();
  });
  it("Requirement", () => {
    expectTypeOf<Requirement>().toEqualTypeOf<z.output<typeof RequirementSchema>>();
    expectTypeOf<
      Interchangeable<Requirement, z.output<typeof RequirementSchema>>
    >().toEqualTypeOf<true>();
  });
  it("ProgrammeBlock", () => {
    expectTypeOf<ProgrammeBlock>().toEqualTypeOf<z.output<typeof ProgrammeBlockSchema>>();
    expectTypeOf<
      Interchangeable<ProgrammeBlock, z.output<typeof ProgrammeBlockSchema>>
    >().toEqualTypeOf<true>();
  });
  it("Programme", () => {
    expectTypeOf<Programme>().toEqualTypeOf<z.output<typeof ProgrammeSchema>>();
    expectTypeOf<
      Interchangeable<Programme, z.output<typeof ProgrammeSchema>>
    >().toEqualTypeOf<true>();
  });
  it("LearnerStatus", () => {
    expectTypeOf<LearnerStatus>().toEqualTypeOf<z.output<typeof LearnerStatusSchema>>();
    expectTypeOf<
      Interchangeable<LearnerStatus, z.output<typeof LearnerStatusSchema>>
    >().toEqualTypeOf<true>();
  });
  it("Achievement", () => {
    expectTypeOf<Achievement>().toEqualTypeOf<z.output<typeof AchievementSchema>>();
    expectTypeOf<
      Interchangeable<Achievement, z.output<typeof AchievementSchema>>
    >().toEqualTypeOf<true>();
  });
  it("GeoPoint", () => {
    expectTypeOf<GeoPoint>().toEqualTypeOf<z.output<typeof GeoPointSchema>>();
    expectTypeOf<
      Interchangeable<GeoPoint, z.output<typeof GeoPointSchema>>
    >().toEqualTypeOf<true>();
  });
  it("SkillLevel", () => {
    expectTypeOf<SkillLevel>().toEqualTypeOf<z.output<typeof SkillLevelSchema>>();
    expectTypeOf<
      Interchangeable<SkillLevel, z.output<typeof SkillLevelSchema>>
    >().toEqualTypeOf<true>();
  });
  it("LearnerSkill", () => {
    expectTypeOf<LearnerSkill>().toEqualTypeOf<
      NonNullable<z.output<typeof LearnerSchema>["skills"]>[number]
    >();
    expectTypeOf<
      Interchangeable<LearnerSkill, NonNullable<z.output<typeof LearnerSchema>["skills"]>[number]>
    >().toEqualTypeOf<true>();
  });
  it("Learner", () => {
    expectTypeOf<Learner>().toEqualTypeOf<z.output<typeof LearnerSchema>>();
    expectTypeOf<Interchangeable<Learner, z.output<typeof LearnerSchema>>>().toEqualTypeOf<true>();
  });
  it("AgeException", () => {
    expectTypeOf<AgeException>().toEqualTypeOf<z.output<typeof AgeExceptionSchema>>();
    expectTypeOf<
      Interchangeable<AgeException, z.output<typeof AgeExceptionSchema>>
    >().toEqualTypeOf<true>();
  });
  it("PfmpPurpose", () => {
    expectTypeOf<PfmpPurpose>().toEqualTypeOf<z.output<typeof PfmpPurposeSchema>>();
    expectTypeOf<
      Interchangeable<PfmpPurpose, z.output<typeof PfmpPurposeSchema>>
    >().toEqualTypeOf<true>();
  });
  it("ContractExtension", () => {
    expectTypeOf<ContractExtension>().toEqualTypeOf<z.output<typeof ContractExtensionSchema>>();
    expectTypeOf<
      Interchangeable<ContractExtension, z.output<typeof ContractExtensionSchema>>
    >().toEqualTypeOf<true>();
  });
  it("ProgrammeStep", () => {
    expectTypeOf<ProgrammeStep>().toEqualTypeOf<
      Extract<z.output<typeof StepSchema>, { kind: "programme" }>
    >();
    expectTypeOf<
      Interchangeable<ProgrammeStep, Extract<z.output<typeof StepSchema>, { kind: "programme" }>>
    >().toEqualTypeOf<true>();
  });
  it("BlockStep", () => {
    expectTypeOf<BlockStep>().toEqualTypeOf<
      Extract<z.output<typeof StepSchema>, { kind: "block" }>
    >();
    expectTypeOf<
      Interchangeable<BlockStep, Extract<z.output<typeof StepSchema>, { kind: "block" }>>
    >().toEqualTypeOf<true>();
  });
  it("ProjectStep", () => {
    expectTypeOf<ProjectStep>().toEqualTypeOf<
      Extract<z.output<typeof StepSchema>, { kind: "project" }>
    >();
    expectTypeOf<
      Interchangeable<ProjectStep, Extract<z.output<typeof StepSchema>, { kind: "project" }>>
    >().toEqualTypeOf<true>();
  });
  it("InternshipStep", () => {
    expectTypeOf<InternshipStep>().toEqualTypeOf<
      Extract<z.output<typeof StepSchema>, { kind: "internship" }>
    >();
    expectTypeOf<
      Interchangeable<InternshipStep, Extract<z.output<typeof StepSchema>, { kind: "internship" }>>
    >().toEqualTypeOf<true>();
  });
  it("PfmpStep", () => {
    expectTypeOf<PfmpStep>().toEqualTypeOf<
      Extract<z.output<typeof StepSchema>, { kind: "pfmp" }>
    >();
    expectTypeOf<
      Interchangeable<PfmpStep, Extract<z.output<typeof StepSchema>, { kind: "pfmp" }>>
    >().toEqualTypeOf<true>();
  });
  it("ApprenticeshipStep", () => {
    expectTypeOf<ApprenticeshipStep>().toEqualTypeOf<
      Extract<z.output<typeof StepSchema>, { kind: "apprenticeship" }>
    >();
    expectTypeOf<
      Interchangeable<
        ApprenticeshipStep,
        Extract<z.output<typeof StepSchema>, { kind: "apprenticeship" }>
      >
    >().toEqualTypeOf<true>();
  });
  it("MobilityStep", () => {
    expectTypeOf<MobilityStep>().toEqualTypeOf<
      Extract<z.output<typeof StepSchema>, { kind: "mobility" }>
    >();
    expectTypeOf<
      Interchangeable<MobilityStep, Extract<z.output<typeof StepSchema>, { kind: "mobility" }>>
    >().toEqualTypeOf<true>();
  });
  it("Step", () => {
    expectTypeOf<Step>().toEqualTypeOf<z.output<typeof StepSchema>>();
    expectTypeOf<Interchangeable<Step, z.output<typeof StepSchema>>>().toEqualTypeOf<true>();
  });
  it("PathwayTarget", () => {
    expectTypeOf<PathwayTarget>().toEqualTypeOf<
      NonNullable<z.output<typeof PathwaySchema>["target"]>
    >();
    expectTypeOf<
      Interchangeable<PathwayTarget, NonNullable<z.output<typeof PathwaySchema>["target"]>>
    >().toEqualTypeOf<true>();
  });
  it("Pathway", () => {
    expectTypeOf<Pathway>().toEqualTypeOf<z.output<typeof PathwaySchema>>();
    expectTypeOf<Interchangeable<Pathway, z.output<typeof PathwaySchema>>>().toEqualTypeOf<true>();
  });
  it("PlacementHost", () => {
    expectTypeOf<PlacementHost>().toEqualTypeOf<z.output<typeof PlacementHostSchema>>();
    expectTypeOf<
      Interchangeable<PlacementHost, z.output<typeof PlacementHostSchema>>
    >().toEqualTypeOf<true>();
  });
  it("Period", () => {
    expectTypeOf<Period>().toEqualTypeOf<z.output<typeof PeriodSchema>>();
    expectTypeOf<Interchangeable<Period, z.output<typeof PeriodSchema>>>().toEqualTypeOf<true>();
  });
  it("IsoDate", () => {
    expectTypeOf<IsoDate>().toEqualTypeOf<z.output<typeof IsoDateSchema>>();
    expectTypeOf<Interchangeable<IsoDate, z.output<typeof IsoDateSchema>>>().toEqualTypeOf<true>();
  });
});

describe("Step", () => {
  it("narrows to one step interface by kind", () => {
    const step = {} as Step;
    if (step.kind === "apprenticeship") expectTypeOf(step).toEqualTypeOf<ApprenticeshipStep>();
    if (step.kind === "pfmp") expectTypeOf(step.purpose).toEqualTypeOf<PfmpPurpose | undefined>();
    expectTypeOf<StepKind>().toEqualTypeOf<
      "programme" | "block" | "project" | "internship" | "pfmp" | "apprenticeship" | "mobility"
    >();
  });
});
