import type { PathwayIssueCode } from "../../src/pathway/index.js";
import type { Issue, Locale } from "../../src/shared/index.js";

/** For each pathway code, a call that produces it (checked by tests/issue-codes.test.ts). */
export const PATHWAY_PRODUCERS: Record<PathwayIssueCode, (locale: Locale) => Issue[]> = {};
