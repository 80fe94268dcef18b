import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  hashId,
  hashKey,
  IdTable,
  KeyTable,
  NOT_PACKED,
  PACKED_LENGTH,
  packId,
} from "../../src/matching/id-table.js";
import {
  type AllocationProblem,
  allocate,
  validateAllocationProblem,
} from "../../src/matching/index.js";
import { opposedProblem, smallProblem, toAssignment } from "./oracle.js";

/** Two ids longer than PACKED_LENGTH with the same FNV-1a hash. */
const LONG_TWINS = ["learner-0055zx", "learner-00gpcd"] as const;
/** Two ids with characters above U+00FF and the same FNV-1a hash. */
const WIDE_TWINS = ["é€42vu", "é€fuea"] as const;
/** Two packed ids with the same hashKey. */
const PACKED_TWINS = ["s0003an45", "s0004l0y0"] as const;

/** Ids at every edge of the packed form: lengths 0, 4, 8, 12, 13, NUL, Latin-1, beyond. */
const AWKWARD = [
  "",
  "a",
  "a\u0000",
  "\u0000",
  "\u0000a",
  "abcd",
  "abcde",
  "abcdefgh",
  "abcdefghi",
  "abcdefghijkl",
  "abcdefghijklm",
  "ÿÿÿÿÿÿÿÿÿÿÿÿ",
  "ÿÿÿÿÿÿÿÿÿÿÿÿÿ",
  "Ā",
  "aĀ",
  "😀",
  "\ud800",
  "__proto__",
  "constructor",
  "toString",
  "hasOwnProperty",
  ...LONG_TWINS,
  ...WIDE_TWINS,
  ...PACKED_TWINS,
];

describe("packId", () => {
  it("packs ids of up to PACKED_LENGTH Latin-1 characters, length first", () => {
    const key = new Int32Array(6).fill(7);
    expect(packId("ab", key, 2)).toBe(true);
    expect([...key]).toEqual([7, 7, 2, 0x6261, 0, 0]);
    expect(packId("abcdefghijkl", key, 0)).toBe(true);
    expect(key[0]).toBe(PACKED_LENGTH);
  });

  it("refuses longer ids and ids with a character above U+00FF, leaving the key as it was", () => {
    for (const id of ["abcdefghijklm", "Ā", "abcĀ", "😀"]) {
      const key = new Int32Array(4).fill(9);
      expect(packId(id, key, 0)).toBe(false);
      expect([...key]).toEqual([9, 9, 9, 9]);
    }
  });

  it("gives equal keys exactly to equal ids", () => {
    const packable = AWKWARD.filter((id) => packId(id, new Int32Array(4), 0));
    const keys = packable.map((id) => {
      const key = new Int32Array(4);
      packId(id, key, 0);
      return key.join(",");
    });
    expect(new Set(keys).size).toBe(packable.length);
    expect(packable.length).toBeGreaterThan(10);
  });

  it("has hash twins in the fixtures (so that the tables compare more than hashes)", () => {
    expect(hashId(LONG_TWINS[0])).toBe(hashId(LONG_TWINS[1]));
    expect(hashId(WIDE_TWINS[0])).toBe(hashId(WIDE_TWINS[1]));
    const hashOf = (id: string) => {
      const key = new Int32Array(4);
      packId(id, key, 0);
      return hashKey(key[0] as number, key[1] as number, key[2] as number, key[3] as number);
    };
    expect(hashOf(PACKED_TWINS[0])).toBe(hashOf(PACKED_TWINS[1]));
    expect(NOT_PACKED).toBeGreaterThan(PACKED_LENGTH);
  });
});

describe.each([
  ["KeyTable", (ids: string[], capacity: number) => new KeyTable(ids, capacity)],
  ["IdTable", (ids: string[], capacity: number) => new IdTable(ids, capacity)],
])("%s", (_name, make) => {
  it("finds every id it holds, and nothing else, with hash twins and edge lengths", () => {
    const ids = [...AWKWARD];
    const table = make(ids, ids.length);
    for (let x = 0; x < ids.length; x++) expect(table.insert(x)).toBe(-1);
    for (let x = 0; x < ids.length; x++) expect(table.get(ids[x] as string)).toBe(x);
    for (const other of ["b", "abc", "abcdefghijk", "learner-0055zy", "é€42vv", "__proto"]) {
      expect(table.get(other)).toBe(-1);
    }
  });

  it("reports the first index of a repeated id, also when the table is nearly full", () => {
    const ids = [
      "x",
      ...LONG_TWINS,
      ...WIDE_TWINS,
      ...PACKED_TWINS,
      "x",
      LONG_TWINS[1],
      "s0004l0y0",
    ];
    const table = make(ids, 7);
    const firsts = ids.map((_, x) => table.insert(x));
    expect(firsts).toEqual([-1, -1, -1, -1, -1, -1, -1, 0, 2, 6]);
  });

  it("agrees with a Map on random ids", () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.string({ maxLength: 14 }), fc.constantFrom(...AWKWARD)), {
          maxLength: 60,
        }),
        fc.array(fc.string({ maxLength: 14 }), { maxLength: 20 }),
        (ids, probes) => {
          const table = make(ids, ids.length);
          const expected = new Map<string, number>();
          for (let x = 0; x < ids.length; x++) {
            const id = ids[x] as string;
            expect(table.insert(x)).toBe(expected.get(id) ?? -1);
            if (!expected.has(id)) expected.set(id, x);
          }
          for (const id of [...ids, ...probes]) expect(table.get(id)).toBe(expected.get(id) ?? -1);
        },
      ),
    );
  });
});

/** The problem with every id renamed by `rename` (learners, projects, supervisors). */
function renamed(problem: AllocationProblem, rename: (id: string) => string): AllocationProblem {
  return {
    learners: problem.learners.map((l) => ({
      id: rename(l.id),
      preferences: l.preferences.map(rename),
    })),
    projects: problem.projects.map((p) => ({
      ...p,
      id: rename(p.id),
      supervisorId: rename(p.supervisorId),
    })),
    supervisors: problem.supervisors.map((s) => ({
      ...s,
      id: rename(s.id),
      preferences: s.preferences.map(rename),
    })),
  };
}

/** Valid ids only: the awkward ones that allocate accepts, then numbered long and wide ones. */
const NAMES = AWKWARD.filter((id) => id !== "" && id !== "__proto__");

describe("allocate with awkward ids", () => {
  it("gives the same allocation whatever the ids look like (packed, long, wide, hash twins)", () => {
    fc.assert(
      fc.property(
        fc.oneof(smallProblem, opposedProblem),
        fc.integer({ min: 0, max: 1000 }),
        (problem, offset) => {
          const all = [
            ...problem.learners.map((l) => l.id),
            ...problem.projects.map((p) => p.id),
            ...problem.supervisors.map((s) => s.id),
          ];
          const names = new Map<string, string>();
          for (let x = 0; x < all.length; x++) {
            const at = (x + offset) % (NAMES.length + all.length);
            names.set(
              all[x] as string,
              at < NAMES.length ? (NAMES[at] as string) : `${"long-identifier-"}${at}€`,
            );
          }
          const rename = (id: string) => names.get(id) ?? id;
          const other = renamed(problem, rename);
          for (const optimal of ["learner", "supervisor"] as const) {
            const a = allocate(problem, { optimal });
            const b = allocate(other, { optimal });
            if (!a.ok || !b.ok) throw new Error("both problems are valid");
            const expected = new Map(
              [...toAssignment(a.value.matches)].map(([l, p]) => [rename(l), rename(p)]),
            );
            expect(toAssignment(b.value.matches)).toEqual(expected);
            expect(new Set(b.value.unassigned)).toEqual(new Set(a.value.unassigned.map(rename)));
            expect(b.issues.map((i) => [i.code, i.path])).toEqual(
              a.issues.map((i) => [i.code, i.path]),
            );
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it("ranks applicants who are hash twins apart", () => {
    const twins = [...PACKED_TWINS, ...LONG_TWINS, ...WIDE_TWINS];
    // The supervisor ranks the learners in reverse; one seat, so the last learner wins.
    const problem = {
      learners: twins.map((id) => ({ id, preferences: ["p", "q"] })),
      projects: [
        { id: "p", capacity: 1, supervisorId: "s" },
        { id: "q", capacity: 1, supervisorId: "s" },
      ],
      supervisors: [{ id: "s", capacity: 2, preferences: [...twins].reverse() }],
    };
    for (const optimal of ["learner", "supervisor"] as const) {
      const result = allocate(problem, { optimal });
      expect(result.ok && toAssignment(result.value.matches)).toEqual(
        new Map([
          [WIDE_TWINS[1], "p"],
          [WIDE_TWINS[0], "q"],
        ]),
      );
    }
  });

  it("is not misled by a list whose length grows between reads (a proxy)", () => {
    let reads = 0;
    const preferences = new Proxy(["p"], {
      get(target, key, receiver) {
        if (key === "length") return reads++ === 0 ? 0 : 1;
        return Reflect.get(target, key, receiver);
      },
    });
    const result = allocate({
      learners: [{ id: "a", preferences }],
      projects: [{ id: "p", capacity: 1, supervisorId: "s" }],
      supervisors: [{ id: "s", capacity: 1, preferences: ["a"] }],
    });
    expect(result).toEqual({
      ok: true,
      value: { matches: [{ learnerId: "a", projectId: "p" }], unassigned: [] },
      issues: [],
    });
  });

  it("reports unknown, repeated and reserved ids among hash twins", () => {
    const result = validateAllocationProblem({
      learners: [
        { id: LONG_TWINS[0], preferences: [PACKED_TWINS[0], PACKED_TWINS[1], PACKED_TWINS[0]] },
        { id: WIDE_TWINS[0], preferences: [PACKED_TWINS[0]] },
      ],
      projects: [{ id: PACKED_TWINS[0], capacity: 1, supervisorId: WIDE_TWINS[1] }],
      supervisors: [
        {
          id: WIDE_TWINS[1],
          capacity: 1,
          preferences: [LONG_TWINS[1], WIDE_TWINS[0], LONG_TWINS[0], WIDE_TWINS[0], "__proto__"],
        },
      ],
    });
    expect(result.issues.map((i) => [i.code, i.path])).toEqual([
      ["allocation.unknown_project", ["learners", 0, "preferences", 1]],
      ["allocation.duplicate_preference", ["learners", 0, "preferences", 2]],
      ["allocation.unknown_learner", ["supervisors", 0, "preferences", 0]],
      ["allocation.duplicate_preference", ["supervisors", 0, "preferences", 3]],
      ["allocation.unknown_learner", ["supervisors", 0, "preferences", 4]],
    ]);
  });
});
