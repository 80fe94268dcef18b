import { defineIssueCodes } from "../shared/index.js";

/**
 * Issue codes of `cmq-kit/campus`, with their severity, meaning and messages in English and French.
 *
 * @example
 * ```ts
 * Object.keys(CAMPUS_CODES);
 * ```
 */
export const CAMPUS_CODES = /* @__PURE__ */ defineIssueCodes({});

/**
 * The issue codes `cmq-kit/campus` can emit.
 *
 * @example
 * ```ts
 * const codes: CampusIssueCode[] = [];
 * ```
 */
export type CampusIssueCode = keyof typeof CAMPUS_CODES;
