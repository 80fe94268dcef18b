import { defineIssueCodes } from "../shared/index.js";

/**
 * Issue codes of `cmq-kit/matching`, with their severity, meaning and messages in English and French.
 *
 * @example
 * ```ts
 * Object.keys(MATCHING_CODES);
 * ```
 */
export const MATCHING_CODES = /* @__PURE__ */ defineIssueCodes({});

/**
 * The issue codes `cmq-kit/matching` can emit.
 *
 * @example
 * ```ts
 * const codes: MatchingIssueCode[] = [];
 * ```
 */
export type MatchingIssueCode = keyof typeof MATCHING_CODES;
