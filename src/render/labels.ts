/**
 * Labels: a text from the data read once, its white space collapsed, cut to a width with an
 * ellipsis and given in full in a `<title>`, escaped for where it is written.
 *
 * @internal
 * @module
 */

import { type Escaping, escapeEachUnit, escapeXml, IN_ATTRIBUTE, UNSAFE_UNIT } from "./escape.js";
import { charsFitting } from "./text-width.js";
import { type Attributes, num } from "./xml.js";

/** The longest text kept in a `<title>` or a table cell: a tooltip is not a document. */
export const MAX_FULL_TEXT = 2000;

/**
 * Text from the data made ready for a label: white space collapsed, at most `maxChars` characters
 * (code points) with an ellipsis when cut, and wrapped in a first-strong isolate (U+2068 … U+2069)
 * when it holds right-to-left letters, so that it reads right in a left-to-right picture.
 *
 * @internal
 */
export function labelText(text: string, maxChars = MAX_FULL_TEXT): string {
  if (text.length <= maxChars && !LABEL_WORK.test(text)) return text;
  return cutLabel(collapsedText(text), maxChars);
}

/** {@link labelText} of a text already collapsed: cut to `maxChars` code points, isolated if right-to-left. */
function cutLabel(collapsed: string, maxChars: number, mayBeRightToLeft = true): string {
  let cut = collapsed;
  // UTF-16 length ≥ code points: only a text longer in units may be too long in characters.
  if (collapsed.length > maxChars) {
    const end = cutIndex(collapsed, maxChars);
    if (end >= 0) cut = maxChars < 1 ? "" : `${collapsed.slice(0, end)}…`;
  }
  return mayBeRightToLeft && hasRightToLeft(cut) ? `\u2068${cut}\u2069` : cut;
}

/**
 * Where a text of more than `maxChars` code points is cut (the end of its first `maxChars - 1`),
 * or -1 when it has at most `maxChars`. Code points are counted as `Array.from` does: a pair of
 * surrogates is one, a lone surrogate is one.
 */
function cutIndex(text: string, maxChars: number): number {
  const length = text.length;
  let count = 0;
  let end = 0;
  for (let i = 0; i < length; i++) {
    if (count === maxChars - 1) end = i;
    count++;
    if (count > maxChars) return end;
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
  }
  return -1;
}

/** Whether a text holds a right-to-left letter (Hebrew, Arabic and their presentation forms, and the right-to-left blocks of the supplementary planes). */
function hasRightToLeft(text: string): boolean {
  const length = text.length;
  for (let i = 0; i < length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x0590) continue;
    if (
      c <= 0x08ff ||
      (c >= 0xfb1d && c <= 0xfdff) ||
      (c >= 0xfe70 && c <= 0xfeff) ||
      c === 0xd83a ||
      (c === 0xd802 && i + 1 < length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00)
    )
      return true;
  }
  return false;
}

/**
 * Runs of breaking white space (no-break spaces are kept: French typography puts them before
 * `:` and inside numbers).
 */
const BREAKING_SPACE_RUN = /[\t\n\v\f\r \u1680\u2000-\u200A\u2028\u2029\u205F\u3000\uFEFF]+/g;

/** Whether a UTF-16 unit is breaking white space (see {@link BREAKING_SPACE_RUN}). */
function isBreakingSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0x1680) return false;
  return (
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** Whether {@link labelText} changes the white space of a text: at an end, doubled, or other than a plain space. */
function needsCollapse(text: string): boolean {
  const last = text.length - 1;
  let previousSpace = false;
  for (let i = 0; i <= last; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20) {
      if (i === 0 || i === last || previousSpace) return true;
      previousSpace = true;
    } else if (isBreakingSpace(c)) return true;
    else previousSpace = false;
  }
  return false;
}

/** A text with its white space collapsed, or the text itself when there is nothing to do. */
function collapsedText(text: string): string {
  return needsCollapse(text) ? collapse(text) : text;
}

/**
 * Anything that may make {@link labelText} change a text other than cutting it: white space at an
 * end, doubled or other than a plain space, or a right-to-left letter (or a unit that may start
 * one). A text without any is its own label when short enough.
 */
const LABEL_WORK =
  /^[\t\n\v\f\r \u1680\u2000-\u200A\u2028\u2029\u205F\u3000\uFEFF]|[\t\n\v\f\r \u1680\u2000-\u200A\u2028\u2029\u205F\u3000\uFEFF]$|[\t\n\v\f\r \u1680\u2000-\u200A\u2028\u2029\u205F\u3000\uFEFF]{2}|[\t\n\v\f\r\u1680\u2000-\u200A\u2028\u2029\u205F\u3000\uFEFF\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF\uD802\uD83A]/;

/**
 * What makes a text other than its own label with only markup to escape, but for a plain space
 * at an end: {@link LABEL_WORK} or {@link UNSAFE_UNIT} in one character class (the breaking
 * white space other than U+0020 is in it, so two white spaces in a row are two U+0020 unless one
 * of them is in the class).
 */
const NOT_SIMPLE =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it finds.
  /[\u0000-\u001F\u007F-\u009F\u0590-\u08FF\u1680\u2000-\u200A\u2028\u2029\u205F\u3000\uD800-\uDFFF\uFB1D-\uFDFF\uFE70-\uFEFF\uFFFE\uFFFF]| {2}/;

/**
 * Whether a text is its own label, to be escaped for markup only: at most {@link MAX_FULL_TEXT}
 * units, and neither {@link LABEL_WORK} nor {@link UNSAFE_UNIT} (a space at either end, two white
 * spaces in a row, white space other than U+0020, a right-to-left letter, a control, a surrogate
 * or a non-character). One regular-expression test, cheaper than one of the two alternations.
 *
 * @internal
 */
export function isSimpleLabel(text: string): boolean {
  const last = text.length - 1;
  return (
    last < MAX_FULL_TEXT &&
    text.charCodeAt(0) !== 0x20 &&
    text.charCodeAt(last) !== 0x20 &&
    !NOT_SIMPLE.test(text)
  );
}

/**
 * `escapeMarkup(text)` when {@link isSimpleLabel} accepts the text, else `undefined` (with
 * `escaping` {@link IN_CONTENT}, the markup escaping of element content). A short
 * text (an id, a kind and a name) is read in one pass over its units, quicker than a regular
 * expression and five searches; a longer one as {@link isSimpleLabel} and {@link escapeMarkup}
 * read it, quicker then.
 *
 * @internal
 */
export function simpleEscaped(text: string, escaping: Escaping = IN_ATTRIBUTE): string | undefined {
  if (text.length > SHORT_TEXT) return isSimpleLabel(text) ? escaping.markup(text) : undefined;
  const last = text.length - 1;
  if (text.charCodeAt(0) === 0x20 || text.charCodeAt(last) === 0x20) return undefined;
  let out = "";
  let from = 0;
  let previousSpace = false;
  for (let i = 0; i <= last; i++) {
    const c = text.charCodeAt(i);
    // "?" to "~": most letters, nothing to escape.
    if (c > 0x3e && c < 0x7f) {
      previousSpace = false;
      continue;
    }
    if (c === 0x20) {
      if (previousSpace) return undefined;
      previousSpace = true;
      continue;
    }
    previousSpace = false;
    if (c < 0x7f) {
      if (c < 0x20) return undefined;
      const reference = escaping.reference(c);
      if (reference !== undefined) {
        out += text.slice(from, i) + reference;
        from = i + 1;
      }
    } else if (c <= 0x9f || (c >= 0x0590 && notSimpleAbove(c))) return undefined;
  }
  return from === 0 ? text : out + text.slice(from);
}

/** The longest text that {@link simpleEscaped} reads unit by unit (measured: beyond, the regular expression wins). */
const SHORT_TEXT = 16;

/** Whether a unit from U+0590 up is in {@link NOT_SIMPLE}'s character class. */
function notSimpleAbove(c: number): boolean {
  // Right-to-left letters, breaking white space, surrogates and non-characters.
  return (
    c <= 0x08ff ||
    isBreakingSpace(c) ||
    (c >= 0xd800 && c <= 0xdfff) ||
    (c >= 0xfb1d && c <= 0xfdff) ||
    (c >= 0xfe70 && c <= 0xfeff) ||
    c >= 0xfffe
  );
}

/**
 * `escapeXml(labelText(text))`: a label written as element content (`escaping` {@link IN_CONTENT}:
 * quotes left as they are).
 *
 * @internal
 */
export function escapedLabel(text: string, escaping: Escaping = IN_ATTRIBUTE): string {
  return simpleEscaped(text, escaping) ?? escaping.any(labelText(text));
}

/** White space collapsed and trimmed; very long text first cut to a size that can be read. */
function collapse(text: string): string {
  const head = text.length > 4 * MAX_FULL_TEXT ? text.slice(0, 4 * MAX_FULL_TEXT) : text;
  return head.replace(BREAKING_SPACE_RUN, " ").replace(/^ | $/g, "");
}

/**
 * A text element holding a label cut to a width, with the full text in a `<title>` when it was
 * cut.
 *
 * @internal
 */
export function fittedText(
  full: string,
  attributes: Attributes & { x: number; y: number },
  width: number,
  fontSize: number,
): string {
  return fittedLabel(prepareLabel(full), attributes, width, fontSize);
}

/**
 * A text read once as a label, for a picture that writes it several times: collapsed, cut to
 * {@link MAX_FULL_TEXT} ({@link labelText}), and that label escaped.
 *
 * @internal
 */
export interface PreparedLabel {
  /** The text with its white space collapsed. */
  collapsed: string;
  /** `labelText(text)`. */
  whole: string;
  /** `escapeXml(labelText(text))` (or `escapeContent`, as `escaping` says). */
  escaped: string;
  /** How it was escaped, and how a cut of it is. */
  escaping: Escaping;
  /** Whether the text may hold a right-to-left letter (if not, no cut of it is isolated). */
  mayBeRightToLeft: boolean;
  /**
   * Whether the label is the text itself, with neither surrogates (each UTF-16 unit is a
   * character) nor anything to escape but markup characters: it is then cut by units.
   */
  simple: boolean;
  /**
   * The two parts of a simple label read from its parts ({@link joinedSimpleLabel}), each as it
   * is and escaped: a cut of it is written from them, without joining the parts into one string
   * first. `undefined` for a label read whole.
   */
  parts: LabelParts | undefined;
}

/** The parts of a label that {@link joinedSimpleLabel} read: `head + tail`. @internal */
export interface LabelParts {
  /** The start of the label. */
  head: string;
  /** `head`, escaped. */
  escapedHead: string;
  /** The rest of the label. */
  tail: string;
  /** `tail`, escaped. */
  escapedTail: string;
}

/**
 * Reads a text as a label once (see {@link PreparedLabel}), to be written with `escaping`
 * ({@link IN_CONTENT} for element content only).
 *
 * @internal
 */
export function prepareLabel(full: string, escaping: Escaping = IN_ATTRIBUTE): PreparedLabel {
  const simple = simpleEscaped(full, escaping);
  if (simple !== undefined) {
    return {
      collapsed: full,
      whole: full,
      escaped: simple,
      escaping,
      mayBeRightToLeft: false,
      simple: true,
      parts: undefined,
    };
  }
  const plain = !LABEL_WORK.test(full);
  const collapsed = plain ? full : collapsedText(full);
  const short = plain && full.length <= MAX_FULL_TEXT;
  const whole = short ? full : cutLabel(collapsed, MAX_FULL_TEXT);
  const unsafe = UNSAFE_UNIT.test(whole);
  return {
    collapsed,
    whole,
    escaped: unsafe ? escapeEachUnit(whole) : escaping.markup(whole),
    escaping,
    mayBeRightToLeft: !plain,
    simple: short && !unsafe,
    parts: undefined,
  };
}

/**
 * `prepareLabel(head + tail, escaping)` when that label is simple ({@link isSimpleLabel}) and
 * `tail` is not empty, read from its two parts, else `undefined`. The caller knows its `head`: not empty, not starting with
 * a space, holding nothing that {@link NOT_SIMPLE} finds, and `escapedHead` is
 * `escaping.markup(head)`. Only `tail` is read here (a text from the data, often long): the label
 * is never copied into one string to be read, and a cut of it is written from its parts
 * ({@link LabelParts}).
 *
 * @example
 * ```ts
 * import { IN_CONTENT } from "./escape.js";
 * joinedSimpleLabel("1. Error: ", "1. Error: ", "a < b", IN_CONTENT)?.escaped; //=> "1. Error: a &lt; b"
 * joinedSimpleLabel("1. Error: ", "1. Error: ", " b", IN_CONTENT); //=> undefined (two spaces)
 * ```
 * @internal
 */
export function joinedSimpleLabel(
  head: string,
  escapedHead: string,
  tail: string,
  escaping: Escaping,
): PreparedLabel | undefined {
  const last = tail.length - 1;
  // As isSimpleLabel(head + tail): its length, its last unit, the two units where the parts meet, and the tail.
  if (last < 0 || head.length + last >= MAX_FULL_TEXT || tail.charCodeAt(last) === 0x20)
    return undefined;
  if (tail.charCodeAt(0) === 0x20 && head.charCodeAt(head.length - 1) === 0x20) return undefined;
  if (NOT_SIMPLE.test(tail)) return undefined;
  const whole = head + tail;
  const escapedTail = escaping.markup(tail);
  return {
    collapsed: whole,
    whole,
    escaped: escapedHead + escapedTail,
    escaping,
    mayBeRightToLeft: false,
    simple: true,
    parts: { head, escapedHead, tail, escapedTail },
  };
}

/**
 * {@link fittedText} of a label already read.
 *
 * @internal
 */
export function fittedLabel(
  label: PreparedLabel,
  attributes: Attributes & { x: number; y: number },
  width: number,
  fontSize: number,
): string {
  const content = fittedContent(label, width, fontSize);
  return `<text${attributesText(attributes, "font-size", fontSize)}>${content}</text>`;
}

/**
 * What {@link fittedLabel} writes inside its `<text>`: the escaped label, or, when it is cut, its
 * `<title>` and its escaped start. For callers that write the element's attributes themselves.
 *
 * @internal
 */
export function fittedContent(label: PreparedLabel, width: number, fontSize: number): string {
  const { whole, escaped } = label;
  const fitting = charsFitting(width, fontSize);
  if (whole.length <= fitting) return escaped;
  if (label.simple) {
    // cutLabel's cut, for a text whose characters are its units and without right-to-left letters.
    if (fitting < 1) return `<title>${escaped}</title>`;
    const start =
      label.parts === undefined
        ? escapedStart(whole, escaped, fitting - 1)
        : escapedStartOfParts(label.parts, fitting - 1);
    return `<title>${escaped}</title>${start}${label.escaping.ellipsis}`;
  }
  const shown = cutLabel(label.collapsed, fitting, label.mayBeRightToLeft);
  if (shown === whole) return escaped;
  // A cut label is the start of the text and an ellipsis: nothing to escape if the text had nothing.
  const escapedShown =
    escaped === whole && fitting <= MAX_FULL_TEXT ? shown : label.escaping.any(shown);
  return `<title>${escaped}</title>${escapedShown}`;
}

/**
 * `escapeMarkup(text.slice(0, end))`, cut from `escaped = escapeMarkup(text)`: the references in
 * `escaped` are found one after the other (each starts with `&` and ends with `;`), and each
 * stands for one character of `text`.
 */
function escapedStart(text: string, escaped: string, end: number): string {
  if (escaped.length === text.length) return text.slice(0, end);
  let at = 0; // in escaped
  let characters = 0; // of text, before `at`
  for (;;) {
    const reference = escaped.indexOf("&", at);
    if (reference < 0 || characters + (reference - at) >= end)
      return escaped.slice(0, at + (end - characters));
    characters += reference - at + 1;
    at = escaped.indexOf(";", reference) + 1;
  }
}

/** `escapedStart(head + tail, escapedHead + escapedTail, end)`, cut from the parts. */
function escapedStartOfParts(parts: LabelParts, end: number): string {
  const { head, escapedHead } = parts;
  if (end <= head.length) return escapedStart(head, escapedHead, end);
  return escapedHead + escapedStart(parts.tail, parts.escapedTail, end - head.length);
}

/**
 * Attributes written ` key="value"` one after another, as {@link el} writes them, with `key`
 * given `value` (in its place if `attributes` has it, else at the end): `{ ...attributes, [key]: value }`
 * without the copy.
 */
function attributesText(attributes: Attributes, key: string, value: number): string {
  let text = "";
  let seen = false;
  for (const name in attributes) {
    let field = attributes[name];
    if (name === key) {
      field = value;
      seen = true;
    }
    if (field === undefined) continue;
    text += ` ${name}="${typeof field === "number" ? num(field) : escapeXml(field)}"`;
  }
  return seen ? text : `${text} ${key}="${num(value)}"`;
}
