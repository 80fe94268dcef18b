import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  ContributionKindSchema,
  MembershipSchema,
  PartnerKindSchema,
  PartnerRoleSchema,
  PartnerSchema,
} from "../../src/campus/index.js";
import {
  isContributionKind,
  isPartnerKind,
  isPartnerRole,
  passesMembershipSchema,
  passesPartnerSchema,
  readCampus,
  readPartners,
} from "../../src/campus/read.js";
import { junk } from "../helpers/junk.js";
import { itip } from "./producers.js";

const maybe = <T>(arb: fc.Arbitrary<T>) =>
  fc.oneof(
    { arbitrary: arb, weight: 40 },
    { arbitrary: junk, weight: 1 },
    { arbitrary: fc.constant(undefined), weight: 1 },
  );
const date = fc.oneof(
  { arbitrary: fc.constant("2022-09-01"), weight: 3 },
  fc.constantFrom("2020-02-06", "2024-02-29", "2023-02-29", "2020-13-01", "0000-02-29", "2020-2-6"),
  fc
    .date({
      noInvalidDate: true,
      min: new Date(Date.UTC(1900, 0, 1)),
      max: new Date(Date.UTC(2100, 0, 1)),
    })
    .map((d) => d.toISOString().slice(0, 10)),
);
const amount = fc.oneof(
  fc.double(),
  fc.nat(),
  fc.constantFrom(-0, -1, Number.NaN, Number.POSITIVE_INFINITY),
);
const contribution = fc.record(
  {
    kind: maybe(fc.constantFrom(...ContributionKindSchema.options, "gift")),
    amountEur: maybe(amount),
    hours: maybe(amount),
    note: maybe(fc.string()),
  },
  { requiredKeys: [] },
);
const membership = fc.record(
  {
    partnerId: maybe(fc.constantFrom("p1", "", "michelin")),
    roles: maybe(
      fc.array(fc.oneof(fc.constantFrom(...PartnerRoleSchema.options), junk), { maxLength: 3 }),
    ),
    from: maybe(date),
    to: maybe(date),
    contributions: maybe(fc.array(maybe(contribution), { maxLength: 2 })),
    extra: maybe(fc.string()),
  },
  { requiredKeys: ["partnerId", "roles", "from"] },
);
const partner = fc.record(
  {
    id: maybe(fc.constantFrom("p1", "p2", "")),
    name: maybe(fc.constantFrom("P", "Q", "")),
    kind: maybe(
      fc.constantFrom(...PartnerKindSchema.options, "university", "toString", "__proto__"),
    ),
    // Canonical and valid, loose and valid, wrong key, wrong prefix, anything.
    siret: maybe(
      fc.oneof(
        { arbitrary: fc.constantFrom("55210055400013", "35600000000015"), weight: 12 },
        fc.constantFrom("552 100 554 00013", "55210055400014", "5521005540001"),
        fc.string({ maxLength: 14 }),
      ),
    ),
    uai: maybe(
      fc.oneof(
        { arbitrary: fc.constantFrom("0710010A", "0719901B"), weight: 12 },
        fc.constantFrom("0710010a", " 0710 010A", "0710010B", "0000000A", "071999"),
        fc.string({ maxLength: 8 }),
      ),
    ),
    country: maybe(fc.constantFrom("FR", "DE", "fr", "FRA")),
    size: maybe(
      fc.record(
        { headcount: maybe(amount), turnoverEur: maybe(amount), balanceSheetEur: maybe(amount) },
        { requiredKeys: ["headcount"] },
      ),
    ),
    // Mostly valid, so that enough generated partners pass both checks (the test counts them).
    enterpriseCategory: maybe(
      fc.oneof(
        { arbitrary: fc.constantFrom("PME", "ETI", "GE"), weight: 4 },
        { arbitrary: fc.constantFrom("pme", "micro", "toString", "__proto__"), weight: 1 },
      ),
    ),
  },
  { requiredKeys: ["id", "name", "kind"] },
);

/** The result of `f`, or "throws" (hostile getters throw in both zod and the fast paths). */
function attempt<T>(f: () => T): T | "throws" {
  try {
    return f();
  } catch {
    return "throws";
  }
}

describe("fast paths", () => {
  it("never accept what the membership schema rejects, and accept the valid plain ones", () => {
    let accepted = 0;
    fc.assert(
      fc.property(fc.oneof({ arbitrary: membership, weight: 4 }, junk), (value) => {
        const zod = attempt(() => MembershipSchema.safeParse(value));
        const fast = attempt(() => passesMembershipSchema(value));
        if (zod === "throws" || fast === "throws") return;
        if (fast) expect(zod.success).toBe(true);
        if (fast) accepted++;
        if (zod.success && Object.getPrototypeOf(value) === Object.prototype) {
          expect(passesMembershipSchema(value)).toBe(true);
        }
      }),
      // Enough runs that the valid values counted below are never a handful by chance (at 1000
      // runs, about 3 % of the generated partners passed, and the count fell to 20 now and then).
      { numRuns: 4000 },
    );
    expect(accepted).toBeGreaterThan(20);
  });

  it("never accept what the partner schema rejects, and accept the valid plain ones", () => {
    let accepted = 0;
    fc.assert(
      fc.property(fc.oneof({ arbitrary: partner, weight: 4 }, junk), (value) => {
        const zod = attempt(() => PartnerSchema.safeParse(value));
        const fast = attempt(() => passesPartnerSchema(value));
        if (zod === "throws" || fast === "throws") return;
        if (fast) expect(zod.success).toBe(true);
        if (fast) accepted++;
        // Used as it is: zod's output (identifiers normalised) must be the same data.
        if (fast && zod.success) expect(zod.data).toEqual(value);
        if (zod.success && Object.getPrototypeOf(value) === Object.prototype) {
          const { size, siret, uai } = value as { size?: unknown; siret?: unknown; uai?: unknown };
          // Loose identifiers are zod's to normalise: the fast path takes canonical ones only.
          const canonical = siret === zod.data.siret && uai === zod.data.uai;
          if (
            canonical &&
            (size === undefined || Object.getPrototypeOf(size) === Object.prototype)
          ) {
            expect(passesPartnerSchema(value)).toBe(true);
          }
        }
      }),
      // Enough runs that the valid values counted below are never a handful by chance (at 1000
      // runs, about 3 % of the generated partners passed, and the count fell to 20 now and then).
      { numRuns: 4000 },
    );
    expect(accepted).toBeGreaterThan(20);
  });

  it("check enums exactly as the schemas do", () => {
    const probes = ["", "toString", "__proto__", "constructor", 1, null, undefined, "CARRIER"];
    for (const role of [...PartnerRoleSchema.options, ...probes]) {
      expect(isPartnerRole(role)).toBe(PartnerRoleSchema.safeParse(role).success);
    }
    for (const kind of [...ContributionKindSchema.options, ...probes]) {
      expect(isContributionKind(kind)).toBe(ContributionKindSchema.safeParse(kind).success);
    }
    for (const kind of [...PartnerKindSchema.options, ...probes]) {
      expect(isPartnerKind(kind)).toBe(PartnerKindSchema.safeParse(kind).success);
    }
  });
});

describe("readCampus and readPartners", () => {
  it("keep the input's items and index them", () => {
    const { campus, partners } = itip();
    const read = readCampus(campus, ["campus"], "en");
    expect(read.campus).toBe(campus);
    expect(read.members.values[3]).toBe(campus.members[3]);
    expect(read.members.indices.slice(0, 3)).toEqual([0, 1, 2]);
    const readP = readPartners(partners, ["partners"], "en");
    expect(readP.values).toHaveLength(partners.length);
    expect(readP.readable).toBe(true);
  });

  it("parse through zod what the fast path leaves, and keep the rejected items", () => {
    const { campus } = itip();
    const odd = Object.assign(Object.create({ inherited: true }), {
      partnerId: "iut-creusot",
      roles: ["member"],
      from: "2020-01-01",
    });
    (campus.members as unknown[]).push(odd, { partnerId: 5 });
    const read = readCampus(campus, ["campus"], "en");
    expect(read.members.values).toHaveLength(campus.members.length - 1);
    expect(read.members.rejected).toEqual([
      { index: campus.members.length - 1, value: { partnerId: 5 } },
    ]);
    expect(read.campus).toBeUndefined();
  });

  it("report arrays that cannot be read", () => {
    const throwing = new Proxy([], {
      get(target, key) {
        if (key === "1") throw new Error("no");
        return Reflect.get(target, key);
      },
    });
    (throwing as unknown[]).length = 2;
    const read = readPartners(throwing, ["partners"], "en");
    expect(read.issues.map((i) => i.path)).toEqual([
      ["partners", 0],
      ["partners", 1],
    ]);
    const huge = readPartners({ length: 5 }, ["partners"], "en");
    expect(huge.readable).toBe(false);
    const tooBig = new Array(1_000_001);
    expect(readPartners(tooBig, ["partners"], "en").issues[0]?.params).toMatchObject({
      zodCode: "too_big",
    });
  });
});
