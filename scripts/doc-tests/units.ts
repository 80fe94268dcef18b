/**
 * Turns doc blocks into modules ("units"): a block and the blocks marked `continued` after it,
 * plus, for TSDoc examples without imports, the imports of the package exports they use.
 */
import { posix } from "node:path";
import ts from "typescript";
import type { DocBlock } from "./extract.js";

/** Where a line of a unit comes from. */
export interface Origin {
  /** File, relative to the project root. */
  file: string;
  /** 1-based line in that file. */
  line: number;
  /** 1-based line of the first code line of the block. */
  blockLine: number;
}

/** One module made of one or more blocks. */
export interface Unit {
  /** File name stem in the work folder, e.g. `u12`. */
  id: string;
  /** The blocks, in order. */
  blocks: DocBlock[];
  /** Whether the unit runs (all its blocks are `run`), or is type-checked only. */
  runs: boolean;
  /** The module text. */
  code: string;
  /** Whether the module imports a source file of src/ (an internal helper's example). */
  importsSource: boolean;
  /** For each 0-based line of `code`, where it comes from (`null` for added lines). */
  origins: (Origin | null)[];
}

/** An export of the package: its name and whether it is a value (else a type only). */
export interface PackageExport {
  /** Exported name. */
  name: string;
  /** Whether it has a value (function, constant, class), not only a type. */
  value: boolean;
}

/** The names a source file exports itself (`export function f`, `export interface I`…). */
export function fileExports(code: string): PackageExport[] {
  const source = ts.createSourceFile("source.ts", code, ts.ScriptTarget.Latest, false);
  const found: PackageExport[] = [];
  for (const statement of source.statements) {
    const modifiers = ts.canHaveModifiers(statement) ? ts.getModifiers(statement) : undefined;
    if (!modifiers?.some((modifier) => modifier.kind === ts.SyntaxKind.ExportKeyword)) continue;
    if (ts.isVariableStatement(statement)) {
      for (const declaration of statement.declarationList.declarations) {
        if (ts.isIdentifier(declaration.name))
          found.push({ name: declaration.name.text, value: true });
      }
    } else if (
      (ts.isFunctionDeclaration(statement) ||
        ts.isClassDeclaration(statement) ||
        ts.isEnumDeclaration(statement)) &&
      statement.name
    ) {
      found.push({ name: statement.name.text, value: true });
    } else if (ts.isInterfaceDeclaration(statement) || ts.isTypeAliasDeclaration(statement)) {
      found.push({ name: statement.name.text, value: false });
    }
  }
  return found;
}

/** Names a block declares itself. */
function declaredNames(source: ts.SourceFile): Set<string> {
  const names = new Set<string>();
  const visit = (node: ts.Node): void => {
    if (
      (ts.isVariableDeclaration(node) ||
        ts.isBindingElement(node) ||
        ts.isParameter(node) ||
        ts.isFunctionDeclaration(node) ||
        ts.isClassDeclaration(node) ||
        ts.isInterfaceDeclaration(node) ||
        ts.isTypeAliasDeclaration(node) ||
        ts.isEnumDeclaration(node) ||
        ts.isTypeParameterDeclaration(node) ||
        ts.isImportSpecifier(node) ||
        ts.isImportClause(node) ||
        ts.isNamespaceImport(node)) &&
      node.name !== undefined &&
      ts.isIdentifier(node.name)
    ) {
      names.add(node.name.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return names;
}

/** Identifiers a block uses that it does not declare. */
export function freeIdentifiers(code: string): Set<string> {
  const source = ts.createSourceFile("block.ts", code, ts.ScriptTarget.Latest, true);
  const used = new Set<string>();
  const visit = (node: ts.Node): void => {
    if (ts.isIdentifier(node)) {
      const parent = node.parent;
      const isMemberName =
        (ts.isPropertyAccessExpression(parent) && parent.name === node) ||
        (ts.isQualifiedName(parent) && parent.right === node) ||
        ((ts.isPropertyAssignment(parent) ||
          ts.isPropertySignature(parent) ||
          ts.isMethodDeclaration(parent) ||
          ts.isPropertyDeclaration(parent)) &&
          parent.name === node);
      if (!isMemberName) used.add(node.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  for (const name of declaredNames(source)) used.delete(name);
  return used;
}

/** A relative import (`from "../program.js"`), which a TSDoc example of src/ resolves from its file. */
const RELATIVE = /((?:from|import)\s*\(?\s*)(["'])(\.\.?\/[^"']*)\2/g;

/** Groups blocks into units and writes their module text. */
export function buildUnits(
  blocks: DocBlock[],
  exports: readonly PackageExport[] | null,
  sourceExports: (file: string) => { specifier: string; names: readonly PackageExport[] },
): Unit[] {
  const units: Unit[] = [];
  let previous: Unit | null = null;
  for (const block of blocks) {
    // A skipped block does not break a chain of continued blocks.
    if (block.mode === "skip") continue;
    let unit: Unit;
    if (block.continues && previous !== null && previous.blocks[0]?.file === block.file) {
      unit = previous;
      unit.blocks.push(block);
      unit.runs &&= block.mode === "run";
    } else {
      unit = {
        id: `u${units.length}`,
        blocks: [block],
        runs: block.mode === "run",
        code: "",
        origins: [],
        importsSource: false,
      };
      units.push(unit);
    }
    previous = unit;
  }
  for (const unit of units) {
    const lines: string[] = [];
    const origins: (Origin | null)[] = [];
    const first = unit.blocks[0];
    const all = unit.blocks.map((block) => block.code).join("\n");
    if (first?.tsdoc && exports !== null) {
      const free = freeIdentifiers(all);
      const spell = (entry: PackageExport): string =>
        entry.value ? entry.name : `type ${entry.name}`;
      const fromPackage = exports.filter((entry) => free.has(entry.name));
      for (const entry of fromPackage) free.delete(entry.name);
      if (fromPackage.length > 0) {
        lines.push(`import { ${fromPackage.map(spell).join(", ")} } from "cmq-kit";`);
        origins.push(null);
      }
      // Names the package does not export: the documented file's own exports (internal helpers).
      const own = sourceExports(first.file);
      const fromSource = own.names.filter((entry) => free.has(entry.name));
      if (fromSource.length > 0) {
        lines.push(`import { ${fromSource.map(spell).join(", ")} } from "${own.specifier}";`);
        origins.push(null);
        unit.importsSource = true;
      }
    }
    for (const block of unit.blocks) {
      // A TSDoc example of an internal helper may import the sources next to its file, as the
      // file itself would: `import { runCli } from "../program.js"`.
      const folder = block.tsdoc ? posix.dirname(sourceExports(block.file).specifier) : null;
      for (const [index, text] of block.code.split("\n").entries()) {
        let line = text;
        if (folder !== null) {
          line = line.replace(RELATIVE, (_match, before: string, quote: string, path: string) => {
            unit.importsSource = true;
            return `${before}${quote}${posix.join(folder, path)}${quote}`;
          });
        }
        lines.push(line);
        origins.push({ file: block.file, line: block.line + index, blockLine: block.line });
      }
    }
    lines.push("export {};");
    origins.push(null);
    unit.code = lines.join("\n");
    unit.origins = origins;
  }
  return units;
}
