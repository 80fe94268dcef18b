import { describe, expect, it } from "vitest";
import {
  describeRequirement,
  evaluateRequirement,
  type Requirement,
  type RequirementExplanation,
} from "../../src/index.js";
import { hostileValues, throwingGetters } from "../helpers/junk.js";

describe("describeRequirement", () => {
  it("writes each leaf in English and French", () => {
    const cases: [Requirement, string, string][] = [
      [{ programme: "bts-crsa" }, "Programme bts-crsa", "Formation bts-crsa"],
      [{ diploma: "bac-pro" }, "Vocational baccalaureate", "Baccalauréat professionnel"],
      [{ level: 5 }, "Level 5 or above", "Niveau 5 ou plus"],
      [{ block: "RNCP35341BC01" }, "Block RNCP35341BC01", "Bloc RNCP35341BC01"],
      [{ ects: 60 }, "60 ECTS credits", "60 crédits ECTS"],
      [{ ects: 7.5 }, "7.5 ECTS credits", "7,5 crédits ECTS"],
      [{ blocks: ["A", "B", "C"] }, "Blocks A, B and C", "Blocs A, B et C"],
      [{ blocks: ["A", "B", "C"], min: 2 }, "2 of the blocks A, B, C", "2 des blocs A, B, C"],
    ];
    for (const [requirement, en, fr] of cases) {
      expect(describeRequirement(requirement, "en")).toBe(en);
      expect(describeRequirement(requirement, "fr")).toBe(fr);
    }
  });

  it("writes empty combinators as a real phrase in each language (issue 17)", () => {
    const cases: [Requirement, string, string][] = [
      [{ all: [] }, "No condition", "Aucune condition"],
      [{ sequence: [] }, "No condition", "Aucune condition"],
      [{ any: [] }, "One of no options (never met)", "Une option parmi aucune (jamais remplie)"],
      [
        { onlyOne: [] },
        "One of no options (never met)",
        "Une option parmi aucune (jamais remplie)",
      ],
      [{ atLeast: 1, of: [] }, "At least 1 of: no option", "Au moins 1 parmi : aucune option"],
      [
        { all: [{ level: 4 }, { any: [] }] },
        "Level 4 or above and one of no options (never met)",
        "Niveau 4 ou plus et une option parmi aucune (jamais remplie)",
      ],
    ];
    for (const [requirement, en, fr] of cases) {
      expect(describeRequirement(requirement, "en")).toBe(en);
      expect(describeRequirement(requirement, "fr")).toBe(fr);
    }
    const { explanation } = evaluateRequirement({ all: [] }, []);
    expect(describeRequirement({ all: [] }, "en", explanation)).toBe("No condition ✓");
    const never = evaluateRequirement({ any: [] }, []).explanation;
    expect(describeRequirement({ any: [] }, "fr", never)).toBe(
      "Une option parmi aucune (jamais remplie) ✗",
    );
  });

  it("writes combinators, nested ones in parentheses", () => {
    const requirement: Requirement = {
      all: [
        { any: [{ diploma: "bac-pro" }, { level: 4 }] },
        { atLeast: 2, of: [{ block: "A" }, { block: "B" }, { ects: 60 }] },
        { onlyOne: [{ diploma: "bts" }, { diploma: "dut" }] },
        { sequence: [{ level: 5 }, { ects: 60 }] },
      ],
    };
    expect(describeRequirement(requirement, "en")).toBe(
      "(Vocational baccalaureate or level 4 or above), (at least 2 of: block A, block B, 60 ECTS credits), (exactly one of: higher technician certificate (BTS), university diploma in technology (DUT)) and (level 5 or above, then 60 ECTS credits)",
    );
    expect(describeRequirement(requirement, "fr")).toBe(
      "(Baccalauréat professionnel ou niveau 4 ou plus), (au moins 2 parmi : bloc A, bloc B, 60 crédits ECTS), (un seul parmi : brevet de technicien supérieur (BTS), diplôme universitaire de technologie (DUT)) et (niveau 5 ou plus, puis 60 crédits ECTS)",
    );
  });

  it("marks each leaf met or not, with progress, from an explanation", () => {
    const requirement: Requirement = {
      all: [
        { diploma: "bac-pro" },
        { level: 5 },
        { ects: 60 },
        { atLeast: 1, of: [{ blocks: ["A", "B"] }] },
      ],
    };
    const { explanation } = evaluateRequirement(requirement, [
      { on: "2024-07-05", diploma: "bac-pro" },
      { on: "2025-06-30", ects: 45, block: "A" },
    ]);
    expect(describeRequirement(requirement, "en", explanation)).toBe(
      "Vocational baccalaureate ✓, level 5 or above (reached: 4) ✗, 60 ECTS credits (45/60) ✗ and (at least 1 of: blocks A and B (1/2) ✗ (0/1))",
    );
    expect(describeRequirement(requirement, "fr", explanation)).toBe(
      "Baccalauréat professionnel ✓, niveau 5 ou plus (atteint : 4) ✗, 60 crédits ECTS (45/60) ✗ et (au moins 1 parmi : blocs A et B (1/2) ✗ (0/1))",
    );
    const onlyOne: Requirement = { onlyOne: [{ level: 3 }, { level: 4 }] };
    const both = evaluateRequirement(onlyOne, [{ on: "2024-07-05", level: 4 }]).explanation;
    expect(describeRequirement(onlyOne, "en", both)).toBe(
      "Exactly one of: level 3 or above ✓, level 4 or above ✓ (2/1)",
    );
  });

  it("ignores an explanation that does not match the requirement", () => {
    const wrong: RequirementExplanation = {
      kind: "ects",
      required: 1,
      achieved: 0,
      missing: 1,
      satisfied: false,
    };
    expect(describeRequirement({ level: 4 }, "en", wrong)).toBe("Level 4 or above");
    expect(describeRequirement({ level: 4 }, "en", throwingGetters(["kind"]) as never)).toBe(
      "Level 4 or above",
    );
  });

  it("never throws: anything else is an invalid requirement, any other locale is English", () => {
    for (const value of hostileValues()) {
      expect(["Invalid requirement", "Level 4 or above"]).toContain(
        describeRequirement(value as Requirement, "en"),
      );
      expect(describeRequirement({ level: 4 }, value as "en", value as never)).toBe(
        "Level 4 or above",
      );
    }
    expect(describeRequirement({ level: 9 } as never, "fr")).toBe("Condition invalide");
  });
});
