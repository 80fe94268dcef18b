import type { CampusIssueCode } from "../../src/campus/index.js";
import type { Issue, Locale } from "../../src/shared/index.js";

/** For each campus code, a call that produces it (checked by tests/issue-codes.test.ts). */
export const CAMPUS_PRODUCERS: Record<CampusIssueCode, (locale: Locale) => Issue[]> = {};
