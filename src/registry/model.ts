/**
 * The records read from the official registries: certifications (RNCP and RS) and
 * establishments (Annuaire de l'éducation, ESR list).
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
 * A certification of the RNCP (`RNCP…`) or of the Répertoire spécifique (`RS…`), as France
 * compétences' export describes it.
 *
 * @example
 * ```ts
 * const bts: Certification = { code: "RNCP35340", title: "BTS Conception et réalisation de systèmes automatiques", level: 5, active: true, blocks: [], nsf: ["201"], rome: ["H1208"], certifiers: [] };
 * ```
 */
export interface Certification {
  /** `Numero_Fiche`: `"RNCP35340"` or `"RS5678"`. */
  code: string;
  /** `Intitule`. */
  title: string;
  /** Level from `Nomenclature_Europe_Niveau` (`NIV5` → 5); absent for RS fiches and old levels. */
  level?: QualificationLevel;
  /** `Actif` is `ACTIVE`. */
  active: boolean;
  /** `Date_Fin_Enregistrement`: last day of the registration. */
  registrationEnd?: IsoDate;
  /** `Date_Decision`: date of the registration decision. */
  decidedOn?: IsoDate;
  /** `Abrege_Libelle`: the short kind (`BTS`, `TP`, `CAP`…). */
  abbreviation?: string;
  /** Competence blocks (`Blocs_De_Compétences`), in code order. */
  blocks: { code: string; title: string }[];
  /** NSF codes (`Nsf`). */
  nsf: string[];
  /** ROME codes (`Rome`). */
  rome: string[];
  /** Certifiers (`Certificateurs`). */
  certifiers: { name: string; siret?: string }[];
  /** Newer fiches that replace it (`Ancienne_Nouvelle_Certification`). */
  successors?: string[];
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
 * @example
 * ```ts
 * const lycee: Establishment = { uai: "0710010A", name: "Lycée Nicéphore Niépce", type: "Lycée", kind: "upper-secondary-school", status: "open", source: "annuaire" };
 * ```
 */
export interface Establishment {
  /** UAI (`Identifiant_de_l_etablissement`, ESR `uai - identifiant`). */
  uai: string;
  /** Name. */
  name: string;
  /** The directory's own type, as written (`Lycée`, `Collège`, `Université`…). */
  type: string;
  /** Partner kind mapped from `type` (see `ESTABLISHMENT_KIND_RULES`); `null` when none fits. */
  kind: PartnerKind | null;
  /** SIRET, when the directory gives one. */
  siret?: string;
  /** SIREN (given, or the first 9 digits of the SIRET). */
  siren?: string;
  /** Public (`true`) or private (`false`), when given. */
  public?: boolean;
  /** Postcode. */
  postcode?: string;
  /** INSEE code of the commune. */
  commune?: string;
  /** Coordinates (WGS 84). */
  location?: { lat: number; lon: number };
  /** `open`, `closing` (closure announced: `A FERMER`) or `closed`. */
  status: "open" | "closing" | "closed";
  /** Opening date. */
  openedOn?: IsoDate;
  /** Closing date. */
  closedOn?: IsoDate;
  /** The file it was read from. */
  source: "annuaire" | "esr";
}
