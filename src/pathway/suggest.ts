/**
 * `suggestNextProgrammes`: the programmes a learner may enter on a date, best first for a target.
 *
 * @module
 */
import * as z from "zod";
import type { QualificationLevel } from "../ids/index.js";
import {
  createIssue,
  type IsoDate,
  IsoDateSchema,
  type Issue,
  type LocaleOptions,
  localeOf,
  pushAll,
  quote,
  type Result,
  readSafely,
  resultOf,
  sortIssues,
  toDayNumber,
} from "../shared/index.js";
import { contextIssues, type ProgrammeCatalogue, readCatalogue, readLearner } from "./catalogue.js";
import { PATHWAY_MESSAGES, type PathwayIssueCode } from "./codes.js";
import { evaluateOnFacts, type RequirementEvaluation } from "./evaluate.js";
import { type Fact, FactIndex, factOfAchievement, factsOfProgrammeStep } from "./facts.js";
import type { Learner, Programme, Requirement } from "./model.js";

const TargetSchema = /* @__PURE__ */ z.string();

/**
 * Options of {@link suggestNextProgrammes}.
 *
 * @example
 * ```ts
 * const options: SuggestNextProgrammesOptions = { on: "2027-07-01", target: "lp-robotique" };
 * ```
 */
export interface SuggestNextProgrammesOptions extends LocaleOptions {
  /** The date the learner would start: achievements dated on or before it count. */
  on: IsoDate;
  /** Id of the programme the learner aims at. */
  target?: string;
}

/**
 * A programme the learner may enter, and how much it advances the target.
 *
 * @example
 * ```ts
 * const programmes: Programme[] = [{
 *   id: "lp-robotique", title: "LP Robotique", diploma: "licence-pro", level: 6, requires: { level: 5 },
 *   blocks: [{ code: "LP-BC01" }, { code: "LP-BC02" }],
 * }];
 * const learner: Learner = { id: "l1", achievements: [{ on: "2025-07-04", diploma: "bts" }] };
 * const result = suggestNextProgrammes(learner, programmes, { on: "2025-09-01", target: "lp-robotique" });
 * const [suggestion]: ProgrammeSuggestion[] = result.ok ? result.value : [];
 * suggestion?.blocksCovered; //=> ["LP-BC01", "LP-BC02"]
 * ```
 */
export interface ProgrammeSuggestion {
  /** The programme's id. */
  programmeId: string;
  /** The programme. */
  programme: Programme;
  /** The target's blocks, not yet acquired, that completing it would validate. */
  blocksCovered: string[];
  /** Its level. */
  level: QualificationLevel;
  /** Whether its level is above the target's (it overshoots the target). */
  aboveTarget: boolean;
  /** Whether completing it would meet the target's requirements, unmet today. */
  unlocksTarget: boolean;
  /** The evaluation of its requirements (met), or `null` when it has none. */
  prerequisites: RequirementEvaluation | null;
}

/**
 * Suggests the programmes whose requirements the learner meets on a date, ranked by how much they
 * advance the target: most target blocks covered first, then by level (highest first, a
 * programme above the target's level after those at or below it), then by id. Deterministic.
 *
 * Left out: programmes the learner has completed by `on`, and programmes below the highest level
 * the learner has reached (a regression, see `pathway.level_regression`) unless they cover target
 * blocks. Without a target, every eligible programme covers no block and the ranking is by level.
 * A programme covers the target's blocks it shares (every block when it is the target itself).
 *
 * Issues (errors, with `ok: false`): `pathway.invalid_context` (`learner`, `programmes`, `on`),
 * `pathway.unknown_programme` (an unknown `target`, path `["target"]`). Never throws.
 *
 * @param learner - the learner (checked at run time).
 * @param programmes - the catalogue (a list, or a catalogue from {@link buildProgrammeCatalogue}).
 * @param options - `on` (required), `target`, `locale`.
 * @returns the suggestions, best first.
 * @example
 * ```ts
 * const programmes: Programme[] = [
 *   { id: "bts-crsa", title: "BTS CRSA", diploma: "bts", level: 5, requires: { level: 4 } },
 *   { id: "bts-electrotechnique", title: "BTS Électrotechnique", diploma: "bts", level: 5, requires: { diploma: "bac-pro" } },
 *   { id: "lp-robotique", title: "LP Robotique", diploma: "licence-pro", level: 6, requires: { level: 5 },
 *     blocks: [{ code: "LP-BC01" }, { code: "LP-BC02" }] },
 *   { id: "du-robotique", title: "DU Robotique", diploma: "licence-pro", level: 6, requires: { level: 4 },
 *     blocks: [{ code: "LP-BC01" }] },
 * ];
 * const learner = { id: "l1", achievements: [{ on: "2025-07-04", diploma: "bac-pro" as const }] };
 * const result = suggestNextProgrammes(learner, programmes, { on: "2025-09-01", target: "lp-robotique" });
 * result.ok && result.value.map((s) => [s.programmeId, s.blocksCovered]);
 * //=> [["du-robotique", ["LP-BC01"]], ["bts-crsa", []], ["bts-electrotechnique", []]]
 * ```
 */
export function suggestNextProgrammes(
  learner: Learner,
  programmes: readonly Programme[] | ProgrammeCatalogue,
  options: SuggestNextProgrammesOptions,
): Result<ProgrammeSuggestion[], PathwayIssueCode> {
  const locale = localeOf(options);
  const issues: Issue<PathwayIssueCode>[] = [];
  const context = readCatalogue(programmes, locale);
  pushAll(issues, context.issues);
  const read = readLearner(learner, locale);
  pushAll(issues, read.issues);
  const on = readSafely(() => options?.on, undefined);
  pushAll(issues, contextIssues(IsoDateSchema, on, ["on"], locale));
  const targetId = readSafely(() => options?.target, undefined);
  let target: Programme | undefined;
  if (targetId !== undefined) {
    if (typeof targetId !== "string") {
      pushAll(issues, contextIssues(TargetSchema, targetId, ["target"], locale));
    } else {
      target = context.catalogue.get(targetId);
      if (target === undefined) {
        issues.push(
          createIssue(
            PATHWAY_MESSAGES,
            "pathway.unknown_programme",
            ["target"],
            { id: null, programmeId: quote(targetId) },
            locale,
          ),
        );
      }
    }
  }
  if (typeof on !== "string" || issues.some((issue) => issue.severity === "error")) {
    return { ok: false, issues: sortIssues(issues) };
  }
  const before = toDayNumber(on) + 1;
  const facts = read.learner.achievements.map(factOfAchievement);
  const index = new FactIndex(facts);
  const open = Number.NEGATIVE_INFINITY;
  const highest = index.highestLevel(open, before);
  const acquiredBlocks = new Set(
    read.learner.achievements
      .filter((a) => a.block !== undefined && toDayNumber(a.on) < before)
      .map((a) => a.block as string),
  );
  const targetBlocks = (target?.blocks ?? [])
    .map((block) => block.code)
    .filter((code) => !acquiredBlocks.has(code));
  const targetUnmet =
    target?.requires !== undefined && !evaluateOnFacts(target.requires, index, before).satisfied;
  const suggestions: ProgrammeSuggestion[] = [];
  for (const programme of context.catalogue.programmes()) {
    if (index.programme(programme.id, open, before) !== undefined) continue;
    const prerequisites =
      programme.requires === undefined ? null : evaluateOnFacts(programme.requires, index, before);
    if (prerequisites !== null && !prerequisites.satisfied) continue;
    const own = new Set((programme.blocks ?? []).map((block) => block.code));
    const blocksCovered =
      target !== undefined && programme.id === target.id
        ? targetBlocks
        : targetBlocks.filter((code) => own.has(code));
    if (programme.level < highest && blocksCovered.length === 0) continue;
    suggestions.push({
      programmeId: programme.id,
      programme,
      blocksCovered,
      level: programme.level,
      aboveTarget: target !== undefined && programme.level > target.level,
      unlocksTarget: targetUnmet && unlocks(target as Programme, programme, facts, before),
      prerequisites,
    });
  }
  suggestions.sort(
    (a, b) =>
      b.blocksCovered.length - a.blocksCovered.length ||
      Number(a.aboveTarget) - Number(b.aboveTarget) ||
      b.level - a.level ||
      (a.programmeId < b.programmeId ? -1 : a.programmeId > b.programmeId ? 1 : 0),
  );
  return resultOf(suggestions, issues);
}

/** Whether completing `programme` (the day before `before`) would meet the target's requirements (which it has). */
function unlocks(
  target: Programme,
  programme: Programme,
  facts: readonly Fact[],
  before: number,
): boolean {
  const completed = [...facts];
  factsOfProgrammeStep(programme, before - 1, completed);
  return evaluateOnFacts(target.requires as Requirement, completed, before).satisfied;
}
