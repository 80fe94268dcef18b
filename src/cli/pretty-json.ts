/**
 * `JSON.stringify(value, null, 2)` written in pieces, for outputs too large to hold as one string.
 *
 * @module
 */

/** About how many characters each write carries. */
const PIECE = 1 << 16;

/** How many levels are taken apart: the top object and the lists or objects it holds. */
const TAKEN_APART = 2;

/**
 * Writes the text of `JSON.stringify(value, null, 2)`, followed by a newline, through `write`
 * in pieces of about 64 K characters: plain objects and arrays at the first two levels are
 * written member by member, and only each member beneath them is stringified whole. The
 * whole text is never held at once, so a large output costs about one piece's text.
 *
 * @param value - any value `JSON.stringify` takes (its `toJSON`s, skipped `undefined` members…
 *   are honoured: the text is the same).
 * @param write - receives the pieces in order (the command's `io.out`).
 * @param drain - awaited after each piece (the io's `drainOut`): standard output's backpressure.
 * @example
 * ```ts
 * let text = "";
 * await writePrettyJson({ a: [1, { b: 2 }], c: undefined }, (piece) => void (text += piece));
 * text === `${JSON.stringify({ a: [1, { b: 2 }] }, null, 2)}\n`; //=> true
 * ```
 */
export async function writePrettyJson(
  value: unknown,
  write: (text: string) => void,
  drain?: () => Promise<void>,
): Promise<void> {
  let pieces: string[] = [];
  let size = 0;
  for (const text of jsonPieces(value, "")) {
    pieces.push(text);
    size += text.length;
    if (size >= PIECE) {
      write(pieces.join(""));
      pieces = [];
      size = 0;
      if (drain !== undefined) await drain();
    }
  }
  pieces.push("\n");
  write(pieces.join(""));
}

/**
 * The pieces of `value`'s JSON text at indentation `indent` (two more spaces for each level
 * taken apart); `"undefined"` when `JSON.stringify` gives no text (as a template would print).
 */
function* jsonPieces(value: unknown, indent: string): Generator<string> {
  if (takenApart(value, indent)) {
    yield* Array.isArray(value) ? arrayPieces(value, indent) : objectPieces(value, indent);
  } else {
    yield leafText(value, indent) ?? "undefined";
  }
}

/** `JSON.stringify(value, null, 2)` indented by `indent`, or `undefined` when skipped. */
function leafText(value: unknown, indent: string): string | undefined {
  if (indent !== "" && isPlainJsonObject(value)) return nestedText(value, indent.length / 2);
  const text = JSON.stringify(value, null, 2) as string | undefined;
  if (text === undefined || indent === "") return text;
  return text.replaceAll("\n", `\n${indent}`);
}

/** An object or array without `toJSON`: its text never depends on the key it is found under. */
function isPlainJsonObject(value: unknown): value is object {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as { toJSON?: unknown }).toJSON !== "function"
  );
}

/**
 * The text of an object `depth` levels deep: `JSON.stringify` indents it itself when it is
 * wrapped in `depth` arrays, and the wrappers' lines are cut off (one pass over the text, where
 * indenting a stringified text again would take a second).
 */
function nestedText(value: object, depth: number): string {
  let wrapped: unknown = value;
  for (let level = 0; level < depth; level++) wrapped = [wrapped];
  const text = JSON.stringify(wrapped, null, 2) as string;
  // Each wrapper opens with `[` and a line break, indented two spaces a level; closes likewise.
  let head = 2 * depth;
  let tail = 0;
  for (let level = 0; level < depth; level++) {
    head += 2 * level + 2;
    tail += 2 * level + 2;
  }
  return text.slice(head, text.length - tail);
}

/**
 * Whether `value`, at indentation `indent`, is written member by member: an array or a plain
 * object (without `toJSON`) at one of the first {@link TAKEN_APART} levels.
 */
function takenApart(value: unknown, indent: string): value is unknown[] | Record<string, unknown> {
  if (indent.length >= 2 * TAKEN_APART) return false;
  if (typeof value !== "object" || value === null) return false;
  if (typeof (value as { toJSON?: unknown }).toJSON === "function") return false;
  if (Array.isArray(value)) return true;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

function* arrayPieces(list: readonly unknown[], indent: string): Generator<string> {
  if (list.length === 0) return yield "[]";
  const inner = `${indent}  `;
  for (let x = 0; x < list.length; x++) {
    yield x === 0 ? `[\n${inner}` : `,\n${inner}`;
    if (takenApart(list[x], inner)) yield* jsonPieces(list[x], inner);
    else yield leafText(list[x], inner) ?? "null";
  }
  yield `\n${indent}]`;
}

function* objectPieces(object: Record<string, unknown>, indent: string): Generator<string> {
  const inner = `${indent}  `;
  let first = true;
  for (const key of Object.keys(object)) {
    const value = object[key];
    if (!takenApart(value, inner)) {
      const text = leafText(value, inner);
      if (text === undefined) continue;
      yield `${first ? "{" : ","}\n${inner}${JSON.stringify(key)}: ${text}`;
    } else {
      yield `${first ? "{" : ","}\n${inner}${JSON.stringify(key)}: `;
      yield* jsonPieces(value, inner);
    }
    first = false;
  }
  yield first ? "{}" : `\n${indent}}`;
}
