import type { IdsIssueCode } from "../../src/ids/index.js";
import { validateIdentifier } from "../../src/ids/index.js";
import type { Issue, Locale } from "../../src/shared/index.js";

/** For each ids code, a call that produces it (checked by tests/issue-codes.test.ts). */
export const IDS_PRODUCERS: Record<IdsIssueCode, (locale: Locale) => Issue[]> = {
  "ids.invalid_input": (locale) => validateIdentifier("uai", 710010, { locale }).issues,
  "ids.unknown_kind": (locale) => validateIdentifier("iban" as never, "FR76", { locale }).issues,
  "ids.invalid_format": (locale) => validateIdentifier("rome", "Z2903", { locale }).issues,
  "ids.invalid_checksum": (locale) => validateIdentifier("uai", "0251234K", { locale }).issues,
  "ids.not_canonical": (locale) => validateIdentifier("uai", "0251234f", { locale }).issues,
};
