import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type ProjectOffer, ProjectOfferSchema } from "../../src/matching/index.js";
import { LearnerProfile, PERIODS } from "../../src/matching/learner-profile.js";
import { PairKernel, roundScore } from "../../src/matching/pair-kernel.js";
import { scorePair } from "../../src/matching/pair-score.js";
import { admits, REMOTE, slotProjects } from "../../src/matching/project-slots.js";
import { scoringContext } from "../../src/matching/scoring-options.js";
import { maskSlots, RECORD } from "../../src/matching/slot-masks.js";
import { type Learner, LearnerSchema } from "../../src/pathway/index.js";
import { periodOf, point, STATUSES } from "./arbitraries.js";

// The pair kernel against scorePair, its oracle: the same score to the last bit, the same
// eligibility (the kernel's with the index's tests of dates, class and distance), and bounds
// that are bounds.

const CODES = ["H2913", "I1304", "M1805", "H1208", "A1101", "B2202"];
const DATES = ["2026-01-05", "2026-01-31", "2026-02-01", "2026-03-15", "2026-05-31", "2026-06-30"];
const period = periodOf(DATES);
/** The points of the builder's tests, anywhere on the globe, and the poles themselves. */
const anywhere = fc.oneof(
  point,
  fc.record({
    lat: fc.double({ min: -90, max: 90, noNaN: true }),
    lon: fc.double({ min: -180, max: 180, noNaN: true }),
  }),
  fc.constantFrom({ lat: 90, lon: 0 }, { lat: -90, lon: 45 }, { lat: 0, lon: 180 }),
);
const level = fc.integer({ min: 1, max: 8 });

const learner = fc.record(
  {
    level,
    status: fc.constantFrom(...STATUSES),
    skills: fc.array(
      fc.record({ code: fc.constantFrom(...CODES), level: fc.constantFrom(1, 2, 3, 4) }),
      { maxLength: 5 },
    ),
    interests: fc.array(fc.constantFrom(...CODES, "robotics"), { maxLength: 3 }),
    availability: fc.array(period, { maxLength: 3 }),
    location: anywhere,
    maxDistanceKm: fc.constantFrom(0, 5, 40, 150, 400, 20_000),
  },
  { requiredKeys: [] },
);

const project = fc.record(
  {
    period,
    skills: fc.array(
      fc.record({
        code: fc.constantFrom(...CODES),
        level: fc.constantFrom(1, 2, 3, 4),
        essential: fc.boolean(),
      }),
      { maxLength: 6 },
    ),
    levels: fc.record({ min: level, max: level }, { requiredKeys: [] }),
    statuses: fc.subarray([...STATUSES]),
    location: anywhere,
    remote: fc.boolean(),
  },
  { requiredKeys: ["period", "skills"] },
);

const weight = fc.oneof(
  fc.constantFrom(0, 0.1, 0.15, 0.45, 1, 2.5),
  fc.double({ min: 0.001, max: 3, noNaN: true }),
);
const options = fc.record(
  {
    strictProfile: fc.boolean(),
    requireEssentialSkills: fc.boolean(),
    maxDistanceKm: fc.constantFrom(10, 60, 1000),
    distanceScaleKm: fc.oneof(
      fc.constantFrom(1, 30, 50, 200),
      fc.double({ min: 0.5, max: 500, noNaN: true }),
    ),
    essentialWeight: fc.oneof(
      fc.constantFrom(1, 2, 3.5),
      fc.double({ min: 1, max: 5, noNaN: true }),
    ),
    weights: fc.record(
      { skills: weight, availability: weight, distance: weight, level: weight, interests: weight },
      { requiredKeys: [] },
    ),
  },
  { requiredKeys: ["essentialWeight"] },
);

const instance = fc.record({
  learner: learner.map((l) => LearnerSchema.parse({ ...l, id: "l" }) as Learner),
  projects: fc.array(project, { minLength: 1, maxLength: 8 }).map((list) =>
    list.map(({ period: p, ...rest }, j) =>
      ProjectOfferSchema.parse({
        ...rest,
        id: `p${j}`,
        partnerId: "framatome",
        title: `Project ${j}`,
        capacity: 1,
        start: p.start,
        end: p.end,
      }),
    ),
  ),
  options,
});

/** Whether the index lets the pair through: dates, class, distance and strictness. */
function passesIndex(
  l: Learner,
  p: ProjectOffer,
  km: number | null,
  strict: boolean,
  limit: number,
) {
  const periods = l.availability;
  if (periods === undefined) {
    if (strict) return false;
  } else if (!periods.some((q) => !(q.start > p.end || q.end < p.start))) return false;
  if (!admits(l, p, strict)) return false;
  if (p.remote === true) return true;
  if (km === null) return !(strict && limit !== Number.POSITIVE_INFINITY);
  return km <= limit;
}

/** The codes of the project the learner has a level in. */
function sharedCodes(p: ProjectOffer, l: Learner): string[] {
  const own = new Set((l.skills ?? []).filter((s) => s.level > 0).map((s) => s.code));
  return [...new Set(p.skills.map((s) => s.code))].filter((code) => own.has(code));
}

describe("PairKernel", () => {
  it("gives scorePair's score bit for bit, its eligibility, and bounds above it", () => {
    fc.assert(
      fc.property(instance, ({ learner: l, projects, options: o }) => {
        const ctx = scoringContext(o);
        expect(ctx.issues).toEqual([]);
        const slots = slotProjects(projects, ctx.essentialWeight);
        const { records } = maskSlots(slots, ctx.essentialWeight);
        const profile = new LearnerProfile(slots.codeIds, ctx);
        const kernel = new PairKernel(slots, profile, ctx);
        profile.read(l);
        for (let t = 0; t < projects.length; t++) {
          const p = projects[kernel.projectAt(t)] as ProjectOffer;
          const oracle = scorePair(l, p, ctx, false);
          const located = profile.located && slots.where[t] !== REMOTE && p.location !== undefined;
          const km = located ? kernel.km(t) : null;
          const distance =
            slots.where[t] === REMOTE ? 1 : km === null ? 0.5 : kernel.distanceOf(km);
          kernel.read(t);
          if (km !== null) {
            expect(kernel.measure(t)).toBe(!(km > profile.limit));
            expect(kernel.distance).toBe(distance);
          }
          const eligible =
            passesIndex(l, p, km, ctx.strict, profile.limit) &&
            !(ctx.requireEssential && kernel.gap);
          if (profile.periodKind !== PERIODS) {
            expect(eligible).toBe(oracle.eligible);
            if (oracle.eligible) {
              // Every component to the last bit, then the rounded mean.
              const b = oracle.breakdown;
              const mine = [
                kernel.skills,
                kernel.availability,
                distance,
                kernel.level,
                kernel.interests,
              ];
              expect(mine).toEqual([b.skills, b.availability, b.distance, b.level, b.interests]);
              if (slots.where[t] !== REMOTE) expect(km).toBe(oracle.distanceKm);
              expect(Object.is(roundScore(kernel.raw(distance)), oracle.score)).toBe(true);
            }
          }
          if (!oracle.eligible) continue;
          // Bounds: at this distance, and at the most (1), from the sets of a plain slot.
          expect(kernel.raw(distance) + 1e-9).toBeGreaterThanOrEqual(oracle.score);
          if (slots.plain[t] === 0) continue;
          const r = RECORD * t;
          const reached = { floor: oracle.score };
          kernel.enterCell(distance, 0.5);
          expect(kernel.recordReaches(records, r, reached)).toBe(true);
          kernel.enterCell(1, 0.5);
          expect(kernel.recordReaches(records, r, reached)).toBe(true);
          // And when it shares one code with the learner, or none, from that code alone.
          const shared = sharedCodes(p, l);
          if (shared.length > 1) continue;
          const essential =
            shared.length === 0
              ? -1
              : p.skills.some((s) => s.code === shared[0] && s.essential)
                ? 1
                : 0;
          const interests = profile.hasInterests
            ? Math.min(1, profile.interestCount / p.skills.length)
            : 0.5;
          kernel.enterCell(distance, interests);
          expect(kernel.oneCodeReaches(records, r, essential, reached)).toBe(true);
        }
        profile.clear();
        expect(profile.mastery.every((m) => m === 0)).toBe(true);
        expect(profile.interested.every((m) => m === 0)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});
