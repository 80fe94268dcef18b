/**
 * Qualification levels of the cadre national des certifications professionnelles and the
 * national diplomas placed on it.
 *
 * @module
 */
import { z } from "zod/v4";

/**
 * The eight levels of the cadre national des certifications professionnelles (décret
 * n° 2019-14 of 8 January 2019; C. trav. D. 6113-18 ff.), aligned on the EQF.
 *
 * @example
 * ```ts
 * QUALIFICATION_LEVELS.length; //=> 8
 * ```
 */
export const QUALIFICATION_LEVELS = [1, 2, 3, 4, 5, 6, 7, 8] as const;

/**
 * A qualification level, 1 (basic knowledge) to 8 (doctorate).
 *
 * @example
 * ```ts
 * const bts: QualificationLevel = 5;
 * ```
 */
export type QualificationLevel = (typeof QUALIFICATION_LEVELS)[number];

/**
 * zod schema of {@link QualificationLevel}: the integers 1 to 8.
 *
 * @example
 * ```ts
 * QualificationLevelSchema.safeParse(9).success; //=> false
 * ```
 */
export const QualificationLevelSchema = /* @__PURE__ */ z
  .literal(QUALIFICATION_LEVELS)
  .meta({ description: "Level of the cadre national des certifications professionnelles (1–8)." });

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
 * What the library knows of a national diploma.
 *
 * @example
 * ```ts
 * const bts: DiplomaInfo = DIPLOMAS.bts; //=> { level: 5, ects: 120, … }
 * ```
 */
export interface DiplomaInfo {
  /** Level in the cadre national des certifications professionnelles. */
  level: QualificationLevel;
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
 * National diplomas by kind, with their level and, where a text fixes them, their ECTS credits.
 *
 * Levels: décret n° 2019-14 and arrêté of 8 January 2019 (cadre national des certifications
 * professionnelles). ECTS: the BTS regulations (120), arrêté of 30 July 2018 (licence, 180),
 * arrêté of 6 December 2019 (DUT 120, BUT 180), C. éduc. D. 612-36-1 (master, 120 after the
 * licence). See `../shared/reference/domain-facts.md` §3.4–§3.5 and each entry's `source`.
 * `licence-pro` and `engineer` carry no ECTS here: the diploma confers 180 (resp. 300 with the
 * grade de master) counted from the baccalauréat, but the programme leading to it usually carries
 * only its last 60 (resp. 180); a programme states its own credits in `Programme.ects`.
 *
 * @example
 * ```ts
 * DIPLOMAS["bac-pro"].level; //=> 4
 * DIPLOMAS.but.ects; //=> 180
 * ```
 */
export const DIPLOMAS = {
  cap: {
    level: 3,
    fr: "Certificat d'aptitude professionnelle (CAP)",
    en: "Vocational aptitude certificate (CAP)",
    source: "Arrêté du 8 janvier 2019, annexe (niveau 3)",
  },
  bep: {
    level: 3,
    fr: "Brevet d'études professionnelles (BEP)",
    en: "Vocational studies certificate (BEP)",
    source: "Arrêté du 8 janvier 2019, annexe (niveau 3)",
  },
  "bac-pro": {
    level: 4,
    fr: "Baccalauréat professionnel",
    en: "Vocational baccalaureate",
    source: "Arrêté du 8 janvier 2019, annexe (niveau 4)",
  },
  "bac-general": {
    level: 4,
    fr: "Baccalauréat général",
    en: "General baccalaureate",
    source: "Arrêté du 8 janvier 2019, annexe (niveau 4)",
  },
  "bac-techno": {
    level: 4,
    fr: "Baccalauréat technologique",
    en: "Technological baccalaureate",
    source: "Arrêté du 8 janvier 2019, annexe (niveau 4)",
  },
  bp: {
    level: 4,
    fr: "Brevet professionnel (BP)",
    en: "Professional certificate (BP)",
    source: "Arrêté du 8 janvier 2019, annexe (niveau 4)",
  },
  bts: {
    level: 5,
    ects: 120,
    fr: "Brevet de technicien supérieur (BTS)",
    en: "Higher technician certificate (BTS)",
    source: "Arrêté du 8 janvier 2019 (niveau 5); règlement du BTS (120 ECTS)",
  },
  dut: {
    level: 5,
    ects: 120,
    fr: "Diplôme universitaire de technologie (DUT)",
    en: "University diploma in technology (DUT)",
    source: "Arrêté du 8 janvier 2019 (niveau 5); arrêté du 6 décembre 2019 (120 ECTS)",
  },
  deust: {
    level: 5,
    ects: 120,
    fr: "Diplôme d'études universitaires scientifiques et techniques (DEUST)",
    en: "University diploma of scientific and technical studies (DEUST)",
    source: "Arrêté du 8 janvier 2019 (niveau 5)",
  },
  but: {
    level: 6,
    ects: 180,
    fr: "Bachelor universitaire de technologie (BUT)",
    en: "Bachelor of technology (BUT)",
    source: "Arrêté du 6 décembre 2019, art. 17 (licence professionnelle de 180 ECTS)",
  },
  licence: {
    level: 6,
    ects: 180,
    fr: "Licence",
    en: "Bachelor's degree (licence)",
    source: "Arrêté du 8 janvier 2019 (niveau 6); arrêté du 30 juillet 2018 (180 ECTS)",
  },
  "licence-pro": {
    level: 6,
    fr: "Licence professionnelle",
    en: "Professional bachelor's degree (licence professionnelle)",
    source: "Arrêté du 6 décembre 2019 (niveau 6)",
  },
  master: {
    level: 7,
    ects: 120,
    fr: "Master",
    en: "Master's degree",
    source: "Arrêté du 8 janvier 2019 (niveau 7); C. éduc. D. 612-36-1 (120 ECTS après la licence)",
  },
  engineer: {
    level: 7,
    fr: "Diplôme d'ingénieur",
    en: "Engineering degree",
    source: "Arrêté du 8 janvier 2019 (niveau 7); C. éduc. D. 612-34 (grade de master)",
  },
  doctorate: {
    level: 8,
    fr: "Doctorat",
    en: "Doctorate (PhD)",
    source: "Arrêté du 8 janvier 2019 (niveau 8)",
  },
} as const satisfies Record<string, DiplomaInfo>;

/**
 * A kind of national diploma, key of {@link DIPLOMAS}.
 *
 * @example
 * ```ts
 * const kind: DiplomaKind = "bac-pro";
 * ```
 */
export type DiplomaKind = keyof typeof DIPLOMAS;

/**
 * The diploma kinds, in order of level.
 *
 * @example
 * ```ts
 * DIPLOMA_KINDS[0]; //=> "cap"
 * ```
 */
export const DIPLOMA_KINDS = /* @__PURE__ */ Object.keys(DIPLOMAS) as [
  DiplomaKind,
  ...DiplomaKind[],
];

/**
 * zod schema of {@link DiplomaKind}.
 *
 * @example
 * ```ts
 * DiplomaKindSchema.parse("bts"); //=> "bts"
 * ```
 */
export const DiplomaKindSchema = /* @__PURE__ */ z
  .enum(DIPLOMA_KINDS)
  .meta({ description: "Kind of national diploma (see DIPLOMAS)." });
