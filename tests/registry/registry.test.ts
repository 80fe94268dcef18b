import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  CertificationSchema,
  createRegistry,
  EstablishmentSchema,
  partnerFromEstablishment,
  programmeFromCertification,
} from "../../src/registry/index.js";
import { junk, throwingGetters } from "../helpers/junk.js";
import { testRegistry } from "./dataset-fixture.js";

describe("createRegistry", () => {
  const registry = testRegistry();

  it("looks up certifications, blocks and establishments, loosely written too", () => {
    expect(registry.certification("RNCP35340")?.level).toBe(5);
    expect(registry.certification(" rncp35340 ")?.code).toBe("RNCP35340");
    expect(registry.certification("RNCP1")).toBeUndefined();
    expect(registry.block("RNCP35340BC02")).toEqual({
      code: "RNCP35340BC02",
      title: "Concevoir une solution",
      certification: "RNCP35340",
    });
    expect(registry.block("rncp35340bc02")?.code).toBe("RNCP35340BC02");
    expect(registry.establishment("0710010a")?.name).toBe("Lycée Nicéphore Niépce");
    expect(registry.establishmentsBySiret("197 100 101 00017").map((e) => e.uai)).toEqual([
      "0710010A",
    ]);
    expect(registry.establishmentsBySiret("197112345").map((e) => e.uai)).toEqual(["0711234F"]);
    expect(registry.establishmentsBySiret("197100101").map((e) => e.uai)).toEqual(["0710010A"]);
    expect(registry.establishmentsBySiret("nothing")).toEqual([]);
    for (const kind of ["rncp", "rs", "annuaire", "esr"] as const) {
      expect(registry.holds(kind)).toBe(true);
    }
  });

  it("keeps only records valid for their schema", () => {
    for (const c of registry.certifications) expect(CertificationSchema.parse(c)).toEqual(c);
    for (const e of registry.establishments) expect(EstablishmentSchema.parse(e)).toEqual(e);
  });

  it("never throws on junk, and keeps the first of two records with one code", () => {
    fc.assert(
      fc.property(junk, junk, (a, b) => {
        const built = createRegistry({ certifications: a, establishments: b } as never);
        built.certification("RNCP1");
        built.establishmentsBySiret(a as never);
      }),
    );
    const twice = createRegistry({
      certifications: [
        {
          code: "RS1",
          title: "a",
          active: true,
          blocks: [null, { code: 1 }, { code: "X", title: 2 }],
          nsf: [],
          rome: [],
          certifiers: [],
        },
        { code: "RS1", title: "b", active: true, blocks: [], nsf: [], rome: [], certifiers: [] },
      ] as never,
      establishments: [{ uai: "U", siret: "1", siren: "1" }, { uai: "U" }, 3] as never,
    });
    expect(twice.certification("RS1")?.title).toBe("a");
    expect(twice.block("X")).toEqual({ code: "X", title: "", certification: "RS1" });
    expect(twice.establishmentsBySiret("1")).toHaveLength(1);
    expect(createRegistry(null as never).certifications).toEqual([]);
    const { proxy, revoke } = Proxy.revocable([], {});
    revoke();
    const hostile = createRegistry({
      certifications: [throwingGetters(["code"]), { code: "RS2", blocks: throwingGetters(["0"]) }],
      establishments: proxy,
      holds: [throwingGetters(["x"])],
    } as never);
    expect(hostile.certifications.map((c) => c.code)).toEqual(["RS2"]);
    expect(hostile.establishmentsBySiret("1")).toEqual([]);
    const siretThrows = createRegistry({
      establishments: [
        Object.defineProperty({ uai: "U" }, "siret", {
          get: () => {
            throw new Error("x");
          },
        }),
      ],
    } as never);
    expect(siretThrows.establishmentsBySiret("1")).toEqual([]);
  });
});

describe("programmeFromCertification", () => {
  const registry = testRegistry();

  it("builds a programme with its blocks", () => {
    const result = programmeFromCertification(registry, "RNCP35340", { id: "bts-crsa" });
    expect(result).toEqual({
      ok: true,
      issues: [],
      value: {
        id: "bts-crsa",
        title: 'Conception et réalisation de systèmes automatiques; option "robotique"',
        diploma: "bts",
        level: 5,
        rncp: "RNCP35340",
        blocks: [
          { code: "RNCP35340BC01", title: "Analyser un système" },
          { code: "RNCP35340BC02", title: "Concevoir une solution" },
          { code: "RNCP35340BC03", title: "Réaliser,\nmettre en service" },
        ],
      },
    });
  });

  it("asks for what the registry cannot give, and refuses unknown codes", () => {
    const rs = programmeFromCertification(registry, "RS5678");
    expect(rs.issues.map((i) => i.params?.option)).toEqual(["diploma", "level"]);
    const given = programmeFromCertification(registry, "RS5678", { diploma: "bts", level: 5 });
    expect(given.ok && given.value).toEqual({
      id: "RS5678",
      title: "Habilitation électrique",
      diploma: "bts",
      level: 5,
    });
    expect(programmeFromCertification(registry, "RNCP1").issues[0]?.code).toBe(
      "registry.unknown_certification",
    );
    expect(programmeFromCertification(registry, "RNCP35340", { id: "" }).issues[0]?.params).toEqual(
      {
        option: "id",
        expected: "valid",
      },
    );
  });

  it("never throws on junk", () => {
    fc.assert(
      fc.property(junk, junk, junk, (r, code, options) => {
        programmeFromCertification(r as never, code as never, options as never);
        programmeFromCertification(registry, code as never, options as never);
      }),
    );
  });
});

describe("partnerFromEstablishment", () => {
  const registry = testRegistry();

  it("builds a partner with its mapped kind", () => {
    expect(partnerFromEstablishment(registry, "0710010A")).toEqual({
      ok: true,
      issues: [],
      value: {
        id: "0710010A",
        name: "Lycée Nicéphore Niépce",
        kind: "upper-secondary-school",
        uai: "0710010A",
        siret: "19710010100017",
      },
    });
    const closed = partnerFromEstablishment(registry, "0710011B", { id: "dumaine" });
    expect(closed.ok).toBe(true);
    expect(closed.issues.map((i) => i.code)).toEqual(["registry.closed_establishment"]);
  });

  it("asks for a kind when the type maps to none, refuses unknown UAIs", () => {
    const college = partnerFromEstablishment(registry, "0711234F", { locale: "fr" });
    expect(college.issues[0]?.message).toBe(
      "L'option « kind » doit être un type de partenaire (le type « Collège » de l'annuaire n'en donne aucun).",
    );
    const withKind = partnerFromEstablishment(registry, "0711234F", { kind: "association" });
    expect(withKind.ok && withKind.value.kind).toBe("association");
    expect(partnerFromEstablishment(registry, "0000000A").issues[0]?.code).toBe(
      "registry.unknown_uai",
    );
    expect(partnerFromEstablishment(registry, "0710010A", { id: "" }).ok).toBe(false);
  });

  it("never throws on junk", () => {
    fc.assert(
      fc.property(junk, junk, junk, (r, uai, options) => {
        partnerFromEstablishment(r as never, uai as never, options as never);
        partnerFromEstablishment(registry, uai as never, options as never);
      }),
    );
  });
});
