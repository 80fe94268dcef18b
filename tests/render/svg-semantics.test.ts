/**
 * The comparison of pictures as they render (`svg-semantics.ts`), which the timeline's oracle
 * test relies on: it sees every real difference, and none in markup that renders the same.
 */
import { describe, expect, it } from "vitest";
import {
  type Learner,
  type Pathway,
  pathwayTimelineSvg,
  validatePathway,
} from "../../src/index.js";
import { VRAI } from "./fixtures.js";
import { pathwayTimelineSvg as pathwayTimelineSvgBefore } from "./oracle/timeline-before.js";
import { shownDifferences } from "./svg-semantics.js";

const pathway = VRAI.pathways[0] as Pathway;
const learner = VRAI.learners.find((l) => l.id === pathway.learnerId) as Learner;
/** The pathway with a mistake, for issues drawn at a step and listed. */
const broken = {
  ...pathway,
  steps: pathway.steps.map((s, k) => (k === 1 ? { ...s, end: "2025-01-01" } : s)),
};
const options = {
  programmes: VRAI.programmes,
  partners: VRAI.partners,
  learner,
  issues: validatePathway(broken, { programmes: VRAI.programmes, learner }).issues,
};
const svg = pathwayTimelineSvg(pathway, options);

/** Replaces the first match of `pattern` (which must match). */
function once(text: string, pattern: RegExp, replacement: string): string {
  expect(text).toMatch(pattern);
  return text.replace(pattern, replacement);
}

describe("shownDifferences", () => {
  it("finds none between the old and the new timeline", () => {
    expect(svg.length).toBeLessThan(pathwayTimelineSvgBefore(pathway, options).length);
    expect(shownDifferences(pathwayTimelineSvgBefore(pathway, options), svg)).toEqual([]);
  });

  it("finds none in markup that renders the same", () => {
    const same = [
      svg.replaceAll('stroke="#000"', 'stroke="#000000"'),
      svg.replaceAll('stroke-width=".5"', 'stroke-width="0.50"'),
      svg.replaceAll('"/>', '" />'),
      once(svg, /<rect x="([^"]*)" width="([^"]*)"/, '<rect width="$2" x="$1"'),
      // A group carrying only presentation attributes, around elements that set their own.
      once(svg, /(<rect [^>]*fill="[^"]*"\/>)/, '<g fill="#123456">$1</g>'),
      // The outline width of a text without outline.
      once(svg, /<text x="16"/, '<text stroke-width="9" x="16"'),
    ];
    for (const markup of same) expect(shownDifferences(svg, markup)).toEqual([]);
  });

  it("finds every real difference", () => {
    const different: [string, string][] = [
      ["a colour", once(svg, /fill="#0072B2"/, 'fill="#0072B3"')],
      ["a coordinate", once(svg, /<rect x="(\d+)/, '<rect x="$11')],
      ["an outline lost by a group", once(svg, /<g stroke="#000" /, "<g ")],
      [
        "a font given to a group",
        once(svg, /<g stroke="#000" /, '<g font-weight="bold" stroke="#000" '),
      ],
      ["a text", once(svg, /<title>Programme/, "<title>Programm")],
      [
        "an inherited ink",
        once(svg, /<g font-size="11" fill="#1A1A1A">/, '<g font-size="11" fill="#1A1A1B">'),
      ],
      ["a font size", once(svg, /font-size="7"/, 'font-size="8"')],
      ["a dash", once(svg, /stroke-dasharray="3 2"/, 'stroke-dasharray="3 3"')],
      ["an element dropped", once(svg, /<polygon [^>]*\/>/, "")],
      [
        "an element out of its step",
        once(svg, /(<g data-step="0"[^>]*>)(<title>[^<]*<\/title>)/, "$2$1"),
      ],
      ["an attribute", once(svg, /data-step="0"/, 'data-step="9"')],
    ];
    for (const [what, markup] of different)
      expect(shownDifferences(svg, markup), what).not.toEqual([]);
  });
});
