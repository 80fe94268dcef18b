/* The code of src/render/xml.ts before escaping and labels were written as loops (commit 6ed9ef3): an oracle for the property tests. */
/**
 * Writing SVG and HTML as strings: escaping, numbers, elements and text that fits a width.
 *
 * @module
 */

/** Characters that XML 1.0 forbids or that HTML5 reports as parse errors: replaced by U+FFFD. */
const UNSAFE_CHARACTERS =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it finds.
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFDD0-\uFDEF\uFFFE\uFFFF]|[\uD83F\uD87F\uD8BF\uD8FF\uD93F\uD97F\uD9BF\uD9FF\uDA3F\uDA7F\uDABF\uDAFF\uDB3F\uDB7F\uDBBF\uDBFF][\uDFFE\uDFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const ENTITIES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/**
 * Escapes text for XML and HTML, in element content and in quoted attributes alike: `& < > " '`
 * become references, and characters that XML 1.0 forbids (C0 controls, lone surrogates,
 * non-characters) or that HTML5 reports (C1 controls) become U+FFFD.
 *
 * @param text - any text.
 * @returns the escaped text.
 * @internal
 */
export function escapeXml(text: string): string {
  if (!NEEDS_WORK.test(text)) return text;
  return text.replace(UNSAFE_CHARACTERS, "\uFFFD").replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

/** Any character {@link escapeXml} may change: most texts have none, and are returned as they are. */
const NEEDS_WORK =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it finds.
  /[&<>"'\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uD800-\uDFFF\uFDD0-\uFDEF\uFFFE\uFFFF]/;

/**
 * A number written with at most one decimal, without `-0`, for stable output.
 *
 * @internal
 */
export function num(value: number): string {
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

/** The longest text kept in a `<title>` or a table cell: a tooltip is not a document. */
export const MAX_FULL_TEXT = 2000;

const RIGHT_TO_LEFT = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]|\uD802[\uDC00-\uDFFF]|\uD83A/;

/**
 * Text from the data made ready for a label: white space collapsed, at most `maxChars` characters
 * (code points) with an ellipsis when cut, and wrapped in a first-strong isolate (U+2068 … U+2069)
 * when it holds right-to-left letters, so that it reads right in a left-to-right picture.
 *
 * @internal
 */
export function labelText(text: string, maxChars = MAX_FULL_TEXT): string {
  const collapsed = SPACE_TO_COLLAPSE.test(text) ? collapse(text) : text;
  let cut = collapsed;
  if (collapsed.length > maxChars) {
    // UTF-16 length ≥ code points: only a text longer in units may be too long in characters.
    const chars = Array.from(collapsed);
    if (chars.length > maxChars)
      cut = maxChars < 1 ? "" : `${chars.slice(0, maxChars - 1).join("")}…`;
  }
  return RIGHT_TO_LEFT.test(cut) ? `\u2068${cut}\u2069` : cut;
}

/**
 * Runs of breaking white space (no-break spaces are kept: French typography puts them before
 * `:` and inside numbers).
 */
const BREAKING_SPACE_RUN = /[\t\n\v\f\r \u1680\u2000-\u200A\u2028\u2029\u205F\u3000\uFEFF]+/g;

/** White space that {@link labelText} changes: at an end, doubled, or other than a plain space. */
const SPACE_TO_COLLAPSE =
  /^[\t\n\v\f\r \u1680\u2000-\u200A\u2028\u2029\u205F\u3000\uFEFF]|[\t\n\v\f\r \u1680\u2000-\u200A\u2028\u2029\u205F\u3000\uFEFF]$|[\t\n\v\f\r \u1680\u2000-\u200A\u2028\u2029\u205F\u3000\uFEFF]{2}|[\t\n\v\f\r\u1680\u2000-\u200A\u2028\u2029\u205F\u3000\uFEFF]/;

/** White space collapsed and trimmed; very long text first cut to a size that can be read. */
function collapse(text: string): string {
  const head = text.length > 4 * MAX_FULL_TEXT ? text.slice(0, 4 * MAX_FULL_TEXT) : text;
  return head.replace(BREAKING_SPACE_RUN, " ").replace(/^ | $/g, "");
}

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
  return Array.from(text).length * fontSize * EM_PER_CHAR;
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
  const whole = labelText(full);
  const fitting = charsFitting(width, fontSize);
  const shown = whole.length <= fitting ? whole : labelText(full, fitting);
  const title = shown === whole ? "" : el("title", {}, escapeXml(whole));
  return el("text", { ...attributes, "font-size": fontSize }, `${title}${escapeXml(shown)}`);
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

/**
 * The opening of an SVG document: its size, its accessible name and description, and a font.
 *
 * @internal
 */
export function svgDocument(
  size: { width: number; height: number },
  id: string,
  title: string,
  description: string,
  body: string,
): string {
  const { width, height } = size;
  return el(
    "svg",
    {
      xmlns: "http://www.w3.org/2000/svg",
      width,
      height,
      viewBox: `0 0 ${num(width)} ${num(height)}`,
      role: "img",
      "aria-labelledby": `${id}-title ${id}-desc`,
      "font-family": "system-ui, -apple-system, 'Segoe UI', Roboto, 'DejaVu Sans', sans-serif",
    },
    el("title", { id: `${id}-title` }, escapeXml(labelText(title))) +
      el("desc", { id: `${id}-desc` }, escapeXml(labelText(description, 4 * MAX_FULL_TEXT))) +
      body,
  );
}
