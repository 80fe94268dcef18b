/** fast-check arbitraries of well-formed pathways and learners, over 2020–2028. */
import fc from "fast-check";
import type { Learner, Pathway, Step } from "../../src/index.js";
import { fromDayNumber, toDayNumber } from "../../src/shared/index.js";
import { PROGRAMMES } from "./fixtures.js";

const BASE = toDayNumber("2020-01-01");
const dateArb = fc.integer({ min: 0, max: 3000 }).map((d) => fromDayNumber(BASE + d));
const periodArb = fc
  .tuple(dateArb, fc.integer({ min: -10, max: 1200 }))
  .map(([start, length]) => ({ start, end: fromDayNumber(toDayNumber(start) + length) }));
const idArb = fc.constantFrom("a", "b", "c", "d", "e", "f", "g", "h");
const programmeIdArb = fc.constantFrom(...PROGRAMMES.map((p) => p.id), "unknown");

const stepArb: fc.Arbitrary<Step> = fc.oneof(
  fc
    .record({
      id: idArb,
      period: periodArb,
      programmeId: programmeIdArb,
      status: fc.constantFrom("pupil" as const, "apprentice" as const, "student" as const),
    })
    .map(({ id, period, programmeId, status }) => ({
      id,
      kind: "programme" as const,
      programmeId,
      status,
      ...period,
    })),
  fc
    .record({
      id: idArb,
      period: periodArb,
      ref: idArb,
      hours: fc.option(fc.integer({ min: 0, max: 1000 }), { nil: undefined }),
      gratified: fc.boolean(),
    })
    .map(({ id, period, ref, hours, gratified }) => ({
      id,
      kind: "internship" as const,
      hostId: "h1",
      programmeStepId: ref,
      gratified,
      ...period,
      ...(hours === undefined ? {} : { hours }),
    })),
  fc.record({ id: idArb, period: periodArb, ref: idArb }).map(({ id, period, ref }) => ({
    id,
    kind: "pfmp" as const,
    hostId: "h1",
    programmeStepId: ref,
    ...period,
  })),
  fc
    .record({
      id: idArb,
      period: periodArb,
      ref: idArb,
      trainingHours: fc.integer({ min: 0, max: 2000 }),
      exception: fc.option(fc.constantFrom("rqth" as const, "broken-contract" as const), {
        nil: undefined,
      }),
    })
    .map(({ id, period, ref, trainingHours, exception }) => ({
      id,
      kind: "apprenticeship" as const,
      employerId: "e1",
      programmeStepId: ref,
      trainingHours,
      ...period,
      ...(exception === undefined ? {} : { ageException: exception }),
    })),
  fc
    .record({
      id: idArb,
      period: periodArb,
      block: fc.constantFrom("LP-BC01", "LP-BC02", "RNCP35349BC01", "X"),
    })
    .map(({ id, period, block }) => ({
      id,
      kind: "block" as const,
      programmeId: block.startsWith("LP") ? "lp-robotique" : "bts-electrotechnique",
      block,
      ...period,
    })),
);

export const pathwayArb: fc.Arbitrary<Pathway> = fc
  .record({ steps: fc.array(stepArb, { maxLength: 12 }), target: fc.boolean() })
  .map(({ steps, target }) => ({
    id: "p1",
    learnerId: "l1",
    steps,
    ...(target ? { target: { programmeId: "lp-robotique" } } : {}),
  }));

export const learnerArb: fc.Arbitrary<Learner> = fc
  .record({
    birthDate: fc
      .integer({ min: 0, max: 15_000 })
      .map((d) => fromDayNumber(toDayNumber("1980-01-01") + d)),
    rqth: fc.boolean(),
  })
  .map(({ birthDate, rqth }) => ({
    id: "l1",
    birthDate,
    rqth,
    achievements: [{ on: "2019-07-01", diploma: "bac-pro" as const }],
  }));
