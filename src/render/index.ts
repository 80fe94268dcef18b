/**
 * `cmq-kit/render`: pictures of the data as SVG strings (a pathway's timeline, an allocation,
 * a campus network) and the campus report as one HTML document. Pure: no DOM, no I/O; the same
 * input gives the same string; every text from the data is escaped; nothing throws.
 *
 * @example
 * ```ts
 * import { pathwayTimelineSvg } from "cmq-kit/render";
 * const svg = pathwayTimelineSvg({ id: "p1", learnerId: "l1", steps: [] }, { programmes: [] });
 * ```
 *
 * @module
 */

export { type AllocationSvgOptions, allocationSvg } from "./allocation.js";
export { type NetworkSvgOptions, networkSvg } from "./network.js";
export { OKABE_ITO } from "./palette.js";
export { type CampusReportOptions, campusReport } from "./report.js";
export { type PathwayTimelineOptions, pathwayTimelineSvg } from "./timeline.js";
