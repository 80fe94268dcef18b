/**
 * The hand-written check of well-formed pathways (`readWellFormedPathway`) against zod: it must
 * never accept what `PathwaySchema` rejects, its copy must be zod's output (same keys, same order,
 * same `undefined` fields, nothing shared with the input), and `validatePathway` must give exactly
 * the result of the zod-only path.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Learner, PathwaySchema, validatePathway } from "../../src/pathway/index.js";
import { validatePathwayWithZod } from "../../src/pathway/validate.js";
import {
  type PlacementFields,
  readWellFormedPathway,
  scanWellFormedPathway,
} from "../../src/pathway/wellformed.js";
import { fromDayNumber, toDayNumber } from "../../src/shared/index.js";
import { deepFreeze, junk, throwingGetters } from "../helpers/junk.js";
import { fullPathway, LEARNER, PROGRAMMES } from "./fixtures.js";

type Json = Record<string, unknown>;

/** Dates from year 0000 to 9999, with the edges and leap days likelier. */
const anyDate = fc.oneof(
  fc.integer({ min: toDayNumber("0000-01-01"), max: toDayNumber("9999-12-31") }).map(fromDayNumber),
  fc.constantFrom("2024-02-29", "2000-02-29", "0000-01-01", "9999-12-31", "2025-09-01"),
  fc.integer({ min: toDayNumber("2020-01-01"), max: toDayNumber("2030-12-31") }).map(fromDayNumber),
);

/**
 * Dates of 2020 to 2030 and leap days: pathways the rules check quickly (an internship over
 * thousands of years is split year by year).
 */
const nearDate = fc.oneof(
  fc.integer({ min: toDayNumber("2020-01-01"), max: toDayNumber("2030-12-31") }).map(fromDayNumber),
  fc.constantFrom("2024-02-29", "2028-02-29"),
);

/** Strings that look like dates and are not (or are, at the edges). */
const trickyDate = fc.constantFrom(
  "2023-02-29",
  "2023-02-30",
  "1900-02-29",
  "2023-04-31",
  "2023-13-01",
  "2023-00-10",
  "2023-01-00",
  "2023-1-01",
  "2023-01-1 ",
  " 2023-01-01",
  "2023/01/01",
  "+2023-01-01",
  "２０２３-01-01",
  "2023-01-01T00:00:00Z",
  "20230101",
  "",
);

const id = fc.oneof(
  fc.constantFrom("s1", "s2", "bac", "bts", "prog", "x"),
  fc.string({ minLength: 1, maxLength: 6 }),
);
const nonNegative = fc.oneof(fc.constantFrom(0, -0, 1350, 0.5, 1e308), fc.nat());
const status = fc.constantFrom(
  "pupil",
  "student",
  "apprentice",
  "continuing-education",
  "job-seeker",
);
const ageException = fc.constantFrom(
  "higher-level-continuation",
  "broken-contract",
  "rqth",
  "business-creation",
  "high-level-athlete",
);
const programmeId = fc.constantFrom(...PROGRAMMES.map((programme) => programme.id), "unknown");

/** An optional field: absent, present as `undefined`, or a value. */
function optional<T>(value: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> {
  return fc.oneof(
    { weight: 3, arbitrary: value },
    { weight: 1, arbitrary: fc.constant(undefined) },
  );
}

type DateArbitrary = fc.Arbitrary<string>;

function step(
  date: DateArbitrary,
  kind: string,
  fields: Record<string, fc.Arbitrary<unknown>>,
  required: string[],
): fc.Arbitrary<Json> {
  const model: Record<string, fc.Arbitrary<unknown>> = {
    id,
    kind: fc.constant(kind),
    start: date,
    end: date,
    ...fields,
  };
  return fc.record(model, { requiredKeys: ["id", "kind", "start", "end", ...required] });
}

/** Steps the schema accepts, of every kind, optional fields absent, `undefined` or set. */
const validStep = (date: DateArbitrary): fc.Arbitrary<Json> =>
  fc.oneof(
    step(date, "programme", { programmeId, status }, ["programmeId", "status"]),
    step(date, "block", { programmeId, block: id }, ["programmeId", "block"]),
    step(
      date,
      "project",
      {
        title: id,
        partnerId: optional(id),
        blocks: optional(fc.array(id, { maxLength: 3 })),
        hours: optional(nonNegative),
      },
      ["title"],
    ),
    step(
      date,
      "internship",
      {
        hostId: id,
        programmeStepId: id,
        hours: optional(nonNegative),
        gratified: optional(fc.boolean()),
        tutorId: optional(id),
        post: optional(id),
        openOnSaturday: optional(fc.boolean()),
      },
      ["hostId", "programmeStepId"],
    ),
    step(
      date,
      "pfmp",
      {
        hostId: id,
        programmeStepId: id,
        purpose: optional(fc.constantFrom("certification", "insertion")),
        hours: optional(nonNegative),
        gratified: optional(fc.boolean()),
        tutorId: optional(id),
        post: optional(id),
        openOnSaturday: optional(fc.boolean()),
      },
      ["hostId", "programmeStepId"],
    ),
    step(
      date,
      "apprenticeship",
      {
        employerId: id,
        programmeStepId: id,
        trainingHours: nonNegative,
        ageException: optional(ageException),
        signedOn: optional(date),
        cfaStart: optional(date),
        employerStart: optional(date),
        previousContractEnd: optional(date),
        extension: optional(fc.constant("failed-exam")),
      },
      ["employerId", "programmeStepId", "trainingHours"],
    ),
    step(
      date,
      "mobility",
      { country: fc.constantFrom("DE", "ES", "IT"), hostName: optional(fc.string()) },
      ["country"],
    ),
  );

/** Pathways the schema accepts. */
const validPathway = (date: DateArbitrary): fc.Arbitrary<Json> =>
  fc.record(
    {
      id,
      learnerId: fc.constantFrom("l1", "l2"),
      target: optional(fc.record({ programmeId })),
      steps: fc.array(validStep(date), { maxLength: 8 }),
    },
    { requiredKeys: ["id", "learnerId", "steps"] },
  );

/** Values a field should not hold, or holds only at the edge of what zod takes. */
const badValue = fc.oneof(
  trickyDate,
  fc.constantFrom<unknown>(
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    -1,
    -Number.MIN_VALUE,
    -0,
    1e308,
    0,
  ),
  fc.constantFrom<unknown>(
    "",
    "de",
    "DEU",
    "D",
    "DE\n",
    "ÉS",
    "unknown-kind",
    "Programme",
    "RQTH",
    "yes",
    "x".repeat(100_000),
  ),
  fc.constantFrom<unknown>(undefined, null, true, 10n, Symbol("s")),
  // Objects made anew for each value: a mutation (a hole, a freeze) of one must not reach the
  // runs after it.
  fc
    .constantFrom<() => unknown>(
      () => new String("bac"),
      () => [],
      () => ({}),
      () => ["x", ""],
      // biome-ignore lint/suspicious/noSparseArray: a hole, which zod reads as undefined
      () => [, "x"],
      () => Object.create(null),
    )
    .map((make) => make()),
  junk,
);

/** For each field, values just outside what the schema takes (and some just inside). */
const NEAR_MISSES: Record<string, unknown[]> = {
  id: ["", 1, null],
  learnerId: ["", ["l1"]],
  target: [null, [], {}, { programmeId: "" }, Object.assign([], { programmeId: "lp" })],
  steps: [{}, "[]", { length: 0 }],
  kind: ["Programme", "toString", "__proto__", "constructor", ""],
  start: ["2023-02-29", "2023-02-30", "2023-2-01", "2023-01-01T00:00:00Z"],
  end: ["1900-02-29", "2023-04-31", "2023-13-01", " 2023-01-01"],
  programmeId: ["", 0],
  status: ["Pupil", "apprentie", "", "apprentice "],
  block: ["", ["LP-BC01"]],
  title: ["", 1],
  partnerId: ["", null, 0],
  blocks: [[""], "LP-BC01", [1], [null]],
  hours: [Number.NaN, Number.POSITIVE_INFINITY, -1, -Number.MIN_VALUE, "10"],
  hostId: ["", null],
  programmeStepId: ["", undefined],
  gratified: ["true", 1, null],
  employerId: ["", []],
  trainingHours: [Number.NaN, Number.NEGATIVE_INFINITY, -0.5, "1350", undefined],
  ageException: ["RQTH", "rqth ", "", null],
  country: ["de", "DEU", "D", "DE\n", "ÉS", " DE", "", 49],
  hostName: [1, null, ["x"]],
  tutorId: ["", 1, null],
  post: ["", 7, []],
  openOnSaturday: ["yes", 0, null],
  purpose: ["Certification", "stage", "", null],
  signedOn: ["2024-02-30", "2024-1-01", 20240101],
  cfaStart: ["2023-02-29", "", null],
  employerStart: ["2023-13-01", {}],
  previousContractEnd: ["2023-00-10", 0],
  extension: ["failed", "", true],
};

/** One path into a pathway (a key, then maybe a step index and a key of the step). */
const fieldNames = fc.constantFrom(
  "id",
  "learnerId",
  "target",
  "steps",
  "kind",
  "start",
  "end",
  "programmeId",
  "status",
  "block",
  "title",
  "partnerId",
  "blocks",
  "hours",
  "hostId",
  "programmeStepId",
  "gratified",
  "employerId",
  "trainingHours",
  "ageException",
  "country",
  "hostName",
  "tutorId",
  "post",
  "openOnSaturday",
  "purpose",
  "signedOn",
  "cfaStart",
  "employerStart",
  "previousContractEnd",
  "extension",
  "__proto__",
  "constructor",
  "extra",
);

/** A key: a name, or the index of one of the target's own keys (most changes then hit a field). */
type Key = string | number;

const key: fc.Arbitrary<Key> = fc.oneof(fieldNames, fc.nat());

type Mutation =
  | { kind: "set"; step: number | null; key: Key; value: unknown }
  | { kind: "delete"; step: number | null; key: Key }
  | { kind: "extra-json"; step: number | null }
  | { kind: "inherit"; step: number | null }
  | { kind: "sparse" }
  | { kind: "freeze" }
  | { kind: "getter"; step: number | null; key: Key }
  | { kind: "near-miss"; step: number | null; key: Key; pick: number }
  | { kind: "array-like"; step: number | null }
  | { kind: "lying-has"; step: number | null; key: Key };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({
    kind: fc.constant("set" as const),
    step: fc.option(fc.nat(7)),
    key,
    value: badValue,
  }),
  fc.record({ kind: fc.constant("delete" as const), step: fc.option(fc.nat(7)), key }),
  fc.record({ kind: fc.constant("extra-json" as const), step: fc.option(fc.nat(7)) }),
  fc.record({ kind: fc.constant("inherit" as const), step: fc.option(fc.nat(7)) }),
  fc.record({ kind: fc.constant("sparse" as const) }),
  fc.record({ kind: fc.constant("freeze" as const) }),
  fc.record({ kind: fc.constant("getter" as const), step: fc.option(fc.nat(7)), key }),
  fc.record({
    kind: fc.constant("near-miss" as const),
    step: fc.option(fc.nat(7)),
    key: fc.nat(),
    pick: fc.nat(),
  }),
  fc.record({ kind: fc.constant("array-like" as const), step: fc.option(fc.nat(7)) }),
  fc.record({ kind: fc.constant("lying-has" as const), step: fc.option(fc.nat(7)), key }),
);

/** The object a mutation applies to: the pathway, or one of its steps (when it has that many). */
function targetOf(pathway: Json, step: number | null): Json | undefined {
  if (step === null) return pathway;
  const steps = pathway.steps;
  if (!Array.isArray(steps) || steps.length === 0) return undefined;
  const target: unknown = steps[step % steps.length];
  return typeof target === "object" && target !== null ? (target as Json) : undefined;
}

/** The steps of a pathway, when they can still be changed. */
function changeableSteps(pathway: Json): unknown[] | undefined {
  const steps = pathway.steps;
  return Array.isArray(steps) && !Object.isFrozen(steps) && steps.length > 0 ? steps : undefined;
}

/** Freezes a value and the values of its own data properties, deeply (getters are not run). */
function freezeData(value: unknown): void {
  const pending: unknown[] = [value];
  while (pending.length > 0) {
    const current = pending.pop();
    if (typeof current !== "object" || current === null || Object.isFrozen(current)) continue;
    if (ArrayBuffer.isView(current)) continue;
    Object.freeze(current);
    pending.push(...ownValues(current));
  }
}

/**
 * Sets an own data property, whatever was there (even a getter, even `__proto__`). A property
 * that cannot be redefined (an index of a `String` object or of a typed array, which the bad
 * values hold) keeps its value: the mutation does not apply.
 */
function define(target: Json, key: string, value: unknown): void {
  Reflect.defineProperty(target, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}

/** The name of a key: itself, or the target's own key at that index. */
function keyName(target: Json, key: Key): string {
  if (typeof key === "string") return key;
  const names = Object.keys(target);
  return names.length === 0 ? "id" : (names[key % names.length] as string);
}

/** A proxy of `target` whose `has` denies `key` while `get` still answers it. */
function lyingHas(target: object, key: string): Json {
  return new Proxy(target as Json, {
    has: (object, name) => name !== key && Reflect.has(object, name),
  });
}

/** Puts `copy` in place of the pathway (through `setRoot`) or of one of its steps. */
function replace(
  pathway: Json,
  step: number | null,
  copy: unknown,
  setRoot: (copy: unknown) => void,
): void {
  const steps = changeableSteps(pathway);
  if (step === null) setRoot(copy);
  else if (steps !== undefined) steps[step % steps.length] = copy;
}

/** Keys zod strips: an own `__proto__` (as `JSON.parse` makes it) and an unknown key. */
const EXTRA_JSON = '{"__proto__": {"id": "polluted", "kind": "programme"}, "extra": 1}';

/** Applies mutations to a copy of a valid pathway. */
function mutate(valid: Json, mutations: readonly Mutation[]): unknown {
  const pathway = structuredClone(valid);
  let result: unknown = pathway;
  for (const change of mutations) {
    if (change.kind === "sparse") {
      const steps = changeableSteps(pathway);
      if (steps !== undefined) steps.length += 1;
      continue;
    }
    if (change.kind === "freeze") {
      freezeData(pathway);
      continue;
    }
    const target = targetOf(pathway, change.step);
    if (target === undefined || Object.isFrozen(target)) continue;
    const name = "key" in change ? keyName(target, change.key) : "";
    switch (change.kind) {
      case "set":
        define(target, name, change.value);
        break;
      case "delete":
        Reflect.deleteProperty(target, name);
        break;
      case "near-miss": {
        const misses = NEAR_MISSES[name] ?? [undefined];
        // A copy: the table's values are shared by every run.
        define(target, name, structuredClone(misses[change.pick % misses.length]));
        break;
      }
      case "lying-has":
        replace(pathway, change.step, lyingHas(target, name), (copy) => {
          result = copy;
        });
        break;
      case "array-like": {
        const copy = Object.assign([], target);
        const steps = changeableSteps(pathway);
        if (change.step === null) result = copy;
        else if (steps !== undefined) steps[change.step % steps.length] = copy;
        break;
      }
      case "extra-json":
        for (const [key, value] of Object.entries(JSON.parse(EXTRA_JSON) as Json)) {
          define(target, key, value);
        }
        break;
      case "inherit": {
        const copy = Object.assign(Object.create({ hours: 3, target: undefined }), target);
        const steps = changeableSteps(pathway);
        if (change.step === null) result = copy;
        else if (steps !== undefined) steps[change.step % steps.length] = copy;
        break;
      }
      case "getter": {
        const value: unknown = Object.getOwnPropertyDescriptor(target, name)?.value;
        Reflect.defineProperty(target, name, {
          get: () => value,
          enumerable: true,
          configurable: true,
        });
        break;
      }
    }
  }
  return result;
}

/** Valid pathways with one to three mutations. */
const mutatedPathway = (date: DateArbitrary): fc.Arbitrary<unknown> =>
  fc
    .tuple(validPathway(date), fc.array(mutation, { minLength: 1, maxLength: 3 }))
    .map(([pathway, mutations]) => mutate(pathway, mutations));

/** A pathway of every kind: valid, mutated or junk. */
const anyPathway = (date: DateArbitrary): fc.Arbitrary<unknown> =>
  fc.oneof(
    { weight: 3, arbitrary: validPathway(date) },
    { weight: 6, arbitrary: mutatedPathway(date) },
    { weight: 1, arbitrary: junk },
    {
      weight: 1,
      arbitrary: fc.record({ id, learnerId: id, steps: fc.array(junk, { maxLength: 3 }) }),
    },
  );

const learner = fc.constantFrom<Learner>(
  LEARNER,
  { id: "l2", birthDate: "1990-02-28", rqth: true },
  { id: "l1" },
);

/** Keys, in order, of every object and array of a value: what `toStrictEqual` does not compare. */
function keyOrder(value: unknown): unknown {
  if (typeof value !== "object" || value === null) return null;
  return Reflect.ownKeys(value).map((key) => [
    String(key),
    keyOrder((value as Record<PropertyKey, unknown>)[key]),
  ]);
}

/** The values of an object's own data properties (getters are not run). */
function ownValues(value: object): unknown[] {
  return Reflect.ownKeys(value).map(
    (key) => Object.getOwnPropertyDescriptor(value, key)?.value as unknown,
  );
}

/** Whether two values share an object (the copy must not alias the input). */
function sharesObjects(copy: unknown, input: unknown): boolean {
  const inputs = new Set<unknown>();
  const pending: unknown[] = [input];
  while (pending.length > 0) {
    const value = pending.pop();
    if (typeof value !== "object" || value === null || inputs.has(value)) continue;
    inputs.add(value);
    pending.push(...ownValues(value));
  }
  const stack: unknown[] = [copy];
  while (stack.length > 0) {
    const value = stack.pop();
    if (typeof value !== "object" || value === null) continue;
    if (inputs.has(value)) return true;
    stack.push(...ownValues(value));
  }
  return false;
}

/** The fast reader agrees with zod on one value. */
function agreesWithZod(value: unknown): boolean {
  const fast = readWellFormedPathway(value);
  let zod: ReturnType<typeof PathwaySchema.safeParse> | undefined;
  try {
    zod = PathwaySchema.safeParse(value);
  } catch {
    zod = undefined;
  }
  if (fast === undefined) return false;
  expect(zod?.success).toBe(true);
  expect(fast).toStrictEqual(zod?.data);
  expect(keyOrder(fast)).toEqual(keyOrder(zod?.data));
  expect(sharesObjects(fast, value)).toBe(false);
  return true;
}

describe("readWellFormedPathway", () => {
  it("takes every pathway the schema accepts without stripping, with zod's output", () => {
    fc.assert(
      fc.property(validPathway(anyDate), (pathway) => {
        expect(agreesWithZod(pathway)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it("never accepts what zod rejects, and copies exactly what zod outputs", () => {
    let accepted = 0;
    let total = 0;
    fc.assert(
      fc.property(anyPathway(anyDate), (pathway) => {
        total++;
        if (agreesWithZod(pathway)) accepted++;
      }),
      { numRuns: 4000 },
    );
    // Both sides are exercised: mutations that zod strips or takes, and ones it rejects.
    expect(accepted).toBeGreaterThan(total / 10);
    expect(accepted).toBeLessThan(total);
  });

  it("scans without copying exactly the pathways it reads, handing over their placements", () => {
    const scan = (value: unknown) => {
      const seen: (PlacementFields & { step: number })[] = [];
      const id = scanWellFormedPathway(value, (step, fields) => {
        seen.push({ step, ...fields });
      });
      return { id, seen };
    };
    fc.assert(
      fc.property(anyPathway(anyDate), (pathway) => {
        const read = readWellFormedPathway(pathway);
        const { id, seen } = scan(pathway);
        expect(id).toBe(read?.id);
        if (read === undefined) return;
        const placements = read.steps.flatMap((step, index) =>
          step.kind === "internship" || step.kind === "pfmp"
            ? [
                {
                  step: index,
                  id: step.id,
                  start: step.start,
                  end: step.end,
                  hostId: step.hostId,
                  tutorId: step.tutorId,
                  post: step.post,
                },
              ]
            : [],
        );
        expect(seen).toEqual(placements);
      }),
      { numRuns: 4000 },
    );
    const pathway = fullPathway();
    const askedKeys: (string | symbol)[] = [];
    const asking = new Proxy(
      { id: "i", kind: "mobility", start: "2025-09-01", end: "2025-10-01", country: "DE" },
      {
        has: (target, key) => {
          askedKeys.push(key);
          return key in target;
        },
      },
    );
    expect(scan({ ...pathway, steps: [asking] }).id).toBe(pathway.id);
    expect(askedKeys).toContain("hostName");
    const refusing = new Proxy(asking, {
      has: (_, key) => {
        if (key === "hostName") throw new Error("no");
        return true;
      },
    });
    expect(scan({ ...pathway, steps: [refusing] }).id).toBeUndefined();
    expect(readWellFormedPathway({ ...pathway, steps: [refusing] })).toBeUndefined();
    expect(scan(throwingGetters(["id"])).id).toBeUndefined();
    expect(scan({ ...pathway, steps: {} }).id).toBeUndefined();
    expect(scan({ ...pathway, target: { programmeId: "" } }).id).toBeUndefined();
    expect(scan({ ...pathway, target: undefined }).id).toBe(pathway.id);
  });

  it("gives validatePathway exactly the result of the zod-only path", () => {
    fc.assert(
      fc.property(
        anyPathway(nearDate),
        learner,
        fc.constantFrom("en", "fr"),
        (pathway, who, locale) => {
          const options = { learner: who, programmes: PROGRAMMES, locale, path: ["pathways", 2] };
          expect(validatePathway(pathway, options)).toStrictEqual(
            validatePathwayWithZod(pathway, options),
          );
        },
      ),
      { numRuns: 2000 },
    );
  }, 60_000);

  it("reads a step's kind twice, as zod does", () => {
    const flipping = () => {
      let reads = 0;
      return {
        ...fullPathway(),
        steps: [
          {
            id: "s",
            start: "2025-09-01",
            end: "2026-06-30",
            programmeId: "bts-electrotechnique",
            status: "student",
            get kind() {
              reads++;
              return reads % 2 === 1 ? "programme" : "block";
            },
          },
        ],
      };
    };
    expect(PathwaySchema.safeParse(flipping()).success).toBe(false);
    expect(readWellFormedPathway(flipping())).toBeUndefined();
  });

  it("copies zod's output of a full pathway, and leaves the unusual to zod", () => {
    const pathway = fullPathway();
    expect(agreesWithZod(pathway)).toBe(true);
    expect(agreesWithZod(deepFreeze(fullPathway()))).toBe(true);
    expect(agreesWithZod({ ...pathway, target: undefined, extra: 1 })).toBe(true);
    expect(readWellFormedPathway({ ...pathway, id: "" })).toBeUndefined();
    expect(readWellFormedPathway(throwingGetters(["id"]))).toBeUndefined();
    expect(
      readWellFormedPathway({ ...pathway, steps: [throwingGetters(["kind"])] }),
    ).toBeUndefined();
    expect(readWellFormedPathway(new Proxy({}, { get: () => ({}) }))).toBeUndefined();
    expect(readWellFormedPathway([pathway])).toBeUndefined();
    const lying = lyingHas(fullPathway(), "learnerId");
    expect(PathwaySchema.safeParse(lying).success).toBe(false);
    expect(readWellFormedPathway(lying)).toBeUndefined();
    const lyingStep = { ...pathway, steps: [lyingHas({ ...pathway.steps[0] }, "status")] };
    expect(PathwaySchema.safeParse(lyingStep).success).toBe(false);
    expect(readWellFormedPathway(lyingStep)).toBeUndefined();
    expect(readWellFormedPathway(null)).toBeUndefined();
    expect(readWellFormedPathway({ ...pathway, target: { programmeId: 1 } })).toBeUndefined();
    expect(
      readWellFormedPathway({ ...pathway, steps: [{ ...pathway.steps[0], kind: "toString" }] }),
    ).toBeUndefined();
  });
});
