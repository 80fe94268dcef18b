import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as z from "zod";
import { IsoDateSchema, PeriodSchema, zodErrorMap } from "../../src/index.js";
import { PathwaySchema, validatePathway } from "../../src/pathway/index.js";

/** English words that must not appear in a French zod message. */
const ENGLISH = /\b(expected|received|required|invalid|must|string|number|input)\b/i;

function messages(result: { success: boolean; error?: z.ZodError }): string[] {
  return result.error?.issues.map((issue) => issue.message) ?? [];
}

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith(".ts") ? [path] : [];
  });
}

describe("zodErrorMap", () => {
  it("gives zod's own messages in French for one call", () => {
    const date = IsoDateSchema.safeParse("2023-02-29", { error: zodErrorMap("fr") });
    expect(messages(date)).toEqual(["Doit être une date réelle au format AAAA-MM-JJ."]);
    const period = PeriodSchema.safeParse({ start: 3 }, { error: zodErrorMap("fr") });
    expect(messages(period)).toEqual([
      "Attendu une chaîne de caractères, reçu un nombre.",
      "Champ obligatoire manquant.",
    ]);
  });

  it("gives French messages for every issue of a malformed pathway", () => {
    const bad = {
      id: 7,
      learnerId: "",
      steps: [{ kind: "programme", id: "s", start: "2025-13-01", end: null, extra: 1 }],
    };
    const parsed = PathwaySchema.safeParse(bad, { error: zodErrorMap("fr") });
    expect(parsed.success).toBe(false);
    for (const message of messages(parsed)) {
      expect(message).not.toMatch(ENGLISH);
      expect(message).toMatch(/^[A-ZÀ-Ý]/u);
    }
  });

  it("gives the library's English texts with locale en, and English for any other locale", () => {
    const parsed = IsoDateSchema.safeParse(5, { error: zodErrorMap("en") });
    expect(messages(parsed)).toEqual(["Expected a string, received a number."]);
    const other = IsoDateSchema.safeParse(5, { error: zodErrorMap("__proto__" as "en") });
    expect(messages(other)).toEqual(messages(parsed));
  });

  it("writes one sentence for any value, in either language", () => {
    fc.assert(
      fc.property(fc.anything(), fc.constantFrom("en" as const, "fr" as const), (value, locale) => {
        const parsed = PathwaySchema.safeParse(value, { error: zodErrorMap(locale) });
        for (const message of messages(parsed)) expect(message).toMatch(/^\S.*\.$/su);
      }),
      { numRuns: 200 },
    );
  });
});

describe("zod's global settings", () => {
  it("stay as they were after the library checked data in French", () => {
    const config = z.config();
    const before = { ...config };
    const plain = (): string[] => messages(z.string().safeParse(1));
    const englishBefore = plain();

    validatePathway({ id: 1, steps: "x" }, { learner: {}, programmes: [], locale: "fr" } as never);
    IsoDateSchema.safeParse("x", { error: zodErrorMap("fr") });

    expect({ ...z.config() }).toEqual(before);
    expect(z.config().localeError).toBe(before.localeError);
    expect(z.config().customError).toBe(before.customError);
    expect(plain()).toEqual(englishBefore);
    // Without a per-call map, a date keeps zod's own English message.
    expect(messages(IsoDateSchema.safeParse("2023-02-29"))).toEqual(["Invalid ISO date"]);
  });

  it("are never set by the library's source", () => {
    for (const file of sourceFiles("src")) {
      expect(readFileSync(file, "utf8"), file).not.toMatch(/\bz\.config\s*\(|\bconfig\s*\(\s*\{/);
    }
  });
});
