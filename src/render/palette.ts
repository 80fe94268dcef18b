/**
 * Colours and patterns of the pictures: the Okabe–Ito palette, which colour-blind readers can
 * tell apart, with a pattern and a word for everything a colour says.
 *
 * Source: M. Okabe and K. Ito, "Color Universal Design (CUD): how to make figures and
 * presentations that are friendly to colorblind people" (2002, 2008).
 *
 * @module
 */

import type { Severity } from "../shared/index.js";
import { deepFreeze } from "../shared/index.js";
import { remembered } from "./memo.js";
import { el, num } from "./xml.js";

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
  return remembered(PATTERN_DEFS, prefix, () => writePatternDefs(prefix));
}

/** The `<defs>` already written, by prefix. */
const PATTERN_DEFS = /* @__PURE__ */ new Map<string, string>();

function writePatternDefs(prefix: string): string {
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
  return markerAt(severity, markerColumn(centre.x, size), centre.y, label);
}

/**
 * What a marker of a size writes for its centre's `x`: written once for a column of markers (a
 * list), used by {@link markerAt} for each.
 *
 * @internal
 */
export interface MarkerColumn {
  size: number;
  /** `num(x)`: the centre of a circle and of the text. */
  x: string;
  /** `round(x)`, `round(x - size / 2)` and `round(x + size / 2)`: the points of a polygon. */
  middle: string;
  left: string;
  right: string;
}

/**
 * The {@link MarkerColumn} of markers of a size centred on `x`.
 *
 * @internal
 */
export function markerColumn(x: number, size: number): MarkerColumn {
  const r = size / 2;
  const xText = num(x);
  return {
    size,
    x: xText,
    middle: Math.abs(x) < 1e9 ? xText : round(x),
    left: round(x - r),
    right: round(x + r),
  };
}

/**
 * {@link severityMarker} centred on `y` in a column of markers: with a `style`, the attributes
 * that a group around it sets are left out (see {@link MarkerStyle}).
 *
 * @internal
 */
export function markerAt(
  severity: Severity,
  column: MarkerColumn,
  y: number,
  label: string,
  style?: MarkerStyle,
): string {
  const { shape } = SEVERITY_STYLE[severity];
  const { size, middle, left, right } = column;
  const r = size / 2;
  // Written as templates rather than with el(): this runs once per issue, and only numbers and
  // constants go into these attributes (the label is written as given, as before). Each
  // coordinate is written once and used wherever it appears, and the constants are joined once
  // (OPEN, markerTextTail).
  let body: string;
  const open = (style?.shapes ?? OPEN)[severity];
  if (shape === "circle") {
    body = `${open}${column.x}" cy="${num(y)}" r="${num(r * 0.85)}"/>`;
  } else if (shape === "diamond") {
    const centre = round(y);
    body = `${open}${middle},${round(y - r)} ${right},${centre} ${middle},${round(y + r)} ${left},${centre}"/>`;
  } else {
    const base = round(y + r * 0.8);
    body = `${open}${middle},${round(y - r)} ${right},${base} ${left},${base}"/>`;
  }
  if (label === "") return body;
  const textY = y + (shape === "triangle" ? r * 0.55 : r * 0.35);
  const tail = style === undefined ? markerTextTail(size) : style.text;
  return `${body}<text x="${column.x}" y="${num(textY)}${tail}${label}</text>`;
}

/**
 * A column of markers (see {@link MarkerColumn}) in one style, with what its markers write
 * between their `y` coordinates, by severity, joined once per severity for the whole column:
 * see {@link markerInColumn}.
 *
 * @internal
 */
export interface MarkerColumnPieces {
  column: MarkerColumn;
  style: MarkerStyle | undefined;
  /** For each severity drawn so far, the pieces that follow each `y` coordinate, in order. */
  pieces: Partial<Record<Severity, readonly string[]>>;
}

/**
 * The {@link MarkerColumnPieces} of a column in a style (none joined yet).
 *
 * @internal
 */
export function columnPieces(column: MarkerColumn, style?: MarkerStyle): MarkerColumnPieces {
  return { column, style, pieces: {} };
}

/**
 * `markerAt(severity, column, y, label, style)` for a column and a style read once
 * ({@link columnPieces}): the same text, from fewer pieces.
 *
 * @example
 * ```ts
 * const column = markerColumn(23, 13);
 * markerInColumn(columnPieces(column), "error", 40, "1") === markerAt("error", column, 40, "1"); //=> true
 * ```
 * @internal
 */
export function markerInColumn(
  column: MarkerColumnPieces,
  severity: Severity,
  y: number,
  label: string,
): string {
  if (label === "") return markerAt(severity, column.column, y, label, column.style);
  let pieces = column.pieces[severity];
  if (pieces === undefined) {
    pieces = joinedPieces(column, severity);
    column.pieces[severity] = pieces;
  }
  const { shape } = SEVERITY_STYLE[severity];
  const r = column.column.size / 2;
  // Read by index (destructuring goes through the array iterator).
  const p = pieces;
  if (shape === "circle")
    return `${p[0]}${num(y)}${p[1]}${num(y + r * 0.35)}${p[2]}${label}</text>`;
  const top = round(y - r);
  if (shape === "diamond") {
    const centre = round(y);
    return `${p[0]}${top}${p[1]}${centre}${p[2]}${round(y + r)}${p[3]}${centre}${p[4]}${num(y + r * 0.35)}${p[5]}${label}</text>`;
  }
  const base = round(y + r * 0.8);
  return `${p[0]}${top}${p[1]}${base}${p[2]}${base}${p[3]}${num(y + r * 0.55)}${p[4]}${label}</text>`;
}

/** What {@link markerInColumn} writes between the `y` coordinates of a severity's markers. */
function joinedPieces(column: MarkerColumnPieces, severity: Severity): readonly string[] {
  const { size, x, middle, left, right } = column.column;
  const { style } = column;
  const open = (style?.shapes ?? OPEN)[severity];
  const tail = style === undefined ? markerTextTail(size) : style.text;
  const text = `"/><text x="${x}" y="`;
  switch (SEVERITY_STYLE[severity].shape) {
    case "circle":
      return [`${open}${x}" cy="`, `" r="${num((size / 2) * 0.85)}${text}`, tail];
    case "diamond":
      return [`${open}${middle},`, ` ${right},`, ` ${middle},`, ` ${left},`, text, tail];
    default:
      return [`${open}${middle},`, ` ${right},`, ` ${left},`, text, tail];
  }
}

/**
 * A row of markers of one size and style centred on one `y` (the markers of the steps of a row
 * of bars), with what they write between their `x` coordinates, by severity, joined once per
 * severity for the whole row: see {@link markerInRow}.
 *
 * @internal
 */
export interface MarkerRowPieces {
  y: number;
  size: number;
  style: MarkerStyle | undefined;
  /** For each severity drawn so far, the pieces that follow each `x` coordinate, in order. */
  pieces: Partial<Record<Severity, readonly string[]>>;
}

/**
 * The {@link MarkerRowPieces} of markers of a size centred on `y`, in a style (none joined yet).
 *
 * @internal
 */
export function rowPieces(y: number, size: number, style?: MarkerStyle): MarkerRowPieces {
  return { y, size, style, pieces: {} };
}

/**
 * `markerAt(severity, markerColumn(x, row.size), row.y, label, row.style)` for a row read once
 * ({@link rowPieces}): the same text, from fewer pieces.
 *
 * @example
 * ```ts
 * const row = rowPieces(40, 14);
 * markerInRow(row, "warning", 23, "1") === markerAt("warning", markerColumn(23, 14), 40, "1"); //=> true
 * ```
 * @internal
 */
export function markerInRow(
  row: MarkerRowPieces,
  severity: Severity,
  x: number,
  label: string,
): string {
  if (label === "") return markerAt(severity, markerColumn(x, row.size), row.y, label, row.style);
  let pieces = row.pieces[severity];
  if (pieces === undefined) {
    pieces = joinedRowPieces(row, severity);
    row.pieces[severity] = pieces;
  }
  // Read by index (destructuring goes through the array iterator).
  const p = pieces;
  const xText = num(x);
  if (SEVERITY_STYLE[severity].shape === "circle")
    return `${p[0]}${xText}${p[1]}${xText}${p[2]}${label}</text>`;
  const r = row.size / 2;
  const middle = Math.abs(x) < 1e9 ? xText : round(x);
  const right = round(x + r);
  const left = round(x - r);
  if (SEVERITY_STYLE[severity].shape === "diamond")
    return `${p[0]}${middle}${p[1]}${right}${p[2]}${middle}${p[3]}${left}${p[4]}${xText}${p[5]}${label}</text>`;
  return `${p[0]}${middle}${p[1]}${right}${p[2]}${left}${p[3]}${xText}${p[4]}${label}</text>`;
}

/** What {@link markerInRow} writes between the `x` coordinates of a severity's markers. */
function joinedRowPieces(row: MarkerRowPieces, severity: Severity): readonly string[] {
  const { y, size, style } = row;
  const r = size / 2;
  const open = (style?.shapes ?? OPEN)[severity];
  const tail = style === undefined ? markerTextTail(size) : style.text;
  const shape = SEVERITY_STYLE[severity].shape;
  const text = `" y="${num(y + (shape === "triangle" ? r * 0.55 : r * 0.35))}${tail}`;
  switch (shape) {
    case "circle":
      return [open, `" cy="${num(y)}" r="${num(r * 0.85)}"/><text x="`, text];
    case "diamond": {
      const centre = round(y);
      return [
        open,
        `,${round(y - r)} `,
        `,${centre} `,
        `,${round(y + r)} `,
        `,${centre}"/><text x="`,
        text,
      ];
    }
    default: {
      const base = round(y + r * 0.8);
      return [open, `,${round(y - r)} `, `,${base} `, `,${base}"/><text x="`, text];
    }
  }
}

/**
 * How a marker of size 13 or 14 is written inside a group that sets some of its attributes: its
 * shape with its fill and its outline only (`stroke="#000"`, of the default width 1), and its
 * text with only the attributes its group does not give it.
 *
 * @internal
 */
export interface MarkerStyle {
  /** The start of each severity's shape, up to its first coordinate. */
  shapes: Readonly<Record<Severity, string>>;
  /** What the marker's text writes after its `y`, up to its content. */
  text: string;
}

/** The font of a marker's text (sizes 13 and 14), as attributes. @internal */
export const MARKER_FONT = 'font-size="7" font-weight="bold" text-anchor="middle"';

/** The shapes of {@link MarkerStyle}: fill and outline, nothing that a group sets. */
const GROUPED_OPEN: Readonly<Record<Severity, string>> = /* @__PURE__ */ deepFreeze({
  error: groupedShapeOpening("error"),
  warning: groupedShapeOpening("warning"),
  info: groupedShapeOpening("info"),
});

function groupedShapeOpening(severity: Severity): string {
  const outline = `fill="${SEVERITY_STYLE[severity].fill}" stroke="#000"`;
  return SEVERITY_STYLE[severity].shape === "circle"
    ? `<circle ${outline} cx="`
    : `<polygon ${outline} points="`;
}

/**
 * Markers in a group that sets {@link MARKER_FONT} and no fill: their texts write nothing but
 * their place (black is the default fill).
 *
 * @internal
 */
export const MARKER_IN_FONT_GROUP: MarkerStyle = /* @__PURE__ */ deepFreeze({
  shapes: GROUPED_OPEN,
  text: '">',
});

/**
 * Markers among other texts: their texts write their font and their black ink.
 *
 * @internal
 */
export const MARKER_AMONG_TEXTS: MarkerStyle = /* @__PURE__ */ deepFreeze({
  shapes: GROUPED_OPEN,
  text: `" ${MARKER_FONT} fill="#000">`,
});

/** The fill and outline of each severity's marker, as attributes. */
const OUTLINE: Readonly<Record<Severity, string>> = /* @__PURE__ */ deepFreeze({
  error: `fill="${SEVERITY_STYLE.error.fill}" stroke="${OKABE_ITO.black}" stroke-width="1"`,
  warning: `fill="${SEVERITY_STYLE.warning.fill}" stroke="${OKABE_ITO.black}" stroke-width="1"`,
  info: `fill="${SEVERITY_STYLE.info.fill}" stroke="${OKABE_ITO.black}" stroke-width="1"`,
});

/** The start of each severity's shape, up to its first coordinate: the `cx` of a circle, the `points` of a polygon. */
const OPEN: Readonly<Record<Severity, string>> = /* @__PURE__ */ deepFreeze({
  error: shapeOpening("error"),
  warning: shapeOpening("warning"),
  info: shapeOpening("info"),
});

function shapeOpening(severity: Severity): string {
  return SEVERITY_STYLE[severity].shape === "circle"
    ? `<circle ${OUTLINE[severity]} cx="`
    : `<polygon ${OUTLINE[severity]} points="`;
}

/** What a marker's text writes after its `y`, for the usual sizes 13 and 14. */
const MARKER_TEXT_TAIL = `" text-anchor="middle" font-size="7" font-weight="bold" fill="${OKABE_ITO.black}">`;

/** What a marker's text of a size writes after its `y`: its anchor, font and ink. */
function markerTextTail(size: number): string {
  if (size === 13 || size === 14) return MARKER_TEXT_TAIL;
  return `" text-anchor="middle" font-size="${fontSizeText(size)}" font-weight="bold" fill="${OKABE_ITO.black}">`;
}

/** The font size of a marker's text: half its size, at least 7 (7 for the usual 13 and 14). */
function fontSizeText(size: number): string {
  return size === 13 || size === 14 ? "7" : num(Math.max(7, size * 0.5));
}

function round(value: number): string {
  // num() writes the same text for these, without converting a float to a string.
  if (Math.abs(value) < 1e9) return num(value);
  const rounded = Math.round(value * 10) / 10;
  return Object.is(rounded, -0) ? "0" : String(rounded);
}
