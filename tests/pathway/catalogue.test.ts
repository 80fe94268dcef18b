import { describe, expect, it } from "vitest";
import { buildProgrammeCatalogue } from "../../src/index.js";
import { ProgrammeCatalogue } from "../../src/pathway/catalogue.js";
import { hostileValues, prototypeIsClean, revokedProxy } from "../helpers/junk.js";
import { BTS, MELEC, PROGRAMMES } from "./fixtures.js";

describe("buildProgrammeCatalogue", () => {
  it("indexes valid programmes by id, in order", () => {
    const { catalogue, issues } = buildProgrammeCatalogue(PROGRAMMES);
    expect(issues).toEqual([]);
    expect(catalogue.size).toBe(4);
    expect(catalogue.get(BTS.id)).toEqual(BTS);
    expect(catalogue.get("nope")).toBeUndefined();
    expect(catalogue.programmes().map((p) => p.id)).toEqual(PROGRAMMES.map((p) => p.id));
    expect(ProgrammeCatalogue.isCatalogue(catalogue)).toBe(true);
    expect(ProgrammeCatalogue.isCatalogue({ get: () => undefined })).toBe(false);
    expect(ProgrammeCatalogue.isCatalogue(revokedProxy())).toBe(false);
  });

  it("reports invalid entries under the list's path and remembers their ids", () => {
    const { catalogue, issues } = buildProgrammeCatalogue(
      [MELEC, { id: "broken", title: "B", diploma: "bts", level: 5, requires: { level: 12 } }, 7],
      { path: ["dataset", "programmes"], locale: "fr" },
    );
    expect(issues.map((i) => [i.code, i.path])).toEqual([
      ["pathway.invalid_context", ["dataset", "programmes", 1, "requires", "level"]],
      ["pathway.invalid_context", ["dataset", "programmes", 2]],
    ]);
    expect(issues[0]?.message).toBe(
      "dataset.programmes[1].requires.level : doit valoir l'un de : 1, 2, 3, 4, 5, 6, 7, 8.",
    );
    expect(catalogue.isRejected("broken")).toBe(true);
    expect(catalogue.isRejected(MELEC.id)).toBe(false);
    expect(catalogue.isRejected("other")).toBe(false);
  });

  it("keeps the first of two programmes with one id", () => {
    const { catalogue, issues } = buildProgrammeCatalogue([MELEC, { ...MELEC, title: "Other" }]);
    expect(catalogue.get(MELEC.id)?.title).toBe(MELEC.title);
    expect(issues).toEqual([
      expect.objectContaining({
        code: "pathway.duplicate_programme_id",
        path: ["programmes", 1, "id"],
        params: { programmeId: MELEC.id },
      }),
    ]);
  });

  it("reports a hostile requires tree without overflowing the stack", () => {
    let deep: unknown = { level: 4 };
    for (let i = 0; i < 50_000; i++) deep = { any: [deep] };
    const { issues } = buildProgrammeCatalogue([{ ...MELEC, requires: deep }]);
    expect(issues.map((i) => i.code)).toEqual(["requirement.too_deep"]);
    expect(issues[0]?.path.slice(0, 3)).toEqual(["programmes", 0, "requires"]);
  });

  it("rejects everything when the list is not a list, and never throws", () => {
    for (const value of hostileValues()) {
      const { catalogue, issues } = buildProgrammeCatalogue(value);
      let isList = false;
      try {
        isList = Array.isArray(value);
      } catch {
        isList = false;
      }
      if (!isList) {
        expect(issues.length).toBeGreaterThan(0);
        expect(catalogue.isRejected("anything")).toBe(true);
      }
    }
    expect(buildProgrammeCatalogue([], { path: revokedProxy() as never }).issues).toEqual([]);
    expect(prototypeIsClean()).toBe(true);
  });
});
