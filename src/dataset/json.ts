/**
 * Reading JSON text with located errors: where `JSON.parse` only says that something is wrong,
 * {@link locateJsonError} says at which line and column, and what was expected there.
 *
 * @module
 */

/**
 * Where and why a JSON text is invalid.
 *
 * @example
 * ```ts
 * const error: JsonErrorLocation = { line: 3, column: 5, offset: 17, reason: "unexpected-character" };
 * ```
 */
export interface JsonErrorLocation {
  /** Line, from 1. */
  line: number;
  /** Column, from 1, counted in UTF-16 code units. */
  column: number;
  /** Offset in the text, from 0. */
  offset: number;
  /** What went wrong. */
  reason:
    | "unexpected-character"
    | "unexpected-end"
    | "invalid-string"
    | "invalid-number"
    | "trailing-content";
}

/**
 * Finds the first error of an invalid JSON text (RFC 8259), with its line and column. Returns
 * `undefined` when the text is valid JSON. Runs in linear time without recursion, so deeply
 * nested text is fine.
 *
 * @param text - the JSON text.
 * @returns the location of the first error, or `undefined`; a value that is not a string is
 *   wrong from its first character.
 * @example
 * ```ts
 * locateJsonError('{\n  "a": 1,\n}'); //=> { line: 3, column: 1, offset: 12, reason: "unexpected-character" }
 * ```
 */
export function locateJsonError(text: string): JsonErrorLocation | undefined {
  // What is not text is no JSON text: its first character is already wrong.
  if (typeof text !== "string") {
    return { line: 1, column: 1, offset: 0, reason: "unexpected-character" };
  }
  const scanner = new JsonScanner(text);
  const failure = scanner.scanDocument();
  if (failure === undefined) return undefined;
  return { ...positionOf(text, failure.offset), offset: failure.offset, reason: failure.reason };
}

function positionOf(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

type Failure = { offset: number; reason: JsonErrorLocation["reason"] };

/** A validating scanner: an explicit stack of containers instead of recursion. */
class JsonScanner {
  private index = 0;

  constructor(private readonly text: string) {}

  scanDocument(): Failure | undefined {
    if (this.text.charCodeAt(0) === 0xfeff) this.index = 1;
    const failure = this.scanValueTree();
    if (failure !== undefined) return failure;
    this.skipWhitespace();
    return this.index < this.text.length ? this.fail("trailing-content") : undefined;
  }

  /** Scans one value, nested containers included, with a stack of "in object" / "in array". */
  private scanValueTree(): Failure | undefined {
    const stack: ("object" | "array")[] = [];
    let expectValue = true;
    for (;;) {
      this.skipWhitespace();
      if (expectValue) {
        const code = this.text.charCodeAt(this.index);
        if (code === 123 /* { */) {
          this.index++;
          this.skipWhitespace();
          if (this.text.charCodeAt(this.index) === 125 /* } */) {
            this.index++;
          } else {
            const keyFailure = this.scanKey();
            if (keyFailure !== undefined) return keyFailure;
            stack.push("object");
            continue;
          }
        } else if (code === 91 /* [ */) {
          this.index++;
          this.skipWhitespace();
          if (this.text.charCodeAt(this.index) === 93 /* ] */) {
            this.index++;
          } else {
            stack.push("array");
            continue;
          }
        } else {
          const failure = this.scanScalar();
          if (failure !== undefined) return failure;
        }
        expectValue = false;
      }
      // After a value: close containers or move to the next member.
      const container = stack[stack.length - 1];
      if (container === undefined) return undefined;
      this.skipWhitespace();
      const code = this.text.charCodeAt(this.index);
      if (code === 44 /* , */) {
        this.index++;
        if (container === "object") {
          this.skipWhitespace();
          const keyFailure = this.scanKey();
          if (keyFailure !== undefined) return keyFailure;
        }
        expectValue = true;
      } else if (
        (container === "object" && code === 125) ||
        (container === "array" && code === 93)
      ) {
        this.index++;
        stack.pop();
      } else {
        return this.fail(Number.isNaN(code) ? "unexpected-end" : "unexpected-character");
      }
    }
  }

  /** Scans `"key"` then `:`. */
  private scanKey(): Failure | undefined {
    if (this.text.charCodeAt(this.index) !== 34) return this.failHere();
    const failure = this.scanString();
    if (failure !== undefined) return failure;
    this.skipWhitespace();
    if (this.text.charCodeAt(this.index) !== 58 /* : */) return this.failHere();
    this.index++;
    return undefined;
  }

  private scanScalar(): Failure | undefined {
    const code = this.text.charCodeAt(this.index);
    if (code === 34) return this.scanString();
    if (code === 45 || (code >= 48 && code <= 57)) return this.scanNumber();
    for (const word of ["true", "false", "null"]) {
      if (this.text.startsWith(word, this.index)) {
        this.index += word.length;
        return undefined;
      }
    }
    return this.failHere();
  }

  private scanString(): Failure | undefined {
    this.index++; // opening quote
    for (;;) {
      const code = this.text.charCodeAt(this.index);
      if (Number.isNaN(code)) return this.fail("unexpected-end");
      if (code === 34) {
        this.index++;
        return undefined;
      }
      if (code < 0x20) return this.fail("invalid-string");
      if (code === 92 /* \ */) {
        const escaped = this.text.charAt(this.index + 1);
        if (escaped === "u") {
          if (!/^[0-9a-fA-F]{4}$/.test(this.text.slice(this.index + 2, this.index + 6))) {
            return this.fail("invalid-string");
          }
          this.index += 6;
          continue;
        }
        if (!'"\\/bfnrt'.includes(escaped) || escaped === "") return this.fail("invalid-string");
        this.index += 2;
        continue;
      }
      this.index++;
    }
  }

  private scanNumber(): Failure | undefined {
    const match = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
    match.lastIndex = this.index;
    const found = match.exec(this.text);
    if (found === null) return this.fail("invalid-number");
    this.index += found[0].length;
    return undefined;
  }

  private skipWhitespace(): void {
    for (;;) {
      const code = this.text.charCodeAt(this.index);
      if (code !== 32 && code !== 9 && code !== 10 && code !== 13) return;
      this.index++;
    }
  }

  private failHere(): Failure {
    return this.fail(this.index >= this.text.length ? "unexpected-end" : "unexpected-character");
  }

  private fail(reason: JsonErrorLocation["reason"]): Failure {
    return { offset: Math.min(this.index, this.text.length), reason };
  }
}
