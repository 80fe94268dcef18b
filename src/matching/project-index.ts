/**
 * Learners' lists without scoring every pair: projects are indexed by what makes a pair
 * ineligible in {@link scorePair}, so that only pairs that can be eligible are looked at, and
 * bounds of the score spare measuring or scoring pairs that cannot enter a list bounded to
 * `maxPreferences`.
 *
 * - **Level and status** (`class-admission.ts`). Projects with the same level range and accepted
 *   statuses form a class; a learner's level and status admit or refuse a whole class at once.
 * - **Distance** (`learner-reach.ts`, `grid.ts`). Located projects sit in a grid of 0.5° × 0.5°
 *   cells; a learner with a distance limit visits only the cells a circle of that radius can
 *   reach, nearest first. Remote projects bypass distance; projects without a location pass
 *   unless `strictProfile` applies a limit. Both form a cell of their own.
 * - **Dates.** A project is kept only when one of the learner's periods overlaps its dates;
 *   projects of a cell are by start date, so that those starting after the learner's one period
 *   end a walk.
 * - **Skill codes** (`slot-masks.ts`, `mask-walk.ts`). For each skill code, a mask of the slots
 *   (32 a word) that have it, and one of those that require it as essential. In each cell, a
 *   learner's walk counts a word at a time how many of their codes each slot shares with them
 *   (with the admitted classes as a mask too, and the slots starting after their one period cut
 *   off). It first meets the slots sharing two codes or more, then those sharing one code
 *   (essential to them, or not) or none, each group only where the most it can score reaches the
 *   worst score of the list so far (the floor).
 * - **Selection** (`list-selection.ts`, `pair-kernel.ts`, `top-k.ts`). Each candidate is bounded
 *   from its record (code sets, dates, class) with its distance at its cell's most, then measured
 *   and scored with {@link scorePair}'s operations on typed arrays, and kept among the best
 *   `maxPreferences`.
 *
 * Scoring still decides every pair it is given: these tests only leave out pairs that scoring
 * would find ineligible or below the floor, and property tests hold the result to scoring every
 * pair.
 *
 * @internal
 * @module
 */
import type { Learner } from "../pathway/index.js";
import { ClassAdmission } from "./class-admission.js";
import { LearnerProfile } from "./learner-profile.js";
import { LearnerReach } from "./learner-reach.js";
import { ListSelector } from "./list-selection.js";
import { MaskWalk } from "./mask-walk.js";
import type { ProjectOffer } from "./model.js";
import { PairKernel } from "./pair-kernel.js";
import { slotProjects } from "./project-slots.js";
import type { ScoringContext } from "./scoring-options.js";
import { maskSlots } from "./slot-masks.js";
import { TopK } from "./top-k.js";

/**
 * The projects, indexed to list each learner's best ones.
 *
 * @internal
 */
export class ProjectIndex {
  /** The selection of the last {@link list}: its entries, best first, by {@link TopK.drain}. */
  readonly top: TopK;
  private readonly profile: LearnerProfile;
  private readonly admission: ClassAdmission;
  private readonly reach: LearnerReach;
  private readonly selector: ListSelector;
  private readonly walker: MaskWalk;

  /**
   * @param projects - the checked projects (index order is the order of `keys`).
   * @param ctx - the scoring context.
   * @param keys - each project's tie-break key (equal scores: the lower key first, then the lower index).
   */
  constructor(
    projects: readonly ProjectOffer[],
    private readonly ctx: ScoringContext,
    keys: ArrayLike<number>,
  ) {
    const slots = slotProjects(projects, ctx.essentialWeight);
    const masks = maskSlots(slots, ctx.essentialWeight);
    this.profile = new LearnerProfile(slots.codeIds, ctx);
    this.admission = new ClassAdmission(slots, ctx.strict);
    this.reach = new LearnerReach(slots, ctx.strict);
    const kernel = new PairKernel(slots, this.profile, ctx);
    this.top = new TopK(keys);
    this.selector = new ListSelector(projects, this.profile, kernel, this.top, ctx);
    this.walker = new MaskWalk(
      slots,
      masks,
      projects,
      this.profile,
      this.admission,
      this.reach,
      this.selector,
    );
  }

  /** How many pairs were scored so far. */
  get scored(): number {
    return this.selector.scored;
  }

  /**
   * Selects the learner's `maxPreferences` best eligible projects into {@link top}.
   *
   * @example
   * ```ts
   * import { scoringContext } from "./scoring-options.js";
   * const offer = {
   *   id: "p-cobot", partnerId: "framatome", title: "Cobot welding cell", capacity: 1,
   *   start: "2026-01-05", end: "2026-03-27", skills: [],
   * };
   * const index = new ProjectIndex([offer], scoringContext(undefined), [0]);
   * index.list({ id: "ana" }, 20);
   * const projects = new Int32Array(1);
   * const scores = new Float64Array(1);
   * index.top.drain(projects, scores, 0); //=> 1
   * ```
   */
  list(learner: Learner, maxPreferences: number): void {
    this.top.reset(maxPreferences);
    if (maxPreferences <= 0) return;
    if (learner.availability === undefined && this.ctx.strict) return;
    if (!this.admission.admit(learner)) return;
    this.profile.read(learner);
    this.reach.find(learner, this.profile);
    this.walker.walk();
    this.profile.clear();
  }
}
