/**
 * The records read from the official registries: certifications (RNCP and RS) and
 * establishments (Annuaire de l'éducation, ESR list). Each type is an interface documented field
 * by field; its zod schema `XSchema` is the runtime check, and tests/registry/model.test-d.ts
 * proves that the two are the same type.
 *
 * @module
 */
import * as z from "zod";
import { type PartnerKind, PartnerKindSchema } from "../campus/index.js";
import {
  type QualificationLevel,
  QualificationLevelSchema,
  SiretSchema,
  UaiSchema,
} from "../ids/index.js";
import type { GeoPoint } from "../pathway/index.js";
import { type IsoDate, IsoDateSchema } from "../shared/index.js";

/**
 * zod schema of {@link Certification}.
 *
 * @example
 * ```ts
 * CertificationSchema.parse({ code: "RNCP35340", title: "BTS CRSA", active: true, blocks: [], nsf: [], rome: [], certifiers: [] });
 * ```
 */
export const CertificationSchema = /* @__PURE__ */ z
  .object({
    code: z.string().min(1),
    title: z.string(),
    level: QualificationLevelSchema.optional(),
    active: z.boolean(),
    registrationEnd: IsoDateSchema.optional(),
    decidedOn: IsoDateSchema.optional(),
    abbreviation: z.string().optional(),
    blocks: z.array(z.object({ code: z.string().min(1), title: z.string() })),
    nsf: z.array(z.string()),
    rome: z.array(z.string()),
    certifiers: z.array(z.object({ name: z.string(), siret: z.string().optional() })),
    successors: z.array(z.string()).optional(),
  })
  .meta({ description: "A certification of the RNCP or of the Répertoire spécifique." });

/**
 * A competence block of a {@link Certification} (`Blocs_De_Compétences`).
 *
 * @fr bloc de compétences
 * @example
 * ```ts
 * const block: CertificationBlock = { code: "RNCP35340BC01", title: "Conception" };
 * ```
 */
export interface CertificationBlock {
  /**
   * Block code, non-empty, e.g. `"RNCP35340BC01"`.
   *
   * @fr code du bloc
   */
  code: string;
  /**
   * Title of the block.
   *
   * @fr intitulé
   */
  title: string;
}

/**
 * A certifier of a {@link Certification} (`Certificateurs`).
 *
 * @fr certificateur
 * @example
 * ```ts
 * const certifier: Certifier = { name: "Conservatoire national des arts et métiers", siret: "19753471200017" };
 * ```
 */
export interface Certifier {
  /**
   * Name of the certifier.
   *
   * @fr nom
   */
  name: string;
  /**
   * SIRET of the certifier (`Siret_Certificateur`), as the export writes it.
   *
   * @fr SIRET
   */
  siret?: string | undefined;
}

/**
 * A certification of the RNCP (`RNCP…`) or of the Répertoire spécifique (`RS…`), as France
 * compétences' export describes it.
 *
 * @fr certification
 * @example
 * ```ts
 * const bts: Certification = { code: "RNCP35340", title: "BTS Conception et réalisation de systèmes automatiques", level: 5, active: true, blocks: [], nsf: ["201"], rome: ["H1208"], certifiers: [] };
 * ```
 */
export interface Certification {
  /**
   * `Numero_Fiche`: `"RNCP35340"` or `"RS5678"`, non-empty.
   *
   * @fr numéro de fiche
   */
  code: string;
  /**
   * `Intitule`.
   *
   * @fr intitulé
   */
  title: string;
  /**
   * Level 1 to 8 from `Nomenclature_Europe_Niveau` (`NIV5` → 5); absent for RS fiches and for
   * fiches with an old level only.
   *
   * @fr niveau
   */
  level?: QualificationLevel | undefined;
  /**
   * `Actif` is `ACTIVE`.
   *
   * @fr active
   */
  active: boolean;
  /**
   * `Date_Fin_Enregistrement`: last day of the registration, `YYYY-MM-DD`.
   *
   * @fr fin d'enregistrement
   */
  registrationEnd?: IsoDate | undefined;
  /**
   * `Date_Decision`: date of the registration decision, `YYYY-MM-DD`.
   *
   * @fr date de décision
   */
  decidedOn?: IsoDate | undefined;
  /**
   * `Abrege_Libelle`: the short kind (`BTS`, `TP`, `CAP`…).
   *
   * @fr abrégé
   */
  abbreviation?: string | undefined;
  /**
   * Competence blocks (`Blocs_De_Compétences`), in code order.
   *
   * @fr blocs de compétences
   */
  blocks: CertificationBlock[];
  /**
   * NSF codes (`Nsf`), e.g. `"201"`.
   *
   * @fr codes NSF
   */
  nsf: string[];
  /**
   * ROME codes (`Rome`), e.g. `"H1208"`.
   *
   * @fr codes ROME
   */
  rome: string[];
  /**
   * Certifiers (`Certificateurs`).
   *
   * @fr certificateurs
   */
  certifiers: Certifier[];
  /**
   * Codes of the newer fiches that replace it (`Ancienne_Nouvelle_Certification`).
   *
   * @fr fiches remplaçantes
   */
  successors?: string[] | undefined;
}

/**
 * zod schema of {@link Establishment}.
 *
 * @example
 * ```ts
 * EstablishmentSchema.parse({ uai: "0710010A", name: "Lycée", type: "Lycée", kind: "upper-secondary-school", status: "open", source: "annuaire" });
 * ```
 */
export const EstablishmentSchema = /* @__PURE__ */ z
  .object({
    uai: UaiSchema,
    name: z.string(),
    type: z.string(),
    kind: PartnerKindSchema.nullable(),
    siret: SiretSchema.optional(),
    // Derived from the SIRET by the readers (its first 9 digits), not checked on its own.
    siren: z.string().optional(),
    public: z.boolean().optional(),
    postcode: z.string().optional(),
    commune: z.string().optional(),
    location: z.object({ lat: z.number(), lon: z.number() }).optional(),
    status: z.enum(["open", "closing", "closed"]),
    openedOn: IsoDateSchema.optional(),
    closedOn: IsoDateSchema.optional(),
    source: z.enum(["annuaire", "esr"]),
  })
  .meta({ description: "A school or higher-education institution of an official directory." });

/**
 * A school (Annuaire de l'éducation) or a higher-education institution (ESR list).
 *
 * @fr établissement
 * @example
 * ```ts
 * const lycee: Establishment = { uai: "0710010A", name: "Lycée Nicéphore Niépce", type: "Lycée", kind: "upper-secondary-school", status: "open", source: "annuaire" };
 * ```
 */
export interface Establishment {
  /**
   * UAI (`Identifiant_de_l_etablissement`, ESR `uai - identifiant`), non-empty.
   *
   * @fr UAI
   */
  uai: string;
  /**
   * Name.
   *
   * @fr nom
   */
  name: string;
  /**
   * The directory's own type, as written (`Lycée`, `Collège`, `Université`…).
   *
   * @fr type d'établissement
   */
  type: string;
  /**
   * Partner kind mapped from `type` (see `ESTABLISHMENT_KIND_RULES`); `null` when none fits.
   *
   * @fr type de partenaire
   */
  kind: PartnerKind | null;
  /**
   * SIRET, when the directory gives one.
   *
   * @fr SIRET
   */
  siret?: string | undefined;
  /**
   * SIREN (given, or the first 9 digits of the SIRET).
   *
   * @fr SIREN
   */
  siren?: string | undefined;
  /**
   * Public (`true`) or private (`false`), when given.
   *
   * @fr public
   */
  public?: boolean | undefined;
  /**
   * Postcode.
   *
   * @fr code postal
   */
  postcode?: string | undefined;
  /**
   * INSEE code of the commune.
   *
   * @fr code commune (INSEE)
   */
  commune?: string | undefined;
  /**
   * Coordinates (WGS 84 degrees).
   *
   * @fr coordonnées
   */
  location?: GeoPoint | undefined;
  /**
   * `"open"`, `"closing"` (closure announced: `A FERMER`) or `"closed"`.
   *
   * @fr état
   */
  status: "open" | "closing" | "closed";
  /**
   * Opening date, `YYYY-MM-DD`.
   *
   * @fr date d'ouverture
   */
  openedOn?: IsoDate | undefined;
  /**
   * Closing date, `YYYY-MM-DD`.
   *
   * @fr date de fermeture
   */
  closedOn?: IsoDate | undefined;
  /**
   * The file it was read from: `"annuaire"` (Annuaire de l'éducation) or `"esr"` (the ESR list).
   *
   * @fr source
   */
  source: "annuaire" | "esr";
}
