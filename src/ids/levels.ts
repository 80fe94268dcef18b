/**
 * Qualification levels of the cadre national des certifications professionnelles and the
 * national diplomas placed on it.
 *
 * @module
 */

import * as z from "zod";
import { deepFreeze } from "../shared/index.js";

/**
 * The eight levels of the cadre national des certifications professionnelles (décret
 * n° 2019-14 of 8 January 2019; C. trav. D. 6113-18 ff.), aligned on the EQF.
 *
 * @example
 * ```ts
 * QUALIFICATION_LEVELS.length; //=> 8
 * ```
 */
export const QUALIFICATION_LEVELS = /* @__PURE__ */ deepFreeze([1, 2, 3, 4, 5, 6, 7, 8] as const);

/**
 * A level of the cadre national des certifications professionnelles (décret n° 2019-14 of
 * 8 January 2019; C. trav. D. 6113-18 ff.), aligned on the eight levels of the EQF:
 *
 * - `1`: basic knowledge (maîtrise des savoirs de base);
 * - `2`: simple activities, common problems solved with known rules;
 * - `3`: CAP, BEP (old level V);
 * - `4`: baccalauréat (général, technologique, professionnel), BP (old level IV);
 * - `5`: BTS, DUT, DEUST, two years after the bac (old level III);
 * - `6`: licence, licence professionnelle, BUT (old level II);
 * - `7`: master, diplôme d'ingénieur (old level I);
 * - `8`: doctorate (old level I).
 *
 * @fr niveau de qualification
 * @example
 * ```ts
 * const bts: QualificationLevel = 5;
 * ```
 */
export type QualificationLevel = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8;

/**
 * zod schema of {@link QualificationLevel}: the integers 1 to 8.
 *
 * @example
 * ```ts
 * QualificationLevelSchema.safeParse(9).success; //=> false
 * ```
 */
export const QualificationLevelSchema = /* @__PURE__ */ (() =>
  z.literal(QUALIFICATION_LEVELS).meta({
    description: "Level of the cadre national des certifications professionnelles (1–8).",
  }))();

/**
 * Tells whether a value is a qualification level.
 *
 * @param value - anything.
 * @returns `true` for the integers 1 to 8.
 * @example
 * ```ts
 * isQualificationLevel(5); //=> true
 * isQualificationLevel(5.5); //=> false
 * ```
 */
export function isQualificationLevel(value: unknown): value is QualificationLevel {
  return (QUALIFICATION_LEVELS as readonly unknown[]).includes(value);
}

/**
 * What the library knows of a kind of diploma, title or certificate.
 *
 * @example
 * ```ts
 * const bts: DiplomaInfo = DIPLOMAS.bts; //=> { level: 5, levels: [5], ownLevel: true, ects: 120, … }
 * ```
 */
export interface DiplomaInfo {
  /**
   * The usual level in the cadre national des certifications professionnelles: the only one for
   * most kinds; for a kind with several possible levels, the lowest of {@link DiplomaInfo.levels};
   * for a kind with no level of its own (`cqp`), 1, a placeholder (see `ownLevel`).
   */
  level: QualificationLevel;
  /**
   * Every level a certification of this kind may have, in increasing order. When there are
   * several (a certificat de spécialisation is level 3 or 4, a titre professionnel 3 to 7), a
   * programme of the kind states its own `level`, which must be one of them ({@link isDiplomaLevel}).
   */
  levels: readonly QualificationLevel[];
  /**
   * `false` when the kind places nothing on the cadre by itself: a CQP has a level only once
   * registered at the RNCP, the level of its registration (so `levels` lists all eight).
   */
  ownLevel: boolean;
  /** ECTS credits the diploma confers, where a text fixes them. */
  ects?: number;
  /** Usual name in French. */
  fr: string;
  /** Name in English. */
  en: string;
  /** The text the level or credits come from. */
  source: string;
}

/**
 * What the checks read of a diploma kind: {@link DiplomaInfo} without its names and source.
 *
 * @example
 * ```ts
 * const info: DiplomaLevelInfo = { level: 5, levels: [5], ownLevel: true, ects: 120 };
 * ```
 */
export type DiplomaLevelInfo = Omit<DiplomaInfo, "fr" | "en" | "source">;

/**
 * The level(s) and ECTS credits of each diploma kind, without names and sources: what the checks
 * read. {@link DIPLOMAS} adds the names and sources.
 *
 * @example
 * ```ts
 * DIPLOMA_LEVELS["bac-pro"].level; //=> 4
 * DIPLOMA_LEVELS["certificat-specialisation"].levels; //=> [3, 4]
 * ```
 */
export const DIPLOMA_LEVELS = /* @__PURE__ */ deepFreeze({
  cap: { level: 3, levels: [3], ownLevel: true },
  bep: { level: 3, levels: [3], ownLevel: true },
  capa: { level: 3, levels: [3], ownLevel: true },
  "certificat-specialisation": { level: 3, levels: [3, 4], ownLevel: true },
  "titre-professionnel": { level: 3, levels: [3, 4, 5, 6, 7], ownLevel: true },
  "bac-pro": { level: 4, levels: [4], ownLevel: true },
  "bac-pro-agricole": { level: 4, levels: [4], ownLevel: true },
  "bac-general": { level: 4, levels: [4], ownLevel: true },
  "bac-techno": { level: 4, levels: [4], ownLevel: true },
  bp: { level: 4, levels: [4], ownLevel: true },
  bma: { level: 4, levels: [4], ownLevel: true },
  bts: { level: 5, levels: [5], ownLevel: true, ects: 120 },
  dut: { level: 5, levels: [5], ownLevel: true, ects: 120 },
  deust: { level: 5, levels: [5], ownLevel: true, ects: 120 },
  but: { level: 6, levels: [6], ownLevel: true, ects: 180 },
  licence: { level: 6, levels: [6], ownLevel: true, ects: 180 },
  "licence-pro": { level: 6, levels: [6], ownLevel: true },
  "dn-made": { level: 6, levels: [6], ownLevel: true, ects: 180 },
  master: { level: 7, levels: [7], ownLevel: true, ects: 120 },
  engineer: { level: 7, levels: [7], ownLevel: true },
  doctorate: { level: 8, levels: [8], ownLevel: true },
  cqp: { level: 1, levels: QUALIFICATION_LEVELS, ownLevel: false },
} as const satisfies Record<string, DiplomaLevelInfo>);

/**
 * The names and sources of each diploma kind. Built in a function marked pure, so that bundlers
 * drop it when only the levels are used.
 */
const DIPLOMA_TEXTS: Readonly<Record<DiplomaKind, Pick<DiplomaInfo, "fr" | "en" | "source">>> =
  /* @__PURE__ */ (() => ({
    cap: {
      fr: "Certificat d'aptitude professionnelle (CAP)",
      en: "Vocational aptitude certificate (CAP)",
      source: "Arrêté du 8 janvier 2019, annexe (niveau 3)",
    },
    bep: {
      fr: "Brevet d'études professionnelles (BEP)",
      en: "Vocational studies certificate (BEP)",
      source: "Arrêté du 8 janvier 2019, annexe (niveau 3)",
    },
    capa: {
      fr: "Certificat d'aptitude professionnelle agricole (CAPa)",
      en: "Agricultural vocational aptitude certificate (CAPa)",
      source:
        "C. rur. D. 811-146 à D. 811-149 (CAPa, cycle de deux ans); R. 811-145 (équivalent du CAP de l'Éducation nationale), donc niveau 3 (arrêté du 8 janvier 2019)",
    },
    "certificat-specialisation": {
      fr: "Certificat de spécialisation (CS)",
      en: "Specialisation certificate (CS)",
      source:
        "C. rur. D. 811-167 à D. 811-167-8 (certificat de spécialisation agricole, complète un diplôme); chaque arrêté de création fixe le niveau, ex. arrêté du 23 juillet 2019 (CS « conduite d'un élevage caprin », niveau 4); les CS adossés à un CAP agricole sont de niveau 3",
    },
    "titre-professionnel": {
      fr: "Titre professionnel du ministère chargé de l'emploi (TP)",
      en: "Professional title of the ministry of labour (TP)",
      source:
        "C. trav. R. 338-1 et s. (titres délivrés au nom de l'État, enregistrés de droit au RNCP); niveaux 3 à 6 observés (ministère du Travail, fiches titres), niveau 7 admis par le contrat du projet (lecture secondaire)",
    },
    "bac-pro": {
      fr: "Baccalauréat professionnel",
      en: "Vocational baccalaureate",
      source: "Arrêté du 8 janvier 2019, annexe (niveau 4)",
    },
    "bac-pro-agricole": {
      fr: "Baccalauréat professionnel agricole",
      en: "Agricultural vocational baccalaureate",
      source:
        "C. rur. R. 811-145 (baccalauréat professionnel de l'enseignement agricole, délivré selon le règlement général du baccalauréat professionnel); niveau 4 (arrêté du 8 janvier 2019)",
    },
    "bac-general": {
      fr: "Baccalauréat général",
      en: "General baccalaureate",
      source: "Arrêté du 8 janvier 2019, annexe (niveau 4)",
    },
    "bac-techno": {
      fr: "Baccalauréat technologique",
      en: "Technological baccalaureate",
      source: "Arrêté du 8 janvier 2019, annexe (niveau 4)",
    },
    bp: {
      fr: "Brevet professionnel (BP)",
      en: "Professional certificate (BP)",
      source: "Arrêté du 8 janvier 2019, annexe (niveau 4)",
    },
    bma: {
      fr: "Brevet des métiers d'art (BMA)",
      en: "Crafts and applied arts certificate (BMA)",
      source:
        "C. éduc., partie réglementaire, brevet des métiers d'art : « classé au niveau IV » (niveau 4 du cadre national, arrêté du 8 janvier 2019)",
    },
    bts: {
      fr: "Brevet de technicien supérieur (BTS)",
      en: "Higher technician certificate (BTS)",
      source: "Arrêté du 8 janvier 2019 (niveau 5); règlement du BTS (120 ECTS)",
    },
    dut: {
      fr: "Diplôme universitaire de technologie (DUT)",
      en: "University diploma in technology (DUT)",
      source: "Arrêté du 8 janvier 2019 (niveau 5); arrêté du 6 décembre 2019 (120 ECTS)",
    },
    deust: {
      fr: "Diplôme d'études universitaires scientifiques et techniques (DEUST)",
      en: "University diploma of scientific and technical studies (DEUST)",
      source: "Arrêté du 8 janvier 2019 (niveau 5)",
    },
    but: {
      fr: "Bachelor universitaire de technologie (BUT)",
      en: "Bachelor of technology (BUT)",
      source: "Arrêté du 6 décembre 2019, art. 17 (licence professionnelle de 180 ECTS)",
    },
    licence: {
      fr: "Licence",
      en: "Bachelor's degree (licence)",
      source: "Arrêté du 8 janvier 2019 (niveau 6); arrêté du 30 juillet 2018 (180 ECTS)",
    },
    "licence-pro": {
      fr: "Licence professionnelle",
      en: "Professional bachelor's degree (licence professionnelle)",
      source: "Arrêté du 6 décembre 2019 (niveau 6)",
    },
    "dn-made": {
      fr: "Diplôme national des métiers d'art et du design (DN MADE)",
      en: "National diploma in crafts and design (DN MADE)",
      source:
        "Décret n° 2018-367 et arrêté du 18 mai 2018 (C. éduc. D. 642-34 : grade de licence, 180 ECTS en six semestres; niveau 6)",
    },
    master: {
      fr: "Master",
      en: "Master's degree",
      source:
        "Arrêté du 8 janvier 2019 (niveau 7); C. éduc. D. 612-36-1 (120 ECTS après la licence)",
    },
    engineer: {
      fr: "Diplôme d'ingénieur",
      en: "Engineering degree",
      source: "Arrêté du 8 janvier 2019 (niveau 7); C. éduc. D. 612-34 (grade de master)",
    },
    doctorate: {
      fr: "Doctorat",
      en: "Doctorate (PhD)",
      source: "Arrêté du 8 janvier 2019 (niveau 8)",
    },
    cqp: {
      fr: "Certificat de qualification professionnelle (CQP)",
      en: "Sector qualification certificate (CQP)",
      source:
        "C. trav. L. 6113-6 (CQP créés par les CPNE de branche); France compétences, « Qu'est-ce qu'un CQP » : seul un CQP enregistré au RNCP reçoit un niveau de qualification, celui de son enregistrement",
    },
  }))();

/**
 * National diplomas, titles and certificates by kind, with their level(s) and, where a text
 * fixes them, their ECTS credits.
 *
 * Levels: décret n° 2019-14 and arrêté of 8 January 2019 (cadre national des certifications
 * professionnelles). ECTS: the BTS regulations (120), arrêté of 30 July 2018 (licence, 180),
 * arrêté of 6 December 2019 (DUT 120, BUT 180), C. éduc. D. 612-36-1 (master, 120 after the
 * licence), arrêté of 18 May 2018 (DN MADE, 180). See `../shared/reference/domain-facts.md`
 * §3.4–§3.5 and each entry's `source`.
 * `licence-pro` and `engineer` carry no ECTS here: the diploma confers 180 (resp. 300 with the
 * grade de master) counted from the baccalauréat, but the programme leading to it usually carries
 * only its last 60 (resp. 180); a programme states its own credits in `Programme.ects`.
 *
 * Kinds are listed in order of `level`, except `cqp` (no level of its own), last. Kinds with
 * several `levels` (`certificat-specialisation`, `titre-professionnel`, `cqp`): a programme of
 * the kind says which applies in its own `level`.
 *
 * @example
 * ```ts
 * DIPLOMAS["bac-pro"].level; //=> 4
 * DIPLOMAS.but.ects; //=> 180
 * DIPLOMAS["certificat-specialisation"].levels; //=> [3, 4]
 * ```
 */
export const DIPLOMAS: {
  readonly [K in DiplomaKind]: (typeof DIPLOMA_LEVELS)[K] &
    Readonly<Pick<DiplomaInfo, "fr" | "en" | "source">>;
} = /* @__PURE__ */ withDiplomaTexts();

/** {@link DIPLOMA_LEVELS} with the names and sources, frozen. */
function withDiplomaTexts(): typeof DIPLOMAS {
  const table: Record<string, DiplomaInfo> = {};
  for (const kind of Object.keys(DIPLOMA_LEVELS) as DiplomaKind[]) {
    table[kind] = { ...DIPLOMA_LEVELS[kind], ...DIPLOMA_TEXTS[kind] };
  }
  return deepFreeze(table) as typeof DIPLOMAS;
}

/**
 * A kind of national diploma, key of {@link DIPLOMAS}.
 *
 * @example
 * ```ts
 * const kind: DiplomaKind = "bac-pro";
 * ```
 */
export type DiplomaKind = keyof typeof DIPLOMA_LEVELS;

/**
 * The diploma kinds, in order of level.
 *
 * @example
 * ```ts
 * DIPLOMA_KINDS[0]; //=> "cap"
 * ```
 */
export const DIPLOMA_KINDS = /* @__PURE__ */ deepFreeze(
  /* @__PURE__ */ Object.keys(DIPLOMA_LEVELS) as [DiplomaKind, ...DiplomaKind[]],
);

/**
 * zod schema of {@link DiplomaKind}.
 *
 * @example
 * ```ts
 * DiplomaKindSchema.parse("bts"); //=> "bts"
 * ```
 */
export const DiplomaKindSchema = /* @__PURE__ */ (() =>
  z
    .enum(DIPLOMA_KINDS)
    .meta({ description: "Kind of national diploma, title or certificate (see DIPLOMAS)." }))();

/**
 * Tells whether a certification of a diploma kind may have a level: whether `level` is one of
 * `DIPLOMAS[kind].levels`. A programme of a kind with several possible levels (certificat de
 * spécialisation, titre professionnel, CQP) states its own `level`, and this says whether it
 * fits the kind.
 *
 * @param kind - a diploma kind (anything: an unknown kind gives `false`).
 * @param level - a qualification level (anything: a value that is not one gives `false`).
 * @returns `true` when the kind allows the level. Never throws.
 * @example
 * ```ts
 * isDiplomaLevel("certificat-specialisation", 4); //=> true
 * isDiplomaLevel("certificat-specialisation", 5); //=> false
 * isDiplomaLevel("bts", 6); //=> false
 * isDiplomaLevel("cqp", 2); //=> true (a CQP has the level of its RNCP registration)
 * ```
 */
export function isDiplomaLevel(kind: DiplomaKind, level: QualificationLevel): boolean {
  if (typeof kind !== "string" || !Object.hasOwn(DIPLOMA_LEVELS, kind)) return false;
  return (DIPLOMA_LEVELS[kind].levels as readonly unknown[]).includes(level);
}
