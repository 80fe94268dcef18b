import type { InteropIssueCode } from "../../src/interop/index.js";
import {
  exportElmOrganisation,
  exportElmQualification,
  exportOpenBadgeAchievement,
  fromOpenBadgeCredential,
  toOpenBadgeCredential,
} from "../../src/interop/index.js";
import type { Issue, Locale } from "../../src/shared/index.js";
import { deeplyNestedObject, throwingGetters } from "../helpers/junk.js";
import { BTS, CFA, IUT, LAB, PROGRAMMES, STI2D } from "./fixtures.js";

const base = {
  learner: { id: "lea" },
  issuer: CFA,
  programmes: PROGRAMMES,
  issuedOn: "2026-07-01",
  salt: "s",
};

function badge(locale: Locale) {
  const result = toOpenBadgeCredential(
    { on: "2026-06-30", programmeId: "bts-crsa", block: "RNCP35341BC01" },
    { ...base, locale },
  );
  if (!result.ok) throw new Error("fixture");
  return JSON.parse(JSON.stringify(result.value));
}

/** For each interop code, a call that produces it (checked by tests/issue-codes.test.ts). */
export const INTEROP_PRODUCERS: Record<InteropIssueCode, (locale: Locale) => Issue[]> = {
  "interop.invalid_input": (locale) =>
    exportOpenBadgeAchievement({ id: 1 } as never, { locale }).issues,
  "interop.invalid_option": (locale) =>
    toOpenBadgeCredential(
      { on: "2026-06-30", diploma: "bts" },
      { ...base, issuedOn: "soon", locale },
    ).issues,
  "interop.unknown_programme": (locale) =>
    toOpenBadgeCredential({ on: "2026-06-30", programmeId: "nope" }, { ...base, locale }).issues,
  "interop.unknown_block": (locale) =>
    toOpenBadgeCredential(
      { on: "2026-06-30", programmeId: "bts-crsa", block: "X" },
      { ...base, locale },
    ).issues,
  "interop.empty_achievement": (locale) =>
    toOpenBadgeCredential({ on: "2026-06-30" }, { ...base, locale }).issues,
  "interop.missing_rncp": (locale) => exportOpenBadgeAchievement(STI2D, { locale }).issues,
  "interop.missing_block_title": (locale) =>
    exportOpenBadgeAchievement({ code: "RNCP35341BC09" }, { locale }).issues,
  "interop.missing_identifiers": (locale) => exportElmOrganisation(LAB, { locale }).issues,
  "interop.invalid_identifier": (locale) =>
    exportElmOrganisation({ ...IUT, uai: "0719901A" }, { locale }).issues,
  "interop.unknown_country": (locale) =>
    exportElmOrganisation({ ...IUT, country: "ZZ" }, { locale }).issues,
  "interop.elm_field_missing": (locale) => exportElmQualification(BTS, { locale }).issues,
  "interop.unsalted_hash": (locale) =>
    toOpenBadgeCredential(
      { on: "2026-06-30", diploma: "bts" },
      { ...base, salt: undefined as never, locale },
    ).issues,
  "interop.badge_unreadable": (locale) =>
    fromOpenBadgeCredential(
      { ...badge("en"), credentialSubject: throwingGetters(["achievement"]) },
      { locale },
    ).issues,
  "interop.badge_wrong_type": (locale) =>
    fromOpenBadgeCredential({ ...badge("en"), type: 3 }, { locale }).issues,
  "interop.badge_missing": (locale) =>
    fromOpenBadgeCredential(
      { ...badge("en"), credentialSubject: { type: ["AchievementSubject"] } },
      { locale },
    ).issues,
  "interop.badge_too_large": (locale) =>
    fromOpenBadgeCredential({ ...badge("en"), evidence: deeplyNestedObject("x", 100) }, { locale })
      .issues,
  "interop.badge_long_text": (locale) =>
    fromOpenBadgeCredential({ ...badge("en"), description: "x".repeat(200_000) }, { locale })
      .issues,
  "interop.badge_unsafe_key": (locale) =>
    fromOpenBadgeCredential(
      JSON.parse(`{"__proto__": {"polluted": true}, ${JSON.stringify(badge("en")).slice(1)}`),
      {
        locale,
      },
    ).issues,
  "interop.badge_unmapped": (locale) => {
    const b = badge("en");
    b.credentialSubject = [b.credentialSubject, b.credentialSubject];
    return fromOpenBadgeCredential(b, { locale }).issues;
  },
  "interop.badge_inferred": (locale) => {
    const b = badge("en");
    delete b.credentialSubject.result;
    return fromOpenBadgeCredential(b, { locale, inferClaims: true }).issues;
  },
  "interop.badge_programme_matched": (locale) => {
    const b = toOpenBadgeCredential({ on: "2026-06-30", programmeId: "bts-crsa" }, base);
    const json = JSON.parse(JSON.stringify(b.ok ? b.value : {}));
    json.credentialSubject.achievement.otherIdentifier =
      json.credentialSubject.achievement.otherIdentifier.filter(
        (e: { identifierType: string }) => e.identifierType !== "ext:CmqKitProgramme",
      );
    return fromOpenBadgeCredential(json, { locale, programmes: PROGRAMMES }).issues;
  },
};
