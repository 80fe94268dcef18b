/* The code of src/render/palette.ts before the pictures were written as templates (commit 6ed9ef3): an oracle for the property tests. */
/**
 * Colours and patterns of the pictures: the Okabe–Ito palette, which colour-blind readers can
 * tell apart, with a pattern and a word for everything a colour says.
 *
 * Source: M. Okabe and K. Ito, "Color Universal Design (CUD): how to make figures and
 * presentations that are friendly to colorblind people" (2002, 2008).
 *
 * @module
 */

import type { Severity } from "../../../src/shared/index.js";
import { deepFreeze } from "../../../src/shared/index.js";
import { el } from "./xml-before.js";

/**
 * The Okabe–Ito palette.
 *
 * @example
 * ```ts
 * OKABE_ITO.vermillion; //=> "#D55E00"
 * ```
 */
export const OKABE_ITO = /* @__PURE__ */ deepFreeze({
  black: "#000000",
  orange: "#E69F00",
  skyBlue: "#56B4E9",
  bluishGreen: "#009E73",
  yellow: "#F0E442",
  blue: "#0072B2",
  vermillion: "#D55E00",
  reddishPurple: "#CC79A7",
} as const);

/** Neutral greys for axes, bands and text. @internal */
export const GREY = /* @__PURE__ */ deepFreeze({
  text: "#1A1A1A",
  muted: "#595959",
  line: "#8C8C8C",
  band: "#F2F2F2",
  light: "#D9D9D9",
} as const);

/** A fill colour, the text colour that reads on it, and a pattern drawn as a strip. @internal */
export interface Swatch {
  /** Fill colour. */
  fill: string;
  /** Colour of text drawn on the fill (contrast at least 4.5:1). */
  ink: string;
  /** Pattern id suffix, or `undefined` for a plain fill. */
  pattern: PatternName | undefined;
}

/** The patterns every picture defines. @internal */
export type PatternName = "diagonal" | "dots" | "cross" | "horizontal" | "vertical";

/** How each severity is drawn: colour, shape and a letter. @internal */
export const SEVERITY_STYLE: Readonly<Record<Severity, { fill: string; shape: string }>> =
  /* @__PURE__ */ deepFreeze({
    error: { fill: OKABE_ITO.vermillion, shape: "diamond" },
    warning: { fill: OKABE_ITO.orange, shape: "triangle" },
    info: { fill: OKABE_ITO.skyBlue, shape: "circle" },
  });

/**
 * The `<defs>` of the patterns, with ids made unique by a prefix.
 *
 * @internal
 */
export function patternDefs(prefix: string): string {
  const ink = "rgba(0,0,0,0.55)";
  const pattern = (name: PatternName, body: string) =>
    el(
      "pattern",
      { id: `${prefix}-${name}`, width: 6, height: 6, patternUnits: "userSpaceOnUse" },
      `${el("rect", { width: 6, height: 6, fill: "#FFFFFF" })}${body}`,
    );
  return el(
    "defs",
    {},
    pattern("diagonal", el("path", { d: "M-1,1 l2,-2 M0,6 l6,-6 M5,7 l2,-2", stroke: ink })) +
      pattern("dots", el("circle", { cx: 3, cy: 3, r: 1.3, fill: ink })) +
      pattern("cross", el("path", { d: "M0,0 L6,6 M6,0 L0,6", stroke: ink })) +
      pattern("horizontal", el("path", { d: "M0,3 H6", stroke: ink, "stroke-width": 1.5 })) +
      pattern("vertical", el("path", { d: "M3,0 V6", stroke: ink, "stroke-width": 1.5 })),
  );
}

/**
 * A severity marker: a diamond (error), a triangle (warning) or a circle (info), centred on a
 * point, with a short text inside.
 *
 * @internal
 */
export function severityMarker(
  severity: Severity,
  centre: { x: number; y: number },
  size: number,
  label: string,
): string {
  const { fill, shape } = SEVERITY_STYLE[severity];
  const { x, y } = centre;
  const r = size / 2;
  const outline = { fill, stroke: OKABE_ITO.black, "stroke-width": 1 };
  const body =
    shape === "diamond"
      ? el("polygon", { ...outline, points: points([x, y - r, x + r, y, x, y + r, x - r, y]) })
      : shape === "triangle"
        ? el("polygon", {
            ...outline,
            points: points([x, y - r, x + r, y + r * 0.8, x - r, y + r * 0.8]),
          })
        : el("circle", { ...outline, cx: x, cy: y, r: r * 0.85 });
  const text =
    label === ""
      ? ""
      : el(
          "text",
          {
            x,
            y: y + (shape === "triangle" ? r * 0.55 : r * 0.35),
            "text-anchor": "middle",
            "font-size": Math.max(7, size * 0.5),
            "font-weight": "bold",
            fill: OKABE_ITO.black,
          },
          label,
        );
  return body + text;
}

function points(values: number[]): string {
  const parts: string[] = [];
  for (let i = 0; i + 1 < values.length; i += 2) {
    parts.push(`${round(values[i] as number)},${round(values[i + 1] as number)}`);
  }
  return parts.join(" ");
}

function round(value: number): string {
  const rounded = Math.round(value * 10) / 10;
  return Object.is(rounded, -0) ? "0" : String(rounded);
}
