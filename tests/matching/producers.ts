import type { MatchingIssueCode } from "../../src/matching/index.js";
import type { Issue, Locale } from "../../src/shared/index.js";

/** For each matching code, a call that produces it (checked by tests/issue-codes.test.ts). */
export const MATCHING_PRODUCERS: Record<MatchingIssueCode, (locale: Locale) => Issue[]> = {};
