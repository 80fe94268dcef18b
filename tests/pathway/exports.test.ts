import { describe, expect, it } from "vitest";

describe("cmq-kit/pathway public names", () => {
  it("exports exactly its documented runtime names", async () => {
    const pathway = await import("../../src/pathway/index.js");
    expect(Object.keys(pathway).sort()).toEqual(
      [
        "AchievementSchema",
        "AgeExceptionSchema",
        "ContractExtensionSchema",
        "LEARNER_STATUS_NAMES",
        "LEGAL_PARAMETERS",
        "STEP_KIND_NAMES",
        "PARAMETER_NAMES",
        "PfmpPurposeSchema",
        "isParameterName",
        "parameterAt",
        "pfmpAllowance",
        "internshipGratification",
        "GeoPointSchema",
        "LearnerSchema",
        "LearnerStatusSchema",
        "MAX_BLOCKS_PER_COUNT",
        "MAX_EXCLUSIVE_BLOCK_COUNTS",
        "MAX_REQUIREMENT_DEPTH",
        "MAX_REQUIREMENT_NODES",
        "PATHWAY_CODES",
        "PathwaySchema",
        "PlacementHostSchema",
        "checkPlacementHosts",
        "ProgrammeBlockSchema",
        "ProgrammeSchema",
        "RULES",
        "RequirementSchema",
        "RequirementShapeSchema",
        "SkillLevelSchema",
        "StepSchema",
        "auditPathway",
        "buildProgrammeCatalogue",
        "describeRequirement",
        "evaluateRequirement",
        "parsePathway",
        "suggestNextProgrammes",
        "validatePathway",
      ].sort(),
    );
  });
});
