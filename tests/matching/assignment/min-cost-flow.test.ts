import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type FlowNetwork, solveFlow } from "../../../src/matching/assignment/min-cost-flow.js";

/** An arc of the residual graph, with a lexicographic cost (−score, unassigned learners). */
interface Arc {
  from: number;
  to: number;
  a: number;
  b: number;
}

/**
 * Whether the residual graph of an allocation has a negative cycle (Bellman–Ford on pair costs
 * compared lexicographically). A flow with fixed supplies is optimal exactly when it has none
 * (Ahuja, Magnanti & Orlin 1993, Theorem 9.1), so this certifies optimality at any size.
 */
function hasNegativeCycle(network: FlowNetwork, assigned: Int32Array): boolean {
  const learners = network.learners;
  const projects = network.projectCapacity.length;
  const supervisors = network.supervisorCapacity.length;
  const sink = learners + projects + supervisors;
  const load = new Array<number>(projects).fill(0);
  const supervisorLoad = new Array<number>(supervisors).fill(0);
  const arcs: Arc[] = [];
  for (let i = 0; i < learners; i++) {
    const own = assigned[i] as number;
    for (let e = network.edgeStart[i] as number; e < (network.edgeStart[i + 1] as number); e++) {
      const p = learners + (network.edgeProject[e] as number);
      const score = network.edgeScore[e] as number;
      if (e === own) arcs.push({ from: p, to: i, a: score, b: 0 });
      else arcs.push({ from: i, to: p, a: -score, b: 0 });
    }
    if (own >= 0) {
      const p = network.edgeProject[own] as number;
      load[p] = (load[p] as number) + 1;
      const k = network.projectSupervisor[p] as number;
      if (k >= 0) supervisorLoad[k] = (supervisorLoad[k] as number) + 1;
      arcs.push({ from: i, to: sink, a: 0, b: 1 });
    } else if ((network.edgeStart[i + 1] as number) > (network.edgeStart[i] as number)) {
      arcs.push({ from: sink, to: i, a: 0, b: -1 });
    }
  }
  for (let p = 0; p < projects; p++) {
    const k = network.projectSupervisor[p] as number;
    const next = k >= 0 ? learners + projects + k : sink;
    expect(load[p]).toBeLessThanOrEqual(network.projectCapacity[p] as number);
    if ((load[p] as number) < (network.projectCapacity[p] as number)) {
      arcs.push({ from: learners + p, to: next, a: 0, b: 0 });
    }
    if ((load[p] as number) > 0) arcs.push({ from: next, to: learners + p, a: 0, b: 0 });
  }
  for (let k = 0; k < supervisors; k++) {
    expect(supervisorLoad[k]).toBeLessThanOrEqual(network.supervisorCapacity[k] as number);
    const node = learners + projects + k;
    if ((supervisorLoad[k] as number) < (network.supervisorCapacity[k] as number)) {
      arcs.push({ from: node, to: sink, a: 0, b: 0 });
    }
    if ((supervisorLoad[k] as number) > 0) arcs.push({ from: sink, to: node, a: 0, b: 0 });
  }
  const nodes = sink + 1;
  const distA = new Array<number>(nodes).fill(0);
  const distB = new Array<number>(nodes).fill(0);
  for (let round = 0; round < nodes; round++) {
    let changed = false;
    for (const { from, to, a, b } of arcs) {
      const na = (distA[from] as number) + a;
      const nb = (distB[from] as number) + b;
      if (na < (distA[to] as number) || (na === distA[to] && nb < (distB[to] as number))) {
        distA[to] = na;
        distB[to] = nb;
        changed = true;
      }
    }
    if (!changed) return false;
  }
  return true;
}

const network = fc
  .record({
    learners: fc.integer({ min: 0, max: 30 }),
    projects: fc.integer({ min: 1, max: 12 }),
    supervisors: fc.integer({ min: 0, max: 4 }),
    seed: fc.integer(),
    density: fc.constantFrom(0.2, 0.5, 0.9),
    range: fc.constantFrom(3, 100),
  })
  .map(({ learners, projects, supervisors, seed, density, range }): FlowNetwork => {
    let state = seed >>> 0 || 1;
    const next = () => {
      state ^= state << 13;
      state ^= state >>> 17;
      state ^= state << 5;
      return (state >>> 0) / 4294967296;
    };
    const edgeStart = new Int32Array(learners + 1);
    const edgeProject: number[] = [];
    const edgeScore: number[] = [];
    for (let i = 0; i < learners; i++) {
      for (let p = 0; p < projects; p++) {
        if (next() < density) {
          edgeProject.push(p);
          edgeScore.push(Math.floor(next() * range));
        }
      }
      edgeStart[i + 1] = edgeProject.length;
    }
    return {
      learners,
      projectCapacity: Int32Array.from({ length: projects }, () => 1 + Math.floor(next() * 4)),
      projectSupervisor: Int32Array.from({ length: projects }, () =>
        supervisors > 0 && next() < 0.8 ? Math.floor(next() * supervisors) : -1,
      ),
      supervisorCapacity: Int32Array.from(
        { length: supervisors },
        () => 1 + Math.floor(next() * 6),
      ),
      edgeStart,
      edgeProject: Int32Array.from(edgeProject),
      edgeScore: Float64Array.from(edgeScore),
    };
  });

describe("solveFlow", () => {
  it("leaves no negative cycle in the residual graph (an optimality certificate)", () => {
    fc.assert(
      fc.property(network, (net) => {
        expect(hasNegativeCycle(net, solveFlow(net))).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it("detects a suboptimal allocation (the certificate can fail)", () => {
    const net: FlowNetwork = {
      learners: 2,
      projectCapacity: Int32Array.from([1]),
      projectSupervisor: Int32Array.from([-1]),
      supervisorCapacity: new Int32Array(0),
      edgeStart: Int32Array.from([0, 1, 2]),
      edgeProject: Int32Array.from([0, 0]),
      edgeScore: Float64Array.from([1, 5]),
    };
    expect(Array.from(solveFlow(net))).toEqual([-1, 1]);
    expect(hasNegativeCycle(net, Int32Array.from([0, -1]))).toBe(true);
  });

  it("assigns nothing to learners without edges", () => {
    const net: FlowNetwork = {
      learners: 3,
      projectCapacity: Int32Array.from([2]),
      projectSupervisor: Int32Array.from([0]),
      supervisorCapacity: Int32Array.from([1]),
      edgeStart: Int32Array.from([0, 0, 1, 2]),
      edgeProject: Int32Array.from([0, 0]),
      edgeScore: Float64Array.from([2, 3]),
    };
    expect(Array.from(solveFlow(net))).toEqual([-1, -1, 1]);
  });
});
