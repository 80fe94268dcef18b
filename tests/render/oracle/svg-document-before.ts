/* The code of src/render/svg-document.ts before it wrote its constant attributes once (commit 4508893): an oracle for the property tests. */
/**
 * A standalone SVG document: its size, its accessible name and description, and a font.
 *
 * @internal
 * @module
 */

import { escapeXml } from "../../../src/render/escape.js";
import { labelText, MAX_FULL_TEXT } from "../../../src/render/labels.js";
import { el, num } from "../../../src/render/xml.js";

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
