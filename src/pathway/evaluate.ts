/**
 * Evaluation of requirement trees against achievements, with an explanation tree that mirrors the
 * requirement node by node.
 *
 * @module
 */
import * as z from "zod";
import type { DiplomaKind, QualificationLevel } from "../ids/index.js";
import {
  fromDayNumber,
  fromZodIssues,
  type IsoDate,
  type Issue,
  isIsoDate,
  type LocaleOptions,
  localeOf,
  type ParsableSchema,
  parseUntrusted,
  pushAll,
  readSafely,
  toDayNumber,
} from "../shared/index.js";
import { allocateInOrder, allocateMost, type BlockDemand, takenBlocks } from "./allocation.js";
import { PATHWAY_LIST_CAP, PATHWAY_MESSAGES, type PathwayIssueCode } from "./codes.js";
import { type Fact, FactIndex, factOfAchievement } from "./facts.js";
import {
  type Achievement,
  AchievementSchema,
  type BlocksRequirement,
  type Requirement,
  RequirementSchema,
} from "./model.js";
import { sortUnlessInOrder } from "./order.js";

/**
 * The explanation of a combinator (`all`, `any`, `atLeast`, `onlyOne`, `sequence`): its verdict,
 * how many options were met against how many it needs, and one child explanation per option, in
 * the requirement's order.
 *
 * @example
 * ```ts
 * const node: CombinatorExplanation = {
 *   kind: "any", satisfied: true, metOn: "2024-07-05", count: 1, required: 1,
 *   children: [
 *     { kind: "diploma", diploma: "bac-pro", satisfied: true, metOn: "2024-07-05" },
 *     { kind: "level", required: 5, achieved: 4, satisfied: false },
 *   ],
 * };
 * ```
 */
export interface CombinatorExplanation {
  /** The combinator. */
  kind: "all" | "any" | "atLeast" | "onlyOne" | "sequence";
  /** Whether the combinator is met. */
  satisfied: boolean;
  /** The date from which it is met (the latest date among the achievements counted). */
  metOn?: IsoDate;
  /** Options met (for `sequence`: met in order). */
  count: number;
  /** Options needed: every one (`all`, `sequence`), 1 (`any`), n (`atLeast`), exactly 1 (`onlyOne`). */
  required: number;
  /** One explanation per option, in order. */
  children: RequirementExplanation[];
}

/**
 * The explanation of a `programme`, `diploma` or `block` leaf: met when an achievement names it.
 *
 * @example
 * ```ts
 * const leaf: NamedLeafExplanation = { kind: "block", block: "RNCP35341BC01", satisfied: false };
 * ```
 */
export type NamedLeafExplanation =
  | {
      /** A programme completed. */
      kind: "programme";
      /** The programme id asked for. */
      programme: string;
      /** Whether an achievement completes it. */
      satisfied: boolean;
      /** First date it was completed. */
      metOn?: IsoDate;
    }
  | {
      /** A diploma obtained. */
      kind: "diploma";
      /** The diploma asked for. */
      diploma: DiplomaKind;
      /** Whether an achievement obtains it. */
      satisfied: boolean;
      /** First date it was obtained. */
      metOn?: IsoDate;
    }
  | {
      /** A block validated. */
      kind: "block";
      /** The block code asked for. */
      block: string;
      /** Whether an achievement validates it. */
      satisfied: boolean;
      /** First date it was validated. */
      metOn?: IsoDate;
    };

/**
 * The explanation of a `level` leaf: the highest level achieved against the level required.
 *
 * @example
 * ```ts
 * const leaf: LevelExplanation = { kind: "level", required: 5, achieved: 4, satisfied: false };
 * ```
 */
export interface LevelExplanation {
  /** A level reached. */
  kind: "level";
  /** The level required. */
  required: QualificationLevel;
  /** The highest level achieved, or `null` when none. */
  achieved: QualificationLevel | null;
  /** Whether `achieved >= required`. */
  satisfied: boolean;
  /** First date a level ≥ `required` was reached. */
  metOn?: IsoDate;
}

/**
 * The explanation of an `ects` leaf: the ECTS achieved against the ECTS required.
 *
 * @example
 * ```ts
 * const leaf: EctsExplanation = { kind: "ects", required: 60, achieved: 45, missing: 15, satisfied: false };
 * ```
 */
export interface EctsExplanation {
  /** An amount of ECTS. */
  kind: "ects";
  /** ECTS required. */
  required: number;
  /** Sum of the ECTS achieved. */
  achieved: number;
  /** ECTS still missing (0 when met). */
  missing: number;
  /** Whether `achieved >= required`. */
  satisfied: boolean;
  /** The date the running sum reached `required`. */
  metOn?: IsoDate;
}

/**
 * The explanation of a `blocks` leaf ({@link BlocksRequirement}): the blocks it counts, the
 * achieved ones a sibling counted first, and the ones not achieved.
 *
 * @example
 * ```ts
 * const leaf: BlocksExplanation = {
 *   kind: "blocks", required: 2, counted: ["BC01"], takenBySiblings: ["BC02"], missing: ["BC03"],
 *   shareable: false, satisfied: false,
 * };
 * ```
 */
export interface BlocksExplanation {
  /** A count of blocks. */
  kind: "blocks";
  /** How many distinct blocks are needed. */
  required: number;
  /** Blocks counted for it (when unmet: those still available to it). */
  counted: string[];
  /** Blocks achieved but counted by a sibling requirement (never for a shareable leaf). */
  takenBySiblings: string[];
  /** Listed blocks not achieved. */
  missing: string[];
  /** Whether the leaf may share blocks with its siblings. */
  shareable: boolean;
  /** Whether `counted.length >= required`. */
  satisfied: boolean;
  /** The latest date among the blocks counted. */
  metOn?: IsoDate;
}

/**
 * The explanation returned for input that is not a requirement or not a list of achievements.
 *
 * @example
 * ```ts
 * evaluateRequirement({ level: 9 } as never, []).explanation.kind; //=> "invalid"
 * ```
 */
export interface InvalidExplanation {
  /** Not a valid requirement or achievement list. */
  kind: "invalid";
  /** Never met. */
  satisfied: false;
  /** What is wrong; paths start with `"requirement"`, `"achievements"` or `"on"`. */
  issues: Issue<PathwayIssueCode>[];
}

/**
 * An explanation tree: one node per requirement node, with `satisfied` on every node and, on met
 * nodes, the date they were met.
 *
 * @example
 * ```ts
 * const { explanation } = evaluateRequirement({ ects: 60 }, [{ on: "2025-06-30", ects: 45 }]);
 * explanation; //=> { kind: "ects", required: 60, achieved: 45, missing: 15, satisfied: false }
 * ```
 */
export type RequirementExplanation =
  | CombinatorExplanation
  | NamedLeafExplanation
  | LevelExplanation
  | EctsExplanation
  | BlocksExplanation
  | InvalidExplanation;

/**
 * The verdict on a requirement and its explanation.
 *
 * @example
 * ```ts
 * const evaluation: RequirementEvaluation = evaluateRequirement({ level: 4 }, [{ on: "2024-07-05", diploma: "bac-pro" }]);
 * evaluation.satisfied; //=> true
 * ```
 */
export interface RequirementEvaluation {
  /** Whether the requirement is met. */
  satisfied: boolean;
  /** Why, node by node. */
  explanation: RequirementExplanation;
}

const AchievementListSchema = /* @__PURE__ */ z.array(AchievementSchema);
const OnSchema = /* @__PURE__ */ z.iso.date();

/** A node's explanation with the day (number) it was met: NaN when not met, -Infinity when met without any achievement. */
interface Evaluated {
  explanation: RequirementExplanation;
  day: number;
}

const NOT_MET = Number.NaN;
const ALWAYS_MET = Number.NEGATIVE_INFINITY;

type RequirementKind =
  | "all"
  | "any"
  | "atLeast"
  | "onlyOne"
  | "sequence"
  | "programme"
  | "diploma"
  | "level"
  | "block"
  | "ects"
  | "blocks";

/**
 * The kind of a (valid) requirement node.
 *
 * @internal
 */
export function requirementKind(requirement: Requirement): RequirementKind {
  if ("all" in requirement) return "all";
  if ("any" in requirement) return "any";
  if ("atLeast" in requirement) return "atLeast";
  if ("onlyOne" in requirement) return "onlyOne";
  if ("sequence" in requirement) return "sequence";
  if ("programme" in requirement) return "programme";
  if ("diploma" in requirement) return "diploma";
  if ("level" in requirement) return "level";
  if ("block" in requirement) return "block";
  if ("ects" in requirement) return "ects";
  return "blocks";
}

function met(node: Exclude<RequirementExplanation, InvalidExplanation>, day: number): Evaluated {
  node.satisfied = !Number.isNaN(day);
  if (Number.isFinite(day)) node.metOn = fromDayNumber(day);
  return { explanation: node, day };
}

function dayOrNotMet(day: number | undefined): number {
  return day === undefined ? NOT_MET : day;
}

function isExclusiveBlocks(requirement: Requirement): requirement is BlocksRequirement {
  return "blocks" in requirement && requirement.shareable !== true;
}

/** The window a node is judged in: achievements dated in `[from, before)` (day numbers). */
interface Window {
  index: FactIndex;
  from: number;
  before: number;
}

/**
 * Evaluates a valid requirement on indexed facts, within a window of days.
 *
 * @internal
 */
export function evaluateNode(requirement: Requirement, window: Window): Evaluated {
  const { index, from, before } = window;
  switch (requirementKind(requirement)) {
    case "programme": {
      const id = (requirement as { programme: string }).programme;
      const node = { kind: "programme" as const, programme: id, satisfied: false };
      return met(node, dayOrNotMet(index.programme(id, from, before)));
    }
    case "diploma": {
      const diploma = (requirement as { diploma: DiplomaKind }).diploma;
      const node = { kind: "diploma" as const, diploma, satisfied: false };
      return met(node, dayOrNotMet(index.diploma(diploma, from, before)));
    }
    case "block": {
      const block = (requirement as { block: string }).block;
      const node = { kind: "block" as const, block, satisfied: false };
      return met(node, dayOrNotMet(index.block(block, from, before)));
    }
    case "level": {
      const required = (requirement as { level: QualificationLevel }).level;
      const highest = index.highestLevel(from, before);
      const node: LevelExplanation = {
        kind: "level",
        required,
        achieved: highest === 0 ? null : (highest as QualificationLevel),
        satisfied: false,
      };
      return met(node, dayOrNotMet(index.levelAtLeast(required, from, before)));
    }
    case "ects": {
      const required = (requirement as { ects: number }).ects;
      const achieved = index.ects(from, before);
      const node: EctsExplanation = {
        kind: "ects",
        required,
        achieved,
        missing: Math.max(0, required - achieved),
        satisfied: false,
      };
      return met(node, dayOrNotMet(index.ectsReach(required, from, before)));
    }
    case "blocks":
      return evaluateBlocksAlone(requirement as BlocksRequirement, window, new Set());
    case "any":
    case "onlyOne":
      return evaluateIndependent(requirement, window);
    case "sequence":
      return evaluateSequence((requirement as { sequence: Requirement[] }).sequence, window);
    default:
      return evaluateTogether(requirement, window);
  }
}

/** The blocks a `blocks` leaf may count in the window, minus `consumed` ones. */
function blockDemand(
  requirement: BlocksRequirement,
  window: Window,
  consumed: ReadonlySet<string>,
) {
  const codes = [...new Set(requirement.blocks)];
  const available: { code: string; day: number; order: number }[] = [];
  const taken: string[] = [];
  const missing: string[] = [];
  codes.forEach((code, order) => {
    const day = window.index.block(code, window.from, window.before);
    if (day === undefined) missing.push(code);
    else if (consumed.has(code)) taken.push(code);
    else available.push({ code, day, order });
  });
  available.sort((a, b) => a.day - b.day || a.order - b.order);
  const dayOf = new Map(available.map((entry) => [entry.code, entry.day]));
  return {
    candidates: available.map((entry) => entry.code),
    dayOf,
    need: requirement.min ?? codes.length,
    taken,
    missing,
  };
}

function blocksNode(
  requirement: BlocksRequirement,
  need: number,
  counted: string[],
  taken: string[],
  missing: string[],
  day: number,
): Evaluated {
  const node: BlocksExplanation = {
    kind: "blocks",
    required: need,
    counted,
    takenBySiblings: taken,
    missing,
    shareable: requirement.shareable === true,
    satisfied: false,
  };
  return met(node, day);
}

/** A `blocks` leaf judged alone: it counts its earliest available blocks. */
function evaluateBlocksAlone(
  requirement: BlocksRequirement,
  window: Window,
  consumed: ReadonlySet<string>,
): Evaluated {
  const demand = blockDemand(requirement, window, consumed);
  const enough = demand.candidates.length >= demand.need;
  const counted = enough ? demand.candidates.slice(0, demand.need) : demand.candidates;
  const day = !enough ? NOT_MET : lastDay(counted, demand.dayOf);
  return blocksNode(requirement, demand.need, counted, demand.taken, demand.missing, day);
}

function lastDay(blocks: readonly string[], dayOf: ReadonlyMap<string, number>): number {
  let day = ALWAYS_MET;
  for (const block of blocks) day = Math.max(day, dayOf.get(block) as number);
  return day;
}

function combinator(
  kind: CombinatorExplanation["kind"],
  required: number,
  children: Evaluated[],
): CombinatorExplanation {
  return {
    kind,
    satisfied: false,
    count: children.filter((child) => child.explanation.satisfied).length,
    required,
    children: children.map((child) => child.explanation),
  };
}

/** `any` and `onlyOne`: each option judged on its own. */
function evaluateIndependent(requirement: Requirement, window: Window): Evaluated {
  const isAny = "any" in requirement;
  const options = isAny ? requirement.any : (requirement as { onlyOne: Requirement[] }).onlyOne;
  const children = options.map((option) => evaluateNode(option, window));
  const node = combinator(isAny ? "any" : "onlyOne", 1, children);
  const days = children.filter((c) => c.explanation.satisfied).map((c) => c.day);
  if (isAny) return met(node, days.length > 0 ? Math.min(...days) : NOT_MET);
  return met(node, days.length === 1 ? (days[0] as number) : NOT_MET);
}

/**
 * `all` and `atLeast`: options judged together, the non-shareable `blocks` options sharing one
 * pool of achieved blocks.
 */
function evaluateTogether(requirement: Requirement, window: Window): Evaluated {
  const isAll = "all" in requirement;
  const options = isAll ? requirement.all : (requirement as { of: Requirement[] }).of;
  const children: (Evaluated | undefined)[] = options.map((option) =>
    isExclusiveBlocks(option) ? undefined : evaluateNode(option, window),
  );
  const exclusive = options.flatMap((option, i) => (isExclusiveBlocks(option) ? [i] : []));
  if (exclusive.length > 0) {
    const demands = exclusive.map((i) =>
      blockDemand(options[i] as BlocksRequirement, window, new Set()),
    );
    const asDemands: BlockDemand[] = demands.map((d) => ({
      candidates: d.candidates,
      need: d.need,
    }));
    const allocation = isAll ? allocateInOrder(asDemands) : allocateMost(asDemands);
    const taken = takenBlocks(allocation);
    exclusive.forEach((i, d) => {
      const demand = demands[d] as (typeof demands)[number];
      const leaf = options[i] as BlocksRequirement;
      if (allocation.met[d]) {
        const counted = allocation.counted[d] as string[];
        counted.sort((a, b) => (demand.dayOf.get(a) as number) - (demand.dayOf.get(b) as number));
        const day = lastDay(counted, demand.dayOf);
        children[i] = blocksNode(leaf, demand.need, counted, [], demand.missing, day);
      } else {
        const free = demand.candidates.filter((code) => !taken.has(code));
        const lost = demand.candidates.filter((code) => taken.has(code));
        children[i] = blocksNode(leaf, demand.need, free, lost, demand.missing, NOT_MET);
      }
    });
  }
  const evaluated = children as Evaluated[];
  const required = isAll ? options.length : (requirement as { atLeast: number }).atLeast;
  const node = combinator(isAll ? "all" : "atLeast", required, evaluated);
  const days = evaluated
    .filter((c) => c.explanation.satisfied)
    .map((c) => c.day)
    .sort((a, b) => a - b);
  if (required <= 0) return met(node, ALWAYS_MET);
  return met(node, days.length >= required ? (days[required - 1] as number) : NOT_MET);
}

/**
 * `sequence`: item i is judged on the achievements dated on or after the day item i − 1 was met;
 * a non-shareable `blocks` item may not count blocks an earlier `blocks` item counted. After an
 * unmet item, the next ones are judged from the last day reached, to show what else is missing.
 */
function evaluateSequence(items: readonly Requirement[], window: Window): Evaluated {
  let from = window.from;
  const consumed = new Set<string>();
  const children: Evaluated[] = [];
  for (const item of items) {
    const here = { ...window, from };
    const child = isExclusiveBlocks(item)
      ? evaluateBlocksAlone(item, here, consumed)
      : evaluateNode(item, here);
    children.push(child);
    if (!child.explanation.satisfied) continue;
    if (child.explanation.kind === "blocks" && isExclusiveBlocks(item)) {
      for (const block of child.explanation.counted) consumed.add(block);
    }
    from = Math.max(from, child.day);
  }
  const node = combinator("sequence", items.length, children);
  const allMet = children.every((c) => c.explanation.satisfied);
  return met(node, allMet ? Math.max(ALWAYS_MET, ...children.map((c) => c.day)) : NOT_MET);
}

const NO_BLOCKS: ReadonlySet<string> = new Set();

/**
 * The verdict alone, without building the explanation: the day a requirement is met in the window
 * (NaN when it is not, -Infinity when it needs no achievement). It follows {@link evaluateNode}
 * step for step (the tests check that they agree); the validator uses it first and builds the
 * explanation only for a requirement that is not met.
 *
 * @internal
 */
export function verdictDay(requirement: Requirement, window: Window): number {
  const { index, from, before } = window;
  switch (requirementKind(requirement)) {
    case "programme":
      return dayOrNotMet(
        index.programme((requirement as { programme: string }).programme, from, before),
      );
    case "diploma":
      return dayOrNotMet(index.diploma((requirement as { diploma: string }).diploma, from, before));
    case "block":
      return dayOrNotMet(index.block((requirement as { block: string }).block, from, before));
    case "level":
      return dayOrNotMet(
        index.levelAtLeast((requirement as { level: number }).level, from, before),
      );
    case "ects":
      return dayOrNotMet(index.ectsReach((requirement as { ects: number }).ects, from, before));
    case "blocks":
      return blocksAloneDay(requirement as BlocksRequirement, window, NO_BLOCKS).day;
    case "any": {
      let best = NOT_MET;
      for (const option of (requirement as { any: Requirement[] }).any) {
        const day = verdictDay(option, window);
        if (!Number.isNaN(day) && !(day >= best)) best = day;
      }
      return best;
    }
    case "onlyOne": {
      let metDay = NOT_MET;
      let count = 0;
      for (const option of (requirement as { onlyOne: Requirement[] }).onlyOne) {
        const day = verdictDay(option, window);
        if (Number.isNaN(day)) continue;
        count++;
        metDay = day;
      }
      return count === 1 ? metDay : NOT_MET;
    }
    case "sequence": {
      let start = from;
      let last = ALWAYS_MET;
      let allMet = true;
      const consumed = new Set<string>();
      for (const item of (requirement as { sequence: Requirement[] }).sequence) {
        const here = { index, from: start, before };
        let day: number;
        if (isExclusiveBlocks(item)) {
          const alone = blocksAloneDay(item, here, consumed);
          day = alone.day;
          if (!Number.isNaN(day)) for (const block of alone.counted) consumed.add(block);
        } else day = verdictDay(item, here);
        if (Number.isNaN(day)) {
          allMet = false;
          continue;
        }
        start = Math.max(start, day);
        last = Math.max(last, day);
      }
      return allMet ? last : NOT_MET;
    }
    default:
      return togetherDay(requirement, window);
  }
}

function blocksAloneDay(
  requirement: BlocksRequirement,
  window: Window,
  consumed: ReadonlySet<string>,
): { day: number; counted: string[] } {
  const demand = blockDemand(requirement, window, consumed);
  if (demand.candidates.length < demand.need) return { day: NOT_MET, counted: [] };
  const counted = demand.candidates.slice(0, demand.need);
  return { day: lastDay(counted, demand.dayOf), counted };
}

function togetherDay(requirement: Requirement, window: Window): number {
  const isAll = "all" in requirement;
  const options = isAll ? requirement.all : (requirement as { of: Requirement[] }).of;
  const required = isAll ? options.length : (requirement as { atLeast: number }).atLeast;
  const days: number[] = [];
  const exclusive: BlocksRequirement[] = [];
  for (const option of options) {
    if (isExclusiveBlocks(option)) exclusive.push(option);
    else {
      const day = verdictDay(option, window);
      if (!Number.isNaN(day)) days.push(day);
      else if (isAll) return NOT_MET;
    }
  }
  if (exclusive.length > 0) {
    const demands = exclusive.map((leaf) => blockDemand(leaf, window, NO_BLOCKS));
    const allocation = (isAll ? allocateInOrder : allocateMost)(demands);
    demands.forEach((demand, d) => {
      if (allocation.met[d]) days.push(lastDay(allocation.counted[d] as string[], demand.dayOf));
    });
  }
  if (required <= 0) return ALWAYS_MET;
  if (days.length < required) return NOT_MET;
  sortUnlessInOrder(days, (a, b) => a - b);
  return days[required - 1] as number;
}

/**
 * Options of {@link evaluateRequirement}.
 *
 * @example
 * ```ts
 * const options: EvaluateRequirementOptions = { on: "2025-09-01", locale: "fr" };
 * ```
 */
export interface EvaluateRequirementOptions extends LocaleOptions {
  /** Count only the achievements dated on or before this date (all of them when omitted). */
  on?: IsoDate;
}

/**
 * Evaluates a requirement against a learner's achievements and explains the verdict node by
 * node.
 *
 * Semantics (CONTRACT §4): `all`, `any` and `atLeast n of` are plain boolean logic; `programme`
 * is met by an achievement with that `programmeId` and no `block` (one with a block names a block
 * of the programme); `diploma` by an achievement with that diploma; `block` by an achievement
 * with that block; `level n` when the highest achieved level is ≥ n (an achievement's level is its
 * `level` or its diploma's national level, arrêté du 8 janvier 2019); `ects n` when the sum of the
 * achieved ECTS is ≥ n. Extensions ({@link Requirement}): `onlyOne` (exactly one option met,
 * CTDL), `sequence` (met in order of achievement dates, CTDL `andSequence`) and `blocks` (counted
 * blocks, one block per sibling requirement, degree-audit practice).
 *
 * Never throws: a malformed requirement or achievement list gives `satisfied: false` and an
 * explanation of kind `"invalid"` carrying `requirement.invalid_input`,
 * `requirement.too_deep` or `requirement.too_large` issues (paths start with `"requirement"`,
 * `"achievements"` or `"on"`). A list of more than 1000 malformed achievements has the issues of
 * the first 1000 listed and the others counted in one `pathway.issues_truncated` info.
 *
 * @param requirement - the requirement (checked at run time).
 * @param achievements - the learner's achievements (checked at run time).
 * @param options - `on`: count only achievements dated on or before it; `locale` of messages.
 * @returns the verdict and the explanation tree.
 * @example
 * ```ts
 * evaluateRequirement(
 *   { all: [{ diploma: "bac-pro" }, { ects: 60 }] },
 *   [{ on: "2024-07-05", diploma: "bac-pro" }, { on: "2025-06-30", ects: 45 }],
 * );
 * //=> { satisfied: false, explanation: { kind: "all", satisfied: false, count: 1, required: 2, children: [
 * //     { kind: "diploma", diploma: "bac-pro", satisfied: true, metOn: "2024-07-05" },
 * //     { kind: "ects", required: 60, achieved: 45, missing: 15, satisfied: false } ] } }
 * ```
 */
export function evaluateRequirement(
  requirement: Requirement,
  achievements: readonly Achievement[],
  options?: EvaluateRequirementOptions,
): RequirementEvaluation {
  const locale = localeOf(options);
  const issues: Issue<PathwayIssueCode>[] = [];
  const mapping = (base: string) => ({
    invalidInputCode: "requirement.invalid_input" as const,
    catalogue: PATHWAY_MESSAGES,
    locale,
    basePath: [base],
    listCap: PATHWAY_LIST_CAP,
  });
  const parsedRequirement = safeParse(RequirementSchema, requirement);
  if (!parsedRequirement.success) {
    pushAll(issues, fromZodIssues(parsedRequirement.issues, mapping("requirement")));
  }
  const parsedAchievements = safeParse(AchievementListSchema, achievements);
  if (!parsedAchievements.success) {
    pushAll(issues, fromZodIssues(parsedAchievements.issues, mapping("achievements")));
  }
  const on = readSafely(() => options?.on, undefined);
  if (on !== undefined && !isIsoDate(on)) {
    const parsedOn = safeParse(OnSchema, on);
    if (!parsedOn.success) pushAll(issues, fromZodIssues(parsedOn.issues, mapping("on")));
  }
  if (!parsedRequirement.success || !parsedAchievements.success || issues.length > 0) {
    return { satisfied: false, explanation: { kind: "invalid", satisfied: false, issues } };
  }
  const index = new FactIndex(parsedAchievements.data.map(factOfAchievement));
  const before = on === undefined ? Number.POSITIVE_INFINITY : toDayNumber(on) + 1;
  const { explanation } = evaluateNode(parsedRequirement.data, {
    index,
    from: Number.NEGATIVE_INFINITY,
    before,
  });
  return { satisfied: explanation.satisfied, explanation };
}

/**
 * Evaluates a valid requirement on facts: the engine behind {@link evaluateRequirement}, used by
 * the validator, the audit and the suggestions once their input is checked.
 *
 * @internal
 */
export function evaluateOnFacts(
  requirement: Requirement,
  facts: FactIndex | readonly Fact[],
  before = Number.POSITIVE_INFINITY,
): RequirementEvaluation {
  const index = facts instanceof FactIndex ? facts : new FactIndex(facts);
  const { explanation } = evaluateNode(requirement, {
    index,
    from: Number.NEGATIVE_INFINITY,
    before,
  });
  return { satisfied: explanation.satisfied, explanation };
}

/**
 * What {@link safeParse} returns: the data, or zod's issues.
 *
 * @internal
 */
export type ParseOutcome<T> =
  | { success: true; data: T }
  | { success: false; issues: z.core.$ZodIssue[] };

/**
 * `schema.safeParse` that also survives inputs on which zod itself throws (throwing getters,
 * revoked proxies): those become one issue at the root.
 *
 * @internal
 */
export function safeParse<T>(schema: ParsableSchema<T>, input: unknown): ParseOutcome<T> {
  const parsed = parseUntrusted(schema, input);
  if (parsed.success) return parsed;
  if (!parsed.unreadable) return { success: false, issues: parsed.issues };
  return {
    success: false,
    issues: [{ code: "custom", message: "unreadable input", path: [], input: undefined }],
  };
}

/**
 * A compact, language-neutral formula of what an unmet requirement still misses, written with
 * the requirement language's own keys: `diploma bac-pro`, `level ≥ 5 (4)`, `ects ≥ 60 (45)`,
 * `blocks 2 of A, B, C (1)`; met options of an `all` are left out and joined with ` + `;
 * `any(…)`, `atLeast(2, 1 met: …)`, `onlyOne(…)`, `sequence(…)`.
 *
 * @internal
 */
export function formatUnmet(explanation: RequirementExplanation): string {
  switch (explanation.kind) {
    case "programme":
      return `programme ${explanation.programme}`;
    case "diploma":
      return `diploma ${explanation.diploma}`;
    case "block":
      return `block ${explanation.block}`;
    case "level":
      return `level ≥ ${explanation.required} (${explanation.achieved ?? 0})`;
    case "ects":
      return `ects ≥ ${explanation.required} (${explanation.achieved})`;
    case "blocks": {
      const all = [...explanation.counted, ...explanation.takenBySiblings, ...explanation.missing];
      return `blocks ${explanation.required} of ${all.join(", ")} (${explanation.counted.length})`;
    }
    case "invalid":
      return "invalid";
    default: {
      const unmet = explanation.children.filter((child) => !child.satisfied).map(nested);
      switch (explanation.kind) {
        case "all":
          return unmet.join(" + ");
        case "any":
          return `any(${unmet.join(", ")})`;
        case "atLeast":
          return `atLeast(${explanation.required}, ${explanation.count} met: ${unmet.join(", ")})`;
        case "onlyOne":
          return explanation.count === 0
            ? `onlyOne(${unmet.join(", ")})`
            : `onlyOne(${explanation.count} met)`;
        default:
          return `sequence(${unmet.join(", ")})`;
      }
    }
  }
}

function nested(explanation: RequirementExplanation): string {
  const text = formatUnmet(explanation);
  return explanation.kind === "all" && text.includes(" + ") ? `(${text})` : text;
}
