/**
 * A standalone SVG document: its size, its accessible name and description, and a font.
 *
 * @internal
 * @module
 */

import { escapeXml } from "./escape.js";
import { labelText, MAX_FULL_TEXT } from "./labels.js";
import { num } from "./xml.js";

/** The font of every picture, as an attribute value (escaped once). */
const FONT_FAMILY = /* @__PURE__ */ escapeXml(
  "system-ui, -apple-system, 'Segoe UI', Roboto, 'DejaVu Sans', sans-serif",
);

/**
 * The opening of an SVG document: its size, its accessible name and description, and a font.
 * Written as `el` writes its elements (numbers with `num`, texts escaped), from a template: the
 * constant attributes are written once.
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
  const width = num(size.width);
  const height = num(size.height);
  const titleId = escapeXml(`${id}-title`);
  const descriptionId = escapeXml(`${id}-desc`);
  // The view box holds numbers and spaces only: nothing to escape.
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="${titleId} ${descriptionId}" font-family="${FONT_FAMILY}">` +
    `<title id="${titleId}">${escapeXml(labelText(title))}</title><desc id="${descriptionId}">${escapeXml(labelText(description, 4 * MAX_FULL_TEXT))}</desc>${body}</svg>`
  );
}
