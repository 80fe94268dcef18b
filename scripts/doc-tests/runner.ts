/**
 * The doc-test runner: type-checks every TS block of the guides and of the TSDoc examples in one
 * TypeScript program, runs them against the built package in one child Node process, and checks
 * every `//=>` comment. See CONTRIBUTING.md, "Code examples".
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";
import { rewriteChecks } from "./checks.js";
import { type DocBlock, markdownBlocks, tsdocBlocks } from "./extract.js";
import { HARNESS, type ManifestUnit, type UnitOutcome } from "./harness.js";
import { buildUnits, fileExports, type Origin, type PackageExport, type Unit } from "./units.js";

/** What the runner reads and where it works. */
export interface DocTestOptions {
  /** Project root: the folder of the package.json of `cmq-kit`. */
  root: string;
  /** Markdown files, relative to `root`. */
  markdown: readonly string[];
  /** TypeScript sources whose TSDoc `@example`s are tested, relative to `root`. */
  sources: readonly string[];
  /** Work folder inside `root` (default `.doc-tests/run`); emptied first, removed after. */
  workDir?: string;
  /** Keep the work folder after the run (to read the generated modules). */
  keep?: boolean;
  /** Time limit of one unit's run, in ms (default 10 000). */
  timeoutMs?: number;
}

/** Kinds of failures. */
export type FailureKind = "compile" | "run" | "check";

/** One failure, located in the documentation. */
export interface DocTestFailure {
  /** `compile`: a tsc diagnostic; `run`: an error thrown; `check`: a `//=>` that does not hold. */
  kind: FailureKind;
  /** File of the block, relative to the root (empty for a global diagnostic). */
  file: string;
  /** 1-based line in that file. */
  line: number;
  /** 1-based line of the block's first code line. */
  blockLine: number;
  /** The diagnostic, error or mismatch. */
  message: string;
}

/** The outcome of a run. */
export interface DocTestReport {
  /** Blocks found. */
  blocks: number;
  /** Blocks skipped with `no-check`. */
  skipped: number;
  /** Modules type-checked. */
  typeChecked: number;
  /** Modules run. */
  ran: number;
  /** `//=>` comments checked. */
  checks: number;
  /** Failures, in file order. */
  failures: DocTestFailure[];
  /** Milliseconds spent type-checking and running. */
  timings: { typeCheck: number; run: number };
}

/** Diagnostics shown per module: the first ones are the useful ones. */
const MAX_DIAGNOSTICS = 4;

/** The first and the last line of a diagnostic chain: what failed, and why. */
function shortMessage(diagnostic: ts.Diagnostic): string {
  const lines = ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n").split("\n");
  const first = lines[0] ?? "";
  const last = lines[lines.length - 1]?.trim() ?? "";
  return lines.length > 1 ? `${first} … ${last}` : first;
}

function compilerOptions(root: string): ts.CompilerOptions {
  const path = join(root, "tsconfig.json");
  const config = ts.readConfigFile(path, ts.sys.readFile);
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, root, undefined, path);
  const options: ts.CompilerOptions = { ...parsed.options };
  // The package resolves to its built dist/ through package.json `exports` (self-reference), as
  // it does in an app; the source `paths` of the repository must not apply.
  delete options.paths;
  // Blocks show values they do not use afterwards, and their imports may be type-only.
  options.noUnusedLocals = false;
  options.noUnusedParameters = false;
  options.verbatimModuleSyntax = false;
  options.noEmit = true;
  options.declaration = false;
  return options;
}

function locate(unit: Unit, line: number): Origin {
  const origin = unit.origins[line];
  if (origin) return origin;
  const first = unit.blocks[0];
  return { file: first?.file ?? "", line: first?.line ?? 0, blockLine: first?.line ?? 0 };
}

function packageExports(program: ts.Program, stub: string): PackageExport[] {
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(stub);
  const statement = source?.statements[0];
  if (!statement || !ts.isImportDeclaration(statement)) return [];
  const module = checker.getSymbolAtLocation(statement.moduleSpecifier);
  // Without dist/ (not built), blocks fail with "Cannot find module 'cmq-kit'".
  if (!module) return [];
  return checker.getExportsOfModule(module).map((symbol) => {
    const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
    return { name: symbol.name, value: (target.flags & ts.SymbolFlags.Value) !== 0 };
  });
}

/** Reads the blocks of the given files. */
export function collectBlocks(options: DocTestOptions): DocBlock[] {
  const read = (file: string): string => readFileSync(join(options.root, file), "utf8");
  return [
    ...options.markdown.flatMap((file) => markdownBlocks(file, read(file))),
    ...options.sources.flatMap((file) => tsdocBlocks(file, read(file))),
  ];
}

/** Type-checks and runs every block; never throws for a failing block. */
export function runDocTests(options: DocTestOptions): DocTestReport {
  const workDir = join(options.root, options.workDir ?? join(".doc-tests", "run"));
  rmSync(workDir, { recursive: true, force: true });
  mkdirSync(workDir, { recursive: true });
  try {
    return runIn(options, workDir);
  } finally {
    if (!options.keep) rmSync(workDir, { recursive: true, force: true });
  }
}

function runIn(options: DocTestOptions, workDir: string): DocTestReport {
  const blocks = collectBlocks(options);
  const failures: DocTestFailure[] = [];
  const tsOptions = compilerOptions(options.root);
  const host = ts.createCompilerHost(tsOptions);
  const started = performance.now();

  let exports: PackageExport[] | null = null;
  let oldProgram: ts.Program | undefined;
  if (blocks.some((block) => block.tsdoc)) {
    const stub = join(workDir, "exports.ts");
    writeFileSync(stub, 'import * as all from "cmq-kit";\nexport { all };\n');
    oldProgram = ts.createProgram({ rootNames: [stub], options: tsOptions, host });
    exports = packageExports(oldProgram, stub);
  }
  const ownExports = new Map<string, PackageExport[]>();
  const sourceExports = (file: string): { specifier: string; names: PackageExport[] } => {
    let names = ownExports.get(file);
    if (!names) {
      names = fileExports(readFileSync(join(options.root, file), "utf8"));
      ownExports.set(file, names);
    }
    const path = relative(workDir, join(options.root, file)).replaceAll("\\", "/");
    return { specifier: path.replace(/\.ts$/, ".js"), names };
  };
  const units = buildUnits(blocks, exports, sourceExports);

  // 1. Type-check every unit in one program.
  const fileOf = new Map<string, Unit>();
  for (const unit of units) {
    const file = join(workDir, `${unit.id}.ts`);
    writeFileSync(file, unit.code);
    fileOf.set(file, unit);
  }
  const program = ts.createProgram({
    rootNames: [...fileOf.keys()],
    options: tsOptions,
    host,
    ...(oldProgram ? { oldProgram } : {}),
  });
  const broken = new Set<Unit>();
  for (const diagnostic of [
    ...program.getOptionsDiagnostics(),
    ...program.getGlobalDiagnostics(),
  ]) {
    failures.push({
      kind: "compile",
      file: "",
      line: 0,
      blockLine: 0,
      message: ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n"),
    });
  }
  for (const [file, unit] of fileOf) {
    const source = program.getSourceFile(file);
    if (!source) continue;
    const diagnostics = [
      ...program.getSyntacticDiagnostics(source),
      ...program.getSemanticDiagnostics(source),
    ];
    for (const [index, diagnostic] of diagnostics.entries()) {
      if (index === MAX_DIAGNOSTICS) {
        failures.push({
          kind: "compile",
          ...locate(unit, -1),
          message: `${diagnostics.length - index} more diagnostics in this block`,
        });
        break;
      }
      const line = source.getLineAndCharacterOfPosition(diagnostic.start ?? 0).line;
      failures.push({
        kind: "compile",
        ...locate(unit, line),
        message: `TS${diagnostic.code}: ${shortMessage(diagnostic)}`,
      });
      broken.add(unit);
    }
  }
  const typeChecked = performance.now();

  // 2. Run the units that compiled, in one child process.
  const manifest: ManifestUnit[] = [];
  const checksOf = new Map<string, { unit: Unit; lines: number[] }>();
  let checkCount = 0;
  for (const unit of units) {
    const rewritten = rewriteChecks(`${unit.id}.ts`, unit.code);
    for (const problem of rewritten.problems) {
      failures.push({ kind: "check", ...locate(unit, problem.line), message: problem.message });
    }
    if (!unit.runs || broken.has(unit)) continue;
    const output = ts.transpileModule(rewritten.code, {
      fileName: `${unit.id}.ts`,
      compilerOptions: {
        module: ts.ModuleKind.ESNext,
        target: ts.ScriptTarget.ES2022,
        inlineSourceMap: true,
      },
    });
    writeFileSync(join(workDir, `${unit.id}.mjs`), output.outputText);
    manifest.push({ id: unit.id, checks: rewritten.checks.map((check) => check.expected) });
    checksOf.set(unit.id, { unit, lines: rewritten.checks.map((check) => check.line) });
    checkCount += rewritten.checks.length;
  }
  const expectSource = readFileSync(new URL("./expect.ts", import.meta.url), "utf8");
  const expectJs = ts.transpileModule(expectSource, {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
  });
  writeFileSync(join(workDir, "expect.mjs"), expectJs.outputText);
  writeFileSync(join(workDir, "harness.mjs"), HARNESS);
  const timeoutMs = options.timeoutMs ?? 10_000;
  writeFileSync(join(workDir, "manifest.json"), JSON.stringify({ units: manifest, timeoutMs }));

  if (manifest.length > 0) {
    const child = spawnSync(
      process.execPath,
      [
        "--enable-source-maps",
        // Examples of internal helpers import their source file: load it through tsx.
        ...(units.some((unit) => unit.importsSource && unit.runs) ? ["--import", "tsx"] : []),
        join(workDir, "harness.mjs"),
      ],
      {
        cwd: options.root,
        encoding: "utf8",
        stdio: ["ignore", "ignore", "pipe"],
        timeout: timeoutMs * 2 + 60_000,
        maxBuffer: 64 * 1024 * 1024,
      },
    );
    const outcomesFile = join(workDir, "outcomes.json");
    const outcomes: UnitOutcome[] = existsSync(outcomesFile)
      ? (JSON.parse(readFileSync(outcomesFile, "utf8")) as UnitOutcome[])
      : [];
    if (outcomes.length < manifest.length) {
      failures.push({
        kind: "run",
        file: "",
        line: 0,
        blockLine: 0,
        message: `the runner's child process stopped (${child.error?.message ?? `exit ${child.status}`}): ${child.stderr?.slice(-2000) ?? ""}`,
      });
    }
    for (const outcome of outcomes) {
      const entry = checksOf.get(outcome.id);
      if (!entry) continue;
      const { unit, lines } = entry;
      if (outcome.error) {
        failures.push({
          kind: "run",
          ...locate(unit, outcome.error.line ?? -1),
          message: outcome.error.message,
        });
      }
      for (const failure of outcome.failures) {
        failures.push({
          kind: "check",
          ...locate(unit, lines[failure.index] ?? -1),
          message: failure.message,
        });
      }
      if (!outcome.error) {
        const reached = new Set(outcome.reached);
        for (const [index, line] of lines.entries()) {
          if (!reached.has(index)) {
            failures.push({
              kind: "check",
              ...locate(unit, line),
              message: "this //=> was never reached",
            });
          }
        }
      }
    }
  }
  const finished = performance.now();
  failures.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  return {
    blocks: blocks.length,
    skipped: blocks.filter((block) => block.mode === "skip").length,
    typeChecked: units.length,
    ran: manifest.length,
    checks: checkCount,
    failures,
    timings: {
      typeCheck: Math.round(typeChecked - started),
      run: Math.round(finished - typeChecked),
    },
  };
}

/** Formats a failure as `file:line: [kind] message (block at line n)`. */
export function formatFailure(failure: DocTestFailure): string {
  const where = failure.file === "" ? "(doc tests)" : `${failure.file}:${failure.line}`;
  const block = failure.file === "" ? "" : ` (block at line ${failure.blockLine})`;
  return `${where}: [${failure.kind}] ${failure.message}${block}`;
}
