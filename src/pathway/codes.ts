import { defineIssueCodes } from "../shared/index.js";

/**
 * Issue codes of `cmq-kit/pathway`, with their severity, meaning and messages in English and French.
 *
 * @example
 * ```ts
 * Object.keys(PATHWAY_CODES);
 * ```
 */
export const PATHWAY_CODES = /* @__PURE__ */ defineIssueCodes({});

/**
 * The issue codes `cmq-kit/pathway` can emit.
 *
 * @example
 * ```ts
 * const codes: PathwayIssueCode[] = [];
 * ```
 */
export type PathwayIssueCode = keyof typeof PATHWAY_CODES;
