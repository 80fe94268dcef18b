/**
 * ELM v3 and schema.org exports: structural tests of every property the specs require.
 * ELM: the LOQ application profile's SHACL shapes (european-commission-empl/European-Learning-Model,
 * rdf/ap/loq/LOQ-constraints.ttl) — required properties (sh:minCount 1) and, since the shapes are
 * closed, the properties each shape allows (the subset we may write is listed below).
 * schema.org: the properties of each type on schema.org.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  exportElmLearningOpportunity,
  exportElmOrganisation,
  exportElmQualification,
  exportSchemaOrgOrganization,
  exportSchemaOrgProgram,
  type JsonObject,
  toElmLearningOpportunity,
  toElmOrganisation,
  toElmQualification,
  toSchemaOrgOrganization,
  toSchemaOrgProgram,
} from "../../src/interop/index.js";
import { CmqError } from "../../src/shared/index.js";
import { hostileValues, junk, prototypeIsClean } from "../helpers/junk.js";
import {
  BTS,
  CFA,
  IUT,
  LAB,
  type Loose,
  PARTNERS,
  PROGRAMMES,
  programme,
  STI2D,
} from "./fixtures.js";

/** LOQ shapes: properties required (min 1) and the ones allowed (closed shapes), as JSON-LD terms. */
const ELM_SHAPES: Record<string, { required: string[]; allowed: string[] }> = {
  Qualification: {
    required: ["title", "thematicArea", "learningOutcome", "eqfLevel", "nqfLevel"],
    allowed: [
      "identifier",
      "title",
      "description",
      "homepage",
      "thematicArea",
      "creditPoint",
      "language",
      "learningOutcome",
      "hasPart",
      "isPartOf",
      "isPartialQualification",
      "eqfLevel",
      "nqfLevel",
    ],
  },
  LearningOpportunity: {
    required: [
      "title",
      "homepage",
      "providedBy",
      "defaultLanguage",
      "learningAchievementSpecification",
    ],
    allowed: [
      "identifier",
      "title",
      "description",
      "homepage",
      "temporal",
      "duration",
      "providedBy",
      "learningAchievementSpecification",
      "defaultLanguage",
    ],
  },
  Organisation: {
    required: ["legalName", "location"],
    allowed: ["legalName", "identifier", "registration", "location"],
  },
  Location: { required: ["address"], allowed: ["address"] },
  Address: { required: ["countryCode"], allowed: ["countryCode"] },
  LegalIdentifier: {
    required: ["notation", "spatial"],
    allowed: ["notation", "schemeName", "spatial"],
  },
  Identifier: { required: ["notation"], allowed: ["notation", "schemeName"] },
  CreditPoint: { required: ["framework", "point"], allowed: ["framework", "point"] },
  LearningOutcome: { required: ["title"], allowed: ["title"] },
  WebResource: { required: ["contentURL"], allowed: ["contentURL"] },
  PeriodOfTime: { required: [], allowed: ["startDate", "endDate"] },
  Concept: { required: [], allowed: ["inScheme", "prefLabel"] },
  ConceptScheme: { required: [], allowed: [] },
};

/** Every ELM node of an export, with the required properties it misses and those not allowed. */
function elmProblems(root: JsonObject, options: { lenient?: string[] } = {}): string[] {
  const problems: string[] = [];
  const stack: [unknown, string][] = [[root, "$"]];
  while (stack.length > 0) {
    const [value, where] = stack.pop() as [unknown, string];
    if (Array.isArray(value))
      value.forEach((v, i) => {
        stack.push([v, `${where}[${i}]`]);
      });
    if (typeof value !== "object" || value === null || Array.isArray(value)) continue;
    const node = value as Loose;
    const shape = ELM_SHAPES[String(node.type)];
    if (node.type !== undefined && shape === undefined)
      problems.push(`${where}: unknown type ${node.type}`);
    if (shape !== undefined) {
      if (typeof node.id !== "string") problems.push(`${where}: no id`);
      for (const key of shape.required)
        if (node[key] === undefined && !(options.lenient ?? []).includes(key))
          problems.push(`${where}: missing ${key}`);
      for (const key of Object.keys(node))
        if (!["@context", "id", "type", ...shape.allowed].includes(key))
          problems.push(`${where}: ${key} not allowed`);
    }
    for (const [key, child] of Object.entries(node))
      if (key !== "@context") stack.push([child, `${where}.${key}`]);
  }
  return problems;
}

const FULL = {
  iscedF: "0714",
  nqfLevel: "http://data.europa.eu/snb/qdr/c_example",
  titleEn: "Automated systems",
  homepage: "https://lycee.example/bts",
};

describe("ELM v3", () => {
  it("qualifications have every LOQ property, blocks as partial qualifications", () => {
    for (const p of PROGRAMMES) {
      const q = toElmQualification(p, FULL);
      expect(elmProblems(q)).toEqual([]);
      expect((q as Loose).eqfLevel.id).toBe(`http://data.europa.eu/snb/eqf/${p.level}`);
      expect((q as Loose).hasPart?.length ?? 0).toBe(p.blocks?.length ?? 0);
    }
    const bts = toElmQualification(BTS, FULL) as Loose;
    expect(bts.title).toEqual({ fr: BTS.title, en: "Automated systems" });
    expect(bts.creditPoint[0].framework.id).toBe(
      "http://data.europa.eu/snb/education-credit/6fcec5c5af",
    );
    expect(bts.creditPoint[0].point).toBe("120");
    expect(bts.identifier[0]).toMatchObject({ notation: "RNCP35341", schemeName: "RNCP" });
    expect(bts.hasPart[0]).toMatchObject({
      type: "Qualification",
      isPartialQualification: true,
      isPartOf: bts.id,
    });
    expect(bts.language[0].id).toBe(
      "http://publications.europa.eu/resource/authority/language/FRA",
    );
  });

  it("says what the model cannot give (ISCED-F, NQF level, homepage), and still exports", () => {
    const result = exportElmQualification(STI2D);
    expect(result.ok).toBe(true);
    expect(result.issues.map((i) => i.code)).toEqual([
      "interop.missing_rncp",
      "interop.elm_field_missing",
      "interop.elm_field_missing",
    ]);
    expect(
      elmProblems(result.ok ? result.value : {}, { lenient: ["thematicArea", "nqfLevel"] }),
    ).toEqual([]);
    const opportunity = exportElmLearningOpportunity(BTS, CFA);
    expect(opportunity.issues.map((i) => i.params?.property)).toContain("homepage");
  });

  it("learning opportunities carry provider, period, duration and the qualification", () => {
    const o = toElmLearningOpportunity({ ...BTS, durationMonths: 24 }, CFA, {
      ...FULL,
      start: "2026-09-01",
      end: "2028-06-30",
    }) as Loose;
    expect(elmProblems(o)).toEqual([]);
    expect(o.temporal).toMatchObject({
      type: "PeriodOfTime",
      startDate: "2026-09-01T00:00:00Z",
      endDate: "2028-06-30T00:00:00Z",
    });
    expect(o.duration).toBe("P24M");
    expect(o.providedBy.registration).toMatchObject({
      notation: "00000128900016",
      schemeName: "SIRET",
    });
    expect(o.defaultLanguage.id).toBe(
      "http://publications.europa.eu/resource/authority/language/FRA",
    );
    expect(
      toElmLearningOpportunity(BTS, CFA, { ...FULL, start: "2026-09-01" }).temporal,
    ).not.toHaveProperty("endDate");
    expect(() =>
      toElmLearningOpportunity(BTS, CFA, { start: "soon", homepage: "x" } as never),
    ).toThrow(CmqError);
  });

  it("organisations: legal name, country concept, SIRET registration, SIREN and UAI identifiers", () => {
    for (const partner of PARTNERS)
      expect(elmProblems(toElmOrganisation(partner), { lenient: [] })).toEqual(
        partner.siret === undefined ? [] : [],
      );
    const cfa = toElmOrganisation(CFA) as Loose;
    expect(cfa.location[0].address.countryCode.id).toBe(
      "http://publications.europa.eu/resource/authority/country/FRA",
    );
    expect(cfa.identifier.map((i: Loose) => i.schemeName)).toEqual(["SIREN", "UAI"]);
    expect(exportElmOrganisation(LAB).issues.map((i) => [i.code, i.severity])).toEqual([
      ["interop.missing_identifiers", "info"],
    ]);
    const abroad = exportElmOrganisation({ ...IUT, country: "ZZ" });
    expect(abroad.issues.map((i) => i.code)).toEqual(["interop.unknown_country"]);
    expect(toElmOrganisation({ ...CFA, country: "DE" }).location).toMatchObject([
      {
        address: {
          countryCode: { id: "http://publications.europa.eu/resource/authority/country/DEU" },
        },
      },
    ]);
    expect(
      exportElmOrganisation({ ...CFA, siret: "12345678901234" }).issues.map((i) => i.code),
    ).toEqual(["interop.invalid_identifier"]);
  });
});

describe("schema.org", () => {
  it("programmes: provider, credential with EQF level and RNCP, ECTS, blocks as courses", () => {
    const p = toSchemaOrgProgram({ ...BTS, durationMonths: 24 }, CFA, {
      url: "https://cfa.example/bts",
      startDate: "2026-09-01",
      endDate: "2028-06-30",
      locale: "fr",
    }) as Loose;
    expect(p).toMatchObject({
      "@context": "https://schema.org",
      "@type": "EducationalOccupationalProgram",
      name: BTS.title,
      url: "https://cfa.example/bts",
      startDate: "2026-09-01",
      endDate: "2028-06-30",
      timeToComplete: "P24M",
      numberOfCredits: { "@type": "QuantitativeValue", value: 120, unitText: "ECTS" },
    });
    expect(p.provider["@type"]).toBe("EducationalOrganization");
    expect(p.educationalCredentialAwarded).toMatchObject({
      "@type": "EducationalOccupationalCredential",
      credentialCategory: "Brevet de technicien supérieur (BTS)",
      identifier: { "@type": "PropertyValue", propertyID: "RNCP", value: "RNCP35341" },
      url: "https://www.francecompetences.fr/recherche/rncp/35341/",
      educationalLevel: { "@type": "DefinedTerm", termCode: "5" },
    });
    expect(p.hasCourse).toHaveLength(4);
    expect(p.hasCourse[0]).toMatchObject({ "@type": "Course", courseCode: "RNCP35341BC01" });
  });

  it("organisations: iso6523Code 0009:<siret>, identifiers, and infos for what is missing", () => {
    const cfa = toSchemaOrgOrganization(CFA) as Loose;
    expect(cfa.iso6523Code).toBe("0009:00000128900016");
    expect(cfa.identifier.map((i: Loose) => `${i.propertyID}=${i.value}`)).toEqual([
      "SIRET=00000128900016",
      "SIREN=000001289",
      "UAI=0719905F",
    ]);
    expect(toSchemaOrgOrganization(IUT)).not.toHaveProperty("iso6523Code");
    expect(exportSchemaOrgOrganization(LAB).issues.map((i) => i.code)).toEqual([
      "interop.missing_identifiers",
    ]);
    for (const partner of PARTNERS) {
      const o = toSchemaOrgOrganization(partner) as Loose;
      expect(o["@context"]).toBe("https://schema.org");
      expect(typeof o.name).toBe("string");
    }
    const noTitle = exportSchemaOrgProgram({ ...BTS, blocks: [{ code: "RNCP35341BC01" }] }, CFA);
    expect(noTitle.issues.map((i) => i.code)).toContain("interop.missing_block_title");
    expect(
      exportSchemaOrgProgram(BTS, CFA, { url: "ftp:x", startDate: "soon" } as never).issues.map(
        (i) => i.code,
      ),
    ).toEqual(["interop.invalid_option", "interop.invalid_option"]);
    expect(() => toSchemaOrgProgram(programme("nope"), CFA)).toThrow(CmqError);
  });
});

describe("fuzz: ELM and schema.org on junk", () => {
  it("the export* functions never throw, the to* ones throw only CmqError", () => {
    const failures: string[] = [];
    const guard = (name: string, run: () => unknown, cmq = false) => {
      try {
        run();
      } catch (error) {
        if (!(cmq && error instanceof CmqError))
          failures.push(`${name}: ${(error as Error).stack ?? String(error)}`);
      }
    };
    const check = (a: unknown, b: unknown) => {
      guard("exportElmQualification", () => exportElmQualification(a as never, b as never));
      guard("exportElmOrganisation", () => exportElmOrganisation(a as never, b as never));
      guard("exportElmLearningOpportunity", () =>
        exportElmLearningOpportunity(BTS, CFA, a as never),
      );
      guard("exportElmLearningOpportunity 2", () =>
        exportElmLearningOpportunity(a as never, b as never, b as never),
      );
      guard("exportSchemaOrgProgram", () => exportSchemaOrgProgram(a as never, CFA, b as never));
      guard("exportSchemaOrgOrganization", () =>
        exportSchemaOrgOrganization(a as never, b as never),
      );
      guard("toElmQualification", () => toElmQualification(BTS, a as never), true);
      guard("toSchemaOrgOrganization", () => toSchemaOrgOrganization(a as never), true);
    };
    for (const value of hostileValues()) check(value, value);
    fc.assert(
      fc.property(junk, junk, (a, b) => check(a, b)),
      { numRuns: 200 },
    );
    expect(failures).toEqual([]);
    expect(prototypeIsClean()).toBe(true);
  }, 60_000);
});
