import { describe, expect, it } from "vitest";
import {
  CMQ_ITIP,
  checkCampusNetwork,
  PartnerSchema,
  validatePartners,
} from "../../src/campus/index.js";
import { readPartnerLeniently, readPartners } from "../../src/campus/read.js";
import { buildProgrammeCatalogue, ProgrammeSchema } from "../../src/pathway/index.js";

describe("PartnerSchema normalises and checks identifiers (CONTRACT §2)", () => {
  const base = { id: "p", name: "P", kind: "company" } as const;

  it("outputs the canonical SIRET and UAI of a loose form", () => {
    const parsed = PartnerSchema.parse({ ...base, siret: "552 100 554 00013", uai: " 0710 010a " });
    expect(parsed.siret).toBe("55210055400013");
    expect(parsed.uai).toBe("0710010A");
  });

  it("refuses a wrong key, a short UAI and an unknown prefix, with the identifier codes", () => {
    const codes = (value: object) => {
      const result = PartnerSchema.safeParse({ ...base, ...value });
      return result.success ? [] : result.error.issues.map((issue) => issue.path.join("."));
    };
    expect(codes({ siret: "130 026 123 00014" })).toEqual(["siret"]);
    expect(codes({ uai: "071999" })).toEqual(["uai"]);
    expect(codes({ uai: "0000000A" })).toEqual(["uai"]);
    const short = PartnerSchema.safeParse({ ...base, uai: "071999" });
    expect(short.success || short.error.issues[0]?.message).toContain("UAI");
  });

  it("keeps the type of the field a string", () => {
    const parsed: string | undefined = PartnerSchema.parse({
      ...base,
      siret: "55210055400013",
    }).siret;
    expect(parsed).toBe("55210055400013");
  });
});

describe("a partner whose only fault is an identifier", () => {
  it("is still read, with its valid identifiers canonical and the wrong ones as given", () => {
    const read = readPartnerLeniently(
      { id: "p", name: "P", kind: "company", siret: "55210055400014", uai: "0710 010a" },
      ["partners", 0],
      "en",
    );
    expect(read).toEqual({
      ok: true,
      value: { id: "p", name: "P", kind: "company", siret: "55210055400014", uai: "0710010A" },
    });
    const list = readPartners([{ id: "p", name: "P", kind: "nope", siret: "1" }], ["p"], "en");
    expect(list.issues.map((issue) => issue.path)).toEqual([["p", 0, "kind"]]);
  });

  it("still counts in the network's composition, and its identifier is reported once", () => {
    const partners = CMQ_ITIP.partners.map((p) =>
      p.kind === "company" ? { ...p, siret: "130 026 123 00014" } : p,
    );
    const result = checkCampusNetwork(CMQ_ITIP.campus, partners, { on: "2022-09-01" });
    const codes = result.issues.map((issue) => issue.code);
    expect(codes.filter((code) => code === "network.invalid_siret").length).toBe(
      partners.filter((p) => p.kind === "company").length,
    );
    expect(codes).not.toContain("network.composition_not_checked");
    expect(codes).not.toContain("network.missing_company");
    expect(codes).not.toContain("network.invalid_input");
  });

  it("validatePartners returns canonical identifiers", () => {
    const result = validatePartners([
      { id: "a", name: "A", kind: "company", siret: "552 100 554 00013" },
    ]);
    expect(result.ok && result.value[0]?.siret).toBe("55210055400013");
  });
});

describe("ProgrammeSchema normalises and checks the RNCP code", () => {
  const base = { id: "bts", title: "BTS", diploma: "bts", level: 5 } as const;

  it("outputs the canonical code and refuses a malformed one", () => {
    expect(ProgrammeSchema.parse({ ...base, rncp: "rncp 35340" }).rncp).toBe("RNCP35340");
    expect(ProgrammeSchema.safeParse({ ...base, rncp: "RNCP1" }).success).toBe(false);
  });

  it("a catalogue keeps a programme whose only fault is its code, without it", () => {
    const { catalogue, issues } = buildProgrammeCatalogue([{ ...base, rncp: "RNCP1" }]);
    expect(issues.map((issue) => [issue.code, issue.path])).toEqual([
      ["ids.invalid_format", ["programmes", 0, "rncp"]],
    ]);
    expect(catalogue.get("bts")).toEqual(base);
  });
});
