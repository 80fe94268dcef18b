/**
 * One index over the registries' records, with fast look-ups, and what can be built from it:
 * programmes from certifications, partners from establishments.
 *
 * @module
 */

import { type Partner, PartnerKindSchema, PartnerSchema } from "../campus/index.js";
import {
  DIPLOMA_KINDS,
  type DiplomaKind,
  isQualificationLevel,
  type RegistryHolding,
  type RegistryLookup,
} from "../ids/index.js";
import { type Programme, ProgrammeSchema } from "../pathway/index.js";
import {
  createIssue,
  deepFreeze,
  type Issue,
  type IssueParams,
  isArraySafely,
  isPlainRecord,
  type LocaleOptions,
  localeOf,
  type ParsableSchema,
  parseUntrusted,
  quote,
  type Result,
  readSafely,
  resultOf,
  typeName,
} from "../shared/index.js";
import { REGISTRY_CODES, type RegistryIssueCode } from "./codes.js";
import {
  type Certification,
  CertificationSchema,
  type Establishment,
  EstablishmentSchema,
} from "./model.js";

/**
 * An index of certifications and establishments. It is also a `RegistryLookup`, the interface
 * `validateDataset` (and the other checks) take as `options.registry`.
 *
 * @example
 * ```ts
 * const certifications: Certification[] = [{
 *   code: "RNCP35340", title: "BUT Génie électrique et informatique industrielle", abbreviation: "BUT",
 *   level: 6, active: true, blocks: [{ code: "RNCP35340BC02", title: "Concevoir" }],
 *   nsf: ["255"], rome: [], certifiers: [],
 * }];
 * const establishments: Establishment[] = [{
 *   uai: "0710010A", name: "Lycée du Creusot", type: "LYC", kind: "upper-secondary-school",
 *   status: "open", source: "annuaire",
 * }];
 * const registry: Registry = createRegistry({ certifications, establishments });
 * registry.certification("RNCP35340")?.active; //=> true
 * registry.establishment("0710010A")?.name; //=> "Lycée du Creusot"
 * ```
 */
export interface Registry extends RegistryLookup {
  /** The certification with this code (`RNCP35340`, `RS5678`; loose spacing and case accepted). */
  certification(code: string): Certification | undefined;
  /** The competence block with this code, with the code of its certification. */
  block(code: string): { code: string; title: string; certification: string } | undefined;
  /** The establishment with this UAI. */
  establishment(uai: string): Establishment | undefined;
  /** Every establishment the directories give this SIRET (or, for a SIREN, this SIREN). */
  establishmentsBySiret(siret: string): Establishment[];
  /** Which kinds of records it holds: `rncp`, `rs`, `annuaire`, `esr`. */
  holds(kind: RegistryHolding): boolean;
  /** Every certification, in the order given. */
  readonly certifications: readonly Certification[];
  /** Every establishment, in the order given. */
  readonly establishments: readonly Establishment[];
}

/**
 * What {@link createRegistry} indexes.
 *
 * @example
 * ```ts
 * const input: RegistryInput = {
 *   certifications: [{ code: "RS5678", title: "Habilitation", active: true, blocks: [], nsf: [], rome: [], certifiers: [] }],
 *   holds: ["rncp"], // an RS-only list that still answers for RNCP codes
 * };
 * createRegistry(input).holds("rncp"); //=> true
 * ```
 */
export interface RegistryInput {
  /** Certifications, e.g. from `readRncpExport`. */
  certifications?: readonly Certification[];
  /** Establishments, e.g. from `readEstablishmentDirectory` and `readHigherEducationList`. */
  establishments?: readonly Establishment[];
  /**
   * Kinds of records held even when no record of that kind was given (an RS-free export still
   * "holds" RS). By default, a kind is held when at least one record of it was given.
   */
  holds?: readonly RegistryHolding[];
}

interface BlockEntry {
  code: string;
  title: string;
  certification: string;
}

/**
 * Builds the index: certifications by code, blocks by code, establishments by UAI and by SIRET
 * and SIREN. Records that are not objects with a string code (or UAI) are skipped, so the
 * function never throws; when a code appears twice, the first record wins.
 *
 * @param input - the records.
 * @returns the registry.
 * @example
 * ```ts
 * const registry = createRegistry({
 *   certifications: [{
 *     code: "RNCP35340", title: "BUT GEII", active: true, blocks: [{ code: "RNCP35340BC02", title: "Concevoir" }],
 *     nsf: [], rome: [], certifiers: [],
 *   }],
 * });
 * registry.block("RNCP35340BC02"); //=> { code: "RNCP35340BC02", title: "Concevoir", certification: "RNCP35340" }
 * ```
 */
export function createRegistry(input: RegistryInput): Registry {
  const certifications: Certification[] = [];
  const establishments: Establishment[] = [];
  const byCode = new Map<string, Certification>();
  const blocks = new Map<string, BlockEntry>();
  const byUai = new Map<string, Establishment>();
  const held = new Set<RegistryHolding>();
  const read = (key: string) =>
    readSafely(() => (isPlainRecord(input) ? input[key] : undefined), undefined);

  const addCertification = (item: unknown) => {
    if (typeof item !== "object" || item === null) return;
    const code = (item as { code?: unknown }).code;
    if (typeof code !== "string" || byCode.has(code)) return;
    const certification = item as Certification;
    byCode.set(code, certification);
    certifications.push(certification);
    held.add(code.startsWith("RS") ? "rs" : "rncp");
    const list: unknown = certification.blocks;
    if (!Array.isArray(list)) return;
    for (const block of list as unknown[]) {
      if (typeof block !== "object" || block === null) continue;
      const blockCode = (block as { code?: unknown }).code;
      if (typeof blockCode !== "string" || blocks.has(blockCode)) continue;
      const title = (block as { title?: unknown }).title;
      blocks.set(blockCode, {
        code: blockCode,
        title: typeof title === "string" ? title : "",
        certification: code,
      });
    }
  };
  const addEstablishment = (item: unknown) => {
    if (typeof item !== "object" || item === null) return;
    const uai = (item as { uai?: unknown }).uai;
    if (typeof uai !== "string" || byUai.has(uai)) return;
    const establishment = item as Establishment;
    byUai.set(uai, establishment);
    establishments.push(establishment);
    held.add(establishment.source === "esr" ? "esr" : "annuaire");
  };
  // One try per record, not a closure per property: a record that cannot be read is skipped.
  eachSafely(read("certifications"), addCertification);
  eachSafely(read("establishments"), addEstablishment);
  eachSafely(read("holds"), (kind) => {
    if (kind === "rncp" || kind === "rs" || kind === "annuaire" || kind === "esr") held.add(kind);
  });

  // The SIRET and SIREN index is built on the first SIRET look-up: the checks never need it.
  let bySiret: Map<string, Establishment[]> | undefined;
  const siretIndex = () => {
    if (bySiret !== undefined) return bySiret;
    const index = new Map<string, Establishment[]>();
    for (const establishment of establishments) {
      const keys = readSafely(() => [establishment.siret, establishment.siren], []);
      for (const key of keys) {
        if (typeof key !== "string") continue;
        const list = index.get(key);
        if (list === undefined) index.set(key, [establishment]);
        else if (!list.includes(establishment)) list.push(establishment);
      }
    }
    bySiret = index;
    return index;
  };

  return {
    certification: (code) => byCode.get(code) ?? byCode.get(compact(code)),
    block: (code) => blocks.get(code) ?? blocks.get(compact(code)),
    establishment: (uai) => byUai.get(uai) ?? byUai.get(compact(uai)),
    establishmentsBySiret: (siret) => {
      const key = typeof siret === "string" ? siret.replace(/[\s\u00a0]+/g, "") : "";
      const exact = siretIndex().get(key) ?? [];
      return key.length === 14
        ? [...exact]
        : [...exact.filter((e) => e.siret === undefined || e.siret.startsWith(key))];
    },
    holds: (kind) => held.has(kind),
    certifications,
    establishments,
  };
}

/** Calls `each` on every item of a list that may be hostile; an item that throws is skipped. */
function eachSafely(list: unknown, each: (item: unknown) => void): void {
  const items = listOf(list);
  const length = readSafely(() => items.length, 0);
  for (let i = 0; i < length; i++) {
    try {
      each(items[i]);
    } catch {
      // a record whose reading throws (a getter, a revoked proxy) is left out
    }
  }
}

function listOf(value: unknown): readonly unknown[] {
  return isArraySafely(value) ? value : [];
}

/** A code without spaces, upper case (for loose look-ups). */
function compact(code: unknown): string {
  return typeof code === "string" ? code.replace(/[\s\u00a0]+/g, "").toUpperCase() : "";
}

/**
 * How `Abrege_Libelle` (the short kind of an RNCP fiche) maps to a {@link DiplomaKind}. Kinds
 * the library does not know yet are skipped.
 *
 * @example
 * ```ts
 * CERTIFICATION_DIPLOMAS.BTS; //=> "bts"
 * ```
 */
export const CERTIFICATION_DIPLOMAS: Readonly<Record<string, string>> = /* @__PURE__ */ deepFreeze({
  CAP: "cap",
  CAPA: "capa",
  BEP: "bep",
  "BAC PRO": "bac-pro",
  BP: "bp",
  BMA: "bma",
  BTS: "bts",
  BTSA: "bts",
  DUT: "dut",
  BUT: "but",
  DEUST: "deust",
  LICENCE: "licence",
  "LICENCE PRO": "licence-pro",
  LP: "licence-pro",
  MASTER: "master",
  "TITRE INGENIEUR": "engineer",
  INGENIEUR: "engineer",
  DOCTORAT: "doctorate",
  TP: "titre-professionnel",
  "DN MADE": "dn-made",
  CS: "certificat-specialisation",
  CQP: "cqp",
});

/**
 * Options of {@link programmeFromCertification}: anything given replaces what the registry
 * says.
 *
 * @example
 * ```ts
 * const options: ProgrammeFromCertificationOptions = { id: "bts-crsa", diploma: "bts" };
 * ```
 */
export interface ProgrammeFromCertificationOptions extends LocaleOptions {
  /** Programme id (the certification code by default). */
  id?: string;
  /** Title (the certification's by default). */
  title?: string;
  /** Diploma kind (from `Abrege_Libelle` by default, see {@link CERTIFICATION_DIPLOMAS}). */
  diploma?: DiplomaKind;
  /** Level (the certification's by default). */
  level?: number;
}

/**
 * Builds a cmq-kit `Programme` from a certification of the registry: its title, level, RNCP
 * code and blocks, and a diploma kind from its abbreviation. Unknown code:
 * `registry.unknown_certification`; a diploma or level the registry cannot give and the options
 * do not: `registry.invalid_option`.
 *
 * @param registry - the registry.
 * @param code - an `RNCP…` or `RS…` code.
 * @param options - overrides (`id`, `title`, `diploma`, `level`) and `locale`.
 * @returns the programme, or the issues.
 * @example
 * ```ts
 * const registry = createRegistry({
 *   certifications: [{
 *     code: "RNCP35340", title: "BUT Génie électrique et informatique industrielle", abbreviation: "BUT",
 *     level: 6, active: true, blocks: [{ code: "RNCP35340BC02", title: "Concevoir" }],
 *     nsf: [], rome: [], certifiers: [],
 *   }],
 * });
 * programmeFromCertification(registry, "RNCP35340", { id: "but-geii" });
 * //=> { ok: true, value: { id: "but-geii", title: "BUT Génie électrique et informatique industrielle",
 * //     diploma: "but", level: 6, rncp: "RNCP35340", blocks: [{ code: "RNCP35340BC02", … }], … }, issues: [] }
 * ```
 */
export function programmeFromCertification(
  registry: Registry,
  code: string,
  options?: ProgrammeFromCertificationOptions,
): Result<Programme, RegistryIssueCode> {
  const locale = localeOf(options);
  const issue = (code: RegistryIssueCode, path: (string | number)[], params: IssueParams) =>
    createIssue(REGISTRY_CODES, code, path, params, locale);
  const option = (key: string) =>
    readSafely(() => (isPlainRecord(options) ? options[key] : undefined), undefined);
  const found = answerOf(CertificationSchema, () =>
    typeof code === "string" ? registry.certification(code) : undefined,
  );
  if (found === undefined) {
    const shown = typeof code === "string" ? { code: quote(code) } : { received: typeName(code) };
    return {
      ok: false,
      issues: [issue("registry.unknown_certification", [], { ...shown, source: "RNCP/RS" })],
    };
  }
  const issues: Issue<RegistryIssueCode>[] = [];
  const mapped = CERTIFICATION_DIPLOMAS[normalizeAbbreviation(found.abbreviation ?? "")];
  const diplomaOption = option("diploma");
  const diploma = diplomaOption ?? mapped;
  if (typeof diploma !== "string" || !(DIPLOMA_KINDS as readonly string[]).includes(diploma)) {
    issues.push(
      issue("registry.invalid_option", ["diploma"], { option: "diploma", expected: "diploma" }),
    );
  }
  const level = option("level") ?? found.level;
  if (!isQualificationLevel(level)) {
    issues.push(
      issue("registry.invalid_option", ["level"], { option: "level", expected: "level-number" }),
    );
  }
  const id = option("id") ?? found.code;
  const title = option("title") ?? found.title;
  if (issues.length > 0) return { ok: false, issues };
  const programme: Record<string, unknown> = { id, title, diploma, level };
  if (found.code.startsWith("RNCP")) programme.rncp = found.code;
  if (found.blocks.length > 0) {
    programme.blocks = found.blocks.map((b) => (b.title === "" ? { code: b.code } : b));
  }
  const parsed = ProgrammeSchema.safeParse(programme);
  if (!parsed.success) {
    return {
      ok: false,
      issues: parsed.error.issues.map((z) =>
        issue("registry.invalid_option", z.path as (string | number)[], {
          option: String(z.path[0] ?? "id"),
          expected: "valid",
        }),
      ),
    };
  }
  return resultOf(parsed.data, issues);
}

function normalizeAbbreviation(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, " ")
    .trim();
}

/**
 * Options of {@link partnerFromEstablishment}.
 *
 * @example
 * ```ts
 * const options: PartnerFromEstablishmentOptions = { id: "lycee-niepce" };
 * ```
 */
export interface PartnerFromEstablishmentOptions extends LocaleOptions {
  /** Partner id (the UAI by default). */
  id?: string;
  /** Partner kind, when the directory's type maps to none or to another. */
  kind?: Partner["kind"];
}

/**
 * Builds a cmq-kit `Partner` from an establishment of the registry: its name, UAI, SIRET and
 * kind mapped from the directory's type (`ESTABLISHMENT_KIND_RULES`). Unknown UAI:
 * `registry.unknown_uai`; a type that maps to no kind, without `options.kind`:
 * `registry.invalid_option`; a closed establishment gives the `registry.closed_establishment`
 * warning.
 *
 * @param registry - the registry.
 * @param uai - the UAI.
 * @param options - `id`, `kind` and `locale`.
 * @returns the partner, or the issues.
 * @example
 * ```ts
 * const registry = createRegistry({
 *   establishments: [{
 *     uai: "0710010A", name: "Lycée du Creusot", type: "LYC", kind: "upper-secondary-school",
 *     siret: "19710010100017", status: "open", source: "annuaire",
 *   }],
 * });
 * partnerFromEstablishment(registry, "0710010A");
 * //=> { ok: true, issues: [], value: { id: "0710010A", name: "Lycée du Creusot", kind: "upper-secondary-school",
 * //     uai: "0710010A", siret: "19710010100017", … } }
 * ```
 */
export function partnerFromEstablishment(
  registry: Registry,
  uai: string,
  options?: PartnerFromEstablishmentOptions,
): Result<Partner, RegistryIssueCode> {
  const locale = localeOf(options);
  const issue = (code: RegistryIssueCode, path: (string | number)[], params: IssueParams) =>
    createIssue(REGISTRY_CODES, code, path, params, locale);
  const option = (key: string) =>
    readSafely(() => (isPlainRecord(options) ? options[key] : undefined), undefined);
  const found = answerOf(EstablishmentSchema, () =>
    typeof uai === "string" ? registry.establishment(uai) : undefined,
  );
  if (found === undefined) {
    const shown = typeof uai === "string" ? { uai: quote(uai) } : { received: typeName(uai) };
    return {
      ok: false,
      issues: [issue("registry.unknown_uai", [], { ...shown, source: "directory" })],
    };
  }
  const kind = option("kind") ?? found.kind;
  if (!PartnerKindSchema.safeParse(kind).success) {
    return {
      ok: false,
      issues: [
        issue("registry.invalid_option", ["kind"], {
          option: "kind",
          expected: "kind",
          type: quote(found.type),
        }),
      ],
    };
  }
  const partner: Record<string, unknown> = {
    id: option("id") ?? found.uai,
    name: found.name === "" ? found.uai : found.name,
    kind,
    uai: found.uai,
  };
  if (found.siret !== undefined) partner.siret = found.siret;
  const parsed = PartnerSchema.safeParse(partner);
  if (!parsed.success) {
    return {
      ok: false,
      issues: [issue("registry.invalid_option", ["id"], { option: "id", expected: "id" })],
    };
  }
  const issues: Issue<RegistryIssueCode>[] = [];
  if (found.status !== "open") {
    const params: IssueParams = { uai: found.uai, name: quote(found.name), status: found.status };
    if (found.closedOn !== undefined) params.closedOn = found.closedOn;
    issues.push(issue("registry.closed_establishment", [], params));
  }
  return resultOf(parsed.data, issues);
}

/**
 * What a registry answered, when it has the shape of `schema`: a registry built by hand may
 * answer anything (or throw), which then counts as no answer. Never throws.
 */
function answerOf<T>(schema: ParsableSchema<T>, ask: () => unknown): T | undefined {
  const parsed = parseUntrusted(schema, readSafely(ask, undefined));
  return parsed.success ? parsed.data : undefined;
}
