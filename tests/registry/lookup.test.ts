import { describe, expect, it } from "vitest";
import { validateDataset } from "../../src/dataset/index.js";
import {
  type CertificationFacts,
  checkBlockInRegistry,
  checkCertificationInRegistry,
  checkEstablishmentInRegistry,
  type EstablishmentFacts,
  isRegistryLookup,
  type RegistryHolding,
  type RegistryLookup,
} from "../../src/ids/index.js";
import { registryDataset, testRegistry } from "./dataset-fixture.js";

function lookup(
  certifications: CertificationFacts[],
  establishments: EstablishmentFacts[],
  holds: RegistryHolding[],
): RegistryLookup {
  return {
    certification: (code) => certifications.find((c) => c.code === code),
    block: (code) => {
      for (const c of certifications) {
        const b = c.blocks.find((x) => x.code === code);
        if (b !== undefined) return { ...b, certification: c.code };
      }
      return undefined;
    },
    establishment: (uai) => establishments.find((e) => e.uai === uai),
    holds: (kind) => holds.includes(kind),
  };
}

const CERTS: CertificationFacts[] = [
  { code: "RNCP1", title: "A", active: true, blocks: [{ code: "RNCP1BC01", title: "b" }] },
  { code: "RNCP2", title: "B", active: false, blocks: [] },
  { code: "RS3", title: "C", active: true, level: 4, registrationEnd: "2025-01-01", blocks: [] },
];
const SCHOOLS: EstablishmentFacts[] = [
  { uai: "U1", name: "Closing", status: "closing", source: "annuaire" },
  { uai: "U2", name: "Closed", status: "closed", source: "annuaire" },
  { uai: "U3", name: "Siren", status: "open", siren: "123456789", source: "annuaire" },
  { uai: "U4", name: "Nothing", status: "open", source: "esr" },
];
const ALL = lookup(CERTS, SCHOOLS, ["rncp", "rs", "annuaire", "esr"]);
const codes = (issues: { code: string }[]) => issues.map((i) => i.code);

describe("checkCertificationInRegistry", () => {
  it("judges activity on the date, level, and kinds held", () => {
    expect(checkCertificationInRegistry(ALL, "RNCP1", {})).toEqual([]);
    expect(codes(checkCertificationInRegistry(ALL, "RNCP2", { on: "2020-01-01" }))).toEqual([
      "registry.inactive_certification",
    ]);
    expect(checkCertificationInRegistry(ALL, "RS3", { on: "2025-01-01", level: 4 })).toEqual([]);
    expect(codes(checkCertificationInRegistry(ALL, "RS3", { on: "2025-01-02", level: 5 }))).toEqual(
      ["registry.inactive_certification", "registry.level_mismatch"],
    );
    expect(checkCertificationInRegistry(ALL, "CFD123", {})).toEqual([]);
    expect(checkCertificationInRegistry(lookup([], [], ["rncp"]), "RS9", {})).toEqual([]);
    expect(codes(checkCertificationInRegistry(ALL, "RS9", {}, { locale: "fr" }))).toEqual([
      "registry.unknown_certification",
    ]);
  });
});

describe("a custom lookup that returns junk", () => {
  const junkLookup: RegistryLookup = {
    certification: () => "a function" as never,
    block: () => ({ code: 1 }) as never,
    establishment: () => ({ uai: "U9", name: "X", status: "gone", source: "annuaire" }) as never,
    holds: () => true,
  };

  it("holds nothing for that code: the checks say unknown, never print garbled values", () => {
    const issues = checkCertificationInRegistry(
      junkLookup,
      "RNCP35340",
      { on: "2026-01-15" },
      {
        locale: "fr",
      },
    );
    expect(codes(issues)).toEqual(["registry.unknown_certification"]);
    expect(issues[0]?.message).not.toMatch(/undefined/);
    expect(codes(checkBlockInRegistry(junkLookup, "RNCP35340BC01", {}))).toEqual([
      "registry.unknown_block",
    ]);
    expect(
      codes(checkEstablishmentInRegistry(junkLookup, "0710010A", { holder: "annuaire" })),
    ).toEqual(["registry.unknown_uai"]);
  });

  it("uses a copy of a well-formed record, read once", () => {
    let reads = 0;
    const record = {
      code: "RNCP1",
      title: "A",
      blocks: [],
      get active() {
        reads++;
        return reads !== 1;
      },
    };
    const once: RegistryLookup = { ...ALL, certification: () => record };
    expect(codes(checkCertificationInRegistry(once, "RNCP1", { on: "2020-01-01" }))).toEqual([
      "registry.inactive_certification",
    ]);
  });
});

describe("checkBlockInRegistry", () => {
  it("checks blocks of RNCP registries only", () => {
    expect(checkBlockInRegistry(ALL, "RNCP1BC01", {})).toEqual([]);
    expect(checkBlockInRegistry(ALL, "RNCP1BC01", { on: "2030-01-01" })).toEqual([]);
    expect(checkBlockInRegistry(ALL, "XBC01", {})).toEqual([]);
    expect(codes(checkBlockInRegistry(ALL, "RNCP1BC09", {}))).toEqual(["registry.unknown_block"]);
  });
});

describe("checkEstablishmentInRegistry", () => {
  it("judges closure, SIRET and SIREN, and never reports a directory not held", () => {
    expect(checkEstablishmentInRegistry(ALL, "U1", { until: "2030-01-01" })).toEqual([]);
    expect(codes(checkEstablishmentInRegistry(ALL, "U2", {}))).toEqual([
      "registry.closed_establishment",
    ]);
    expect(checkEstablishmentInRegistry(ALL, "U2", { skipClosure: true })).toEqual([]);
    expect(checkEstablishmentInRegistry(ALL, "U3", { siret: "12345678900011" })).toEqual([]);
    expect(codes(checkEstablishmentInRegistry(ALL, "U3", { siret: "99945678900011" }))).toEqual([
      "registry.siret_mismatch",
    ]);
    expect(checkEstablishmentInRegistry(ALL, "U4", { siret: "1" })).toEqual([]);
    expect(checkEstablishmentInRegistry(ALL, "U9", {})).toEqual([]);
    expect(
      checkEstablishmentInRegistry(lookup([], [], ["annuaire"]), "U9", { holder: "esr" }),
    ).toEqual([]);
    expect(checkEstablishmentInRegistry(lookup([], [], []), "U9", { holder: "esr" })).toEqual([]);
    expect(codes(checkEstablishmentInRegistry(ALL, "U9", { holder: "esr" }))).toEqual([
      "registry.unknown_uai",
    ]);
  });

  it("recognises a lookup without calling it", () => {
    expect(isRegistryLookup(ALL)).toBe(true);
    expect(isRegistryLookup(null)).toBe(false);
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error("no");
        },
      },
    );
    expect(isRegistryLookup(hostile)).toBe(false);
  });
});

describe("validateDataset with a registry, edge cases", () => {
  it("checks programmes without a date when `on` is invalid, and skips what it cannot judge", () => {
    const data = registryDataset();
    data.pathways[0].steps.push(
      {
        id: "b2",
        kind: "block",
        programmeId: "tsa",
        block: "RNCP36000BC01",
        start: "2026-09-01",
        end: "2026-10-01",
      },
      {
        id: "p3",
        kind: "programme",
        programmeId: "ghost",
        status: "student",
        start: "2026-09-01",
        end: "2026-10-01",
      },
      {
        id: "p4",
        kind: "programme",
        programmeId: "nocode",
        status: "student",
        start: "2026-09-01",
        end: "2026-10-01",
      },
      {
        id: "stage2",
        kind: "internship",
        hostId: "company",
        programmeStepId: "tsa",
        start: "2026-02-02",
        end: "2026-02-06",
        hours: 35,
        gratified: true,
      },
    );
    data.programmes.push({ id: "nocode", title: "Sans code", diploma: "bts", level: 5 });
    data.partners.push({ id: "company", name: "Entreprise", kind: "company" });
    const result = validateDataset(data, { on: "someday", registry: testRegistry() } as never);
    const registryCodes = result.issues.filter((i) => i.code.startsWith("registry."));
    expect(
      registryCodes.some(
        (i) => i.code === "registry.inactive_certification" && i.path[0] === "programmes",
      ),
    ).toBe(false);
    expect(registryCodes.some((i) => i.code === "registry.level_mismatch")).toBe(true);
    expect(
      registryCodes.filter((i) => i.path.join("/") === "pathways/0/steps/5").map((i) => i.code),
    ).toEqual(["registry.inactive_certification"]);
  });
});
