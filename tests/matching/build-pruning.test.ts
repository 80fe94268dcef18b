import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  buildAllocationProblem,
  DEFAULT_MAX_PREFERENCES,
  type ProjectOffer,
} from "../../src/matching/index.js";
import type { Learner } from "../../src/pathway/index.js";
import { periodOf, point, STATUSES } from "./arbitraries.js";
import { ANA, COBOT } from "./fixtures.js";
import { asOffers, bruteForce, expectOracle } from "./list-oracle.js";

const CODES = ["H2913", "I1304", "M1805", "H1208"];
const DATES = ["2026-01-05", "2026-02-01", "2026-03-15", "2026-05-31", "2026-06-30"];
const period = periodOf(DATES);
const level = fc.integer({ min: 1, max: 8 }) as fc.Arbitrary<Learner["level"] & number>;

const learner = fc.record(
  {
    level,
    status: fc.constantFrom(...STATUSES),
    skills: fc.array(
      fc.record({ code: fc.constantFrom(...CODES), level: fc.constantFrom(1, 2, 3, 4 as const) }),
      { maxLength: 3 },
    ),
    interests: fc.array(fc.constantFrom(...CODES, "robotics"), { maxLength: 2 }),
    availability: fc.array(period, { maxLength: 2 }),
    location: point,
    maxDistanceKm: fc.constantFrom(0, 5, 40, 150, 400, 20_000),
  },
  { requiredKeys: [] },
);

const project = fc.record(
  {
    partnerId: fc.constantFrom("framatome", "michelin"),
    supervisorId: fc.constantFrom("sup-a", "sup-b"),
    capacity: fc.integer({ min: 1, max: 3 }),
    period,
    skills: fc.array(
      fc.record({
        code: fc.constantFrom(...CODES),
        level: fc.constantFrom(1, 2, 3, 4 as const),
        essential: fc.boolean(),
      }),
      { maxLength: 3 },
    ),
    levels: fc.record({ min: level, max: level }, { requiredKeys: [] }),
    statuses: fc.subarray([...STATUSES]),
    location: point,
    remote: fc.boolean(),
  },
  { requiredKeys: ["partnerId", "capacity", "period", "skills"] },
);

const options = fc.record(
  {
    strictProfile: fc.boolean(),
    requireEssentialSkills: fc.boolean(),
    maxDistanceKm: fc.constantFrom(10, 60, 1000),
    seed: fc.integer({ min: 0, max: 1000 }),
    weights: fc.record({ distance: fc.constantFrom(0, 0.15, 1), skills: fc.constantFrom(0.45, 2) }),
  },
  { requiredKeys: [] },
);

const instanceOf = (minProjects: number, maxProjects: number) =>
  fc.record({
    learners: fc
      .array(learner, { maxLength: 6 })
      .map((list) => list.map((l, i): Learner => ({ ...l, id: `l${(i * 7) % 10}${i}` }))),
    projects: fc
      .array(project, { minLength: minProjects, maxLength: maxProjects })
      .map((list): ProjectOffer[] => asOffers(list, (j) => `p${(j * 5) % 9}${j}`)),
    options,
  });

describe("buildAllocationProblem: candidate pruning", () => {
  it("gives the problem of scoring every pair when maxPreferences is unbounded", () => {
    fc.assert(
      fc.property(instanceOf(0, 8), ({ learners, projects, options: o }) => {
        const built = buildAllocationProblem(learners, projects, {
          ...o,
          maxPreferences: Number.POSITIVE_INFINITY,
        });
        expect(built.ok).toBe(true);
        if (!built.ok) return;
        const oracle = bruteForce(learners, projects, o, Number.POSITIVE_INFINITY);
        expect(built.value.problem).toEqual(oracle.problem);
        expect(built.value.scores).toEqual(oracle.scores);
        const { considered, pruned, scored, kept } = built.value.stats;
        expect(considered).toBe(learners.length * projects.length);
        expect(pruned + scored).toBe(considered);
        expect(kept).toBe(oracle.scores.length);
      }),
      { numRuns: 150 },
    );
  });

  it("keeps the best maxPreferences of scoring every pair when it is bounded", () => {
    fc.assert(
      fc.property(
        instanceOf(4, 16),
        fc.integer({ min: 0, max: 3 }),
        ({ learners, projects, options: o }, k) => expectOracle(learners, projects, o, k),
      ),
      { numRuns: 150 },
    );
  });

  it("keeps the k best of scoring every pair when candidates are set aside by their codes", () => {
    // Many projects of five skills from a pool of codes: most share at most one code with a
    // learner, so they are set aside and only the few whose bound reaches the floor of the
    // others are measured. A pool of more than 64 codes turns the code sets off.
    const manyCodes = (pool: number) =>
      fc.constantFrom(...Array.from({ length: pool }, (_, k) => `C${k}`));
    const instance = fc
      .record({
        pool: fc.constantFrom(6, 12, 40, 70),
        learnerCount: fc.integer({ min: 1, max: 4 }),
        projectCount: fc.integer({ min: 10, max: 40 }),
        seed: fc.integer({ min: 0, max: 1000 }),
      })
      .chain(({ pool, learnerCount, projectCount, seed }) =>
        fc.record({
          learners: fc.array(
            fc.record(
              {
                level,
                status: fc.constantFrom(...STATUSES),
                skills: fc.array(
                  fc.record({ code: manyCodes(pool), level: fc.constantFrom(1, 2, 3, 4 as const) }),
                  { maxLength: 6 },
                ),
                interests: fc.array(manyCodes(pool), { maxLength: 3 }),
                availability: fc.array(period, { minLength: 1, maxLength: 2 }),
                location: point,
                maxDistanceKm: fc.constantFrom(40, 150, 400),
              },
              { requiredKeys: ["skills", "location"] },
            ),
            { minLength: learnerCount, maxLength: learnerCount },
          ),
          projects: fc.array(
            fc.record(
              {
                partnerId: fc.constantFrom("framatome", "michelin"),
                capacity: fc.integer({ min: 1, max: 3 }),
                period,
                skills: fc.array(
                  fc.record({
                    code: manyCodes(pool),
                    level: fc.constantFrom(1, 2, 3, 4 as const),
                    essential: fc.boolean(),
                  }),
                  { maxLength: 5 },
                ),
                location: point,
                remote: fc.boolean(),
                levels: fc.record({ min: level }, { requiredKeys: [] }),
              },
              { requiredKeys: ["partnerId", "capacity", "period", "skills"] },
            ),
            { minLength: projectCount, maxLength: projectCount },
          ),
          options: fc.record(
            {
              seed: fc.constant(seed),
              essentialWeight: fc.constantFrom(0, 1, 2, 5),
              weights: fc.record({
                interests: fc.constantFrom(0, 0.1, 1),
                distance: fc.constantFrom(0, 0.15, 1),
              }),
            },
            { requiredKeys: [] },
          ),
        }),
      );
    fc.assert(
      fc.property(instance, fc.integer({ min: 1, max: 5 }), (generated, k) => {
        const learners = generated.learners.map((l, i): Learner => ({ ...l, id: `l${i}` }));
        const projects: ProjectOffer[] = asOffers(
          generated.projects,
          (j) => `p${(j * 7) % 11}${j}`,
        );
        expectOracle(learners, projects, generated.options, k);
      }),
      { numRuns: 200 },
    );
  });

  it("keeps the top k of scoring every pair on instances full of ties, across cells and dates", () => {
    // Projects are copies of a few templates (same skills, dates and places: equal scores),
    // placed at a few points: in one cell, on the edges of 0.25° cells, across the antimeridian
    // and near a pole, so that cell bounds, list bounds and the tie-break all decide.
    const region = fc.record({
      lat: fc.double({ min: 46.4, max: 47.1, noNaN: true }),
      lon: fc.double({ min: 4, max: 5, noNaN: true }),
    });
    const spot = fc.constantFrom(
      { lat: 46.8, lon: 4.4 },
      { lat: 46.75, lon: 4.5 },
      { lat: 46.5, lon: 4.25 },
      { lat: 46.99, lon: 4.49 },
      { lat: 47.25, lon: 5 },
      { lat: 45.78, lon: 3.09 },
      { lat: 0, lon: 179.99 },
      { lat: 0, lon: -180 },
      { lat: 89.99, lon: 0 },
    );
    const place = fc.oneof(region, spot);
    const code = fc.constantFrom("A", "B", "C", "D", "E", "F");
    const skills = fc.uniqueArray(
      fc.record({
        code,
        level: fc.constantFrom(1, 2, 3, 4 as const),
        essential: fc.boolean(),
      }),
      { maxLength: 5, selector: (skill) => skill.code },
    );
    const template = fc.record(
      {
        skills,
        period: fc.oneof(period, fc.constant({ start: "2026-01-05", end: "2026-06-30" })),
        levels: fc.record({ min: level }, { requiredKeys: [] }),
        statuses: fc.subarray([...STATUSES], { minLength: 1 }),
        remote: fc.boolean(),
      },
      { requiredKeys: ["skills", "period"] },
    );
    const instance = fc.record({
      templates: fc.array(template, { minLength: 1, maxLength: 5 }),
      picks: fc.array(
        fc.record({
          template: fc.nat(),
          location: fc.option(place, { nil: undefined }),
          capacity: fc.integer({ min: 1, max: 2 }),
        }),
        { minLength: 10, maxLength: 60 },
      ),
      learners: fc.array(
        fc.record(
          {
            level,
            status: fc.constantFrom(...STATUSES),
            skills: fc.array(fc.record({ code, level: fc.constantFrom(1, 2, 3, 4 as const) }), {
              maxLength: 5,
            }),
            interests: fc.array(code, { maxLength: 2 }),
            availability: fc.array(period, { minLength: 1, maxLength: 2 }),
            location: place,
            maxDistanceKm: fc.constantFrom(10, 40, 80, 150, 20_000),
          },
          { requiredKeys: ["skills"] },
        ),
        { minLength: 1, maxLength: 4 },
      ),
      options: fc.record(
        {
          seed: fc.integer({ min: 0, max: 1000 }),
          strictProfile: fc.boolean(),
          maxDistanceKm: fc.constantFrom(30, 500),
          essentialWeight: fc.constantFrom(1, 2, 3),
          weights: fc.record({
            distance: fc.constantFrom(0.15, 1, 3),
            skills: fc.constantFrom(0.1, 0.45, 2),
            interests: fc.constantFrom(0, 0.1, 1),
          }),
        },
        { requiredKeys: [] },
      ),
    });
    fc.assert(
      fc.property(instance, fc.integer({ min: 1, max: 4 }), (generated, k) => {
        const { templates, picks, options: o } = generated;
        const projects = picks.map(({ template: x, location, capacity }, j): ProjectOffer => {
          const { period: p, ...rest } = templates[x % templates.length] as (typeof templates)[0];
          return {
            ...rest,
            ...(location === undefined ? {} : { location }),
            id: `p${(j * 7) % 11}${j}`,
            title: `Project ${j}`,
            partnerId: j % 2 === 0 ? "framatome" : "michelin",
            capacity,
            start: p.start,
            end: p.end,
          };
        });
        const learners = generated.learners.map((l, i): Learner => ({ ...l, id: `l${i}` }));
        expectOracle(learners, projects, o, k);
      }),
      { numRuns: 300 },
    );
  });

  it("keeps the top k of scoring every pair for learners with many codes, by walking the cells", () => {
    // A learner with dozens of codes has hundreds of pairs of codes: with few projects, the
    // builder walks the cells instead of looking up each pair's list.
    const pool = Array.from({ length: 60 }, (_, k) => `C${k}`);
    const instance = fc.record({
      learners: fc.array(
        fc.record({
          skills: fc
            .shuffledSubarray(pool, { minLength: 30, maxLength: 60 })
            .chain((codes) =>
              fc.tuple(
                ...codes.map((code) =>
                  fc.constantFrom(1, 2, 3, 4 as const).map((l) => ({ code, level: l })),
                ),
              ),
            ),
          availability: fc.array(period, { minLength: 1, maxLength: 2 }),
          location: point,
          maxDistanceKm: fc.constantFrom(40, 400, 20_000),
        }),
        { minLength: 1, maxLength: 3 },
      ),
      projects: fc.array(
        fc.record({
          skills: fc.uniqueArray(
            fc.record({
              code: fc.constantFrom(...pool),
              level: fc.constantFrom(1, 2, 3, 4 as const),
              essential: fc.boolean(),
            }),
            { minLength: 1, maxLength: 5, selector: (skill) => skill.code },
          ),
          period,
          location: point,
          remote: fc.boolean(),
        }),
        { minLength: 5, maxLength: 25 },
      ),
      seed: fc.integer({ min: 0, max: 1000 }),
    });
    fc.assert(
      fc.property(instance, fc.integer({ min: 1, max: 4 }), (generated, k) => {
        const learners = generated.learners.map((l, i): Learner => ({ ...l, id: `l${i}` }));
        const projects = generated.projects.map(
          ({ period: p, ...rest }, j): ProjectOffer => ({
            ...rest,
            id: `p${j}`,
            title: `Project ${j}`,
            partnerId: "framatome",
            capacity: 1,
            start: p.start,
            end: p.end,
          }),
        );
        expectOracle(learners, projects, { seed: generated.seed }, k);
      }),
      { numRuns: 60 },
    );
  });

  it("bounds generated lists to 20 by default, keeps own preferences, and counts the pairs", () => {
    expect(DEFAULT_MAX_PREFERENCES).toBe(20);
    const projects = Array.from(
      { length: 30 },
      (_, j): ProjectOffer => ({ ...COBOT, id: `p${String(j).padStart(2, "0")}` }),
    );
    const own = Array.from({ length: 25 }, (_, j) => `p${String(j).padStart(2, "0")}`);
    const built = buildAllocationProblem(
      [
        ANA,
        { ...ANA, id: "ben", preferences: own },
        { ...ANA, id: "eva", status: "pupil" },
        { ...ANA, id: "zoe" },
      ],
      projects,
    );
    expect(built.ok).toBe(true);
    if (!built.ok) return;
    const [ana, ben, eva, zoe] = built.value.problem.learners;
    expect(zoe?.preferences).toEqual(ana?.preferences);
    expect(ana?.preferences).toHaveLength(20);
    expect(ben?.preferences).toEqual(own);
    expect(eva?.preferences).toEqual([]);
    expect(built.value.stats).toEqual({ considered: 120, pruned: 35, scored: 85, kept: 65 });
  });
});
