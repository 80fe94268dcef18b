import type { QualificationLevel } from "../ids/index.js";
import type { Programme, SkillLevel } from "../pathway/index.js";
import { isArraySafely } from "../shared/index.js";
import { compareIds } from "./order.js";
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
 * Links matching to pathways: for each missing skill, the competence blocks (blocs de
 * compétences, C. trav. L. 6113-1) of the catalogue that teach it, i.e. whose `skills` list the
 * skill code. A learner can then add a block step to their pathway to close the gap.
 *
 * Gaps come from {@link scoreMatch} (`gaps`) or are bare skill codes; a skill given twice is
 * listed once, with the highest required level. Skills keep their input order; blocks are sorted
 * by programme level, then programme id, then block code, so that the output does not depend on
 * the order of the catalogue. A skill no block teaches gets `blocks: []`. Malformed entries are
 * skipped; never throws.
 *
 * @param gaps - skill gaps, or skill codes.
 * @param programmes - the programme catalogue.
 * @returns one suggestion per distinct skill.
 * @example
 * ```ts
 * suggestBlocksForGaps(
 *   [{ code: "H2913", required: 3, actual: 1 }],
 *   [{ id: "bts-crsa", title: "BTS CRSA", diploma: "bts", level: 5,
 *      blocks: [{ code: "RNCP35341BC02", title: "Robotique", skills: ["H2913"] }] }],
 * );
 * //=> [ { skill: "H2913", required: 3, blocks: [ { programmeId: "bts-crsa", programmeTitle: "BTS CRSA", level: 5, block: "RNCP35341BC02", blockTitle: "Robotique" } ] } ]
 * ```
 */
export function suggestBlocksForGaps(
  gaps: readonly (SkillGap | string)[],
  programmes: readonly Programme[],
): BlockSuggestion[] {
  const wanted = new Map<string, SkillLevel | null>();
  if (isArraySafely(gaps)) {
    for (const gap of gaps) {
      try {
        const code = typeof gap === "string" ? gap : gap?.code;
        if (typeof code !== "string" || code.length === 0) continue;
        const level = typeof gap === "string" ? null : gap.required;
        const required = level === 1 || level === 2 || level === 3 || level === 4 ? level : null;
        const known = wanted.get(code);
        if (known === undefined) wanted.set(code, required);
        else if (required !== null && (known === null || required > known)) {
          wanted.set(code, required);
        }
      } catch {
        // A throwing getter: skip the entry.
      }
    }
  }
  const teaching = new Map<string, TeachingBlock[]>();
  for (const skill of wanted.keys()) teaching.set(skill, []);
  if (isArraySafely(programmes)) {
    for (const programme of programmes) {
      try {
        if (typeof programme !== "object" || programme === null) continue;
        if (typeof programme.id !== "string" || !isArraySafely(programme.blocks)) continue;
        if (typeof programme.level !== "number") continue;
        for (const block of programme.blocks) {
          if (typeof block !== "object" || block === null || typeof block.code !== "string")
            continue;
          if (!isArraySafely(block.skills)) continue;
          const taught = new Set(block.skills);
          for (const skill of taught) {
            const list = typeof skill === "string" ? teaching.get(skill) : undefined;
            if (list === undefined) continue;
            list.push({
              programmeId: programme.id,
              programmeTitle: typeof programme.title === "string" ? programme.title : programme.id,
              level: programme.level,
              block: block.code,
              blockTitle: typeof block.title === "string" ? block.title : null,
            });
          }
        }
      } catch {
        // A throwing getter: skip the programme.
      }
    }
  }
  return [...wanted].map(([skill, required]) => ({
    skill,
    required,
    blocks: (teaching.get(skill) ?? []).sort(
      (a, b) =>
        a.level - b.level ||
        compareIds(a.programmeId, b.programmeId) ||
        compareIds(a.block, b.block),
    ),
  }));
}
