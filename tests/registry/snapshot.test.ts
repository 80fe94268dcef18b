import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readRegistryJson, writeRegistryJson } from "../../src/registry/index.js";
import { junk } from "../helpers/junk.js";
import { testRegistry } from "./dataset-fixture.js";

describe("writeRegistryJson / readRegistryJson", () => {
  it("round-trips: the same look-ups after writing and reading back", () => {
    const registry = testRegistry();
    const text = writeRegistryJson(registry, { exportedOn: "2026-12-06" });
    const back = readRegistryJson(text);
    expect(back.ok).toBe(true);
    if (!back.ok) return;
    expect(back.value.exportedOn).toBe("2026-12-06");
    const loaded = back.value.registry;
    for (const c of registry.certifications) {
      expect(loaded.certification(c.code)).toEqual(c);
      for (const b of c.blocks) expect(loaded.block(b.code)).toEqual(registry.block(b.code));
    }
    for (const e of registry.establishments) {
      expect(loaded.establishment(e.uai)).toEqual(e);
      if (e.siret !== undefined) {
        expect(loaded.establishmentsBySiret(e.siret)).toEqual(
          registry.establishmentsBySiret(e.siret),
        );
      }
    }
    for (const kind of ["rncp", "rs", "annuaire", "esr"] as const) {
      expect(loaded.holds(kind)).toBe(registry.holds(kind));
    }
    expect(writeRegistryJson(loaded, { exportedOn: "2026-12-06" })).toBe(text);
  });

  it("locates invalid JSON and refuses other files", () => {
    expect(
      readRegistryJson('{"format": }', { file: "r.json", locale: "fr" }).issues[0],
    ).toMatchObject({
      code: "registry.read_error",
      path: ["r.json", 1],
      params: { file: "r.json", line: 1, column: 12, reason: "not-json" },
    });
    expect(readRegistryJson('{"campus": {}}').issues[0]?.params?.reason).toBe("not-a-registry");
    expect(readRegistryJson(3 as never).issues[0]?.params?.reason).toBe("not-text");
    const empty = readRegistryJson(
      writeRegistryJson(testRegistry()).replace(
        '"holds":["rncp","rs","annuaire","esr"]',
        '"holds":"x"',
      ),
    );
    expect(empty.ok).toBe(true);
  });

  it("never throws on junk", () => {
    fc.assert(
      fc.property(junk, junk, (text, options) => {
        readRegistryJson(text as never, options as never);
        let record = "null";
        try {
          record = JSON.stringify(text) ?? "null";
        } catch {
          // junk that JSON cannot write (BigInt, throwing getters)
        }
        readRegistryJson(
          `{"format":"cmq-kit-registry","version":1,"certifications":[${record}],"establishments":[${record}]}`,
        );
      }),
    );
  });
});
