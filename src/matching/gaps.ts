import * as z from "zod";
import type { QualificationLevel } from "../ids/index.js";
import {
  type Programme,
  ProgrammeSchema,
  type SkillLevel,
  SkillLevelSchema,
} from "../pathway/index.js";
import {
  type Issue,
  isArraySafely,
  type Locale,
  type LocaleOptions,
  localeOf,
  pushAll,
  type Result,
  readSafely,
} from "../shared/index.js";
import type { MatchingIssueCode } from "./codes.js";
import { maxIssuesOf } from "./collector.js";
import { compareIds } from "./order.js";
import {
  ExplanationBudget,
  itemAt,
  parseMatchingInput,
  readMatchingList,
} from "./schema-issues.js";
import type { SkillGap } from "./score.js";

/**
 * A competence block that teaches a skill.
 *
 * @example
 * ```ts
 * const block: TeachingBlock = {
 *   programmeId: "bts-crsa", programmeTitle: "BTS CRSA", level: 5, block: "RNCP35341BC02", blockTitle: "Robotique",
 * };
 * ```
 */
export interface TeachingBlock {
  /** The programme. */
  programmeId: string;
  /** Its title. */
  programmeTitle: string;
  /** Its qualification level. */
  level: QualificationLevel;
  /** The block code. */
  block: string;
  /** The block title, or `null`. */
  blockTitle: string | null;
}

/**
 * The blocks that teach one missing skill.
 *
 * @example
 * ```ts
 * const suggestion: BlockSuggestion = { skill: "H2913", required: 3, blocks: [] };
 * ```
 */
export interface BlockSuggestion {
  /** The skill code. */
  skill: string;
  /** The level required by the project, or `null` when the gap was given as a bare code. */
  required: SkillLevel | null;
  /** Blocks whose `skills` include it, by programme level, then programme id, then block code. */
  blocks: TeachingBlock[];
}

/**
 * Options of {@link suggestBlocksForGaps}.
 *
 * @example
 * ```ts
 * const options: SuggestBlocksOptions = { locale: "fr", maxIssuesPerCode: 50 };
 * ```
 */
export interface SuggestBlocksOptions extends LocaleOptions {
  /**
   * How many malformed gaps and programmes are explained (default 1000); the rest are counted in
   * one `allocation.issues_truncated` info.
   */
  maxIssuesPerCode?: number;
}

/**
 * What {@link suggestBlocksForGaps} returns (CONTRACT §0 rev. 2): a {@link Result} whose value is
 * one suggestion per distinct skill; `{ ok: false, issues }` when a gap or a programme is
 * malformed (a catalogue read in part would suggest too little without saying so), with the
 * `matching.invalid_input` errors located (`["gaps", 2, "required"]`,
 * `["programmes", 0, "blocks", 1, "skills", 0]`).
 *
 * @example
 * ```ts
 * const catalogue: Programme[] = [{
 *   id: "bts-crsa", title: "BTS CRSA", diploma: "bts", level: 5,
 *   blocks: [{ code: "RNCP35341BC02", title: "Robotique", skills: ["H2913"] }],
 * }];
 * const found: BlockSuggestions = suggestBlocksForGaps(["H2913"], catalogue);
 * if (!found.ok) console.log(found.issues);
 * else found.value.map((suggestion) => suggestion.blocks.map((block) => block.block)); //=> [["RNCP35341BC02"]]
 * ```
 */
export type BlockSuggestions = Result<BlockSuggestion[], MatchingIssueCode>;

/** A gap as {@link scoreMatch} writes it (`actual` is not needed here). */
const GapSchema = /* @__PURE__ */ (() =>
  z.object({ code: z.string().min(1), required: SkillLevelSchema }))();
const SkillCodeSchema = /* @__PURE__ */ (() => z.string().min(1))();
/** Whether a gap can be read without zod: a non-empty code, or `{ code, required }`. */
function isGap(gap: unknown): boolean {
  if (typeof gap === "string") return gap.length > 0;
  if (typeof gap !== "object" || gap === null || isArraySafely(gap)) return false;
  const { code, required } = gap as { code: unknown; required: unknown };
  return (
    typeof code === "string" &&
    code.length > 0 &&
    (required === 1 || required === 2 || required === 3 || required === 4)
  );
}

/** The skills wanted, each with its highest required level (`null` for bare codes). */
function readGaps(
  gaps: unknown,
  issues: Issue<MatchingIssueCode>[],
  locale: Locale,
  budget: ExplanationBudget,
): Map<string, SkillLevel | null> {
  const wanted = new Map<string, SkillLevel | null>();
  const list = readMatchingList(gaps, ["gaps"], issues, locale) ?? [];
  const length = readSafely(() => list.length, 0);
  for (let x = 0; x < length; x++) {
    let gap: unknown;
    let valid = false;
    try {
      gap = list[x];
      valid = isGap(gap);
    } catch {
      // Unreadable: explained below.
    }
    if (!valid) {
      if (budget.take()) {
        const schema = typeof gap === "string" ? SkillCodeSchema : GapSchema;
        const parsed = parseMatchingInput<unknown>(schema, gap, ["gaps", x], locale);
        pushAll(issues, parsed.ok ? budget.terse(["gaps", x]) : parsed.issues);
      }
      continue;
    }
    const code = typeof gap === "string" ? gap : (gap as SkillGap).code;
    const required = typeof gap === "string" ? null : (gap as SkillGap).required;
    const known = wanted.get(code);
    if (known === undefined || (required !== null && (known === null || required > known))) {
      wanted.set(code, required);
    }
  }
  return wanted;
}

/** The programmes, checked against `ProgrammeSchema` (the parsed copies: plain data). */
function readProgrammes(
  programmes: unknown,
  issues: Issue<MatchingIssueCode>[],
  locale: Locale,
  budget: ExplanationBudget,
): Programme[] {
  const list = readMatchingList(programmes, ["programmes"], issues, locale) ?? [];
  const read: Programme[] = [];
  const length = readSafely(() => list.length, 0);
  for (let x = 0; x < length; x++) {
    // Explained while the budget lasts; past it, one plain parse gives the verdict.
    const parsed = parseMatchingInput(
      ProgrammeSchema,
      itemAt(list, x),
      ["programmes", x],
      locale,
      !budget.spent,
    );
    if (parsed.ok) read.push(parsed.data);
    else if (budget.take()) pushAll(issues, parsed.issues);
  }
  return read;
}

/**
 * Links matching to pathways: for each missing skill, the competence blocks (blocs de
 * compétences, C. trav. L. 6113-1) of the catalogue that teach it, i.e. whose `skills` list the
 * skill code. A learner can then add a block step to their pathway to close the gap.
 *
 * Gaps come from {@link scoreMatch} (`gaps`) or are bare skill codes; a skill given twice is
 * listed once, with the highest required level. Skills keep their input order; blocks are sorted
 * by programme level, then programme id, then block code, so that the output does not depend on
 * the order of the catalogue. A skill no block teaches gets `blocks: []`.
 *
 * Bad input is reported, never skipped in silence: a gap that is neither a non-empty code nor
 * `{ code, required }` (required 1–4), or a programme that does not match `ProgrammeSchema`,
 * gives `matching.invalid_input` with its path, and `{ ok: false, issues }` (see
 * {@link BlockSuggestions}). Never throws.
 *
 * @param gaps - skill gaps, or skill codes.
 * @param programmes - the programme catalogue.
 * @param options - `locale` of the issue messages, `maxIssuesPerCode`.
 * @returns `{ ok: true, value, issues }` with one suggestion per distinct skill; or
 *   `{ ok: false, issues }`.
 * @example
 * ```ts
 * suggestBlocksForGaps(
 *   [{ code: "H2913", required: 3, actual: 1 }],
 *   [{ id: "bts-crsa", title: "BTS CRSA", diploma: "bts", level: 5,
 *      blocks: [{ code: "RNCP35341BC02", title: "Robotique", skills: ["H2913"] }] }],
 * );
 * //=> { ok: true, value: [ { skill: "H2913", required: 3, blocks: [ { programmeId: "bts-crsa", programmeTitle: "BTS CRSA", level: 5, block: "RNCP35341BC02", blockTitle: "Robotique" } ] } ], issues: [] }
 * suggestBlocksForGaps([""], []).issues[0]?.path; //=> ["gaps", 0]
 * ```
 */
export function suggestBlocksForGaps(
  gaps: readonly (SkillGap | string)[],
  programmes: readonly Programme[],
  options?: SuggestBlocksOptions,
): BlockSuggestions {
  const locale = localeOf(options);
  const issues: Issue<MatchingIssueCode>[] = [];
  const budget = new ExplanationBudget(maxIssuesOf(options), locale);
  const wanted = readGaps(gaps, issues, locale, budget);
  const catalogue = readProgrammes(programmes, issues, locale, budget);
  pushAll(issues, budget.truncation());
  if (issues.length > 0) return { ok: false, issues };
  const teaching = new Map<string, TeachingBlock[]>();
  for (const skill of wanted.keys()) teaching.set(skill, []);
  for (const programme of catalogue) {
    for (const block of programme.blocks ?? []) {
      for (const skill of new Set(block.skills)) {
        teaching.get(skill)?.push({
          programmeId: programme.id,
          programmeTitle: programme.title,
          level: programme.level,
          block: block.code,
          blockTitle: block.title ?? null,
        });
      }
    }
  }
  const suggestions = [...wanted].map(([skill, required]) => ({
    skill,
    required,
    blocks: (teaching.get(skill) ?? []).sort(
      (a, b) =>
        a.level - b.level ||
        compareIds(a.programmeId, b.programmeId) ||
        compareIds(a.block, b.block),
    ),
  }));
  return { ok: true, value: suggestions, issues: [] };
}
