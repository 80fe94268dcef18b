import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as z from "zod";
import {
  defineIssueCodes,
  formatPath,
  fromZodIssues,
  IsoDateSchema,
  invalidInputSpec,
  parseUntrusted,
  zodIssueFor,
} from "../../src/shared/index.js";
import { isIdentifier } from "../../src/shared/zod.js";

const CODES = defineIssueCodes({
  "demo.invalid_input": invalidInputSpec({ en: "The demo", fr: "La démo" }),
  "demo.custom": {
    severity: "warning",
    en: "Custom.",
    fr: "Personnalisé.",
    message: { en: "Custom {n}.", fr: "Personnalisé {n}." },
  },
  "demo.issues_truncated": {
    severity: "info",
    en: "Truncated.",
    fr: "Tronqué.",
    message: {
      en: "{where}: {omitted} more ({listed} listed).",
      fr: "{where} : {omitted} de plus ({listed} listées).",
    },
  },
});

function issuesOf(schema: z.ZodType, input: unknown, locale: "en" | "fr" = "en") {
  const parsed = schema.safeParse(input, { reportInput: true });
  if (parsed.success) throw new Error("expected a failure");
  return fromZodIssues(parsed.error.issues, {
    invalidInputCode: "demo.invalid_input",
    catalogue: CODES,
    locale,
  });
}

const Step = z.object({
  id: z.string().min(1).max(5),
  start: IsoDateSchema,
  hours: z.number().min(0).max(10),
  tags: z.array(z.string()).min(1).max(2),
  kind: z.enum(["a", "b"]),
});

describe("fromZodIssues", () => {
  it("keeps paths and explains type errors in both languages", () => {
    const [issue] = issuesOf(z.object({ steps: z.array(Step) }), { steps: [{ id: 3 }] });
    expect(issue).toMatchObject({
      code: "demo.invalid_input",
      severity: "error",
      path: ["steps", 0, "id"],
      message: "steps[0].id: expected a string, received a number.",
      params: {
        where: "steps[0].id",
        zodCode: "invalid_type",
        expected: "string",
        received: "number",
      },
    });
    const [french] = issuesOf(z.object({ steps: z.array(Step) }), { steps: [{ id: 3 }] }, "fr");
    expect(french?.message).toBe("steps[0].id : attendu une chaîne de caractères, reçu un nombre.");
  });

  it("reports missing fields as required", () => {
    const issues = issuesOf(Step, {});
    expect(issues.map((i) => i.path[0])).toEqual(["id", "start", "hours", "tags", "kind"]);
    expect(issues[0]?.message).toBe("id: required.");
  });

  it("explains bounds, dates and enumerations", () => {
    const messages = issuesOf(Step, {
      id: "toolong",
      start: "2023-02-30",
      hours: 11,
      tags: [],
      kind: "c",
    }).map((i) => i.message);
    expect(messages).toEqual([
      "id: must have at most 5 characters.",
      "start: must be a real calendar date written YYYY-MM-DD.",
      "hours: must be ≤ 10.",
      "tags: must have at least 1 item.",
      'kind: must be one of: "a", "b".',
    ]);
    const french = issuesOf(
      Step,
      { id: "", start: "x", hours: -1, tags: ["a", "b", "c"], kind: 1 },
      "fr",
    );
    expect(french.map((i) => i.message)).toEqual([
      "id : doit contenir au moins 1 caractère.",
      "start : doit être une date réelle au format AAAA-MM-JJ.",
      "hours : doit être ≥ 0.",
      "tags : doit contenir au plus 2 éléments.",
      'kind : doit valoir l\'un de : "a", "b".',
    ]);
  });

  it("reports unknown keys and exclusive bounds", () => {
    const [keys] = issuesOf(z.strictObject({ a: z.number() }), { a: 1, b: 2, c: 3 });
    expect(keys?.message).toBe("(root): unknown keys: b, c.");
    const [positive] = issuesOf(z.number().positive(), 0);
    expect(positive?.message).toBe("(root): must be > 0.");
    const [below] = issuesOf(z.number().lt(3), 3, "fr");
    expect(below?.message).toBe("(racine) : doit être < 3.");
    const [multiple] = issuesOf(z.number().multipleOf(5), 7);
    expect(multiple?.params).toMatchObject({ zodCode: "not_multiple_of", divisor: 5 });
  });

  it("follows the union alternative that got furthest", () => {
    const Requirement = z.union([
      z.object({ all: z.array(z.object({ programme: z.string() })) }),
      z.object({ ects: z.number() }),
    ]);
    const issues = issuesOf(Requirement, { all: [{ programme: 3 }] });
    expect(issues.map((i) => i.path)).toEqual([["all", 0, "programme"]]);
  });

  it("reports a union with no better alternative as one issue", () => {
    const [issue] = issuesOf(z.union([z.string(), z.number()]), true, "fr");
    expect(issue?.message).toBe("(racine) : ne correspond à aucune des formes admises.");
  });

  it("keeps our own codes carried by refinements", () => {
    const schema = z.object({
      n: z.number().check((ctx) => {
        if (ctx.value > 1)
          ctx.issues.push(zodIssueFor("demo.custom", { n: ctx.value }, ctx.value, "too big"));
      }),
    });
    expect(issuesOf(schema, { n: 2 }, "fr")).toEqual([
      {
        code: "demo.custom",
        severity: "warning",
        path: ["n"],
        message: "Personnalisé 2.",
        params: { n: 2 },
      },
    ]);
  });

  it("treats foreign custom issues as invalid input", () => {
    const schema = z.string().refine(() => false, "nope");
    const [issue] = issuesOf(schema, "x");
    expect(issue?.code).toBe("demo.invalid_input");
    expect(issue?.message).toBe("(root): invalid value.");
  });

  it("prefixes a base path", () => {
    const parsed = z.object({ a: z.string() }).safeParse({ a: 1 });
    const issues = fromZodIssues(parsed.error?.issues ?? [], {
      invalidInputCode: "demo.invalid_input",
      catalogue: CODES,
      locale: "en",
      basePath: ["learners", 4],
    });
    expect(issues[0]?.path).toEqual(["learners", 4, "a"]);
  });

  it("names record keys and turns symbols into strings", () => {
    const [issue] = issuesOf(z.record(z.string(), z.number()), { "bad key": "x" });
    expect(issue?.path).toEqual(["bad key"]);
    expect(issue?.message).toBe('["bad key"]: expected a number, received a string.');
    const symbolIssue = fromZodIssues(
      [{ code: "custom", path: [Symbol("s")], message: "m", input: 1 }],
      { invalidInputCode: "demo.invalid_input", catalogue: CODES, locale: "en" },
    );
    expect(symbolIssue[0]?.path).toEqual(["s"]);
  });
});

describe("formatPath", () => {
  it("writes paths as JSON readers do", () => {
    expect(formatPath([])).toBe("(root)");
    expect(formatPath(["steps", 2, "end"])).toBe("steps[2].end");
    expect(formatPath([0, "a"])).toBe("[0].a");
    expect(formatPath(["a b", "__proto__"])).toBe('["a b"].__proto__');
  });

  it("writes a key bare when the regular expression it replaced says so", () => {
    const key = fc.oneof(
      fc.string({
        unit: fc.constantFrom(
          "a",
          "Z",
          "_",
          "$",
          "0",
          "9",
          "-",
          " ",
          "é",
          "\n",
          "/",
          "`",
          "@",
          "[",
        ),
      }),
      fc.string(),
    );
    fc.assert(
      fc.property(key, (text) => {
        expect(isIdentifier(text)).toBe(/^[A-Za-z_$][\w$]*$/.test(text));
      }),
      { numRuns: 2_000 },
    );
  });
});

describe("fromZodIssues messages", () => {
  const cases: [string, z.ZodType, unknown][] = [
    ["invalid_type", z.number(), "1"],
    ["too_small", z.array(z.number()).min(2), [1]],
    ["too_big", z.string().max(1), "ab"],
    ["invalid_format", z.email(), "nope"],
    ["invalid_format", IsoDateSchema, "2023-02-30"],
    ["not_multiple_of", z.number().multipleOf(3), 4],
    ["unrecognized_keys", z.strictObject({}), { a: 1 }],
    ["invalid_value", z.literal("x"), "y"],
    ["invalid_union", z.union([z.number(), z.boolean()]), "s"],
    ["invalid_key", z.record(z.string().min(3), z.number()), { ab: 1 }],
    ["custom", z.string().refine(() => false), "x"],
  ];

  it.each(cases)("explains %s in both languages", (zodCode, schema, input) => {
    for (const locale of ["en", "fr"] as const) {
      const [issue] = issuesOf(schema, input, locale);
      expect(issue?.params?.zodCode).toBe(zodCode);
      const root = locale === "fr" ? "\\(racine\\)" : "\\(root\\)";
      expect(issue?.message).toMatch(new RegExp(`^(${root}|ab) ?: \\S`));
      expect(issue?.message).not.toMatch(/undefined|\{|\[object/);
    }
  });
});

describe("parseUntrusted", () => {
  const Schema = z.object({ a: z.number() });

  it("returns the data of valid input", () => {
    expect(parseUntrusted(Schema, { a: 1 })).toEqual({ success: true, data: { a: 1 } });
  });

  it("returns zod's issues, with the received input for the messages", () => {
    const parsed = parseUntrusted(Schema, { a: "x" });
    expect(parsed.success).toBe(false);
    if (!parsed.success && !parsed.unreadable) {
      expect(parsed.issues[0]).toMatchObject({ code: "invalid_type", path: ["a"], input: "x" });
    }
  });

  it("reports input whose reading throws as unreadable", () => {
    const hostile = {};
    Object.defineProperty(hostile, "a", {
      enumerable: true,
      get() {
        throw new Error("boom");
      },
    });
    expect(parseUntrusted(Schema, hostile)).toEqual({ success: false, unreadable: true });
  });
});

describe("fromZodIssues with listCap", () => {
  const Item = z.object({ n: z.number(), tags: z.array(z.string()) });
  const Schema = z.object({ items: z.array(Item), other: z.array(z.number()) });

  function capped(input: unknown, listed: number) {
    const parsed = Schema.safeParse(input, { reportInput: true });
    if (parsed.success) return [];
    return fromZodIssues(parsed.error.issues, {
      invalidInputCode: "demo.invalid_input",
      catalogue: CODES,
      locale: "en",
      basePath: ["root"],
      listCap: { listed, code: "demo.issues_truncated" },
    });
  }

  /** The obvious reading: per innermost list, the issues of its first `listed` malformed entries. */
  function oracle(input: unknown, listed: number) {
    const parsed = Schema.safeParse(input, { reportInput: true });
    if (parsed.success) return { kept: [], infos: [] };
    const all = fromZodIssues(parsed.error.issues, {
      invalidInputCode: "demo.invalid_input",
      catalogue: CODES,
      locale: "en",
      basePath: ["root"],
    });
    const entries = new Map<string, number[]>();
    const kept = all.filter((issue) => {
      const at = issue.path.findLastIndex((segment) => typeof segment === "number");
      if (at < 0) return true;
      const key = JSON.stringify(issue.path.slice(0, at));
      const seen = entries.get(key) ?? [];
      const index = issue.path[at] as number;
      if (!seen.includes(index)) seen.push(index);
      entries.set(key, seen);
      return seen.indexOf(index) < listed;
    });
    const infos = [...entries]
      .filter(([, seen]) => seen.length > listed)
      .map(([key, seen]) => ({ path: JSON.parse(key), omitted: seen.length - listed }));
    return { kept, infos };
  }

  it("lists the issues of the first `listed` malformed entries of each list and counts the others", () => {
    const entry = fc.oneof(
      fc.constant(null),
      fc.record({
        n: fc.oneof(fc.integer(), fc.string()),
        tags: fc.array(fc.oneof(fc.string(), fc.integer()), { maxLength: 4 }),
      }),
    );
    fc.assert(
      fc.property(
        fc.array(entry, { maxLength: 12 }),
        fc.array(fc.oneof(fc.integer(), fc.string()), { maxLength: 8 }),
        fc.integer({ min: 0, max: 4 }),
        (items, other, listed) => {
          const input = { items, other };
          const got = capped(input, listed);
          const { kept, infos } = oracle(input, listed);
          const listedIssues = got.filter((issue) => issue.code !== "demo.issues_truncated");
          const truncations = got.filter((issue) => issue.code === "demo.issues_truncated");
          expect(listedIssues).toEqual(kept);
          expect(
            truncations.map((issue) => ({ path: issue.path, omitted: issue.params?.omitted })),
          ).toEqual(infos);
          for (const issue of truncations) {
            expect(issue.severity).toBe("info");
            expect(issue.params?.listed).toBe(listed);
            expect(issue.message).toBe(
              `${formatPath(issue.path)}: ${issue.params?.omitted} more (${listed} listed).`,
            );
          }
        },
      ),
    );
  });

  it("answers a list of a million holes with a thousand issues and one count", () => {
    const parsed = z.array(Item).safeParse(new Array(1_000_000));
    if (parsed.success) throw new Error("expected a failure");
    const issues = fromZodIssues(parsed.error.issues, {
      invalidInputCode: "demo.invalid_input",
      catalogue: CODES,
      locale: "fr",
      listCap: { listed: 1000, code: "demo.issues_truncated" },
    });
    expect(issues).toHaveLength(1001);
    // The params keep "(root)"; the French message names it "(racine)".
    expect(issues.at(-1)?.message).toBe("(racine) : 999000 de plus (1000 listées).");
  });
});
