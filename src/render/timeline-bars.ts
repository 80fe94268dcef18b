import { deepFreeze } from "../shared/index.js";
import { escapeXml, IN_CONTENT, WIDE_PUNCTUATION } from "./escape.js";
import type { DrawnIssue } from "./issues.js";
import {
  escapedLabel,
  fittedContent,
  MAX_FULL_TEXT,
  type PreparedLabel,
  prepareLabel,
  simpleEscaped,
} from "./labels.js";
import { remembered } from "./memo.js";
import {
  GREY,
  MARKER_IN_FONT_GROUP,
  type MarkerRowPieces,
  markerInRow,
  OKABE_ITO,
  rowPieces,
  type Swatch,
} from "./palette.js";
import { charsFitting, codePointCount } from "./text-width.js";
import type { RenderTexts, StepKindName } from "./texts.js";
import { BAR } from "./timeline-layout.js";
import type { Bar } from "./timeline-read.js";
import type { Scale } from "./timeline-scale.js";
import { num } from "./xml.js";
/** How each kind of step is drawn. @internal */
export const KIND_SWATCH: Readonly<Record<StepKindName, Swatch>> = /* @__PURE__ */ deepFreeze({
  programme: { fill: OKABE_ITO.blue, ink: "#FFFFFF", pattern: undefined },
  block: { fill: OKABE_ITO.skyBlue, ink: OKABE_ITO.black, pattern: "dots" },
  internship: { fill: OKABE_ITO.bluishGreen, ink: OKABE_ITO.black, pattern: "diagonal" },
  pfmp: { fill: OKABE_ITO.yellow, ink: OKABE_ITO.black, pattern: "horizontal" },
  apprenticeship: { fill: OKABE_ITO.orange, ink: OKABE_ITO.black, pattern: "cross" },
  project: { fill: OKABE_ITO.reddishPurple, ink: OKABE_ITO.black, pattern: "vertical" },
  mobility: { fill: GREY.light, ink: OKABE_ITO.black, pattern: undefined },
});

/**
 * The group of a lane's bars: the black outline of their rectangles (0.5 wide) and the font size
 * of their labels, which have no outline.
 */
export const BARS_GROUP = '<g stroke="#000" stroke-width=".5" font-size="11">';

/**
 * What a bar of a kind writes between its numbers and texts, joined once per id prefix: the
 * constant attributes of its rectangles, its text and its group that {@link BARS_GROUP} does not
 * give them.
 */
interface BarPieces {
  /** `" data-kind="…"><title>`, after the step's index when the step has no id. */
  kind: string;
  /** `" data-kind="…" data-id="`, after the step's index when it has an id. */
  kindId: string;
  /** After the bar's `y` value: its height, corners, fill and outline, and the end of the element. */
  rect: string;
  /** After the strip's `y`: its height, pattern and outline; `""` for a kind without pattern. */
  strip: string;
  /** After a text's `y` inside the bar: the ink and the font size. */
  inside: string;
}

/** The {@link BarPieces} of each kind, by id prefix. */
const BAR_PIECES = /* @__PURE__ */ new Map<string, Readonly<Record<StepKindName, BarPieces>>>();

/** The {@link BarPieces} of each kind for an id prefix, joined once. */
function barPiecesOf(id: string): Readonly<Record<StepKindName, BarPieces>> {
  return remembered(BAR_PIECES, id, () => {
    const pieces = {} as Record<StepKindName, BarPieces>;
    for (const kind of Object.keys(KIND_SWATCH) as StepKindName[]) {
      const swatch = KIND_SWATCH[kind];
      pieces[kind] = {
        kind: `" data-kind="${kind}"><title>`,
        kindId: `" data-kind="${kind}" data-id="`,
        rect: `" height="${BAR}" rx="3" fill="${shortColour(swatch.fill)}"/>`,
        strip:
          swatch.pattern === undefined
            ? ""
            : `" height="5" fill="url(#${id}-${swatch.pattern})" stroke-width=".3"/>`,
        inside: `" stroke="none" fill="${shortColour(swatch.ink)}">`,
      };
    }
    return pieces;
  });
}

/** A colour `#RRGGBB` written `#RGB` when it can be (the same colour). */
export function shortColour(colour: string): string {
  const [, r1, r2, g1, g2, b1, b2] = colour;
  return r1 === r2 && g1 === g2 && b1 === b2 ? `#${r1}${g1}${b1}` : colour;
}

/** After the `y` of a label written beside its bar, on either side. */
const BESIDE = `" stroke="none" fill="${GREY.text}">`;
const BESIDE_BEFORE = `" text-anchor="end${BESIDE}`;

/**
 * What the bars of one picture share, prepared once per call: for each kind, its constant pieces
 * and what its rectangles write from their `y` in the row being drawn; the end of the tooltips by
 * length in days (the steps of a pathway often last as long as one another); and the markers of
 * the row being drawn.
 */
export interface BarWriter {
  kinds: Readonly<Record<StepKindName, KindWriter>>;
  texts: RenderTexts;
  /** `${texts.colon}: `, between a tooltip's id and its label. */
  between: string;
  /** The end of a tooltip without hours, `" (5 days)"`, by length in days: filled as the bars are drawn. */
  tails: Map<number, string>;
  /** The markers drawn on the steps of the row of the last step with issues. */
  markers: MarkerRowPieces | undefined;
  /** The label of the last bar drawn, read once for the bars in a row that share it (the placements of one host). */
  label: PreparedLabel | undefined;
}

/** What the bars of a kind share in one picture. */
interface KindWriter {
  pieces: BarPieces;
  /** The kind's name, as its tooltips start. */
  name: string;
  /** `${name} `: what starts the tooltip of a step with an id, before the id. */
  nameSpace: string;
  /** `"><title>${name} `: after the id of a step, what starts its tooltip, before the id again. */
  idTitle: string;
  /** The `top` of the row of {@link KindWriter.row}. */
  top: number;
  /** What the kind's rectangle and strip write from their `y` in the row at `top`. */
  row: RowPieces | undefined;
}

/** What a bar's rectangle and strip write from their `y`, for a row and a kind. */
interface RowPieces {
  /** `" y="…` and the rest of the rectangle ({@link BarPieces.rect}). */
  rect: string;
  /** `" y="…` and the rest of the strip ({@link BarPieces.strip}), or `""`. */
  strip: string;
  /** {@link RowPieces.strip} and the end of the bar's group, for a bar without text. */
  stripEnd: string;
}

/** The pieces the bars of one picture share (see {@link BarWriter}), for its id prefix and language. */
export function barWriterOf(context: { id: string; texts: RenderTexts }): BarWriter {
  const pieces = barPiecesOf(context.id);
  const kinds = {} as Record<StepKindName, KindWriter>;
  for (const kind of Object.keys(KIND_SWATCH) as StepKindName[])
    kinds[kind] = {
      pieces: pieces[kind],
      name: context.texts.kind[kind],
      nameSpace: `${context.texts.kind[kind]} `,
      idTitle: `"><title>${context.texts.kind[kind]} `,
      top: Number.NaN,
      row: undefined,
    };
  return {
    kinds,
    texts: context.texts,
    between: `${context.texts.colon}: `,
    tails: new Map(),
    markers: undefined,
    label: undefined,
  };
}

/** The {@link RowPieces} of a kind in the row at `top`: bars are drawn row by row. */
function rowPiecesOf(kind: KindWriter, top: number): RowPieces {
  if (kind.row === undefined || kind.top !== top) {
    const { pieces } = kind;
    kind.top = top;
    const strip = pieces.strip === "" ? "" : `" y="${num(top + BAR - 5)}${pieces.strip}`;
    kind.row = { rect: `" y="${num(top)}${pieces.rect}`, strip, stripEnd: `${strip}</g>` };
  }
  return kind.row;
}

/** The markers of the steps of the row at `top`, read once for the row. */
function markerRowAt(writer: BarWriter, top: number): MarkerRowPieces {
  if (writer.markers === undefined || writer.markers.y !== top)
    writer.markers = rowPieces(top, 14, MARKER_IN_FONT_GROUP);
  return writer.markers;
}

/**
 * A step's bar in the row at `top`: its group (index, kind, id), tooltip, rectangle, pattern strip
 * and label, inside the bar or beside it between `previousX` and `nextX` when it does not fit.
 */
export function drawBar(
  bar: Bar,
  scale: Scale,
  top: number,
  previousX: number,
  nextX: number,
  writer: BarWriter,
): string {
  const kind = writer.kinds[bar.kind];
  const { pieces } = kind;
  const x = scale.x(bar.start);
  const width = Math.max(2, scale.x(bar.end + 1) - x);
  const label = barLabel(bar, writer);
  // An id that is its own label has only markup to escape.
  const simpleId = bar.id === undefined ? undefined : simpleEscaped(bar.id);
  const idSimple = bar.id === undefined || simpleId !== undefined;
  const escapedId = bar.id === undefined ? undefined : (simpleId ?? escapeXml(bar.id));
  // Written as templates rather than with el(): this runs once per step, and only numbers,
  // constants and escaped texts go into these attributes; the constants of each kind are
  // joined once (BarPieces).
  const box = `<rect x="${num(x)}" width="${num(width)}`;
  const inside = width - 8;
  const fontSize = 11;
  const wanted = codePointCount(bar.label, 6);
  // As fittedText, with the attributes written as templates.
  let text = "";
  if (charsFitting(inside, fontSize) >= wanted) {
    text = `<text x="${num(x + 4)}" y="${num(top + 13)}${pieces.inside}${fittedContent(label, inside, fontSize)}</text>`;
  } else {
    const after = nextX - (x + width) - 6;
    const before = x - previousX - 6;
    if (charsFitting(after, fontSize) >= Math.min(3, wanted))
      text = `<text x="${num(x + width + 3)}" y="${num(top + 13)}${BESIDE}${fittedContent(label, after, fontSize)}</text>`;
    else if (charsFitting(before, fontSize) >= Math.min(3, wanted))
      text = `<text x="${num(x - 3)}" y="${num(top + 13)}${BESIDE_BEFORE}${fittedContent(label, before, fontSize)}</text>`;
  }
  const row = rowPiecesOf(kind, top);
  // Each constant joined once with its neighbours (BarPieces, KindWriter, RowPieces): every `${}`
  // of a template is one more string made.
  const rects =
    row.strip === ""
      ? `</title>${box}${row.rect}${text}</g>`
      : text === ""
        ? `</title>${box}${row.rect}${box}${row.stripEnd}`
        : `</title>${box}${row.rect}${box}${row.strip}${text}</g>`;
  if (escapedId === undefined)
    return `<g data-step="${bar.index}${pieces.kind}${barTitle(bar, kind, label, undefined, writer)}${rects}`;
  // A simple id is written twice, as it is: in data-id and after the kind's name in the tooltip.
  if (idSimple)
    return `<g data-step="${bar.index}${pieces.kindId}${escapedId}${barTitle(bar, kind, label, escapedId, writer)}${rects}`;
  return `<g data-step="${bar.index}${pieces.kindId}${escapedId}"><title>${barTitle(bar, kind, label, undefined, writer)}${rects}`;
}

/** A bar's label read with {@link prepareLabel}, once for the bars drawn one after the other that share it. */
function barLabel(bar: Bar, writer: BarWriter): PreparedLabel {
  const last = writer.label;
  if (last !== undefined && last.whole === bar.label && last.simple) return last;
  const label = prepareLabel(bar.label, IN_CONTENT);
  writer.label = label;
  return label;
}

/**
 * The tooltip of a bar, escaped as a label: its kind (`kindWriter.name`), id, label, dates, length in days and
 * hours. When its id (escaped: `plainId`) and label are their own labels (see
 * {@link isSimpleLabel}), so is the tooltip, whose other words hold no markup and no white space
 * at their ends: it is written from the escaped parts, without reading it again.
 *
 * With `plainId`, the tooltip is written after the bar's `data-id` value: it starts with the end of
 * that attribute and the `<title>` tag ({@link KindWriter.idTitle}), whichever way it is written.
 */
function barTitle(
  bar: Bar,
  kindWriter: KindWriter,
  label: PreparedLabel,
  plainId: string | undefined,
  writer: BarWriter,
): string {
  const { texts, between } = writer;
  const kind = kindWriter.name;
  const start = texts.date(bar.startDate);
  const end = texts.date(bar.endDate);
  const tail = barTail(bar, writer);
  const id = bar.id ?? "";
  // The length of the tooltip: kind, " " and id, between, label, " — " start " → " end tail.
  const length =
    kind.length +
    (bar.id === undefined ? 0 : 1 + id.length) +
    between.length +
    bar.label.length +
    start.length +
    end.length +
    tail.length +
    6;
  if (
    label.simple &&
    bar.label !== "" &&
    length <= MAX_FULL_TEXT &&
    (bar.id === undefined || plainId !== undefined)
  ) {
    // The constants of the template joined once (DASH_BETWEEN, ARROW_BETWEEN, KindWriter).
    const rest = `${between}${label.escaped}${DASH_BETWEEN}${start}${ARROW_BETWEEN}${end}${tail}`;
    return plainId === undefined ? `${kind}${rest}` : `${kindWriter.idTitle}${plainId}${rest}`;
  }
  const head = bar.id === undefined ? kind : `${kindWriter.nameSpace}${id}`;
  const title = escapedLabel(
    `${head}${between}${bar.label} — ${start} → ${end}${tail}`,
    IN_CONTENT,
  );
  return plainId === undefined ? title : `"><title>${title}`;
}

/** The dash between a bar's label and its dates, and the arrow between the dates, as written in its tooltip. */
const DASH_BETWEEN = ` ${WIDE_PUNCTUATION.dash} `;
const ARROW_BETWEEN = ` ${WIDE_PUNCTUATION.arrow} `;

/** The end of a bar's tooltip after its end date: ` (5 days)`, and its hours if it has any. */
function barTail(bar: Bar, writer: BarWriter): string {
  const days = bar.end - bar.start + 1;
  if (bar.hours !== undefined)
    return ` (${writer.texts.days(days)}), ${writer.texts.hours(bar.hours)}`;
  let tail = writer.tails.get(days);
  if (tail === undefined) {
    tail = ` (${writer.texts.days(days)})`;
    writer.tails.set(days, tail);
  }
  return tail;
}

/** The numbered markers of a step's issues, side by side from its start, each with its line in a tooltip. */
export function drawMarkers(
  issues: readonly DrawnIssue[],
  bar: Bar,
  scale: Scale,
  top: number,
  right: number,
  labels: readonly PreparedLabel[],
  writer: BarWriter,
): string {
  let svg = "";
  const x0 = scale.x(bar.start);
  const row = markerRowAt(writer, top);
  const step = `" data-step="${bar.index}"><title>`;
  for (let k = 0; k < issues.length; k++) {
    const issue = issues[k] as DrawnIssue;
    const x = Math.min(right - 8, x0 + 7 + k * 15);
    const title = (labels[issue.number - 1] as PreparedLabel).escaped;
    const marker = markerInRow(row, issue.severity, x, String(issue.number));
    svg += `<g data-issue="${issue.number}${step}${title}</title>${marker}</g>`;
  }
  return svg;
}
