/**
 * Writing SVG and HTML as strings: numbers, elements and ids. Escaping is in `escape.ts`, labels
 * in `labels.ts`, text widths in `text-width.ts`, the SVG document in `svg-document.ts`.
 *
 * @module
 */

import { escapeXml } from "./escape.js";

/**
 * A number written with at most one decimal, without `-0`, for stable output.
 *
 * The text of each tenths value from 0 to {@link NUM_TEXTS_SIZE} − 1 (the coordinates of a
 * picture) is written once and then looked up: a cache of a pure function, bounded.
 *
 * @internal
 */
export function num(value: number): string {
  // NaN and infinities fail the bounds; -0.04 rounds to -0, index 0 ("0", as numOfTenths writes it).
  const tenths = Math.round(value * 10);
  if (tenths >= 0 && tenths < NUM_TEXTS_SIZE) {
    const known = NUM_TEXTS[tenths];
    if (known !== undefined) return known;
    const text = numText(value);
    NUM_TEXTS[tenths] = text;
    return text;
  }
  return numText(value);
}

/** How many tenths values {@link num} remembers: coordinates from 0 to 6,553.5. */
const NUM_TEXTS_SIZE = 65_536;

/** The texts {@link num} has written, by tenths (a value rounds to one decimal, and its text is that of its tenths). */
const NUM_TEXTS: (string | undefined)[] = /* @__PURE__ */ new Array<string | undefined>(
  NUM_TEXTS_SIZE,
);

/** {@link num} without the cache. */
function numText(value: number): string {
  if (Number.isInteger(value)) return value === 0 ? "0" : String(value);
  if (!Number.isFinite(value)) return "0";
  // Integer arithmetic on tenths: several times quicker than String() of a rounded float.
  const tenths = Math.round(value * 10);
  if (tenths === 0) return "0";
  const whole = Math.trunc(tenths / 10);
  const decimal = Math.abs(tenths % 10);
  if (decimal === 0) return String(whole);
  return `${tenths < 0 && whole === 0 ? "-" : ""}${whole}.${decimal}`;
}

/** Attribute values of an element; `undefined` leaves the attribute out. @internal */
export type Attributes = Readonly<Record<string, string | number | undefined>>;

/**
 * One element, with escaped attributes and children already written.
 *
 * @internal
 */
export function el(name: string, attributes: Attributes, children?: string): string {
  let open = `<${name}`;
  for (const key in attributes) {
    const value = attributes[key];
    if (value === undefined) continue;
    open += ` ${key}="${typeof value === "number" ? num(value) : escapeXml(value)}"`;
  }
  return children === undefined ? `${open}/>` : `${open}>${children}</${name}>`;
}

/**
 * An id prefix made safe for XML ids (letters, digits, `-` and `_`, starting with a letter).
 *
 * @internal
 */
export function safeIdPrefix(value: unknown, fallback: string): string {
  if (typeof value !== "string") return fallback;
  const cleaned = value.replace(/[^A-Za-z0-9_-]/g, "").slice(0, 40);
  return /^[A-Za-z]/.test(cleaned) ? cleaned : fallback;
}
