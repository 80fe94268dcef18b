import { describe, expect, it } from "vitest";
import { allocate, allocationReport } from "../../src/matching/index.js";
import { deepFreeze, hostileValues, prototypeIsClean } from "../helpers/junk.js";
import { PUBLISHED } from "./examples.js";
import { TWO_BY_TWO } from "./fixtures.js";

const SA = PUBLISHED[0]?.problem as (typeof PUBLISHED)[number]["problem"];

describe("allocationReport", () => {
  it("reports the rank distribution, the unassigned and the free seats (SA docs example)", () => {
    const allocation = allocate(SA);
    if (!allocation.ok) throw new Error("SA");
    // A→X1 (1st), B→Y2 (1st), C→X1 (1st), D→Y1 (3rd), E→Y2 (2nd).
    expect(allocationReport(SA, allocation.value)).toEqual({
      ok: true,
      issues: [],
      value: {
        learners: 5,
        assigned: 5,
        unassigned: [],
        rankDistribution: [3, 1, 1],
        meanChoice: 1.6,
        projects: [
          { projectId: "X1", supervisorId: "X", capacity: 2, assigned: 2, free: 0, usable: 0 },
          { projectId: "X2", supervisorId: "X", capacity: 2, assigned: 0, free: 2, usable: 1 },
          { projectId: "Y1", supervisorId: "Y", capacity: 2, assigned: 1, free: 1, usable: 0 },
          { projectId: "Y2", supervisorId: "Y", capacity: 2, assigned: 2, free: 0, usable: 0 },
        ],
        supervisors: [
          { supervisorId: "X", capacity: 3, assigned: 2, free: 1, projectSeatsFree: 2 },
          { supervisorId: "Y", capacity: 3, assigned: 3, free: 0, projectSeatsFree: 1 },
        ],
        freeSeats: 3,
        usableSeats: 1,
        blockingPairs: 0,
        message: "5 of 5 learners placed; 3 got their first choice; mean choice 1.6.",
      },
    });
  });

  it("counts unassigned learners, blocking pairs, and writes French", () => {
    const result = allocationReport(
      TWO_BY_TWO,
      { matches: [{ learnerId: "ben", projectId: "cobot" }] },
      { locale: "fr" },
    );
    expect(result).toMatchObject({
      ok: true,
      value: {
        assigned: 1,
        unassigned: ["ana"],
        rankDistribution: [1],
        meanChoice: 1,
        blockingPairs: 1,
        message:
          "1 apprenant affecté sur 2 ; 1 avec son premier choix ; choix moyen 1 ; 1 paire bloquante : non stable.",
      },
    });
    const none = allocationReport(TWO_BY_TWO, { matches: [] });
    expect(none.ok && none.value.meanChoice).toBeNull();
    expect(none.ok && none.value.message).toBe(
      "0 of 2 learners placed; 0 got their first choice; 3 blocking pairs: not stable.",
    );
  });

  it("keeps huge capacities as given", () => {
    const result = allocationReport(
      {
        learners: [{ id: "a", preferences: ["p"] }],
        projects: [{ id: "p", capacity: 1e9, supervisorId: "s" }],
        supervisors: [{ id: "s", capacity: 5, preferences: ["a"] }],
      },
      { matches: [{ learnerId: "a", projectId: "p" }], unassigned: [] },
    );
    expect(result.ok && result.value.projects[0]).toEqual({
      projectId: "p",
      supervisorId: "s",
      capacity: 1e9,
      assigned: 1,
      free: 999_999_999,
      usable: 4,
    });
  });

  it("returns allocation.over_capacity for an over-full allocation", () => {
    const result = allocationReport(TWO_BY_TWO, {
      matches: [
        { learnerId: "ana", projectId: "cobot" },
        { learnerId: "ben", projectId: "cobot" },
      ],
    });
    expect(result.ok).toBe(false);
    expect(result.issues.map((i) => i.code)).toEqual([
      "allocation.over_capacity",
      "allocation.over_capacity",
    ]);
  });

  it("never throws on junk and leaves frozen input alone", () => {
    const problem = deepFreeze(structuredClone(TWO_BY_TWO));
    for (const value of hostileValues()) {
      expect(allocationReport(value, { matches: [] }).ok).toBe(false);
      expect(allocationReport(problem, value).ok).toBe(false);
    }
    expect(problem).toEqual(TWO_BY_TWO);
    expect(prototypeIsClean()).toBe(true);
  });
});
