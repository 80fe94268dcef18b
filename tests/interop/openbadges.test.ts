/**
 * Open Badges 3.0: every credential validates against 1EdTech's published JSON Schema for
 * `AchievementCredential` (tests/interop/vendor/imsglobal/, not committed: the 1EdTech licence
 * does not let us redistribute it; `npx tsx scripts/fetch-interop-vendor.ts` downloads it, and
 * the schema tests are skipped until then). Round trips, hostile badges and fuzzing run always.
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import Ajv2019 from "ajv/dist/2019.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  createOpenBadgeIssuer,
  exportOpenBadgeAchievement,
  fromOpenBadgeCredential,
  sha256Hex,
  toOpenBadgeAchievement,
  toOpenBadgeCredential,
} from "../../src/interop/index.js";
import type { Achievement } from "../../src/pathway/index.js";
import { CmqError } from "../../src/shared/index.js";
import { hostileValues, junk, prototypeIsClean } from "../helpers/junk.js";
import { BTS, CFA, DATA, IUT, LAB, type Loose, PROGRAMMES, STI2D } from "./fixtures.js";

const SCHEMA_FILE = new URL(
  "./vendor/imsglobal/ob_v3p0_achievementcredential_schema.json",
  import.meta.url,
);
const HAS_SCHEMA = existsSync(SCHEMA_FILE);
if (!HAS_SCHEMA)
  console.warn(
    "OB 3.0 JSON Schema missing: run `npx tsx scripts/fetch-interop-vendor.ts` to validate against it.",
  );

function schemaValidator(): (value: unknown) => string[] {
  const schema = JSON.parse(readFileSync(SCHEMA_FILE, "utf8"));
  const ajv = new Ajv2019.default({ strict: false, allErrors: true });
  ajv.addFormat("date-time", /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/);
  ajv.addFormat("date", /^\d{4}-\d{2}-\d{2}$/);
  ajv.addFormat("uri", /^[a-zA-Z][a-zA-Z0-9+.-]*:\S*$/);
  ajv.addFormat("email", /^\S+@\S+$/);
  const validate = ajv.compile(schema);
  return (value) =>
    validate(value) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}

const OPTIONS = {
  learner: { id: "l-lea" },
  issuer: CFA,
  programmes: PROGRAMMES,
  issuedOn: "2026-07-01",
  salt: "campus-2026",
};

/** Every achievement of the VRAI learners, plus Léa's BTS CRSA blocks. */
function vraiAchievements(): Achievement[] {
  const own = (DATA.learners as Loose[]).flatMap((l) => (l.achievements ?? []) as Achievement[]);
  const blocks = (BTS.blocks ?? []).map((b) => ({
    on: "2026-06-30",
    programmeId: BTS.id,
    block: b.code,
  }));
  return [...own, ...blocks];
}

/** Achievements that a credential can describe: consistent with the VRAI catalogue. */
const achievementArb: fc.Arbitrary<Achievement> = fc
  .record(
    {
      on: fc
        .date({ min: new Date("1990-01-01"), max: new Date("2040-12-31"), noInvalidDate: true })
        .map((d) => d.toISOString().slice(0, 10)),
      ref: fc.oneof(
        fc.constant(undefined),
        fc.constantFrom(...PROGRAMMES).chain((p) =>
          fc.record({
            programmeId: fc.constant(p.id),
            block:
              (p.blocks ?? []).length === 0
                ? fc.constant(undefined)
                : fc.option(fc.constantFrom(...(p.blocks ?? []).map((b) => b.code)), {
                    nil: undefined,
                  }),
          }),
        ),
        fc.record({ block: fc.string({ minLength: 1, maxLength: 20 }) }),
      ),
      diploma: fc.option(fc.constantFrom("cap", "bac-pro", "bts", "but", "licence-pro", "master"), {
        nil: undefined,
      }),
      level: fc.option(fc.constantFrom(1, 2, 3, 4, 5, 6, 7, 8), { nil: undefined }),
      ects: fc.option(fc.oneof(fc.nat(300), fc.double({ min: 0, max: 300, noNaN: true })), {
        nil: undefined,
      }),
    },
    { requiredKeys: ["on", "ref"] },
  )
  .map(({ on, ref, diploma, level, ects }) => {
    const a: Loose = { on };
    if (ref !== undefined && "programmeId" in ref) a.programmeId = ref.programmeId;
    if (ref?.block !== undefined) a.block = ref.block;
    if (diploma !== undefined) a.diploma = diploma;
    if (level !== undefined) a.level = level;
    if (ects !== undefined) a.ects = ects;
    return a as Achievement;
  })
  .filter((a) => Object.keys(a).length > 1);

describe.skipIf(!HAS_SCHEMA)("OB 3.0 JSON Schema (1EdTech)", () => {
  const validate = HAS_SCHEMA ? schemaValidator() : () => [];

  it("accepts every VRAI credential, hashed or plain, with or without subject id", () => {
    for (const a of vraiAchievements())
      for (const extra of [
        {},
        { learnerIdentity: "plain" as const, subjectId: "did:example:lea" },
      ]) {
        const result = toOpenBadgeCredential(a, { ...OPTIONS, ...extra });
        expect(result.ok, JSON.stringify(result.issues)).toBe(true);
        if (result.ok) expect(validate(result.value)).toEqual([]);
      }
  });

  it("accepts credentials of generated achievements and issuers without identifiers", () => {
    fc.assert(
      fc.property(achievementArb, fc.constantFrom(CFA, IUT, LAB), (a, issuer) => {
        const result = toOpenBadgeCredential(a, { ...OPTIONS, issuer });
        expect(result.ok).toBe(true);
        if (result.ok) expect(validate(result.value)).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it("accepts the achievement of every programme and block, alone in a credential", () => {
    for (const p of PROGRAMMES) {
      for (const achievement of [
        toOpenBadgeAchievement(p),
        ...(p.blocks ?? []).map((b) => toOpenBadgeAchievement(b, { programme: p })),
      ]) {
        const credential = toOpenBadgeCredential({ on: "2026-01-01", programmeId: p.id }, OPTIONS);
        expect(credential.ok).toBe(true);
        if (!credential.ok) continue;
        const copy = JSON.parse(JSON.stringify(credential.value));
        copy.credentialSubject.achievement = achievement;
        expect(validate(copy)).toEqual([]);
      }
    }
  });

  it("rejects what the schema rejects (the validator is live)", () => {
    const result = toOpenBadgeCredential({ on: "2026-01-01", programmeId: "bts-crsa" }, OPTIONS);
    const copy = JSON.parse(JSON.stringify(result.ok ? result.value : {}));
    delete copy.credentialSubject.achievement.criteria;
    expect(validate(copy).length).toBeGreaterThan(0);
  });
});

describe("toOpenBadgeCredential", () => {
  it("has the OB 3.0 shape the spec requires, without the schema file", () => {
    const result = toOpenBadgeCredential(
      { on: "2026-06-30", programmeId: "bts-crsa", block: "RNCP35341BC02" },
      OPTIONS,
    );
    expect(result.ok).toBe(true);
    const c = (result.ok ? result.value : {}) as Loose;
    expect(c["@context"]).toEqual([
      "https://www.w3.org/ns/credentials/v2",
      "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
    ]);
    expect(c.type).toEqual(["VerifiableCredential", "OpenBadgeCredential"]);
    for (const key of ["id", "issuer", "validFrom", "credentialSubject"])
      expect(c).toHaveProperty(key);
    expect(c.validFrom).toBe("2026-07-01T00:00:00Z");
    expect(c.awardedDate).toBe("2026-06-30T00:00:00Z");
    expect(c.issuer.otherIdentifier).toEqual([
      { type: "IdentifierEntry", identifier: "00000128900016", identifierType: "ext:SIRET" },
      { type: "IdentifierEntry", identifier: "000001289", identifierType: "ext:SIREN" },
      { type: "IdentifierEntry", identifier: "0719905F", identifierType: "ext:UAI" },
    ]);
    const achievement = c.credentialSubject.achievement;
    expect(achievement).toMatchObject({
      type: ["Achievement"],
      achievementType: "Competency",
      humanCode: "RNCP35341BC02",
      name: "Conception détaillée et industrialisation",
    });
    expect(achievement.alignment.map((a: Loose) => a.targetUrl)).toEqual([
      "https://www.francecompetences.fr/recherche/rncp/35341/",
      "http://data.europa.eu/snb/eqf/5",
    ]);
  });

  it("maps programmes: type by diploma, RNCP humanCode, ECTS, record and EQF alignments", () => {
    const a = toOpenBadgeAchievement(BTS) as Loose;
    expect(a).toMatchObject({
      achievementType: "AssociateDegree",
      humanCode: "RNCP35341",
      creditsAvailable: 120,
    });
    expect(a.criteria.id).toBe("https://www.francecompetences.fr/recherche/rncp/35341/");
    expect(a.otherIdentifier).toContainEqual({
      type: "IdentifierEntry",
      identifier: "RNCP35341",
      identifierType: "ext:RNCP",
    });
    expect(toOpenBadgeAchievement({ ...BTS, rncp: "RS5678" }).humanCode).toBe("RS5678");
    expect((toOpenBadgeAchievement(BTS, { locale: "fr" }) as Loose).description).toMatch(
      /niveau 5/,
    );
    const but = toOpenBadgeAchievement({ id: "x", title: "BUT", diploma: "but", level: 6 });
    expect(but.creditsAvailable).toBe(180);
  });

  it("never writes the learner id when hashing, and checks the hash", () => {
    const result = toOpenBadgeCredential(
      { on: "2026-06-30", diploma: "bts" },
      { ...OPTIONS, learner: { id: "secret-learner-42" } },
    );
    const text = JSON.stringify(result.ok ? result.value : {});
    expect(text).not.toContain("secret-learner-42");
    const identity = (result.ok ? result.value : {}) as Loose;
    expect(identity.credentialSubject.identifier[0]).toEqual({
      type: "IdentityObject",
      hashed: true,
      identityHash: `sha256$${createHash("sha256").update("secret-learner-42campus-2026").digest("hex")}`,
      identityType: "identifier",
      salt: "campus-2026",
    });
    const plain = toOpenBadgeCredential(
      { on: "2026-06-30", diploma: "bts" },
      { ...OPTIONS, learnerIdentity: "plain" },
    );
    expect(JSON.stringify(plain.ok ? plain.value : {})).toContain("l-lea");
  });

  it("is deterministic, and takes a given id", () => {
    const a: Achievement = { on: "2026-06-30", programmeId: "bts-crsa" };
    expect(toOpenBadgeCredential(a, OPTIONS)).toEqual(toOpenBadgeCredential(a, OPTIONS));
    const withId = toOpenBadgeCredential(a, { ...OPTIONS, id: "https://campus.example/badges/1" });
    expect(withId.ok && withId.value.id).toBe("https://campus.example/badges/1");
  });

  it("reports unknown programmes and blocks, empty achievements and bad options, located", () => {
    const codes = (a: Achievement, o: Loose = {}) =>
      toOpenBadgeCredential(a, { ...OPTIONS, ...o }).issues.map((i) => [i.code, i.path]);
    expect(codes({ on: "2026-06-30", programmeId: "nope" })).toContainEqual([
      "interop.unknown_programme",
      ["programmeId"],
    ]);
    expect(codes({ on: "2026-06-30", programmeId: "bts-crsa", block: "nope" })).toContainEqual([
      "interop.unknown_block",
      ["block"],
    ]);
    expect(codes({ on: "2026-06-30" })).toContainEqual(["interop.empty_achievement", []]);
    expect(
      codes(
        { on: "2026-06-30", diploma: "bts" },
        { id: "not an iri", salt: 3, learnerIdentity: "x", subjectId: 1, baseIri: "no" },
      )
        .map((c) => c[0])
        .filter((c) => c !== "interop.unsalted_hash"),
    ).toEqual(Array(5).fill("interop.invalid_option"));
    const broken = toOpenBadgeCredential(
      { on: "2026-06-30", programmeId: "bad" },
      { ...OPTIONS, programmes: [{ id: "bad", title: 1 } as never] },
    );
    expect(broken.ok).toBe(false);
    expect(broken.issues[0]?.path.slice(0, 3)).toEqual(["options", "programmes", 0]);
  });

  it("shares definitions across credentials of one issuer and keeps their infos", () => {
    const issue = createOpenBadgeIssuer({ ...OPTIONS });
    const first = issue(
      { on: "2024-07-01", programmeId: "bac-sti2d" },
      { id: "a" },
      { path: ["learners", 0] },
    );
    const second = issue({ on: "2024-07-01", programmeId: "bac-sti2d" }, { id: "b" });
    expect(first.issues.map((i) => i.code)).toEqual(["interop.missing_rncp"]);
    expect(first.issues[0]?.path).toEqual(["learners", 0, "options", "programmes", 3]);
    expect(second.issues.map((i) => i.code)).toEqual(["interop.missing_rncp"]);
    const bad = issue({ on: "2024-07-01", programmeId: "bad" }, { id: "" });
    expect(bad.ok).toBe(false);
    expect(issue({ on: "2024-07-01", programmeId: "nope" }, { id: "c" }).ok).toBe(false);
  });
});

describe("toOpenBadgeAchievement: missing data", () => {
  it("gives valid output and an info for a programme without RNCP and a block without title", () => {
    const noRncp = exportOpenBadgeAchievement(STI2D);
    expect(noRncp.ok).toBe(true);
    expect(noRncp.issues.map((i) => [i.code, i.severity])).toEqual([
      ["interop.missing_rncp", "info"],
    ]);
    const noTitle = exportOpenBadgeAchievement({ code: "RNCP35341BC09" }, { programme: BTS });
    expect(noTitle.ok && noTitle.value.name).toBe("RNCP35341BC09");
    expect(noTitle.issues.map((i) => i.code)).toEqual(["interop.missing_block_title"]);
    expect(
      exportOpenBadgeAchievement({ ...BTS, rncp: "garbage" }).issues.map((i) => i.code),
    ).toEqual(["interop.invalid_identifier", "interop.missing_rncp"]);
  });

  it("throws a CmqError (only) on input that is not a programme or block", () => {
    expect(() => toOpenBadgeAchievement({ id: 3 } as never)).toThrow(CmqError);
    expect(exportOpenBadgeAchievement({ code: "X" }, { programme: { id: 1 } as never }).ok).toBe(
      false,
    );
  });
});

describe("fromOpenBadgeCredential", () => {
  it("round-trips: from(to(a)) gives back a, for generated achievements", () => {
    fc.assert(
      fc.property(
        achievementArb,
        fc.constantFrom("en", "fr") as fc.Arbitrary<"en" | "fr">,
        (a, locale) => {
          const credential = toOpenBadgeCredential(a, { ...OPTIONS, locale });
          expect(credential.ok).toBe(true);
          if (!credential.ok) return;
          const back = fromOpenBadgeCredential(JSON.parse(JSON.stringify(credential.value)));
          expect(back.issues.filter((i) => i.severity !== "info")).toEqual([]);
          expect(back.ok && back.value).toEqual(a);
        },
      ),
      { numRuns: 300 },
    );
    for (const a of vraiAchievements()) {
      const credential = toOpenBadgeCredential(a, OPTIONS);
      expect(fromOpenBadgeCredential(credential.ok ? credential.value : {})).toMatchObject({
        ok: true,
        value: a,
      });
    }
  });

  it("reads a foreign badge: RNCP match, inferred claims, issuanceDate (VC 1.1)", () => {
    const foreign = {
      "@context": [
        "https://www.w3.org/2018/credentials/v1",
        "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
      ],
      type: "OpenBadgeCredential",
      issuanceDate: "2025-06-30T10:00:00+02:00",
      credentialSubject: {
        achievement: {
          achievementType: "Diploma",
          humanCode: "RNCP35341",
          creditsAvailable: 120,
          alignment: [{ targetUrl: "http://data.europa.eu/snb/eqf/5" }],
        },
      },
    };
    expect(fromOpenBadgeCredential(foreign)).toMatchObject({
      ok: true,
      value: { on: "2025-06-30" },
    });
    const read = fromOpenBadgeCredential(foreign, {
      programmes: PROGRAMMES,
      inferClaims: true,
      locale: "fr",
    });
    expect(read).toMatchObject({
      ok: true,
      value: { on: "2025-06-30", programmeId: "bts-crsa", level: 5, ects: 120 },
    });
    expect(read.issues.map((i) => i.code)).toEqual([
      "interop.badge_programme_matched",
      "interop.badge_inferred",
      "interop.badge_inferred",
    ]);
    const block = {
      ...foreign,
      credentialSubject: {
        achievement: {
          achievementType: "Competency",
          otherIdentifier: [{ identifier: "RNCP1BC01", identifierType: "ext:RNCPBlock" }],
        },
      },
    };
    expect(fromOpenBadgeCredential(block)).toMatchObject({
      ok: true,
      value: { block: "RNCP1BC01" },
    });
    const nothing = fromOpenBadgeCredential({ ...foreign, credentialSubject: { achievement: {} } });
    expect(nothing.issues.map((i) => i.code)).toEqual(["interop.badge_unmapped"]);
  });

  it("gives located issues for hostile badges, and never pollutes prototypes", () => {
    const good = toOpenBadgeCredential({ on: "2026-06-30", programmeId: "bts-crsa" }, OPTIONS);
    const badge = () => JSON.parse(JSON.stringify(good.ok ? good.value : {})) as Loose;
    const at = (json: unknown) =>
      fromOpenBadgeCredential(json).issues.map((i) => `${i.code} ${i.path.join(".")}`);
    const wrongTypes = badge();
    wrongTypes.type = ["VerifiableCredential"];
    wrongTypes.credentialSubject.creditsEarned = "lots";
    wrongTypes.awardedDate = 20260630;
    expect(at(wrongTypes)).toEqual([
      "interop.badge_wrong_type type",
      "interop.badge_wrong_type awardedDate",
      "interop.badge_wrong_type credentialSubject.creditsEarned",
    ]);
    const missing = badge();
    delete missing.credentialSubject.achievement;
    expect(at(missing)).toEqual(["interop.badge_missing credentialSubject.achievement"]);
    const huge = badge();
    huge.credentialSubject.achievement.description = "x".repeat(10 * 1024 * 1024);
    huge.credentialSubject.achievement.humanCode = "y".repeat(200_000);
    expect(at(huge).sort()).toEqual([
      "interop.badge_long_text credentialSubject.achievement.description",
      "interop.badge_long_text credentialSubject.achievement.humanCode",
    ]);
    const proto = JSON.parse(
      `{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}, ${JSON.stringify(badge()).slice(1)}`,
    );
    proto.credentialSubject = JSON.parse(
      `{"__proto__": {"achievement": 1}, ${JSON.stringify(proto.credentialSubject).slice(1)}`,
    );
    expect(at(proto).sort()).toEqual([
      "interop.badge_unsafe_key ",
      "interop.badge_unsafe_key ",
      "interop.badge_unsafe_key credentialSubject",
    ]);
    expect(fromOpenBadgeCredential(proto).ok).toBe(true);
    const wide = badge();
    wide.evidence = Array.from({ length: 100_001 }, () => 0);
    expect(at(wide)).toEqual(["interop.badge_too_large evidence"]);
    const many = badge();
    many.evidence = Array.from({ length: 1000 }, () => Array.from({ length: 101 }, () => 1));
    expect(at(many)).toEqual(["interop.badge_too_large "]);
    const wrongShapes = badge();
    wrongShapes.credentialSubject.result = 3;
    wrongShapes.credentialSubject.achievement.otherIdentifier = [1, { identifier: 2 }];
    wrongShapes.credentialSubject.achievement.humanCode = 5;
    expect(at(wrongShapes)).toContain("interop.badge_wrong_type credentialSubject.result");
    const badDiploma = badge();
    badDiploma.credentialSubject.result = [
      { type: ["Result"], alignment: [{ targetType: "ext:CmqKitDiploma", targetCode: "x" }] },
    ];
    expect(at(badDiploma)).toContain(
      "interop.badge_unmapped credentialSubject.result.0.alignment.0.targetCode",
    );
    const badDate = badge();
    badDate.awardedDate = "yesterday";
    expect(at(badDate)).toEqual(["interop.badge_wrong_type awardedDate"]);
    const noDate = badge();
    delete noDate.awardedDate;
    delete noDate.validFrom;
    expect(at(noDate)).toEqual(["interop.badge_missing validFrom"]);
    expect(at("badge")).toEqual(["interop.badge_wrong_type "]);
    expect(prototypeIsClean()).toBe(true);
  });

  it("prefixes paths and reads options without trusting them", () => {
    const result = fromOpenBadgeCredential(
      {},
      { path: ["badges", 2], inferClaims: "yes" as never, programmes: [1] as never },
    );
    expect(result.issues.map((i) => i.path.slice(0, 2))).toContainEqual(["badges", 2]);
    expect(result.issues.map((i) => i.code)).toContain("interop.invalid_option");
  });
});

describe("fuzz: every public function on junk", () => {
  it("never throws (to* throw only CmqError), and never pollutes prototypes", () => {
    const failures: string[] = [];
    const guard = (name: string, run: () => unknown, mayThrowCmq = false) => {
      try {
        run();
      } catch (error) {
        if (!(mayThrowCmq && error instanceof CmqError))
          failures.push(`${name}: ${(error as Error).stack ?? String(error)}`);
      }
    };
    const check = (value: unknown, other: unknown) => {
      guard("fromOpenBadgeCredential", () => fromOpenBadgeCredential(value, other as never));
      guard("exportOpenBadgeAchievement", () =>
        exportOpenBadgeAchievement(value as never, other as never),
      );
      guard("toOpenBadgeAchievement", () => toOpenBadgeAchievement(value as never), true);
      guard("toOpenBadgeCredential", () => toOpenBadgeCredential(value as never, other as never));
      guard("toOpenBadgeCredential options", () =>
        toOpenBadgeCredential({ on: "2026-01-01", diploma: "bts" }, value as never),
      );
      guard("issuer", () =>
        createOpenBadgeIssuer({ ...OPTIONS, programmes: value as never })(
          other as never,
          value as never,
          value as never,
        ),
      );
      guard("sha256Hex", () => sha256Hex(String(typeof value === "string" ? value : "")));
    };
    for (const value of hostileValues()) check(value, value);
    fc.assert(
      fc.property(junk, junk, (a, b) => check(a, b)),
      { numRuns: 300 },
    );
    expect(failures).toEqual([]);
    expect(prototypeIsClean()).toBe(true);
  }, 60_000);
});

describe("sha256Hex", () => {
  it("equals node:crypto on any text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 300 }), (text) => {
        expect(sha256Hex(text)).toBe(createHash("sha256").update(text).digest("hex"));
      }),
      { numRuns: 300 },
    );
    expect(sha256Hex("a".repeat(1_000_000))).toBe(
      createHash("sha256").update("a".repeat(1_000_000)).digest("hex"),
    );
  });
});
