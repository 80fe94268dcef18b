/**
 * The `//=>` literal syntax and the comparison of an actual value with it.
 *
 * This file imports nothing: the doc-test runner transpiles it on the fly and loads it in the
 * child process that runs the blocks.
 *
 * Syntax: a JSON-like literal written as in TypeScript source.
 * - `"text"`, `'text'`, `` `text` `` (no `${}`), numbers (`-1.5`, `1e3`, `NaN`, `Infinity`),
 *   `true`, `false`, `null`, `undefined`;
 * - arrays `[1, 2]` and objects `{ state: "active", "quoted-key": 1 }`, trailing commas allowed;
 * - `…` (or `...`) as a value matches any value; as an element of an object (anywhere) or as
 *   the last element of an array it allows more keys or elements than those listed
 *   (`{ ok: true, … }`, `{ …, latestEnd: "2027-08-30" }`, `[1, 2, …]`).
 * - a string that ends with `…` (`"14 chiffres…"`) matches any string that starts with the text
 *   before the `…`; a number followed by `…` (`1.249…`) matches any number whose decimal writing
 *   starts so. Numbers may be written in hexadecimal (`0xcbf43926`).
 * Whatever follows the literal (after a space, `,` or `;`) is a free comment:
 * `//=> true (canonical form only)`.
 */

/** A parsed `//=>` literal. */
export type Pattern =
  | { kind: "value"; value: unknown }
  | { kind: "prefix"; text: string; number: boolean }
  | { kind: "any" }
  | { kind: "array"; items: Pattern[]; more: boolean }
  | { kind: "object"; entries: [string, Pattern][]; more: boolean };

/** The outcome of parsing the text after `//=>`. */
export type ParsedExpectation =
  | { ok: true; pattern: Pattern; comment: string }
  | { ok: false; incomplete: boolean; error: string };

class ParseError extends Error {
  constructor(
    message: string,
    readonly incomplete: boolean,
  ) {
    super(message);
  }
}

const KEYWORDS: Record<string, unknown> = {
  true: true,
  false: false,
  null: null,
  undefined: undefined,
  NaN: Number.NaN,
  Infinity: Number.POSITIVE_INFINITY,
};

class Parser {
  position = 0;
  constructor(readonly text: string) {}

  fail(message: string): never {
    throw new ParseError(message, this.position >= this.text.length);
  }

  skipSpace(): void {
    while (this.position < this.text.length && /\s/.test(this.text[this.position] ?? "")) {
      this.position++;
    }
  }

  peekEllipsis(): boolean {
    return this.text.startsWith("…", this.position) || this.text.startsWith("...", this.position);
  }

  takeEllipsis(): void {
    this.position += this.text.startsWith("…", this.position) ? 1 : 3;
  }

  value(): Pattern {
    this.skipSpace();
    const char = this.text[this.position];
    if (char === undefined) this.fail("a value is missing");
    if (this.peekEllipsis()) {
      this.takeEllipsis();
      return { kind: "any" };
    }
    if (char === "[") return this.array();
    if (char === "{") return this.object();
    if (char === '"' || char === "'" || char === "`") {
      const text = this.string();
      return text.endsWith("…") && text.length > 1
        ? { kind: "prefix", text: text.slice(0, -1), number: false }
        : { kind: "value", value: text };
    }
    if (/[-+0-9.]/.test(char)) {
      const start = this.position;
      const value = this.number();
      if (this.peekEllipsis()) {
        const text = this.text.slice(start, this.position);
        this.takeEllipsis();
        return { kind: "prefix", text, number: true };
      }
      return { kind: "value", value };
    }
    const word = /^[A-Za-z_$][\w$]*/.exec(this.text.slice(this.position))?.[0];
    if (word !== undefined && word in KEYWORDS) {
      this.position += word.length;
      return { kind: "value", value: KEYWORDS[word] };
    }
    return this.fail(`not a literal: ${this.text.slice(this.position, this.position + 20)}`);
  }

  string(): string {
    const quote = this.text[this.position];
    let out = "";
    this.position++;
    while (this.position < this.text.length) {
      const char = this.text[this.position] ?? "";
      this.position++;
      if (char === quote) return out;
      if (quote === "`" && char === "$" && this.text[this.position] === "{") {
        this.fail("a template literal with a placeholder is not a literal");
      }
      if (char !== "\\") {
        out += char;
        continue;
      }
      const escaped = this.text[this.position] ?? "";
      this.position++;
      const simple: Record<string, string> = {
        n: "\n",
        t: "\t",
        r: "\r",
        b: "\b",
        f: "\f",
        v: "\v",
        "0": "\0",
      };
      if (escaped in simple) out += simple[escaped];
      else if (escaped === "u") {
        const braced = this.text[this.position] === "{";
        const hex = braced
          ? /^\{([0-9a-fA-F]+)\}/.exec(this.text.slice(this.position))
          : /^([0-9a-fA-F]{4})/.exec(this.text.slice(this.position));
        if (!hex?.[1]) this.fail("bad \\u escape");
        out += String.fromCodePoint(Number.parseInt(hex[1], 16));
        this.position += hex[0].length;
      } else out += escaped;
    }
    return this.fail("the string is not closed");
  }

  number(): number {
    const match =
      /^[-+]?(?:Infinity|0[xX][0-9a-fA-F]+|(?:\d[\d_]*(?:\.[\d_]*)?|\.\d[\d_]*)(?:[eE][-+]?\d+)?)/.exec(
        this.text.slice(this.position),
      );
    if (!match) return this.fail("bad number");
    this.position += match[0].length;
    const text = match[0].replaceAll("_", "");
    const hex = /^([-+]?)0[xX]/.exec(text);
    if (hex) return (hex[1] === "-" ? -1 : 1) * Number.parseInt(text.slice(hex[0].length), 16);
    return Number(text);
  }

  /** Parses `, item` lists up to `close`; returns whether a `…` element allows more. */
  list(close: string, item: () => void, ellipsisAnywhere: boolean): boolean {
    let more = false;
    this.position++;
    for (;;) {
      this.skipSpace();
      if (this.position >= this.text.length) this.fail(`"${close}" is missing`);
      if (this.text[this.position] === close) {
        this.position++;
        return more;
      }
      if (this.peekEllipsis()) {
        const save = this.position;
        this.takeEllipsis();
        this.skipSpace();
        if (this.text[this.position] === ",") this.position++;
        this.skipSpace();
        if (this.text[this.position] === close || ellipsisAnywhere) {
          more = true;
          continue;
        }
        this.position = save;
      }
      item();
      this.skipSpace();
      if (this.text[this.position] === ",") this.position++;
      else if (this.text[this.position] !== close) {
        this.fail(`"," or "${close}" expected`);
      }
    }
  }

  array(): Pattern {
    const items: Pattern[] = [];
    const more = this.list("]", () => items.push(this.value()), false);
    return { kind: "array", items, more };
  }

  object(): Pattern {
    const entries: [string, Pattern][] = [];
    const more = this.list(
      "}",
      () => {
        const char = this.text[this.position] ?? "";
        let key: string;
        if (char === '"' || char === "'") key = this.string();
        else {
          const word = /^[\w$-]+/.exec(this.text.slice(this.position))?.[0];
          if (word === undefined) this.fail("a key is expected");
          key = word;
          this.position += word.length;
        }
        this.skipSpace();
        if (this.text[this.position] !== ":") this.fail(`":" expected after ${key}`);
        this.position++;
        entries.push([key, this.value()]);
      },
      true,
    );
    return { kind: "object", entries, more };
  }
}

/** Parses the text after `//=>`. `incomplete` says that more comment lines might complete it. */
export function parseExpectation(text: string): ParsedExpectation {
  const parser = new Parser(text);
  try {
    const pattern = parser.value();
    const comment = text.slice(parser.position);
    if (comment !== "" && !/^[\s,;]/.test(comment)) {
      return { ok: false, incomplete: false, error: `unexpected text after the value: ${comment}` };
    }
    return { ok: true, pattern, comment: comment.trim() };
  } catch (error) {
    if (error instanceof ParseError) {
      return { ok: false, incomplete: error.incomplete, error: error.message };
    }
    throw error;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function sameNumber(expected: number, actual: number): boolean {
  if (Number.isNaN(expected)) return Number.isNaN(actual);
  if (!Number.isFinite(expected)) return expected === actual;
  return Math.abs(expected - actual) <= 1e-9 * Math.max(1, Math.abs(expected));
}

/** Formats a value in the `//=>` syntax, shortened to `limit` characters. */
export function formatValue(value: unknown, limit = 400): string {
  const seen = new Set<unknown>();
  const format = (item: unknown, depth: number): string => {
    if (typeof item === "string") return JSON.stringify(item);
    if (typeof item === "bigint") return `${item}n`;
    if (typeof item === "function") return `[function ${item.name}]`;
    if (typeof item !== "object" || item === null) return String(item);
    if (seen.has(item)) return "[circular]";
    if (depth > 6) return "…";
    seen.add(item);
    let out: string;
    if (Array.isArray(item)) {
      out = `[${item.map((element) => format(element, depth + 1)).join(", ")}]`;
    } else if (item instanceof Map) {
      out = `Map ${format(Object.fromEntries(item), depth)}`;
    } else if (item instanceof Set) {
      out = `Set ${format([...item], depth)}`;
    } else {
      const entries = Object.entries(item).filter(([, field]) => field !== undefined);
      const keys = entries.map(([key, field]) => {
        const name = /^[A-Za-z_$][\w$]*$/.test(key) ? key : JSON.stringify(key);
        return `${name}: ${format(field, depth + 1)}`;
      });
      out = keys.length === 0 ? "{}" : `{ ${keys.join(", ")} }`;
    }
    seen.delete(item);
    return out;
  };
  const text = format(value, 0);
  return text.length > limit ? `${text.slice(0, limit - 1)}…` : text;
}

function describePath(path: (string | number)[]): string {
  return path.map((part) => (typeof part === "number" ? `[${part}]` : `.${part}`)).join("");
}

/**
 * Compares `actual` with the pattern. Objects are compared key by key (keys whose value is
 * `undefined` count as absent), arrays element by element, numbers within 1e-9 (relative),
 * other primitives with `Object.is` (but `0` equals `-0`). Returns `null` when they match, or
 * where and how they differ.
 */
export function mismatch(
  pattern: Pattern,
  actual: unknown,
  path: (string | number)[] = [],
): string | null {
  const differ = (expected: string): string =>
    `${path.length > 0 ? `at ${describePath(path)}: ` : ""}expected ${expected}, got ${formatValue(actual, 200)}`;
  switch (pattern.kind) {
    case "any":
      return null;
    case "prefix": {
      const ok = pattern.number
        ? typeof actual === "number" && String(actual).startsWith(pattern.text)
        : typeof actual === "string" && actual.startsWith(pattern.text);
      const shown = pattern.number ? `${pattern.text}…` : JSON.stringify(`${pattern.text}…`);
      return ok ? null : differ(`${shown} (a ${pattern.number ? "number" : "string"} starting so)`);
    }
    case "value": {
      const expected = pattern.value;
      if (typeof expected === "number" && typeof actual === "number") {
        return sameNumber(expected, actual) ? null : differ(formatValue(expected));
      }
      return expected === actual ? null : differ(formatValue(expected));
    }
    case "array": {
      if (!Array.isArray(actual)) return differ("an array");
      const lengthOk = pattern.more
        ? actual.length >= pattern.items.length
        : actual.length === pattern.items.length;
      if (!lengthOk) {
        return differ(`${pattern.more ? "at least " : ""}${pattern.items.length} elements`);
      }
      for (const [index, item] of pattern.items.entries()) {
        const found = mismatch(item, actual[index], [...path, index]);
        if (found !== null) return found;
      }
      return null;
    }
    case "object": {
      if (!isRecord(actual)) return differ("an object");
      for (const [key, item] of pattern.entries) {
        const found = mismatch(item, actual[key], [...path, key]);
        if (found !== null) return found;
      }
      if (!pattern.more) {
        const listed = new Set(pattern.entries.map(([key]) => key));
        const extra = Object.keys(actual).filter(
          (key) => !listed.has(key) && actual[key] !== undefined,
        );
        if (extra.length > 0) {
          return `${path.length > 0 ? `at ${describePath(path)}: ` : ""}unexpected key${extra.length > 1 ? "s" : ""} ${extra.join(", ")} (end the literal with "…" to allow more keys), got ${formatValue(actual, 200)}`;
        }
      }
      return null;
    }
  }
}
