/**
 * Builds examples/vrai.json, the complete example dataset, from the CMQ_ITIP constant of
 * `cmq-kit/campus` and the catalogue, learners, pathways and projects beside this file.
 * `npm run example:build` writes it; tests/examples/vrai.test.ts fails when it is stale.
 */
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { CampusDataset } from "cmq-kit";
import { CMQ_ITIP } from "cmq-kit/campus";
import { PROGRAMMES } from "./catalogue.js";
import { LEARNERS } from "./learners.js";
import { PATHWAYS } from "./pathways.js";
import { PROJECTS } from "./projects.js";

/** The renewal that keeps the example labelled after the first five years (illustrative). */
const RENEWAL = {
  category: "cmq-excellence",
  decidedOn: "2025-01-31",
  validFrom: "2025-02-06",
  durationYears: 5,
  reference: "Renewal for 5 years from 2025-02-06 (illustrative: no source was found for it)",
} as const;

/** The VRAI example dataset. */
export function vraiDataset(): CampusDataset {
  return {
    campus: { ...CMQ_ITIP.campus, labels: [...CMQ_ITIP.campus.labels, RENEWAL] },
    partners: [...CMQ_ITIP.partners],
    programmes: PROGRAMMES,
    learners: LEARNERS,
    pathways: PATHWAYS,
    projects: PROJECTS,
  };
}

/** The file's text: stable two-space JSON. */
export function vraiJson(): string {
  return `${JSON.stringify(vraiDataset(), null, 2)}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(new URL("../vrai.json", import.meta.url), vraiJson());
  console.log("examples/vrai.json written");
}
