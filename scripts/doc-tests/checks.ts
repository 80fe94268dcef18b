/**
 * Finds the `//=>` comments of a module and rewrites the module so that each one checks the
 * value of its expression at run time.
 */
import ts from "typescript";
import { parseExpectation } from "./expect.js";

/** One `//=>` comment, attached to the expression it documents. */
export interface Check {
  /** 0-based line of the `//=>` comment in the module. */
  line: number;
  /** The literal text (continuation lines joined). */
  expected: string;
}

/** A problem found while reading `//=>` comments. */
export interface CheckProblem {
  /** 0-based line of the `//=>` comment in the module. */
  line: number;
  /** What is wrong. */
  message: string;
}

/** The rewritten module and its checks. */
export interface Rewritten {
  /** The module with `globalThis.__docCheck(value, index)` around each checked expression. */
  code: string;
  /** The checks, in the order of their `index`. */
  checks: Check[];
  /** Comments that could not be used. */
  problems: CheckProblem[];
}

/** Whether `position` lies inside a string, template or regular-expression literal. */
function insideLiteral(source: ts.SourceFile, position: number): boolean {
  let found = false;
  const visit = (node: ts.Node): void => {
    if (found || position < node.getStart(source) || position >= node.getEnd()) return;
    if (
      ts.isStringLiteral(node) ||
      ts.isNoSubstitutionTemplateLiteral(node) ||
      ts.isTemplateLiteralToken(node) ||
      ts.isRegularExpressionLiteral(node)
    ) {
      found = true;
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

interface Edit {
  at: number;
  insert: string;
}

function checkedExpression(statement: ts.Statement): ts.Expression | undefined {
  if (ts.isExpressionStatement(statement)) {
    const expression = statement.expression;
    // `console.log(x); //=> …` documents x.
    if (
      ts.isCallExpression(expression) &&
      expression.arguments.length === 1 &&
      ts.isPropertyAccessExpression(expression.expression) &&
      ts.isIdentifier(expression.expression.expression) &&
      expression.expression.expression.text === "console"
    ) {
      return expression.arguments[0];
    }
    return expression;
  }
  if (ts.isVariableStatement(statement)) {
    const declarations = statement.declarationList.declarations;
    return declarations[declarations.length - 1]?.initializer;
  }
  if (ts.isReturnStatement(statement)) return statement.expression;
  return undefined;
}

/** Rewrites `code` (one module) so that every `//=>` comment is checked when it runs. */
export function rewriteChecks(fileName: string, code: string): Rewritten {
  const source = ts.createSourceFile(
    fileName,
    code,
    ts.ScriptTarget.Latest,
    true,
    ts.ScriptKind.TS,
  );
  const lines = code.split("\n");
  const lineOf = (position: number): number => source.getLineAndCharacterOfPosition(position).line;

  const statements: ts.Statement[] = [];
  const visit = (node: ts.Node): void => {
    if (
      ts.isExpressionStatement(node) ||
      ts.isVariableStatement(node) ||
      ts.isReturnStatement(node)
    ) {
      statements.push(node);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);

  const comments: { position: number; line: number; text: string }[] = [];
  let offset = 0;
  for (const [line, text] of lines.entries()) {
    const column = text.indexOf("//=>");
    if (column >= 0 && !insideLiteral(source, offset + column)) {
      comments.push({ position: offset + column, line, text: text.slice(column + 4) });
    }
    offset += text.length + 1;
  }

  const checks: Check[] = [];
  const problems: CheckProblem[] = [];
  const edits: Edit[] = [];
  const codeBefore = (line: number, position: number): boolean => {
    const start = source.getPositionOfLineAndCharacter(line, 0);
    return code.slice(start, position).trim() !== "";
  };
  for (const comment of comments) {
    // The literal may go on over the next comment-only lines.
    let expected = comment.text.trim();
    let parsed = parseExpectation(expected);
    for (let next = comment.line + 1; !parsed.ok && parsed.incomplete; next++) {
      const following = lines[next]?.trim() ?? "";
      if (!following.startsWith("//") || following.startsWith("//=>")) break;
      expected += `\n${following.slice(2)}`;
      parsed = parseExpectation(expected);
    }
    if (!parsed.ok) {
      problems.push({ line: comment.line, message: `//=> ${parsed.error}` });
      continue;
    }
    let target = comment.line;
    if (!codeBefore(comment.line, comment.position)) {
      // A `//=>` on its own line documents the statement that ends on the line above.
      target--;
      while (target >= 0 && /^\s*(\/\/.*)?$/.test(lines[target] ?? "")) target--;
    }
    const candidates = statements.filter((statement) => lineOf(statement.getEnd()) === target);
    const statement = candidates.sort((a, b) => b.getStart() - a.getStart())[0];
    const expression = statement ? checkedExpression(statement) : undefined;
    if (!expression) {
      problems.push({
        line: comment.line,
        message: "//=> follows no expression or variable declaration (write a plain // comment)",
      });
      continue;
    }
    edits.push({ at: expression.getStart(), insert: "globalThis.__docCheck((" });
    edits.push({ at: expression.getEnd(), insert: `), ${checks.length})` });
    checks.push({ line: comment.line, expected });
  }

  let rewritten = code;
  for (const edit of edits.sort((a, b) => b.at - a.at)) {
    rewritten = rewritten.slice(0, edit.at) + edit.insert + rewritten.slice(edit.at);
  }
  return { code: rewritten, checks, problems };
}
