/**
 * The quick schema checks run before scoring: whether the fields scoring reads are sound, by the
 * rules of `LearnerSchema` and `ProjectOfferSchema` (property tests hold them to zod's verdict),
 * and zod's located issues when they are not.
 *
 * @internal
 * @module
 */
import type * as z from "zod";
import type { Learner, SkillLevel } from "../pathway/index.js";
import { LearnerSchema } from "../pathway/index.js";
import {
  createIssue,
  findTooLongList,
  formatPath,
  fromZodIssues,
  type Issue,
  type IssuePath,
  isIsoDate,
  type Locale,
} from "../shared/index.js";
import { MATCHING_MESSAGES, type MatchingIssueCode } from "./codes.js";
import { type ProjectOffer, ProjectOfferSchema } from "./model.js";
import { parseMatchingInput } from "./schema-issues.js";

function isStatus(value: unknown): boolean {
  switch (value) {
    case "pupil":
    case "student":
    case "apprentice":
    case "continuing-education":
    case "job-seeker":
      return true;
    default:
      return false;
  }
}

/**
 * Dates lately found valid, by a hash of their month and day. Scoring checks four dates per
 * pair, and a campus's learners and projects share few distinct dates, so most checks end here.
 * Strings never change, so a remembered answer stays true; the cache holds 16 short strings.
 */
const RECENT_DATES: string[] = new Array<string>(16).fill("");

/**
 * Same answer as the shared `isIsoDate` (this check runs four times per scored pair): a date
 * seen lately is found in {@link RECENT_DATES}; another is checked in integer arithmetic.
 *
 * @internal
 */
export function isDate(value: unknown): boolean {
  if (typeof value !== "string" || value.length !== 10) return false;
  const slot = (value.charCodeAt(6) * 31 + value.charCodeAt(9)) & 15;
  if (RECENT_DATES[slot] === value) return true;
  if (!isIsoDate(value)) return false;
  RECENT_DATES[slot] = value;
  return true;
}

function isNumberIn(value: unknown, min: number, max: number): boolean {
  return typeof value === "number" && value >= min && value <= max;
}

function isSkillLevel(value: unknown): value is SkillLevel {
  return value === 1 || value === 2 || value === 3 || value === 4;
}

function isLevel(value: unknown): boolean {
  return typeof value === "number" && Number.isInteger(value) && value >= 1 && value <= 8;
}

/** An object as zod's `z.object` takes it: not null, not an array. */
function isObject(value: unknown): value is object {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isPoint(value: unknown): boolean {
  if (!isObject(value)) return false;
  const point = value as { lat?: unknown; lon?: unknown };
  return isNumberIn(point.lat, -90, 90) && isNumberIn(point.lon, -180, 180);
}

function isNonEmptyString(value: unknown): value is string {
  return typeof value === "string" && value.length > 0;
}

/**
 * Whether the learner fields scoring reads (id, level, status, location, maxDistanceKm, skills,
 * interests, availability) are valid, by the rules of `LearnerSchema` (a property test holds it
 * to zod's verdict on those fields); zod explains when this says no.
 *
 * @internal
 */
export function learnerLooksValid(learner: unknown): learner is Learner {
  if (!isObject(learner)) return false;
  const { id, level, status, location, maxDistanceKm, skills, interests, availability } =
    learner as Learner;
  if (!isNonEmptyString(id)) return false;
  if (level !== undefined && !isLevel(level)) return false;
  if (status !== undefined && !isStatus(status)) return false;
  if (location !== undefined && !isPoint(location)) return false;
  if (
    maxDistanceKm !== undefined &&
    !(typeof maxDistanceKm === "number" && maxDistanceKm >= 0 && maxDistanceKm < Infinity)
  )
    return false;
  if (skills !== undefined) {
    if (!Array.isArray(skills)) return false;
    for (let x = 0; x < skills.length; x++) {
      const skill: unknown = skills[x];
      if (!isObject(skill)) return false;
      const { code, level: mastery } = skill as { code: unknown; level: unknown };
      if (!isNonEmptyString(code) || !isSkillLevel(mastery)) return false;
    }
  }
  if (interests !== undefined) {
    if (!Array.isArray(interests)) return false;
    for (let x = 0; x < interests.length; x++) {
      if (typeof interests[x] !== "string") return false;
    }
  }
  if (availability !== undefined) {
    if (!Array.isArray(availability)) return false;
    for (let x = 0; x < availability.length; x++) {
      const period: unknown = availability[x];
      if (!isObject(period)) return false;
      const { start, end } = period as { start: unknown; end: unknown };
      if (!isDate(start) || !isDate(end)) return false;
    }
  }
  return true;
}

/**
 * Whether a learner that {@link learnerLooksValid} accepted holds a list too long for zod to walk
 * in a field that check does not read entry by entry (`achievements`, `preferences`): such a
 * learner must not be parsed by zod as it is. ({@link projectLooksValid} reads every list of a
 * project's schema.) Reading the learner may throw (a getter): the caller catches it.
 *
 * @internal
 */
export function hasUncheckedLongList(learner: Learner): boolean {
  const { achievements, preferences } = learner;
  if (achievements === undefined && preferences === undefined) return false;
  return findTooLongList(achievements) !== undefined || findTooLongList(preferences) !== undefined;
}

/**
 * Whether the project fields scoring reads (id, start, end, skills, levels, statuses, location,
 * remote) are valid, by the rules of `ProjectOfferSchema`, and the project does not end before
 * it starts (a property test holds it to zod's verdict on those fields).
 *
 * @internal
 */
export function projectLooksValid(project: unknown): project is ProjectOffer {
  if (!isObject(project)) return false;
  const { id, start, end, skills, levels, statuses, location, remote } = project as ProjectOffer;
  if (!isNonEmptyString(id) || !isDate(start) || !isDate(end) || end < start) return false;
  if (!Array.isArray(skills)) return false;
  for (let x = 0; x < skills.length; x++) {
    const skill: unknown = skills[x];
    if (!isObject(skill)) return false;
    const { code, level, essential } = skill as {
      code: unknown;
      level: unknown;
      essential: unknown;
    };
    if (!isNonEmptyString(code) || !isSkillLevel(level) || typeof essential !== "boolean") {
      return false;
    }
  }
  if (levels !== undefined) {
    if (!isObject(levels)) return false;
    const { min, max } = levels as { min: unknown; max: unknown };
    if ((min !== undefined && !isLevel(min)) || (max !== undefined && !isLevel(max))) return false;
  }
  if (statuses !== undefined) {
    if (!Array.isArray(statuses)) return false;
    for (let x = 0; x < statuses.length; x++) if (!isStatus(statuses[x])) return false;
  }
  if (location !== undefined && !isPoint(location)) return false;
  return remote === undefined || typeof remote === "boolean";
}

/**
 * Issues of a learner or project that failed the cheap check, from the model's zod schema
 * (so that messages match the rest of the library), plus `matching.period_invalid`.
 *
 * @internal
 */
export function inputIssues(
  value: unknown,
  kind: "learner" | "project",
  basePath: IssuePath,
  locale: Locale,
): Issue<MatchingIssueCode>[] {
  const schema: z.ZodType<unknown> = kind === "learner" ? LearnerSchema : ProjectOfferSchema;
  const parsed = parseMatchingInput(schema, value, basePath, locale);
  if (!parsed.ok) return parsed.issues;
  const project = value as ProjectOffer;
  if (kind === "project" && project.end < project.start) {
    return [
      createIssue(
        MATCHING_MESSAGES,
        "matching.period_invalid",
        basePath,
        { where: formatPath(basePath), id: project.id, start: project.start, end: project.end },
        locale,
      ),
    ];
  }
  return [];
}

/**
 * Checks a learner or project before scoring: `[]` when the fields scoring reads are sound,
 * else the issues (from the model's zod schema, so that messages match the rest of the library).
 *
 * @internal
 */
export function checkRecord(
  value: unknown,
  kind: "learner" | "project",
  path: IssuePath,
  locale: Locale,
): Issue<MatchingIssueCode>[] {
  try {
    if (kind === "learner" ? learnerLooksValid(value) : projectLooksValid(value)) return [];
  } catch {
    // A throwing getter or a revoked proxy: the schemas below report it.
  }
  const issues = inputIssues(value, kind, path, locale);
  // The cheap check and the schemas agree on these fields; keep a located issue regardless.
  return issues.length > 0
    ? issues
    : fromZodIssues([{ code: "custom", message: "invalid", path: [], input: value }], {
        invalidInputCode: "matching.invalid_input",
        catalogue: MATCHING_MESSAGES,
        locale,
        basePath: path,
      });
}
