/**
 * The geometry of a timeline, in pixels: the margins, the rows of the lanes, the bars and the
 * axis of the academic years.
 *
 * @internal
 * @module
 */

/** Where the lanes start: their names are written left of it. */
export const LEFT = 190;
/** The margin right of the lanes. */
export const RIGHT = 16;
/** The height of a row of a lane. */
export const ROW = 26;
/** The height of a bar. */
export const BAR = 20;
/** The top of the axis of the academic years. */
export const AXIS_TOP = 58;
/** The height of the axis of the academic years. */
export const AXIS_HEIGHT = 20;
