/**
 * Small hand-made inputs shared by the matching tests.
 */

import type { AllocationProblem, ProjectOffer } from "../../src/matching/index.js";
import type { Learner } from "../../src/pathway/index.js";

/** Two learners, two projects of two supervisors (the example of the allocate TSDoc). */
export const TWO_BY_TWO: AllocationProblem = {
  learners: [
    { id: "ana", preferences: ["cobot", "twin"] },
    { id: "ben", preferences: ["cobot"] },
  ],
  projects: [
    { id: "cobot", capacity: 1, supervisorId: "framatome" },
    { id: "twin", capacity: 1, supervisorId: "michelin" },
  ],
  supervisors: [
    { id: "framatome", capacity: 1, preferences: ["ben", "ana"] },
    { id: "michelin", capacity: 1, preferences: ["ana"] },
  ],
};

/**
 * Three learners; supervisor s (capacity 1) offers p and q, t offers r and ranks only b: in the
 * learner-optimal allocation a gets p, b gets r and c nothing (q has room but s is full).
 */
export const THREE_LEARNERS: AllocationProblem = {
  learners: [
    { id: "a", preferences: ["p", "q"] },
    { id: "b", preferences: ["p", "r"] },
    { id: "c", preferences: ["q", "p", "r"] },
  ],
  projects: [
    { id: "p", capacity: 1, supervisorId: "s" },
    { id: "q", capacity: 2, supervisorId: "s" },
    { id: "r", capacity: 1, supervisorId: "t" },
  ],
  supervisors: [
    { id: "s", capacity: 1, preferences: ["a", "c", "b"] },
    { id: "t", capacity: 1, preferences: ["b"] },
  ],
};

/** A learner with a full matching profile, at the IUT du Creusot. */
export const ANA: Learner = {
  id: "ana",
  level: 5,
  status: "apprentice",
  skills: [
    { code: "H2913", level: 2 },
    { code: "I1304", level: 3 },
  ],
  interests: ["H2913", "robotics"],
  availability: [{ start: "2026-01-05", end: "2026-06-30" }],
  location: { lat: 46.8065, lon: 4.4175 },
  maxDistanceKm: 40,
};

/** A project at Framatome, Le Creusot. */
export const COBOT: ProjectOffer = {
  id: "cobot",
  partnerId: "framatome",
  title: "Cobot welding cell",
  capacity: 2,
  start: "2026-01-05",
  end: "2026-03-27",
  skills: [
    { code: "H2913", level: 3, essential: true },
    { code: "I1304", level: 2, essential: false },
  ],
  levels: { min: 4, max: 6 },
  statuses: ["apprentice", "student"],
  location: { lat: 46.8015, lon: 4.4322 },
};

/** A project at Michelin, Clermont-Ferrand (153 km from Le Creusot). */
export const TWIN: ProjectOffer = {
  id: "twin",
  partnerId: "michelin",
  title: "Digital twin of a curing press",
  capacity: 1,
  start: "2026-02-02",
  end: "2026-05-29",
  skills: [{ code: "M1805", level: 2, essential: true }],
  location: { lat: 45.7797, lon: 3.0863 },
};
