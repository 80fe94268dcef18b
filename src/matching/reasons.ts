/**
 * The wording of a score's reasons, in English and French: what {@link scorePair} found about a
 * pair, turned into sentences (exclusions first, then gaps, then the other facts).
 *
 * @internal
 * @module
 */
import type { Learner } from "../pathway/index.js";
import { countOf, type Locale } from "../shared/index.js";
import type { MatchReason, SkillGap } from "./match-score.js";
import { countsKey, MessageMemo } from "./message-memo.js";
import type { ProjectOffer } from "./model.js";
import {
  FACT_FAILS,
  FACT_OK,
  FACT_REMOTE,
  FACT_UNKNOWN,
  FULL,
  LEVEL_ABOVE,
  LEVEL_BELOW,
  LEVEL_UNKNOWN,
  NONE,
  PARTIAL,
  UNKNOWN,
} from "./pair-verdicts.js";
import type { ScoringContext } from "./scoring-options.js";

/**
 * What scoring found about a pair, for {@link writeReasons}.
 *
 * @internal
 */
export interface PairFacts {
  /** Availability verdict ({@link FULL}, {@link PARTIAL}, {@link NONE} or {@link UNKNOWN}). */
  cover: number;
  /** Days of the project covered, and its length (set on a partial cover). */
  covered: number;
  days: number;
  levelVerdict: number;
  statusVerdict: number;
  distanceVerdict: number;
  /** Distance in km, or `null` when a location is missing. */
  distanceKm: number | null;
  /** The distance limit that applies. */
  limit: number;
  gaps: SkillGap[];
  /** Skills met at the required level, out of `count`. */
  met: number;
  count: number;
  /** Project skills among the learner's interests, and their codes. */
  interested: number;
  interestCodes: string;
}

const STATUS_LABELS: Record<Locale, Record<string, string>> = {
  en: {
    pupil: "pupil",
    student: "student",
    apprentice: "apprentice",
    "continuing-education": "continuing-education trainee",
    "job-seeker": "job seeker",
  },
  fr: {
    pupil: "élève",
    student: "étudiant",
    apprentice: "apprenti",
    "continuing-education": "stagiaire de la formation continue",
    "job-seeker": "demandeur d'emploi",
  },
};

function statusLabel(status: string, locale: Locale): string {
  return STATUS_LABELS[locale][status] ?? status;
}

function statusList(statuses: readonly string[], locale: Locale): string {
  if (statuses.length === 0) return locale === "fr" ? "aucun" : "none";
  return statuses.map((status) => statusLabel(status, locale)).join(", ");
}

/** Whole km, or one decimal below 10 km (without `toFixed`, which is slow). */
function formatKm(km: number, locale: Locale): string {
  if (km >= 9.95) return String((km + 0.5) | 0);
  const tenths = Math.round(km * 10);
  return `${Math.floor(tenths / 10)}${locale === "fr" ? "," : "."}${tenths % 10}`;
}

function rangeText(min: number | undefined, max: number | undefined, locale: Locale): string {
  const fr = locale === "fr";
  if (min !== undefined && max !== undefined) return fr ? `${min} à ${max}` : `${min} to ${max}`;
  if (min !== undefined) return fr ? `au moins ${min}` : `at least ${min}`;
  return fr ? `au plus ${max}` : `at most ${max}`;
}

/**
 * The reasons of a scored pair, in the context's language.
 *
 * @internal
 */
export function writeReasons(
  learner: Learner,
  project: ProjectOffer,
  ctx: ScoringContext,
  facts: PairFacts,
): MatchReason[] {
  const levels = project.levels;
  const own = learner.level;
  const statuses = project.statuses;
  const strict = ctx.strict;
  const fr = ctx.locale === "fr";
  const memo = MEMOS[fr ? "fr" : "en"];
  const reasons = WRITTEN;
  reasons.clear();
  // Exclusions first, in a fixed order: dates, level, status, distance, gaps, unknown facts.
  if (facts.cover === NONE) {
    const { start, end } = project;
    reasons.push({
      kind: "unavailable",
      excludes: true,
      message:
        memo.unavailable.find(start, end) ??
        memo.unavailable.keep(
          start,
          end,
          fr
            ? `Pas disponible pendant le projet (du ${start} au ${end}).`
            : `Not available during the project (${start} to ${end}).`,
        ),
    });
  }
  if (facts.levelVerdict === LEVEL_BELOW) {
    const min = levels?.min as number;
    reasons.push({
      kind: "level-below",
      excludes: true,
      message:
        memo.levelBelow.find(own as number, min) ??
        memo.levelBelow.keep(
          own as number,
          min,
          fr
            ? `Le niveau ${own} est inférieur au minimum du projet (${min}).`
            : `Level ${own} is below the project's minimum (${min}).`,
        ),
    });
  } else if (facts.levelVerdict === LEVEL_ABOVE) {
    const max = levels?.max as number;
    reasons.push({
      kind: "level-above",
      excludes: true,
      message:
        memo.levelAbove.find(own as number, max) ??
        memo.levelAbove.keep(
          own as number,
          max,
          fr
            ? `Le niveau ${own} dépasse le maximum du projet (${max}).`
            : `Level ${own} is above the project's maximum (${max}).`,
        ),
    });
  }
  if (facts.statusVerdict === FACT_FAILS) {
    const status = learner.status as string;
    const list = statusList(statuses ?? [], ctx.locale);
    reasons.push({
      kind: "status-not-accepted",
      excludes: true,
      message: fr
        ? `Le statut ${statusLabel(status, "fr")} ne fait pas partie des statuts acceptés (${list}).`
        : `Status ${statusLabel(status, "en")} is not among those accepted (${list}).`,
    });
  }
  if (facts.distanceVerdict === FACT_FAILS) {
    const km = formatKm(facts.distanceKm as number, ctx.locale);
    const max = formatKm(facts.limit, ctx.locale);
    reasons.push({
      kind: "too-far",
      excludes: true,
      message:
        memo.tooFar.find(km, max) ??
        memo.tooFar.keep(
          km,
          max,
          fr
            ? `À ${km} km, au-delà de la limite de ${max} km.`
            : `${km} km away, beyond the limit of ${max} km.`,
        ),
    });
  }
  if (ctx.requireEssential) pushGaps(reasons, facts.gaps, true, fr, memo.gap);
  if (strict) pushUnknowns(reasons, true, facts, project, ctx);
  // Then the other facts.
  if (!ctx.requireEssential) pushGaps(reasons, facts.gaps, false, fr, memo.gap);
  pushUnknowns(reasons, false, facts, project, ctx);
  if (facts.cover === FULL) {
    reasons.push({
      kind: "availability",
      excludes: false,
      message: fr ? "Disponible pendant tout le projet." : "Available for the whole project.",
    });
  } else if (facts.cover === PARTIAL) {
    const { covered, days } = facts;
    const key = countsKey(covered, days);
    reasons.push({
      kind: "availability",
      excludes: false,
      message:
        memo.partial.find(key) ??
        memo.partial.keep(
          key,
          undefined,
          fr
            ? `Disponible ${countOf(covered, "fr", { one: "jour", other: "jours" })} sur les ${days} du projet.`
            : `Available ${covered} of the project's ${days} days.`,
        ),
    });
  }
  if (facts.distanceVerdict === FACT_REMOTE) {
    reasons.push({
      kind: "remote",
      excludes: false,
      message: fr ? "Peut se faire à distance." : "Can be done remotely.",
    });
  } else if (facts.distanceVerdict === FACT_OK && facts.distanceKm !== null) {
    const km = formatKm(facts.distanceKm, ctx.locale);
    reasons.push({
      kind: "distance",
      excludes: false,
      message:
        memo.distance.find(km) ??
        memo.distance.keep(km, undefined, fr ? `À ${km} km.` : `${km} km away.`),
    });
  }
  if (facts.count > 0) {
    const { met, count } = facts;
    const key = countsKey(met, count);
    reasons.push({
      kind: "skills",
      excludes: false,
      message:
        memo.skills.find(key) ??
        memo.skills.keep(
          key,
          undefined,
          fr
            ? `${countOf(met, "fr", { one: "compétence", other: "compétences" })} sur ${count} au niveau requis.`
            : `${met} of ${count} skills at the required level.`,
        ),
    });
  }
  if (facts.interested > 0) {
    const codes = facts.interestCodes;
    reasons.push({
      kind: "interests",
      excludes: false,
      message:
        memo.interests.find(codes) ??
        memo.interests.keep(
          codes,
          undefined,
          fr ? `Intérêt pour ${codes}.` : `Interested in ${codes}.`,
        ),
    });
  }
  return reasons.copy();
}

/**
 * The reasons of the pair being worded, written into one list reused from pair to pair, then
 * copied out: the copy holds exactly its reasons, where a list grown by `push` keeps room for 17
 * (a ranking keeps one list per entry).
 */
class ReasonList {
  private readonly items: MatchReason[] = [];
  private size = 0;

  /** Starts the list of another pair. */
  clear(): void {
    this.size = 0;
  }

  push(reason: MatchReason): void {
    this.items[this.size++] = reason;
  }

  /** The reasons written since {@link clear}, in a new list. */
  copy(): MatchReason[] {
    return this.items.slice(0, this.size);
  }
}

/** Where {@link writeReasons} writes. */
const WRITTEN = /* @__PURE__ */ new ReasonList();

function pushGaps(
  reasons: ReasonList,
  gaps: SkillGap[],
  excludes: boolean,
  fr: boolean,
  memo: MessageMemo,
): void {
  for (const gap of gaps) {
    // Levels are 1 to 4 (0 when missing): one number holds both.
    const levels = gap.required * 8 + gap.actual;
    reasons.push({
      kind: "skill-gap",
      excludes,
      message: memo.find(gap.code, levels) ?? memo.keep(gap.code, levels, gapText(gap, fr)),
    });
  }
}

function gapText(gap: SkillGap, fr: boolean): string {
  return gap.actual === 0
    ? fr
      ? `Compétence essentielle ${gap.code} (niveau ${gap.required}) absente.`
      : `Essential skill ${gap.code} (level ${gap.required}) is missing.`
    : fr
      ? `Compétence essentielle ${gap.code} : niveau ${gap.required} requis, l'apprenant a le niveau ${gap.actual}.`
      : `Essential skill ${gap.code}: level ${gap.required} required, the learner has ${gap.actual}.`;
}

/**
 * The sentences of each kind already written, by locale: a ranking repeats a few of them for
 * thousands of pairs, and its result then shares one string for each (see `message-memo.ts`).
 */
interface Memos {
  unavailable: MessageMemo;
  levelBelow: MessageMemo;
  levelAbove: MessageMemo;
  tooFar: MessageMemo;
  gap: MessageMemo;
  partial: MessageMemo;
  distance: MessageMemo;
  skills: MessageMemo;
  interests: MessageMemo;
}

function memos(): Memos {
  return {
    unavailable: new MessageMemo(),
    levelBelow: new MessageMemo(),
    levelAbove: new MessageMemo(),
    tooFar: new MessageMemo(),
    gap: new MessageMemo(),
    partial: new MessageMemo(),
    distance: new MessageMemo(),
    skills: new MessageMemo(),
    interests: new MessageMemo(),
  };
}

const MEMOS: Record<Locale, Memos> = { en: /* @__PURE__ */ memos(), fr: /* @__PURE__ */ memos() };

/** Reasons for the facts the learner did not give; `excludes` selects which pass this is. */
function pushUnknowns(
  reasons: ReasonList,
  excludes: boolean,
  facts: PairFacts,
  project: ProjectOffer,
  ctx: ScoringContext,
): void {
  const { cover, levelVerdict, statusVerdict, distanceVerdict, limit } = facts;
  const fr = ctx.locale === "fr";
  // In the strict pass every unknown excludes, except a distance no limit applies to.
  const distanceExcludes = ctx.strict && limit !== Number.POSITIVE_INFINITY;
  if (cover === UNKNOWN && excludes === ctx.strict) {
    reasons.push({
      kind: "availability-unknown",
      excludes,
      message: fr ? "Disponibilités non renseignées." : "Availability not given.",
    });
  }
  if (levelVerdict === LEVEL_UNKNOWN && excludes === ctx.strict) {
    const range = rangeText(project.levels?.min, project.levels?.max, ctx.locale);
    reasons.push({
      kind: "level-unknown",
      excludes,
      message: fr
        ? `Niveau de qualification non renseigné ; le projet demande ${range}.`
        : `Qualification level not given; the project asks for ${range}.`,
    });
  }
  if (statusVerdict === FACT_UNKNOWN && excludes === ctx.strict) {
    const list = statusList(project.statuses ?? [], ctx.locale);
    reasons.push({
      kind: "status-unknown",
      excludes,
      message: fr
        ? `Statut non renseigné ; le projet accepte : ${list}.`
        : `Status not given; the project accepts: ${list}.`,
    });
  }
  if (distanceVerdict === FACT_UNKNOWN && excludes === distanceExcludes) {
    reasons.push({
      kind: "location-unknown",
      excludes,
      message: fr
        ? "Distance inconnue (localisation manquante)."
        : "Distance unknown (a location is missing).",
    });
  }
}
