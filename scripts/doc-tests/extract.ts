/**
 * Finds the TypeScript code blocks of Markdown guides and of TSDoc `@example` tags.
 */

/** What the runner does with a block. */
export type BlockMode = "run" | "no-run" | "skip";

/** One fenced code block. */
export interface DocBlock {
  /** File the block comes from, relative to the project root. */
  file: string;
  /** 1-based line of the block's first code line in that file. */
  line: number;
  /** The code, without the fence and without the comment's ` * ` prefixes. */
  code: string;
  /** `run` (type-check and run), `no-run` (type-check only) or `skip`. */
  mode: BlockMode;
  /** The block continues the previous block of the same file (one module for both). */
  continues: boolean;
  /** The block is a TSDoc example: imports of the package's exports may be added. */
  tsdoc: boolean;
}

const FENCE = /^(\s*)(`{3,}|~{3,})\s*([^\s`]*)\s*(.*)$/;
const MARKER = /^<!--\s*doc-test:\s*(.*?)\s*-->$/;
const LANGUAGES = new Set(["ts", "typescript", "mts", "tsx"]);

/** Reads the markers of an info string or a `<!-- doc-test: … -->` comment. */
function readMarkers(words: string[]): { mode: BlockMode; continues: boolean } {
  let mode: BlockMode = "run";
  let continues = false;
  for (const word of words) {
    if (word === "no-run") mode = "no-run";
    else if (word === "no-check" || word === "ignore") mode = "skip";
    else if (word === "continued") continues = true;
  }
  return { mode, continues };
}

interface RawLine {
  text: string;
  line: number;
}

/** The TS blocks of a sequence of lines (a Markdown file, or the text of one TSDoc tag). */
function blocksOf(lines: RawLine[], file: string, tsdoc: boolean): DocBlock[] {
  const blocks: DocBlock[] = [];
  let marker: string[] = [];
  for (let index = 0; index < lines.length; index++) {
    const current = lines[index];
    if (current === undefined) break;
    const comment = MARKER.exec(current.text.trim());
    if (comment?.[1] !== undefined) {
      marker = comment[1].split(/\s+/);
      continue;
    }
    const open = FENCE.exec(current.text);
    if (!open) {
      if (current.text.trim() !== "") marker = [];
      continue;
    }
    const [, indent = "", fence = "", language = "", info = ""] = open;
    const code: string[] = [];
    let end = index + 1;
    for (; end < lines.length; end++) {
      const text = lines[end]?.text ?? "";
      const trimmed = text.trim();
      if (trimmed.startsWith(fence.slice(0, 3)) && /^(`{3,}|~{3,})$/.test(trimmed)) break;
      code.push(text.startsWith(indent) ? text.slice(indent.length) : text.trimStart());
    }
    if (LANGUAGES.has(language.toLowerCase())) {
      const markers = readMarkers([...info.split(/[\s,]+/), ...marker]);
      blocks.push({
        file,
        line: (lines[index + 1] ?? current).line,
        code: code.join("\n"),
        ...markers,
        tsdoc,
      });
    }
    marker = [];
    index = end;
  }
  return blocks;
}

/** The TS blocks of a Markdown file. */
export function markdownBlocks(file: string, text: string): DocBlock[] {
  const lines = text.split(/\r?\n/).map((line, index) => ({ text: line, line: index + 1 }));
  return blocksOf(lines, file, false);
}

/** The TS blocks of the `@example` tags of the TSDoc comments of a source file. */
export function tsdocBlocks(file: string, text: string): DocBlock[] {
  const lines = text.split(/\r?\n/);
  const blocks: DocBlock[] = [];
  let example: RawLine[] | null = null;
  let inComment = false;
  let inFence = false;
  const flush = (): void => {
    if (example) blocks.push(...blocksOf(example, file, true));
    example = null;
  };
  for (const [index, raw] of lines.entries()) {
    const trimmed = raw.trim();
    if (!inComment) {
      if (trimmed.startsWith("/**")) {
        inComment = true;
        inFence = false;
      } else continue;
    }
    const closes = trimmed.endsWith("*/");
    const content = trimmed
      .replace(/^\/\*\*\s?/, "")
      .replace(/\*\/$/, "")
      .replace(/^\* ?/, "")
      .replace(/\s+$/, "");
    // Keep the indentation after "* " so that code blocks keep theirs.
    const stripped = /^\s*\* ?(.*)$/.exec(raw.replace(/\*\/\s*$/, ""))?.[1] ?? content;
    if (/^(`{3,}|~{3,})/.test(content)) inFence = !inFence;
    if (!inFence && /^@\w+/.test(content)) {
      flush();
      if (content.startsWith("@example")) example = [];
    } else if (example) {
      example.push({ text: stripped, line: index + 1 });
    }
    if (closes) {
      flush();
      inComment = false;
    }
  }
  return blocks;
}
