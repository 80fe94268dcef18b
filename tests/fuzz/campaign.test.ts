/**
 * The library-wide fuzz campaign: every function exported by `cmq-kit`, every argument
 * (options included), with generated junk (`fc.anything()`), hand-made hostile values (revoked
 * and throwing proxies, throwing getters, null-prototype and cyclic objects, BigInt, Symbol,
 * sparse and huge-`length` arrays, huge strings, deep nesting), and hostile values injected one
 * at a time deep inside valid arguments. Every call must return, never throw; what it returns
 * must be well formed (issues located, bounded, in the requested language); nothing may pollute
 * `Object.prototype`; and frozen inputs show that no input is mutated.
 *
 * The export list is read at run time, so a new export is fuzzed without being listed here.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as library from "../../src/index.js";
import { junk, prototypeIsClean } from "../helpers/junk.js";
import { HOSTILE_MAKERS, hostile, nestedHostile } from "./hostile.js";
import { POOL, VALID } from "./pool.js";
import { SAMPLES } from "./samples.js";
import { checkOutcome, rewrittenMessageProblems } from "./verdict.js";

/**
 * The gate replays the same generated values on every run (a seed per function, derived from
 * `FUZZ_SEED`), so that a red gate always means a change, never bad luck. `npm run fuzz` explores:
 * it sets `FUZZ_SEED=random` and multiplies the runs by `FUZZ_SCALE`; a failure prints its seed,
 * which `FUZZ_SEED=<seed>` replays.
 */
const FUZZ_SEED = process.env.FUZZ_SEED ?? "20261207";
const SCALE = Math.max(1, Number(process.env.FUZZ_SCALE ?? 1) || 1);

/**
 * Time allowed to one function's phase. Some hostile values are large on purpose (a million-entry
 * sparse list, a 200,000-character string): a few seconds on a quiet machine, several times that
 * on a busy one. This bounds hangs; speed is judged by the bench, never here.
 */
const PHASE_TIMEOUT_MS = 180_000 * SCALE;

/** Runs per phase and function: bounded so that the campaign stays a small part of the gate. */
const RUNS = { junk: 12 * SCALE, hostileArgument: 20 * SCALE, injected: 20 * SCALE };

/** The fast-check parameters of one property of `name`: its fixed seed, unless exploring. */
function parameters(name: string, numRuns: number): fc.Parameters<unknown> {
  if (FUZZ_SEED === "random") return { numRuns };
  let seed = Number(FUZZ_SEED) | 0;
  for (const char of name) seed = (Math.imul(seed, 31) + (char.codePointAt(0) ?? 0)) | 0;
  return { numRuns, seed };
}

type AnyFunction = (...args: unknown[]) => unknown;

const FUNCTIONS: [string, AnyFunction][] = Object.entries(library as Record<string, unknown>)
  .filter((entry): entry is [string, AnyFunction] => typeof entry[1] === "function")
  .sort(([a], [b]) => (a < b ? -1 : 1));

function isClass(fn: AnyFunction): boolean {
  return /^class\b/.test(Function.prototype.toString.call(fn));
}

function call(fn: AnyFunction, args: readonly unknown[]): unknown {
  return isClass(fn)
    ? Reflect.construct(fn as unknown as new (...a: unknown[]) => unknown, args)
    : fn(...args);
}

/** The valid arguments of a call: the sample, or as many pool values as the function declares. */
function baseArguments(name: string, fn: AnyFunction): readonly unknown[] {
  return SAMPLES[name] ?? Array.from({ length: Math.max(fn.length, 1) }, () => VALID.date);
}

/** Paths to every value inside a valid argument, at most `limit` of them, breadth first. */
function innerPaths(value: unknown, limit = 400): (string | number)[][] {
  const paths: (string | number)[][] = [];
  const queue: { node: unknown; path: (string | number)[] }[] = [{ node: value, path: [] }];
  while (queue.length > 0 && paths.length < limit) {
    const { node, path } = queue.shift() as { node: unknown; path: (string | number)[] };
    if (typeof node !== "object" || node === null) continue;
    for (const key of Object.keys(node)) {
      const at = [...path, Array.isArray(node) ? Number(key) : key];
      paths.push(at);
      queue.push({ node: (node as Record<string, unknown>)[key], path: at });
    }
  }
  return paths;
}

/** A deep copy of `value` with `replacement` at `path` (the copy is frozen like the original). */
function injected(value: unknown, path: readonly (string | number)[], replacement: unknown) {
  if (path.length === 0) return replacement;
  const [head, ...rest] = path as [string | number, ...(string | number)[]];
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<
    string | number,
    unknown
  >;
  copy[head] = injected((value as Record<string | number, unknown>)[head], rest, replacement);
  return Object.freeze(copy);
}

function run(name: string, fn: AnyFunction, args: readonly unknown[]): void {
  let outcome: unknown;
  try {
    outcome = call(fn, args);
  } catch (error) {
    // `parse*` functions (and the `to*` exports built on `export*`) throw a CmqError by design:
    // its issues must then be as well formed as a Result's.
    if (!(error instanceof library.CmqError)) {
      throw new Error(`${name} threw: ${String((error as Error)?.stack ?? error).slice(0, 600)}`);
    }
    outcome = { ok: false, issues: error.issues };
  }
  // localizeIssue hands back the caller's own issue with a new message: its path and params are
  // the caller's, whatever they are, so only its message is ours to check. A class builds a
  // container (CmqError holds the issues it is given): it must only not throw.
  const problems = isClass(fn)
    ? []
    : name === "localizeIssue"
      ? rewrittenMessageProblems(outcome, args)
      : checkOutcome(outcome, args);
  if (problems.length > 0) throw new Error(`${name}: ${problems.join("; ")}`);
  if (!prototypeIsClean()) throw new Error(`${name} polluted Object.prototype`);
}

describe("fuzz campaign over every export of cmq-kit", () => {
  it("covers every exported function", () => {
    expect(FUNCTIONS.length).toBeGreaterThan(100);
    for (const name of Object.keys(SAMPLES)) expect(library).toHaveProperty(name);
  });

  describe.each(FUNCTIONS)("%s", (name, fn) => {
    const base = baseArguments(name, fn);

    it("survives junk in every argument", { timeout: PHASE_TIMEOUT_MS }, () => {
      fc.assert(
        fc.property(fc.array(junk, { minLength: base.length, maxLength: base.length }), (args) =>
          run(name, fn, args),
        ),
        parameters(name, RUNS.junk),
      );
    });

    it("survives a hostile value in each argument, the others valid", {
      timeout: PHASE_TIMEOUT_MS,
    }, () => {
      for (let position = 0; position < base.length; position++) {
        for (const make of HOSTILE_MAKERS) {
          const args = [...base];
          args[position] = make();
          run(name, fn, args);
        }
      }
      fc.assert(
        fc.property(
          fc.array(fc.constantFrom(...POOL), { minLength: base.length, maxLength: base.length }),
          fc.nat(base.length - 1),
          hostile,
          (args, position, make) => {
            args[position] = make();
            run(name, fn, args);
          },
        ),
        parameters(name, RUNS.hostileArgument),
      );
    });

    const targets = base
      .map((arg, position) => ({ position, paths: innerPaths(arg) }))
      .filter((target) => target.paths.length > 0);
    if (targets.length === 0) return;

    it("survives a hostile value injected deep inside a valid argument", {
      timeout: PHASE_TIMEOUT_MS,
    }, () => {
      fc.assert(
        fc.property(
          fc
            .constantFrom(...targets)
            .chain((target) =>
              fc.tuple(fc.constant(target.position), fc.constantFrom(...target.paths)),
            ),
          fc.oneof(
            nestedHostile,
            junk.map((value) => () => value),
          ),
          ([position, path], make) => {
            const args = [...base];
            args[position] = injected(base[position], path, make());
            run(name, fn, args);
          },
        ),
        parameters(name, RUNS.injected),
      );
    });
  });
});

describe("regressions the campaign found", () => {
  it("lists at most 1000 malformed partners and counts the rest, at once", () => {
    const result = library.checkCampusNetwork(VALID.campus, new Array(200_000), {
      on: VALID.date,
      locale: "fr",
    });
    const truncated = result.issues.filter((issue) => issue.code === "network.issues_truncated");
    expect(truncated).toHaveLength(1);
    expect(truncated[0]?.params).toMatchObject({
      where: "partners",
      listed: 1000,
      omitted: 199_000,
    });
    expect(truncated[0]?.message).toBe(
      "partners : 199000 autres entrées mal formées ont été trouvées mais non listées (au plus 1000 par liste).",
    );
  });

  it("counts holes past the listed issues without parsing them (programmes, placements)", () => {
    const catalogue = library.buildProgrammeCatalogue(new Array(200_000), { locale: "fr" });
    expect(catalogue.issues).toHaveLength(1001);
    expect(catalogue.issues[1000]?.params).toMatchObject({ listed: 1000, omitted: 199_000 });
    const hosts = library.checkPlacementHosts(new Array(200_000) as never, VALID.partners, {
      on: "2026-01-15",
      locale: "fr",
    });
    const invalid = hosts.issues.filter((issue) => issue.code === "pathway.invalid_input");
    expect(invalid).toHaveLength(1000);
    const truncated = hosts.issues.find((issue) => issue.code === "placement.issues_truncated");
    expect(truncated?.params).toMatchObject({ code: "pathway.invalid_input", omitted: 199_000 });
  });

  it("gives a malformed error with no exception: CmqError, period helpers, formatPath, hasErrors", () => {
    expect(new library.CmqError(null as never).issues).toEqual([]);
    expect(library.countWeekdays(null as never)).toBeNaN();
    expect(library.isWithinPeriod(Symbol("x") as never, VALID.period)).toBe(false);
    expect(library.formatPath(42 as never)).toBe("(root)");
    expect(library.hasErrors(lyingList())).toBe(false);
  });

  it("names types and missing values in French", () => {
    const result = library.allocate(
      { ...VALID.problem, projects: [{ id: "p", supervisorId: "s", capacity: undefined }] },
      { locale: "fr" },
    );
    const messages = result.issues.map((issue) => issue.message).join("\n");
    expect(messages).toContain("(aucune valeur)");
    expect(library.allocate(10n as never, { locale: "fr" }).issues[0]?.message).toContain(
      "grand entier",
    );
  });
});

describe("French messages for values that are not ids (issue 17, former FRENCH_GAPS)", () => {
  it("programmeFromCertification names a missing or BigInt code in French", () => {
    const french = (code: unknown) =>
      library.programmeFromCertification(VALID.registry, code as never, { locale: "fr" }).issues[0]
        ?.message;
    expect(french(undefined)).toBe("(aucune valeur) ne figure pas dans le répertoire (RNCP/RS).");
    expect(french(10n)).toBe(
      "(un grand entier (BigInt)) ne figure pas dans le répertoire (RNCP/RS).",
    );
    expect(french("RNCP99999")).toBe("RNCP99999 ne figure pas dans le répertoire (RNCP/RS).");
  });

  it("fromOpenBadgeCredential quotes a received string « … » and names other types in French", () => {
    const wrongType = (type: unknown) =>
      library
        .fromOpenBadgeCredential({ type }, { locale: "fr" })
        .issues.find((issue) => issue.code === "interop.badge_wrong_type")?.message;
    expect(wrongType("undefined")).toBe(
      "type : attendu une liste de types contenant « OpenBadgeCredential », reçu « undefined ».",
    );
    expect(wrongType(3n)).toContain("reçu (un grand entier (BigInt)).");
  });

  it("partnerFromEstablishment and programmeFromCertification take a registry's junk answer as none", () => {
    const junk = {
      ...VALID.registry,
      establishment: () => "a function",
      certification: () => ({ code: 1 }),
    } as never;
    const partner = library.partnerFromEstablishment(junk, VALID.uai, { locale: "fr" });
    expect(partner.issues.map((issue) => issue.code)).toEqual(["registry.unknown_uai"]);
    const programme = library.programmeFromCertification(junk, VALID.rncp, { locale: "fr" });
    expect(programme.issues.map((issue) => issue.code)).toEqual(["registry.unknown_certification"]);
    expect(
      library.partnerFromEstablishment(VALID.registry, undefined as never, { locale: "fr" })
        .issues[0]?.message,
    ).toBe("L'UAI (aucune valeur) ne figure pas dans l'annuaire (directory).");
  });

  it("localizeIssue shows missing and non-text params of a hand-made issue in French", () => {
    const issue = { ...VALID.issue, params: { value: 10n ** 30n } } as never;
    expect(library.localizeIssue(issue, { locale: "fr" }).message).toBe(
      "(aucune valeur) (un grand entier (BigInt)) : le chiffre de contrôle (clé de Luhn) devrait être (aucune valeur).",
    );
    const [real] = library.validateIdentifier("uai", "0251234K").issues;
    expect(real && library.localizeIssue(real, { locale: "fr" }).message).toBe(
      "UAI 0251234K : la lettre de contrôle devrait être F.",
    );
  });
});

function lyingList(): never {
  const list: unknown[] = [];
  list.length = 2 ** 32 - 1;
  return list as never;
}
