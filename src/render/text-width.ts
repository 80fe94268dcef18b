/**
 * The width of text, estimated from its characters: what fits a width at a font size.
 *
 * @internal
 * @module
 */

/** Average advance of a character, in ems, for a sans-serif face: an estimate, on the safe side. */
const EM_PER_CHAR = 0.6;

/**
 * How many characters of a label fit in a width at a font size (an estimate).
 *
 * @internal
 */
export function charsFitting(width: number, fontSize: number): number {
  if (!(width > 0)) return 0;
  return Math.floor(width / (fontSize * EM_PER_CHAR));
}

/**
 * The width a label takes at a font size (an estimate).
 *
 * @internal
 */
export function textWidth(text: string, fontSize: number): number {
  return codePointCount(text, text.length) * fontSize * EM_PER_CHAR;
}

/**
 * How many characters (code points, as `Array.from` counts them) a text has, counting no
 * further than `max`.
 *
 * @internal
 */
export function codePointCount(text: string, max: number): number {
  const length = text.length;
  let count = 0;
  for (let i = 0; i < length && count < max; i++) {
    count++;
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
  }
  return count;
}
