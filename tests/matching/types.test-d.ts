import { describe, expectTypeOf, it } from "vitest";
import {
  type Allocation,
  type AllocationBuild,
  type AllocationExplanation,
  type AllocationProblem,
  type AllocationReport,
  allocate,
  allocationReport,
  type BlockingCondition,
  type BlockingPair,
  type BlockingPairs,
  type BlockSuggestion,
  type BlockSuggestions,
  buildAllocationProblem,
  explainAllocation,
  findBlockingPairs,
  type Issue,
  type IssueCode,
  type MatchingIssueCode,
  type MatchScore,
  type ProjectOffer,
  type RankedLearner,
  type RankedLearners,
  type RankedProject,
  type RankedProjects,
  type Result,
  rankLearners,
  rankProjects,
  type SkillGap,
  scoreMatch,
  suggestBlocksForGaps,
} from "../../src/index.js";

declare const learner: Parameters<typeof scoreMatch>[0];
declare const project: ProjectOffer;

describe("matching types", () => {
  it("types the allocation functions as Results with matching codes", () => {
    const result = allocate({});
    expectTypeOf(result).toEqualTypeOf<Result<Allocation, MatchingIssueCode>>();
    if (result.ok)
      expectTypeOf(result.value.matches[0]?.learnerId).toEqualTypeOf<string | undefined>();
    expectTypeOf(findBlockingPairs({}, [])).toEqualTypeOf<BlockingPairs>();
    expectTypeOf<BlockingPairs>().toEqualTypeOf<Result<BlockingPair[], MatchingIssueCode>>();
    expectTypeOf(findBlockingPairs({}, []).issues).toEqualTypeOf<Issue<MatchingIssueCode>[]>();
    expectTypeOf(explainAllocation({}, {}, "ana")).toEqualTypeOf<
      Result<AllocationExplanation, MatchingIssueCode>
    >();
    expectTypeOf(allocationReport({}, {})).toEqualTypeOf<
      Result<AllocationReport, MatchingIssueCode>
    >();
    expectTypeOf(buildAllocationProblem([], [])).toEqualTypeOf<
      Result<AllocationBuild, MatchingIssueCode>
    >();
    expectTypeOf<MatchingIssueCode>().toMatchTypeOf<IssueCode>();
    expectTypeOf<BlockingCondition>().toEqualTypeOf<"3a" | "3b" | "3c">();
  });

  it("infers the contract's shapes from the schemas", () => {
    expectTypeOf<AllocationProblem["learners"][number]>().toEqualTypeOf<{
      id: string;
      preferences: string[];
    }>();
    expectTypeOf<AllocationProblem["projects"][number]>().toEqualTypeOf<{
      id: string;
      capacity: number;
      supervisorId: string;
    }>();
    expectTypeOf<Allocation>().toEqualTypeOf<{
      matches: { learnerId: string; projectId: string }[];
      unassigned: string[];
    }>();
  });

  it("types scores, rankings and gaps", () => {
    expectTypeOf(scoreMatch(learner, project)).toEqualTypeOf<MatchScore>();
    expectTypeOf(scoreMatch(learner, project).issues).toEqualTypeOf<Issue<MatchingIssueCode>[]>();
    expectTypeOf(rankProjects(learner, [project])).toEqualTypeOf<RankedProjects>();
    expectTypeOf<RankedProjects>().toEqualTypeOf<Result<RankedProject[], MatchingIssueCode>>();
    expectTypeOf(rankLearners(project, [learner])).toEqualTypeOf<RankedLearners>();
    expectTypeOf<RankedLearners>().toEqualTypeOf<Result<RankedLearner[], MatchingIssueCode>>();
    expectTypeOf(rankLearners(project, [learner]).ok).toEqualTypeOf<boolean>();
    expectTypeOf<RankedProject["projectId"]>().toEqualTypeOf<string>();
    expectTypeOf<SkillGap["actual"]>().toEqualTypeOf<0 | 1 | 2 | 3 | 4>();
    expectTypeOf(suggestBlocksForGaps(["H2913"], [])).toEqualTypeOf<BlockSuggestions>();
    expectTypeOf<BlockSuggestions>().toEqualTypeOf<Result<BlockSuggestion[], MatchingIssueCode>>();
    expectTypeOf(suggestBlocksForGaps(["H2913"], []).issues).toEqualTypeOf<
      Issue<MatchingIssueCode>[]
    >();
  });

  it("narrows each ranking, blocking-pair and suggestion Result on ok", () => {
    const pairs = findBlockingPairs({}, { matches: [], unassigned: [] });
    if (pairs.ok) {
      expectTypeOf(pairs.value).toEqualTypeOf<BlockingPair[]>();
      expectTypeOf(pairs.value[0]?.condition).toEqualTypeOf<BlockingCondition | undefined>();
    } else {
      expectTypeOf(pairs).not.toHaveProperty("value");
      expectTypeOf(pairs.issues).toEqualTypeOf<Issue<MatchingIssueCode>[]>();
    }
    // No array methods on the Result itself: the list is behind `ok`.
    expectTypeOf(pairs).not.toHaveProperty("length");
    expectTypeOf(pairs).not.toHaveProperty("map");
    const projects = rankProjects(learner, [project]);
    if (projects.ok) expectTypeOf(projects.value).toEqualTypeOf<RankedProject[]>();
    else expectTypeOf(projects).toEqualTypeOf<{ ok: false; issues: Issue<MatchingIssueCode>[] }>();
    expectTypeOf(projects).not.toHaveProperty("length");
    const learners = rankLearners(project, [learner]);
    if (learners.ok) expectTypeOf(learners.value[0]?.learnerId).toEqualTypeOf<string | undefined>();
    else expectTypeOf(learners).not.toHaveProperty("value");
    const suggestions = suggestBlocksForGaps(["H2913"], []);
    if (suggestions.ok) {
      expectTypeOf(suggestions.value[0]?.required).toEqualTypeOf<
        1 | 2 | 3 | 4 | null | undefined
      >();
    } else expectTypeOf(suggestions).not.toHaveProperty("value");
  });

  it("rejects unknown options", () => {
    // @ts-expect-error "partner" is not a side of the market
    allocate({}, { optimal: "partner" });
    // @ts-expect-error weights are numbers
    scoreMatch(learner, project, { weights: { skills: "high" } });
  });
});
