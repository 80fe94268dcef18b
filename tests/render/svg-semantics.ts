/**
 * What an SVG picture shows, read with the real XML parser of the tests: two pictures that read
 * the same here render the same, whatever their markup (attributes set on each element or
 * inherited from a group, `#000` or `#000000`, `0.5` or `.5`, a quote escaped or not).
 *
 * A picture reads as the list of its elements in document order, leaving out the groups that
 * only carry presentation attributes (and the empty groups). Each element gives:
 * - its name and its other attributes (geometry, ids, `data-*`, `aria-*`), numbers read as
 *   numbers;
 * - the presentation attributes that apply to it, computed as a renderer does: its own, else
 *   its nearest ancestor's, else the initial value; only those that change how it is drawn (no
 *   fonts on a shape, no fill on a line, no stroke width without a stroke);
 * - its own text (its text children, not those of its child elements);
 * - the index of its nearest listed ancestor, so that moving an element in or out of a
 *   `data-step` group is a difference.
 */
import type { Element, Node } from "@xmldom/xmldom";
import { parseXml } from "./markup.js";

/** Presentation attributes the pictures use, all inherited, with their initial values. */
const INITIAL: Readonly<Record<string, string>> = {
  fill: "#000000",
  stroke: "none",
  "stroke-width": "1",
  "stroke-dasharray": "none",
  "font-family": "",
  "font-size": "medium",
  "font-weight": "normal",
  "text-anchor": "start",
};

const FONT = ["font-family", "font-size", "font-weight", "text-anchor"];
const STROKE = ["stroke-width", "stroke-dasharray"];
const SHAPES = new Set(["rect", "circle", "ellipse", "polygon", "polyline", "path"]);
const TEXTS = new Set(["text", "tspan"]);

/** One element as the picture shows it. */
export interface ShownElement {
  name: string;
  /** The index, in the list, of the nearest listed ancestor (-1 for none). */
  parent: number;
  /** Attributes other than presentation ones, numbers normalised. */
  attributes: Record<string, string>;
  /** Presentation attributes that apply, computed. */
  style: Record<string, string>;
  /** The element's own text. */
  text: string;
}

/** A colour written one way: `#rrggbb` in lower case for the hexadecimal forms and `black`/`white`. */
function colour(value: string): string {
  const v = value.trim().toLowerCase();
  if (v === "black") return "#000000";
  if (v === "white") return "#ffffff";
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/.exec(v);
  if (short) return `#${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}`;
  return v;
}

/** Every number in a value written as JavaScript writes it (`.5` and `0.50` read `0.5`). */
function numbers(value: string): string {
  return value.replace(/-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?/gi, (n) => String(Number(n)));
}

function presentationValue(name: string, value: string): string {
  if (name === "fill" || name === "stroke") return colour(value);
  if (name === "font-family") return value.trim();
  return numbers(value.trim());
}

/** The presentation attributes that change how an element of this name is drawn. */
function applying(name: string, computed: Record<string, string>): Record<string, string> {
  const keys: string[] = [];
  if (TEXTS.has(name)) keys.push("fill", "stroke", ...FONT);
  else if (SHAPES.has(name)) keys.push("fill", "stroke");
  else if (name === "line") keys.push("stroke");
  else return {};
  if (computed.stroke !== "none") keys.push(...STROKE);
  const style: Record<string, string> = {};
  for (const key of keys) style[key] = computed[key] as string;
  return style;
}

function isGroupOfPresentationOnly(element: Element): boolean {
  if (element.localName !== "g") return false;
  for (let i = 0; i < element.attributes.length; i++) {
    const name = element.attributes[i]?.name ?? "";
    if (!(name in INITIAL)) return false;
  }
  return true;
}

/** What an SVG picture shows (see the module). Throws if it is not well-formed. */
export function shownElements(svg: string): ShownElement[] {
  const root = parseXml(svg).documentElement as Element;
  const shown: ShownElement[] = [];
  const walk = (element: Element, inherited: Record<string, string>, parent: number): void => {
    const computed = { ...inherited };
    const attributes: Record<string, string> = {};
    for (let i = 0; i < element.attributes.length; i++) {
      const attribute = element.attributes[i];
      if (attribute === undefined) continue;
      if (attribute.name in INITIAL)
        computed[attribute.name] = presentationValue(attribute.name, attribute.value);
      else attributes[attribute.name] = numbers(attribute.value);
    }
    let index = parent;
    if (!isGroupOfPresentationOnly(element)) {
      let text = "";
      for (let i = 0; i < element.childNodes.length; i++) {
        const child = element.childNodes[i] as Node;
        if (child.nodeType === 3 || child.nodeType === 4) text += child.nodeValue ?? "";
      }
      index = shown.length;
      shown.push({
        name: element.localName ?? "",
        parent,
        attributes,
        style: applying(element.localName ?? "", computed),
        text,
      });
    }
    for (let i = 0; i < element.childNodes.length; i++) {
      const child = element.childNodes[i] as Node;
      if (child.nodeType === 1) walk(child as Element, computed, index);
    }
  };
  walk(root, { ...INITIAL }, -1);
  return shown;
}

/**
 * The differences between what two SVG pictures show (at most `max`, each a line naming the
 * element and what differs); none when they render the same.
 */
export function shownDifferences(before: string, after: string, max = 5): string[] {
  const a = shownElements(before);
  const b = shownElements(after);
  const differences: string[] = [];
  if (a.length !== b.length) differences.push(`${a.length} elements before, ${b.length} after`);
  for (let i = 0; i < Math.max(a.length, b.length) && differences.length < max; i++) {
    const x = canonical(a[i]);
    const y = canonical(b[i]);
    if (x !== y) differences.push(`element ${i}:\n  before ${x}\n  after  ${y}`);
  }
  return differences;
}

/** An element as JSON with its attributes in name order (the order of attributes means nothing). */
function canonical(element: ShownElement | undefined): string {
  if (element === undefined) return "none";
  const sorted = (record: Record<string, string>) =>
    Object.fromEntries(Object.entries(record).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)));
  return JSON.stringify({
    ...element,
    attributes: sorted(element.attributes),
    style: sorted(element.style),
  });
}
