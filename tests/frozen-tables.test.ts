import { describe, expect, it } from "vitest";
import * as cmq from "../src/index.js";
import { ENTRY_POINTS } from "../tsup.config.js";

/** Paths of the plain objects and arrays under `value` that are not frozen. */
function unfrozen(value: unknown, path: string, seen: Set<unknown>, out: string[]): void {
  if (typeof value !== "object" || value === null || seen.has(value)) return;
  seen.add(value);
  const prototype: unknown = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== Array.prototype && prototype !== null) return;
  if (!Object.isFrozen(value)) out.push(path);
  for (const [key, inner] of Object.entries(value)) unfrozen(inner, `${path}.${key}`, seen, out);
}

describe("exported tables (issue 17)", () => {
  it.each(Object.entries(ENTRY_POINTS))(
    "%s: every exported table is frozen all the way down",
    async (_, file) => {
      const module = (await import(`../${file}`)) as Record<string, unknown>;
      const out: string[] = [];
      for (const [name, value] of Object.entries(module)) unfrozen(value, name, new Set(), out);
      expect(out).toEqual([]);
    },
  );

  it("cannot be changed by a caller: PROCEDURE_TRANSITIONS.draft.grant stays unset", () => {
    const table = cmq.PROCEDURE_TRANSITIONS as unknown as Record<string, Record<string, string>>;
    const draft = table.draft as Record<string, string>;
    expect(() => {
      draft.grant = "labelled";
    }).toThrow(TypeError);
    expect(draft.grant).toBeUndefined();
    expect(cmq.nextProcedureState("draft", "grant").ok).toBe(false);
    expect(() => {
      (cmq.IDENTIFIER_KINDS as unknown as string[]).push("iban");
    }).toThrow(TypeError);
    expect(() => {
      (cmq.ISSUE_CODES as unknown as Record<string, unknown>)["ids.invalid_format"] = null;
    }).toThrow(TypeError);
    const spec = (cmq.IDS_CODES as unknown as Record<string, { severity: string }>)[
      "ids.invalid_format"
    ] as { severity: string };
    expect(() => {
      spec.severity = "info";
    }).toThrow(TypeError);
  });
});
