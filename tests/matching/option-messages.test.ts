import { describe, expect, it } from "vitest";
import {
  allocate,
  allocateMaxScore,
  buildAllocationProblem,
  explainAllocations,
  linearSumAssignment,
  rankProjects,
} from "../../src/matching/index.js";

/** English words and bare type names that must not appear in a French option message. */
const ENGLISH =
  /\bor\b|\bnothing\b|\bat most\b|\binteger\b|\bwhole\b|\breceived\b|reçu (array|object|bigint|number|string|boolean|symbol|undefined|function)\b/;

const PROBLEM = { learners: [], projects: [], supervisors: [] };
const BAD = [[1, 2], { a: 1 }, 10n, "partner", 1.5, null, Symbol("x")];

/** Every `invalid_option` message of the functions the issue names, for one bad value. */
function optionMessages(value: unknown, locale: "en" | "fr"): string[] {
  const results: { issues: readonly { code: string; message: string }[] }[] = [
    allocate(PROBLEM, { optimal: value as never, locale }),
    allocateMaxScore({ learners: [], projects: [], scores: [] }, { seed: value as never, locale }),
    buildAllocationProblem([], [], { seed: value as never, locale }),
    buildAllocationProblem([], [], { maxPreferences: value as never, locale }),
    linearSumAssignment([[1]], { maximize: value as never, locale }),
    explainAllocations(PROBLEM, { matches: [], unassigned: [] }, { only: value as never, locale }),
    explainAllocations(PROBLEM, { matches: [], unassigned: [] }, { limit: value as never, locale }),
  ];
  const ranked = rankProjects({ id: "a", skills: [] } as never, [], {
    weights: value as never,
    locale,
  });
  return [...results.flatMap((r) => r.issues), ...ranked.issues]
    .filter((issue) => issue.code.endsWith(".invalid_option"))
    .map((issue) => issue.message);
}

describe("option messages in French (issue 17)", () => {
  it("are French from end to end, with type names in French", () => {
    for (const value of BAD) {
      const messages = optionMessages(value, "fr");
      expect(messages.length).toBeGreaterThanOrEqual(5);
      for (const message of messages) expect(message).not.toMatch(ENGLISH);
    }
  });

  it("name what was received in each language", () => {
    const [fr] = optionMessages([1, 2], "fr");
    const [en] = optionMessages([1, 2], "en");
    expect(fr).toBe('L\'option optimal doit valoir "learner" ou "supervisor" ; reçu un tableau.');
    expect(en).toBe('Option optimal must be "learner" or "supervisor"; received an array.');
    expect(optionMessages(10n, "fr")).toContain(
      "L'option seed doit être un nombre entier d'au plus 32 bits ; reçu un grand entier (BigInt).",
    );
    expect(optionMessages(null, "fr")).toContain(
      'L\'option only doit valoir "refused" (ou être absente) ; reçu null.',
    );
    expect(optionMessages("x", "fr")).toContain(
      'L\'option maximize doit valoir true ou false ; reçu "x".',
    );
  });
});
