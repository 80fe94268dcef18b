/**
 * Markers written from pieces joined once per column or row against {@link markerAt}, which
 * writes each marker whole: the same text for any column or row, size, style, place and label.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  columnPieces,
  MARKER_AMONG_TEXTS,
  MARKER_IN_FONT_GROUP,
  markerAt,
  markerColumn,
  markerInColumn,
  markerInRow,
  rowPieces,
} from "../../src/render/palette.js";

const COORDINATE = fc.oneof(
  fc.double({ min: -2000, max: 20_000, noNaN: true }),
  fc.integer({ min: 0, max: 2000 }),
  fc.constantFrom(1e10, -1e10, Number.POSITIVE_INFINITY),
);

/** A place (`x` of a column, `y` of a row), a size, a style, and markers along it: severity, other coordinate, label. */
const LINE_OF_MARKERS = fc.tuple(
  COORDINATE,
  fc.oneof(fc.constantFrom(13, 14), fc.double({ min: 0, max: 40, noNaN: true })),
  fc.constantFrom(undefined, MARKER_AMONG_TEXTS, MARKER_IN_FONT_GROUP),
  fc.array(
    fc.tuple(
      fc.constantFrom("error", "warning", "info") as fc.Arbitrary<"error" | "warning" | "info">,
      COORDINATE,
      fc.oneof(fc.constantFrom("", "1", "E", "12"), fc.string({ maxLength: 4 })),
    ),
    { maxLength: 8 },
  ),
);

describe("markers written from joined pieces", () => {
  it("markerInColumn writes what markerAt writes, marker after marker of one column", () => {
    fc.assert(
      fc.property(LINE_OF_MARKERS, ([x, size, style, markers]) => {
        const column = markerColumn(x, size);
        const pieces = columnPieces(column, style);
        for (const [severity, y, label] of markers)
          expect(markerInColumn(pieces, severity, y, label)).toBe(
            markerAt(severity, column, y, label, style),
          );
      }),
      { numRuns: 2000 },
    );
  });

  it("markerInRow writes what markerAt writes, marker after marker of one row", () => {
    fc.assert(
      fc.property(LINE_OF_MARKERS, ([y, size, style, markers]) => {
        const row = rowPieces(y, size, style);
        for (const [severity, x, label] of markers)
          expect(markerInRow(row, severity, x, label)).toBe(
            markerAt(severity, markerColumn(x, size), y, label, style),
          );
      }),
      { numRuns: 2000 },
    );
  });
});
