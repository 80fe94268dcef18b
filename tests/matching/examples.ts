/**
 * Published examples and hand-picked instances, written as SPA problems.
 *
 * - daffidwilde/matching (v1.4.3) known-answer tests: the SA discussion-page example, the HR README
 *   example, HR issue #67, "resident loses all preferences", the SM README example and the SM
 *   "Pride and Prejudice" example; HR and SM are SPA with one project per supervisor, of the
 *   supervisor's capacity (Abraham, Irving & Manlove 2007).
 * - Instances where the learner-optimal and supervisor-optimal stable matchings differ.
 */
import type { AllocationProblem } from "../../src/matching/index.js";

/** HR (or SM when every capacity is 1) as SPA: one project per hospital, of its capacity. */
export function hospitalResident(
  residents: Record<string, string[]>,
  hospitals: Record<string, string[]>,
  capacities: Record<string, number>,
): AllocationProblem {
  return {
    learners: Object.entries(residents).map(([id, preferences]) => ({ id, preferences })),
    projects: Object.keys(hospitals).map((id) => ({
      id,
      capacity: capacities[id] ?? 1,
      supervisorId: id,
    })),
    supervisors: Object.entries(hospitals).map(([id, preferences]) => ({
      id,
      capacity: capacities[id] ?? 1,
      preferences,
    })),
  };
}

export interface Example {
  name: string;
  problem: AllocationProblem;
  /** The learner-optimal matching, learner id → project id. */
  learnerOptimal: Record<string, string>;
  /** The supervisor-optimal matching when the source gives it or it is worked out by hand. */
  supervisorOptimal?: Record<string, string>;
}

export const PUBLISHED: Example[] = [
  {
    name: "SA discussion-page example (daffidwilde/matching)",
    problem: {
      learners: [
        { id: "A", preferences: ["X1", "X2"] },
        { id: "B", preferences: ["Y2", "X2", "Y1"] },
        { id: "C", preferences: ["X1", "Y1", "X2"] },
        { id: "D", preferences: ["Y2", "X1", "Y1"] },
        { id: "E", preferences: ["X1", "Y2", "X2", "Y1"] },
      ],
      projects: [
        { id: "X1", capacity: 2, supervisorId: "X" },
        { id: "X2", capacity: 2, supervisorId: "X" },
        { id: "Y1", capacity: 2, supervisorId: "Y" },
        { id: "Y2", capacity: 2, supervisorId: "Y" },
      ],
      supervisors: [
        { id: "X", capacity: 3, preferences: ["B", "C", "A", "E", "D"] },
        { id: "Y", capacity: 3, preferences: ["B", "C", "E", "D"] },
      ],
    },
    learnerOptimal: { A: "X1", B: "Y2", C: "X1", D: "Y1", E: "Y2" },
  },
  {
    name: "HR README example (daffidwilde/matching)",
    problem: hospitalResident(
      {
        A: ["C"],
        S: ["C", "M"],
        D: ["C", "M", "G"],
        J: ["C", "G", "M"],
        L: ["M", "C", "G"],
      },
      { M: ["D", "L", "S", "J"], C: ["D", "A", "S", "L", "J"], G: ["D", "J", "L"] },
      { M: 2, C: 2, G: 2 },
    ),
    learnerOptimal: { L: "M", S: "M", D: "C", A: "C", J: "G" },
  },
  {
    name: "HR issue #67 (daffidwilde/matching)",
    problem: hospitalResident(
      {
        "Group 1": ["Intellectual property", "Privacy"],
        "Group 2": ["Privacy", "Fairness in AI"],
        "Group 3": ["Privacy", "Social media"],
      },
      {
        "Fairness in AI": ["Group 2"],
        "Intellectual property": ["Group 1"],
        Privacy: ["Group 3", "Group 2", "Group 1"],
        "Social media": ["Group 3"],
      },
      { "Fairness in AI": 2, "Intellectual property": 2, Privacy: 2, "Social media": 2 },
    ),
    learnerOptimal: {
      "Group 1": "Intellectual property",
      "Group 2": "Privacy",
      "Group 3": "Privacy",
    },
  },
  {
    name: "HR: a resident loses all preferences (daffidwilde/matching)",
    problem: hospitalResident(
      { A: ["X"], B: ["X", "Y"] },
      { X: ["B", "A"], Y: ["B"] },
      { X: 1, Y: 1 },
    ),
    learnerOptimal: { B: "X" },
  },
  {
    name: "SM README example (daffidwilde/matching)",
    problem: hospitalResident(
      { A: ["D", "E", "F"], B: ["D", "F", "E"], C: ["F", "D", "E"] },
      { D: ["B", "C", "A"], E: ["A", "C", "B"], F: ["C", "B", "A"] },
      {},
    ),
    learnerOptimal: { A: "E", B: "D", C: "F" },
  },
  {
    name: "SM Pride and Prejudice (daffidwilde/matching)",
    problem: hospitalResident(
      {
        Bingley: ["Jane", "Elizabeth", "Lydia", "Charlotte"],
        Collins: ["Jane", "Elizabeth", "Lydia", "Charlotte"],
        Darcy: ["Elizabeth", "Jane", "Charlotte", "Lydia"],
        Wickham: ["Lydia", "Jane", "Elizabeth", "Charlotte"],
      },
      {
        Charlotte: ["Bingley", "Darcy", "Collins", "Wickham"],
        Elizabeth: ["Wickham", "Darcy", "Bingley", "Collins"],
        Jane: ["Bingley", "Wickham", "Darcy", "Collins"],
        Lydia: ["Bingley", "Wickham", "Darcy", "Collins"],
      },
      {},
    ),
    learnerOptimal: { Bingley: "Jane", Collins: "Charlotte", Darcy: "Elizabeth", Wickham: "Lydia" },
  },
];

/** The HR stability-check example of daffidwilde/matching and a matching it rejects. */
export const HR_CHECK = {
  problem: hospitalResident(
    { A: ["1", "2"], B: ["2"], C: ["2", "1"] },
    { "1": ["C", "A"], "2": ["A", "B", "C"] },
    { "1": 3, "2": 3 },
  ),
  unstable: [
    { learnerId: "C", projectId: "1" },
    { learnerId: "A", projectId: "2" },
    { learnerId: "B", projectId: "2" },
  ],
};

export const DIFFERING: Example[] = [
  {
    name: "2×2 marriage with opposed preferences",
    problem: hospitalResident(
      { a: ["x", "y"], b: ["y", "x"] },
      { x: ["b", "a"], y: ["a", "b"] },
      {},
    ),
    learnerOptimal: { a: "x", b: "y" },
    supervisorOptimal: { a: "y", b: "x" },
  },
  {
    name: "a supervisor with two projects and room for one learner",
    problem: {
      learners: [
        { id: "l0", preferences: ["p2", "p0"] },
        { id: "l1", preferences: ["p0", "p1"] },
      ],
      projects: [
        { id: "p0", capacity: 1, supervisorId: "s1" },
        { id: "p1", capacity: 2, supervisorId: "s0" },
        { id: "p2", capacity: 1, supervisorId: "s0" },
      ],
      supervisors: [
        { id: "s0", capacity: 1, preferences: ["l1", "l0"] },
        { id: "s1", capacity: 2, preferences: ["l0", "l1"] },
      ],
    },
    learnerOptimal: { l0: "p2", l1: "p0" },
    supervisorOptimal: { l0: "p0", l1: "p1" },
  },
  {
    // SPA-lecturer must come back to u after t leaves p: the supervisor's pointer is not monotone.
    name: "a project that fills, then frees a seat for a learner the supervisor had passed",
    problem: {
      learners: [
        { id: "t", preferences: ["q", "p"] },
        { id: "u", preferences: ["p"] },
        { id: "v", preferences: ["r"] },
      ],
      projects: [
        { id: "p", capacity: 1, supervisorId: "k" },
        { id: "r", capacity: 1, supervisorId: "k" },
        { id: "q", capacity: 1, supervisorId: "k2" },
      ],
      supervisors: [
        { id: "k", capacity: 2, preferences: ["t", "u", "v"] },
        { id: "k2", capacity: 1, preferences: ["t"] },
      ],
    },
    learnerOptimal: { t: "q", u: "p", v: "r" },
    supervisorOptimal: { t: "q", u: "p", v: "r" },
  },
];
