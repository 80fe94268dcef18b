import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  DEFAULT_SCORE_WEIGHTS,
  haversineKm,
  type ProjectOffer,
  type ScoreMatchOptions,
  scoreMatch,
} from "../../src/matching/index.js";
import { isDate } from "../../src/matching/score.js";
import type { Learner } from "../../src/pathway/index.js";
import { isIsoDate } from "../../src/shared/index.js";
import { deepFreeze, hostileValues, junk, prototypeIsClean } from "../helpers/junk.js";
import { ANA, COBOT, TWIN } from "./fixtures.js";

const kinds = (learner: Learner, project: ProjectOffer, options = {}) =>
  scoreMatch(learner, project, options).reasons.map((r) => [r.kind, r.excludes]);

/** A project from 2026-03-02 to 2026-03-13 (12 days). */
const SHORT: ProjectOffer = { ...COBOT, start: "2026-03-02", end: "2026-03-13" };

describe("scoreMatch", () => {
  it("scores and explains an eligible pair", () => {
    const match = scoreMatch(ANA, COBOT);
    expect(match).toMatchObject({
      eligible: true,
      score: 0.845314832,
      breakdown: { availability: 1, level: 1, interests: 0.5 },
      gaps: [{ code: "H2913", required: 3, actual: 2 }],
      issues: [],
    });
    expect(match.breakdown.skills).toBeCloseTo(7 / 9, 12);
    expect(match.distanceKm).toBeCloseTo(1.249, 3);
    expect(match.reasons.map((r) => r.message)).toEqual([
      "Essential skill H2913: level 3 required, the learner has 2.",
      "Available for the whole project.",
      "1.2 km away.",
      "1 of 2 skills at the required level.",
      "Interested in H2913.",
    ]);
  });

  it("writes reasons in French", () => {
    expect(scoreMatch(ANA, COBOT, { locale: "fr" }).reasons.map((r) => r.message)).toEqual([
      "Compétence essentielle H2913 : niveau 3 requis, l'apprenant a le niveau 2.",
      "Disponible pendant tout le projet.",
      "À 1,2 km.",
      "1 compétence sur 2 au niveau requis.",
      "Intérêt pour H2913.",
    ]);
  });

  describe("availability", () => {
    const at = (start: string, end: string) =>
      scoreMatch({ ...ANA, availability: [{ start, end }] }, SHORT);

    it("excludes a learner whose availability ends the day before the project starts", () => {
      expect(at("2026-02-01", "2026-03-01")).toMatchObject({
        eligible: false,
        breakdown: { availability: 0 },
      });
      expect(at("2026-02-01", "2026-03-01").reasons[0]).toEqual({
        kind: "unavailable",
        excludes: true,
        message: "Not available during the project (2026-03-02 to 2026-03-13).",
      });
    });

    it("accepts one day of overlap on the first day, and counts it", () => {
      expect(at("2026-02-01", "2026-03-02")).toMatchObject({
        eligible: true,
        breakdown: { availability: 1 / 12 },
      });
      expect(at("2026-02-01", "2026-03-02").reasons).toContainEqual({
        kind: "availability",
        excludes: false,
        message: "Available 1 of the project's 12 days.",
      });
    });

    it("accepts one day of overlap on the last day, and excludes from the day after", () => {
      expect(at("2026-03-13", "2026-04-01")).toMatchObject({
        eligible: true,
        breakdown: { availability: 1 / 12 },
      });
      expect(at("2026-03-14", "2026-04-01").eligible).toBe(false);
    });

    it("counts the union of overlapping periods once", () => {
      const match = scoreMatch(
        {
          ...ANA,
          availability: [
            { start: "2026-03-05", end: "2026-03-08" },
            { start: "2026-03-01", end: "2026-03-03" },
            { start: "2026-03-07", end: "2026-03-10" },
            { start: "2026-03-06", end: "2026-03-06" },
            { start: "2026-04-01", end: "2026-04-30" },
          ],
        },
        SHORT,
      );
      // 2–3 March and 5–10 March: 8 of 12 days.
      expect(match.breakdown.availability).toBe(8 / 12);
      expect(
        scoreMatch({ ...ANA, availability: [{ start: "2026-03-10", end: "2026-03-01" }] }, SHORT)
          .eligible,
      ).toBe(false);
    });

    it("treats an empty list as unavailable and a missing one as unknown", () => {
      expect(scoreMatch({ ...ANA, availability: [] }, SHORT).eligible).toBe(false);
      const { availability: _, ...noDates } = ANA;
      expect(scoreMatch(noDates, SHORT)).toMatchObject({
        eligible: true,
        breakdown: { availability: 0.5 },
      });
      expect(kinds(noDates, SHORT)).toContainEqual(["availability-unknown", false]);
      expect(scoreMatch(noDates, SHORT, { strictProfile: true }).eligible).toBe(false);
      expect(kinds(noDates, SHORT, { strictProfile: true })[0]).toEqual([
        "availability-unknown",
        true,
      ]);
    });
  });

  describe("level", () => {
    it("applies levels.min and levels.max inclusively", () => {
      const range = { ...COBOT, levels: { min: 4 as const, max: 6 as const } };
      expect(scoreMatch({ ...ANA, level: 3 }, range)).toMatchObject({
        eligible: false,
        breakdown: { level: 0 },
      });
      expect(scoreMatch({ ...ANA, level: 4 }, range)).toMatchObject({
        eligible: true,
        breakdown: { level: 1 },
      });
      expect(scoreMatch({ ...ANA, level: 6 }, range).eligible).toBe(true);
      expect(scoreMatch({ ...ANA, level: 7 }, range).eligible).toBe(false);
      expect(scoreMatch({ ...ANA, level: 3 }, range).reasons[0]?.message).toBe(
        "Level 3 is below the project's minimum (4).",
      );
      expect(scoreMatch({ ...ANA, level: 7 }, range, { locale: "fr" }).reasons[0]?.message).toBe(
        "Le niveau 7 dépasse le maximum du projet (6).",
      );
    });

    it("treats a missing level as unknown, and ignores levels when the project sets none", () => {
      const { level: _, ...noLevel } = ANA;
      expect(scoreMatch(noLevel, COBOT)).toMatchObject({
        eligible: true,
        breakdown: { level: 0.5 },
      });
      expect(
        scoreMatch(noLevel, COBOT).reasons.find((r) => r.kind === "level-unknown")?.message,
      ).toBe("Qualification level not given; the project asks for 4 to 6.");
      expect(
        scoreMatch(noLevel, { ...COBOT, levels: { min: 5 } }, { locale: "fr", strictProfile: true })
          .reasons[0],
      ).toEqual({
        kind: "level-unknown",
        excludes: true,
        message: "Niveau de qualification non renseigné ; le projet demande au moins 5.",
      });
      expect(
        scoreMatch(noLevel, { ...COBOT, levels: { max: 4 } }).reasons.find(
          (r) => r.kind === "level-unknown",
        )?.message,
      ).toContain("at most 4");
      expect(scoreMatch({ ...ANA, level: 1 }, TWIN).breakdown.level).toBe(1);
      expect(scoreMatch({ ...ANA, level: 1 }, { ...TWIN, levels: {} }).breakdown.level).toBe(1);
    });
  });

  describe("status", () => {
    it("excludes a status the project does not accept", () => {
      const match = scoreMatch({ ...ANA, status: "job-seeker" }, COBOT);
      expect(match.eligible).toBe(false);
      expect(match.reasons[0]?.message).toBe(
        "Status job seeker is not among those accepted (apprentice, student).",
      );
      expect(
        scoreMatch({ ...ANA, status: "job-seeker" }, COBOT, { locale: "fr" }).reasons[0]?.message,
      ).toBe(
        "Le statut demandeur d'emploi ne fait pas partie des statuts acceptés (apprenti, étudiant).",
      );
      expect(scoreMatch(ANA, { ...COBOT, statuses: [] }).reasons[0]?.message).toContain("(none)");
    });

    it("treats a missing status as unknown", () => {
      const { status: _, ...noStatus } = ANA;
      expect(scoreMatch(noStatus, COBOT).eligible).toBe(true);
      expect(scoreMatch(noStatus, COBOT, { strictProfile: true }).reasons[0]?.message).toBe(
        "Status not given; the project accepts: apprentice, student.",
      );
    });
  });

  describe("distance", () => {
    const km = haversineKm(
      ANA.location as { lat: number; lon: number },
      COBOT.location as { lat: number; lon: number },
    );

    it("accepts a project exactly at the learner's limit and excludes one beyond", () => {
      expect(scoreMatch({ ...ANA, maxDistanceKm: km }, COBOT)).toMatchObject({
        eligible: true,
        breakdown: { distance: 0 },
      });
      expect(scoreMatch({ ...ANA, maxDistanceKm: km * 0.999 }, COBOT).eligible).toBe(false);
      expect(scoreMatch(ANA, TWIN).reasons[0]).toEqual({
        kind: "too-far",
        excludes: true,
        message: "153 km away, beyond the limit of 40 km.",
      });
    });

    it("ignores distance for remote projects", () => {
      const match = scoreMatch(ANA, { ...TWIN, remote: true });
      expect(match).toMatchObject({ eligible: true, breakdown: { distance: 1 } });
      expect(match.reasons).toContainEqual({
        kind: "remote",
        excludes: false,
        message: "Can be done remotely.",
      });
    });

    it("uses options.maxDistanceKm and distanceScaleKm for learners without a limit", () => {
      const { maxDistanceKm: _, ...noLimit } = ANA;
      expect(scoreMatch(noLimit, TWIN).eligible).toBe(true);
      expect(scoreMatch(noLimit, TWIN).breakdown.distance).toBe(0);
      expect(scoreMatch(noLimit, TWIN, { maxDistanceKm: 150 }).eligible).toBe(false);
      expect(
        scoreMatch(noLimit, TWIN, { distanceScaleKm: 306.5652627598134 }).breakdown.distance,
      ).toBeCloseTo(0.5, 6);
      expect(
        scoreMatch({ ...ANA, maxDistanceKm: 0 }, { ...COBOT, location: ANA.location }).eligible,
      ).toBe(true);
    });

    it("treats a missing location as unknown; strict excludes it only when a limit applies", () => {
      const { location: _, ...nowhere } = ANA;
      expect(scoreMatch(nowhere, COBOT)).toMatchObject({
        eligible: true,
        distanceKm: null,
        breakdown: { distance: 0.5 },
      });
      expect(scoreMatch(nowhere, COBOT, { strictProfile: true }).eligible).toBe(false);
      const { maxDistanceKm: __, ...free } = nowhere;
      expect(scoreMatch(free, COBOT, { strictProfile: true }).eligible).toBe(true);
      expect(kinds(free, COBOT, { strictProfile: true })).toContainEqual([
        "location-unknown",
        false,
      ]);
      const { location: ___, ...unlocated } = COBOT;
      expect(scoreMatch(ANA, unlocated, { locale: "fr" }).reasons).toContainEqual({
        kind: "location-unknown",
        excludes: false,
        message: "Distance inconnue (localisation manquante).",
      });
    });

    it("writes distances under 10 km with one decimal", () => {
      expect(
        scoreMatch({ ...ANA, location: { lat: 46.8015, lon: 4.5 } }, COBOT).reasons,
      ).toContainEqual({
        kind: "distance",
        excludes: false,
        message: "5.2 km away.",
      });
    });
  });

  describe("skills", () => {
    it("weights essential skills by essentialWeight and caps mastery at the required level", () => {
      // H2913 essential 2/3, I1304 optional 3≥2 → (2·2/3 + 1) / 3.
      expect(scoreMatch(ANA, COBOT).breakdown.skills).toBeCloseTo(7 / 9, 12);
      expect(scoreMatch(ANA, COBOT, { essentialWeight: 1 }).breakdown.skills).toBeCloseTo(
        5 / 6,
        12,
      );
      expect(scoreMatch(ANA, COBOT, { essentialWeight: 0 }).breakdown.skills).toBe(1);
      expect(scoreMatch(ANA, { ...COBOT, skills: [] }).breakdown.skills).toBe(1);
      expect(
        scoreMatch(
          ANA,
          { ...COBOT, skills: [{ code: "X", level: 2, essential: true }] },
          { essentialWeight: 0 },
        ).breakdown.skills,
      ).toBe(1);
    });

    it("lists essential skills missing or below level as gaps, not optional ones", () => {
      const match = scoreMatch({ ...ANA, skills: [] }, COBOT);
      expect(match.gaps).toEqual([{ code: "H2913", required: 3, actual: 0 }]);
      expect(match.reasons[0]?.message).toBe("Essential skill H2913 (level 3) is missing.");
      expect(scoreMatch({ ...ANA, skills: [{ code: "H2913", level: 3 }] }, COBOT).gaps).toEqual([]);
      const { skills: _, ...noSkills } = ANA;
      expect(scoreMatch(noSkills, COBOT, { locale: "fr" }).reasons[0]?.message).toBe(
        "Compétence essentielle H2913 (niveau 3) absente.",
      );
    });

    it("excludes pairs with gaps when requireEssentialSkills is set", () => {
      const match = scoreMatch(ANA, COBOT, { requireEssentialSkills: true });
      expect(match.eligible).toBe(false);
      expect(match.reasons[0]).toMatchObject({ kind: "skill-gap", excludes: true });
    });

    it("scores interests as the share of project skills the learner is interested in", () => {
      expect(scoreMatch({ ...ANA, interests: ["H2913", "I1304"] }, COBOT).breakdown.interests).toBe(
        1,
      );
      expect(scoreMatch({ ...ANA, interests: [] }, COBOT).breakdown.interests).toBe(0.5);
      expect(scoreMatch({ ...ANA, interests: ["welding"] }, COBOT).breakdown.interests).toBe(0);
      expect(
        scoreMatch({ ...ANA, interests: ["H2913", "I1304"] }, COBOT, { locale: "fr" }).reasons.at(
          -1,
        )?.message,
      ).toBe("Intérêt pour H2913, I1304.");
    });
  });

  describe("weights", () => {
    it("combines the components with the documented default weights", () => {
      const m = scoreMatch(ANA, COBOT);
      const w = DEFAULT_SCORE_WEIGHTS;
      const expected =
        w.skills * m.breakdown.skills +
        w.availability * m.breakdown.availability +
        w.distance * m.breakdown.distance +
        w.level * m.breakdown.level +
        w.interests * m.breakdown.interests;
      expect(m.score).toBe(Math.round(expected * 1e9) / 1e9);
    });

    it("takes partial weights, and reports bad ones instead of guessing", () => {
      const skillsOnly = { skills: 1, availability: 0, distance: 0, level: 0, interests: 0 };
      expect(scoreMatch(ANA, COBOT, { weights: skillsOnly }).score).toBe(
        Math.round((7 / 9) * 1e9) / 1e9,
      );
      expect(scoreMatch(ANA, COBOT, { weights: { skills: 0.45 } }).score).toBe(
        scoreMatch(ANA, COBOT).score,
      );
      const refused = (options: ScoreMatchOptions) => {
        const match = scoreMatch(ANA, COBOT, options);
        expect([match.eligible, match.score]).toEqual([false, 0]);
        return match.issues.map((i) => [i.code, i.path]);
      };
      expect(refused({ weights: { skills: -1, distance: Number.NaN } })).toEqual([
        ["matching.invalid_option", ["options", "weights", "skills"]],
        ["matching.invalid_option", ["options", "weights", "distance"]],
      ]);
      expect(
        refused({ weights: { skills: 0, availability: 0, distance: 0, level: 0, interests: 0 } }),
      ).toEqual([["matching.invalid_option", ["options", "weights"]]]);
      expect(refused({ weights: "heavy" as never })).toEqual([
        ["matching.invalid_option", ["options", "weights"]],
      ]);
      expect(refused({ weights: { skill: 1 } as never })).toEqual([
        ["matching.invalid_option", ["options", "weights", "skill"]],
      ]);
    });

    it("reports every other option it cannot use, in English or French", () => {
      const paths = (options: Record<string, unknown>) =>
        scoreMatch(ANA, COBOT, options as ScoreMatchOptions).issues.map((i) => i.path[1]);
      expect(
        paths({
          essentialWeight: Number.POSITIVE_INFINITY,
          distanceScaleKm: 0,
          maxDistanceKm: "60",
          strictProfile: "yes",
          requireEssentialSkills: 1,
          explain: "no",
        }),
      ).toEqual([
        "essentialWeight",
        "distanceScaleKm",
        "maxDistanceKm",
        "strictProfile",
        "requireEssentialSkills",
        "explain",
      ]);
      expect(paths({ maxDistanceKm: Number.POSITIVE_INFINITY, strictProfile: false })).toEqual([]);
      const getterOnly = Object.defineProperty({ locale: "fr" }, "strictProfile", {
        get() {
          throw new Error("boom");
        },
      });
      expect(scoreMatch(ANA, COBOT, getterOnly as never).issues[0]?.message).toBe(
        "L'option strictProfile doit être un booléen (true ou false) ; reçu une valeur illisible.",
      );
    });

    it("stays within 0..1 and is deterministic", () => {
      fc.assert(
        fc.property(
          fc.record({
            level: fc.integer({ min: 1, max: 8 }),
            skill: fc.integer({ min: 1, max: 4 }),
            lat: fc.double({ min: 40, max: 50, noNaN: true }),
            weight: fc.double({ min: 0, max: 10, noNaN: true }),
          }),
          ({ level, skill, lat, weight }) => {
            const learner = {
              ...ANA,
              level: level as 1,
              skills: [{ code: "H2913", level: skill as 1 }],
              location: { lat, lon: 4 },
            };
            const a = scoreMatch(learner, COBOT, { weights: { distance: weight } });
            expect(a.score).toBeGreaterThanOrEqual(0);
            expect(a.score).toBeLessThanOrEqual(1);
            expect(scoreMatch(learner, COBOT, { weights: { distance: weight } })).toEqual(a);
          },
        ),
        { numRuns: 200 },
      );
    });
  });

  it("skips reasons with explain: false and changes nothing else", () => {
    const full = scoreMatch(ANA, TWIN);
    const bare = scoreMatch(ANA, TWIN, { explain: false });
    expect(bare).toEqual({ ...full, reasons: [] });
  });

  it("returns matching.invalid_input for a learner or project that is not valid", () => {
    const match = scoreMatch(
      { ...ANA, level: 9 } as never,
      { ...COBOT, skills: "welding" } as never,
      { locale: "fr" },
    );
    expect(match).toMatchObject({ eligible: false, score: 0, gaps: [], distanceKm: null });
    expect(match.issues.map((i) => [i.code, i.path])).toEqual([
      ["matching.invalid_input", ["learner", "level"]],
      ["matching.invalid_input", ["project", "skills"]],
    ]);
    expect(match.reasons).toEqual([
      {
        kind: "invalid-input",
        excludes: true,
        message: "L'apprenant ou le projet n'est pas valide (voir issues).",
      },
    ]);
    expect(scoreMatch(ANA, { ...COBOT, start: "2026-02-30" }).issues[0]?.path).toEqual([
      "project",
      "start",
    ]);
  });

  it("returns matching.period_invalid for a project that ends before it starts", () => {
    expect(scoreMatch(ANA, { ...COBOT, end: "2026-01-04" }).issues).toMatchObject([
      {
        code: "matching.period_invalid",
        path: ["project"],
        message: 'project: project "cobot" ends on 2026-01-04, before it starts on 2026-01-05.',
      },
    ]);
  });

  it("never throws on junk and leaves frozen input alone", () => {
    const learner = deepFreeze(structuredClone(ANA));
    const project = deepFreeze(structuredClone(COBOT));
    for (const value of hostileValues()) {
      expect(scoreMatch(value as Learner, project).eligible).toBe(false);
      expect(scoreMatch(learner, value as ProjectOffer).eligible).toBe(false);
      // Hostile options are either read as none or reported, never a crash or a guess.
      const withOptions = scoreMatch(learner, project, value as never);
      if (!withOptions.eligible) {
        expect(withOptions.issues.map((i) => i.code)).toContain("matching.invalid_option");
      }
    }
    fc.assert(
      fc.property(junk, junk, (l, p) => {
        const match = scoreMatch(l as Learner, p as ProjectOffer);
        expect(match.eligible).toBe(false);
      }),
      { numRuns: 300 },
    );
    expect(learner).toEqual(ANA);
    expect(project).toEqual(COBOT);
    expect(prototypeIsClean()).toBe(true);
  });
});

describe("scoreMatch input checks", () => {
  const learners: [string, unknown, (string | number)[]][] = [
    ["not an object", [], ["learner"]],
    ["an empty id", { ...ANA, id: "" }, ["learner", "id"]],
    ["a bad status", { ...ANA, status: "retired" }, ["learner", "status"]],
    ["a bad location", { ...ANA, location: { lat: 91, lon: 0 } }, ["learner", "location", "lat"]],
    [
      "a location that is not an object",
      { ...ANA, location: "Le Creusot" },
      ["learner", "location"],
    ],
    ["a negative limit", { ...ANA, maxDistanceKm: -1 }, ["learner", "maxDistanceKm"]],
    ["skills that are not a list", { ...ANA, skills: {} }, ["learner", "skills"]],
    ["a skill that is not an object", { ...ANA, skills: [null] }, ["learner", "skills", 0]],
    [
      "a skill of level 5",
      { ...ANA, skills: [{ code: "H2913", level: 5 }] },
      ["learner", "skills", 0, "level"],
    ],
    ["interests that are not a list", { ...ANA, interests: "robots" }, ["learner", "interests"]],
    [
      "an interest that is not a string",
      { ...ANA, interests: ["robots", 7] },
      ["learner", "interests", 1],
    ],
    [
      "an infinite limit",
      { ...ANA, maxDistanceKm: Number.POSITIVE_INFINITY },
      ["learner", "maxDistanceKm"],
    ],
    ["availability that is not a list", { ...ANA, availability: {} }, ["learner", "availability"]],
    [
      "a period that is not an object",
      { ...ANA, availability: [7] },
      ["learner", "availability", 0],
    ],
    [
      "an impossible date",
      { ...ANA, availability: [{ start: "2026-02-29", end: "2026-03-01" }] },
      ["learner", "availability", 0, "start"],
    ],
  ];
  it.each(learners)("reports a learner with %s", (_, learner, path) => {
    const match = scoreMatch(learner as Learner, COBOT);
    expect(match.eligible).toBe(false);
    expect(match.issues[0]?.path).toEqual(path);
  });

  const projects: [string, unknown, (string | number)[]][] = [
    ["not an object", null, ["project"]],
    ["skills that are not a list", { ...COBOT, skills: null }, ["project", "skills"]],
    ["a skill that is not an object", { ...COBOT, skills: [1] }, ["project", "skills", 0]],
    [
      "a skill without essential",
      { ...COBOT, skills: [{ code: "H2913", level: 2 }] },
      ["project", "skills", 0, "essential"],
    ],
    ["levels that are not an object", { ...COBOT, levels: 4 }, ["project", "levels"]],
    ["levels given as a list", { ...COBOT, levels: [] }, ["project", "levels"]],
    ["a bad minimum level", { ...COBOT, levels: { min: 0 } }, ["project", "levels", "min"]],
    ["a bad maximum level", { ...COBOT, levels: { max: 9 } }, ["project", "levels", "max"]],
    ["statuses that are not a list", { ...COBOT, statuses: "student" }, ["project", "statuses"]],
    ["a bad status", { ...COBOT, statuses: ["intern"] }, ["project", "statuses", 0]],
    [
      "a bad location",
      { ...COBOT, location: { lat: 0, lon: 181 } },
      ["project", "location", "lon"],
    ],
    ["a remote flag that is not a boolean", { ...COBOT, remote: "yes" }, ["project", "remote"]],
  ];
  it.each(projects)("reports a project with %s", (_, project, path) => {
    const match = scoreMatch(ANA, project as ProjectOffer);
    expect(match.eligible).toBe(false);
    expect(match.issues[0]?.path).toEqual(path);
  });

  it("accepts the upper and lower bounds of every range", () => {
    const edge: Learner = { ...ANA, level: 8, location: { lat: -90, lon: 180 }, maxDistanceKm: 0 };
    expect(scoreMatch(edge, { ...COBOT, levels: { min: 1, max: 8 }, remote: true }).eligible).toBe(
      true,
    );
  });
});

describe("the date check of scoring (with its cache of recent dates)", () => {
  const dateLike = fc.oneof(
    fc
      .tuple(
        fc.integer({ min: 0, max: 9999 }),
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 0, max: 32 }),
      )
      .map(
        ([y, m, d]) =>
          `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`,
      ),
    fc.string({ minLength: 10, maxLength: 10 }),
    fc.anything(),
  );

  it("gives the answer of the shared isIsoDate, first time and again", () => {
    fc.assert(
      fc.property(fc.array(dateLike, { maxLength: 40 }), (values) => {
        for (const value of [...values, ...values]) {
          expect(isDate(value)).toBe(isIsoDate(value));
        }
      }),
      { numRuns: 300 },
    );
  });

  it("never takes a string for a date it remembered under the same slot", () => {
    // 2024-02-29 and 2023-02-29 share month and day, hence the cache slot.
    expect(isDate("2024-02-29")).toBe(true);
    expect(isDate("2023-02-29")).toBe(false);
    expect(isDate("2024-02-29")).toBe(true);
  });
});
