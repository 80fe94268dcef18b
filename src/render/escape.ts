/**
 * Escaping text for XML and HTML: markup characters as references, and the characters XML 1.0
 * forbids or HTML5 reports as U+FFFD, in element content and in attributes.
 *
 * @internal
 * @module
 */

const REPLACEMENT = "\uFFFD";

/**
 * Escapes text for XML and HTML, in element content and in quoted attributes alike: `& < > " '`
 * become references, and characters that XML 1.0 forbids (C0 controls, lone surrogates,
 * non-characters) or that HTML5 reports (C1 controls) become U+FFFD.
 *
 * A text without controls, surrogates or non-characters (one regular-expression test) only has
 * its markup characters replaced, each looked for with `includes`; the others are escaped one
 * UTF-16 unit at a time.
 *
 * @param text - any text.
 * @returns the escaped text.
 * @internal
 */
export function escapeXml(text: string): string {
  return UNSAFE_UNIT.test(text) ? escapeEachUnit(text) : escapeMarkup(text);
}

/**
 * `& < > " '` replaced by references (one `replace` per character the text holds). The text is
 * searched for all five before any is replaced: a reference adds none of `< > " '`, and a string
 * that `replace` returns is slower to search than the text. Enough for a text that
 * {@link isSimpleLabel} accepts (it holds nothing else to replace).
 *
 * @internal
 */
export function escapeMarkup(text: string): string {
  const quot = text.includes('"');
  const apos = text.includes("'");
  let escaped = escapeContentMarkup(text);
  if (quot) escaped = escaped.replace(/"/g, "&quot;");
  if (apos) escaped = escaped.replace(/'/g, "&#39;");
  return escaped;
}

/**
 * Escapes text for XML and HTML element content: `&`, `<` and `>` become references (a quote
 * needs none outside an attribute), and characters that XML 1.0 forbids or that HTML5 reports
 * become U+FFFD, as {@link escapeXml} does. Never for an attribute value.
 *
 * @param text - any text.
 * @returns the escaped text.
 * @example
 * ```ts
 * escapeContent(`<b> & "q"`); //=> `&lt;b&gt; &amp; "q"`
 * ```
 * @internal
 */
export function escapeContent(text: string): string {
  return UNSAFE_UNIT.test(text) ? escapeEachUnit(text) : escapeContentMarkup(text);
}

/** `&`, `<` and `>` replaced by references (the text searched for all three before any is replaced). */
export function escapeContentMarkup(text: string): string {
  const amp = text.includes("&");
  const lt = text.includes("<");
  const gt = text.includes(">");
  let escaped = text;
  if (amp) escaped = escaped.replace(/&/g, "&amp;");
  if (lt) escaped = escaped.replace(/</g, "&lt;");
  if (gt) escaped = escaped.replace(/>/g, "&gt;");
  return escaped;
}

/**
 * Where a text is written, and so what is escaped in it: an attribute value (or any place) escapes
 * all five markup characters, element content only `&`, `<` and `>`. Texts with controls,
 * surrogates or non-characters are escaped unit by unit as {@link escapeXml} does, in both.
 *
 * @internal
 */
export interface Escaping {
  /** The escaping of a text without controls, surrogates or non-characters. */
  markup(text: string): string;
  /** The reference written for a printable ASCII unit, if any. */
  reference(c: number): string | undefined;
  /** The escaping of any text. */
  any(text: string): string;
  /** The ellipsis that ends a cut label, as written (see {@link WIDE_PUNCTUATION}). */
  ellipsis: string;
}

/**
 * The punctuation beyond U+00FF that the pictures write themselves (the em dash, the arrow
 * between two dates, the ellipsis of a cut label), as character references: the same characters
 * to any reader. Written so in element content, they keep a picture of Latin-1 texts a string of
 * one byte per character (JavaScript engines store a string with any character beyond U+00FF
 * at two bytes per character, and all that is joined to it too): half the memory, and quicker
 * to join into one string when it is written out.
 *
 * @internal
 */
export const WIDE_PUNCTUATION = /* @__PURE__ */ Object.freeze({
  dash: "&#8212;",
  arrow: "&#8594;",
  ellipsis: "&#8230;",
});

/** The escaping of {@link escapeXml}: right in attribute values and in element content. @internal */
export const IN_ATTRIBUTE: Escaping = /* @__PURE__ */ Object.freeze({
  markup: escapeMarkup,
  reference: markupReference,
  any: escapeXml,
  ellipsis: "\u2026",
});

/** The escaping of {@link escapeContent}: element content only. @internal */
export const IN_CONTENT: Escaping = /* @__PURE__ */ Object.freeze({
  markup: escapeContentMarkup,
  reference: contentReference,
  any: escapeContent,
  ellipsis: WIDE_PUNCTUATION.ellipsis,
});

/** Any UTF-16 unit that may have to become U+FFFD (a surrogate may also be half of a pair, kept). */
export const UNSAFE_UNIT =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it finds.
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uD800-\uDFFF\uFDD0-\uFDEF\uFFFE\uFFFF]/;

/** {@link escapeXml} one UTF-16 unit at a time, for the texts that hold controls, surrogates or non-characters. */
export function escapeEachUnit(text: string): string {
  const length = text.length;
  let out = "";
  let from = 0;
  for (let i = 0; i < length; i++) {
    const c = text.charCodeAt(i);
    let replacement: string;
    if (c >= 0x20 && c < 0x7f) {
      if (c === 0x26) replacement = "&amp;";
      else if (c === 0x3c) replacement = "&lt;";
      else if (c === 0x3e) replacement = "&gt;";
      else if (c === 0x22) replacement = "&quot;";
      else if (c === 0x27) replacement = "&#39;";
      else continue;
    } else if (c < 0x20) {
      if (c === 0x09 || c === 0x0a || c === 0x0d) continue;
      replacement = REPLACEMENT;
    } else if (c <= 0x9f) replacement = REPLACEMENT;
    else if (c < 0xd800) continue;
    else if (c <= 0xdbff) {
      const next = i + 1 < length ? text.charCodeAt(i + 1) : 0;
      if (next >= 0xdc00 && next <= 0xdfff) {
        // A pair: kept, unless it encodes a non-character U+nFFFE or U+nFFFF (one U+FFFD).
        if ((c & 0x3f) !== 0x3f || next < 0xdffe) {
          i++;
          continue;
        }
        out += `${text.slice(from, i)}${REPLACEMENT}`;
        i++;
        from = i + 1;
        continue;
      }
      replacement = REPLACEMENT;
    } else if (c <= 0xdfff || (c >= 0xfdd0 && c <= 0xfdef) || c >= 0xfffe)
      replacement = REPLACEMENT;
    else continue;
    out += text.slice(from, i) + replacement;
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}

/** The reference {@link escapeMarkup} writes for a printable ASCII unit, if any. */
export function markupReference(c: number): string | undefined {
  if (c === 0x26) return "&amp;";
  if (c === 0x3c) return "&lt;";
  if (c === 0x3e) return "&gt;";
  if (c === 0x22) return "&quot;";
  if (c === 0x27) return "&#39;";
  return undefined;
}

/** The reference {@link escapeContent} writes for a printable ASCII unit, if any. */
export function contentReference(c: number): string | undefined {
  if (c === 0x26) return "&amp;";
  if (c === 0x3c) return "&lt;";
  if (c === 0x3e) return "&gt;";
  return undefined;
}
