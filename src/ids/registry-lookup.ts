/**
 * What the checks of campus, pathway and dataset need from an official registry, as a small
 * interface: `cmq-kit/registry`'s `createRegistry` implements it, and the modules below the
 * registry in the layering accept it as `options.registry` without importing it. The checks
 * that compare one identifier with the registry live here too, with their `registry.*` codes.
 *
 * @module
 */
import {
  createIssue,
  defineIssueCodes,
  type Issue,
  type IssueParams,
  type IssuePath,
  isIsoDate,
  isPlainRecord,
  type Locale,
  localeOf,
  quote,
  readPathOption,
  readSafely,
  shownValue,
} from "../shared/index.js";

/**
 * The code looked up (`params[key]`) as given, or, for a value that is not a code at all
 * (`received`, its type name), that type in words (`(aucune valeur)`).
 */
function lookedUp(params: IssueParams, key: string, locale: Locale): string {
  return params[key] === undefined ? shownValue(params.received, locale) : String(params[key]);
}

/**
 * What a registry knows of one certification, as the checks read it.
 *
 * @example
 * ```ts
 * const facts: CertificationFacts = { code: "RNCP35340", title: "BTS CRSA", active: true, level: 5, blocks: [] };
 * ```
 */
export interface CertificationFacts {
  /** `RNCP…` or `RS…` code. */
  code: string;
  /** Title of the certification. */
  title: string;
  /** Level in the national framework, when the registry gives one. */
  level?: number | undefined;
  /** Whether the registry marks it ACTIVE. */
  active: boolean;
  /** Last day of its registration (`YYYY-MM-DD`), when known. */
  registrationEnd?: string | undefined;
  /** Its competence blocks. */
  blocks: readonly { code: string; title: string }[];
}

/**
 * What a registry knows of one establishment, as the checks read it.
 *
 * @example
 * ```ts
 * const facts: EstablishmentFacts = { uai: "0710010A", name: "Lycée Niépce", status: "open", source: "annuaire" };
 * ```
 */
export interface EstablishmentFacts {
  /** UAI. */
  uai: string;
  /** Name. */
  name: string;
  /** SIRET given by the directory. */
  siret?: string | undefined;
  /** SIREN given by the directory (or the first 9 digits of its SIRET). */
  siren?: string | undefined;
  /** `open`, `closing` (announced) or `closed`. */
  status: "open" | "closing" | "closed";
  /** Closing date, when known. */
  closedOn?: string | undefined;
  /** Which file it comes from. */
  source: "annuaire" | "esr";
}

/**
 * The kinds of records a registry may hold: certifications of the RNCP, of the Répertoire
 * spécifique (RS), schools of the Annuaire de l'éducation, higher-education institutions of the
 * ESR list.
 *
 * @example
 * ```ts
 * const kind: RegistryHolding = "annuaire";
 * ```
 */
export type RegistryHolding = "rncp" | "rs" | "annuaire" | "esr";

/**
 * The look-ups the registry-aware checks need. `holds` tells which kinds of records were loaded:
 * a code of a kind the registry does not hold is never reported unknown.
 *
 * @example
 * ```ts
 * const lookup: RegistryLookup = createRegistry({
 *   certifications: [{ code: "RNCP35340", title: "BUT GEII", active: true, blocks: [], nsf: [], rome: [], certifiers: [] }],
 * });
 * lookup.holds("rncp"); //=> true
 * lookup.holds("annuaire"); //=> false
 * ```
 */
export interface RegistryLookup {
  /** The certification with this code, if the registry holds it. */
  certification(code: string): CertificationFacts | undefined;
  /** The block with this code and its certification, if the registry holds it. */
  block(code: string): { code: string; title: string; certification: string } | undefined;
  /** The establishment with this UAI, if the registry holds it. */
  establishment(uai: string): EstablishmentFacts | undefined;
  /** Whether the registry holds records of this kind. */
  holds(kind: RegistryHolding): boolean;
}

/**
 * Tells whether a value looks like a {@link RegistryLookup} (its four methods are functions),
 * without calling any of them.
 *
 * @param value - anything, e.g. `options.registry`.
 * @returns `true` when the value can be used as a registry.
 * @example
 * ```ts
 * isRegistryLookup(createRegistry({})); //=> true
 * isRegistryLookup({}); //=> false
 * ```
 */
export function isRegistryLookup(value: unknown): value is RegistryLookup {
  if (typeof value !== "object" || value === null) return false;
  try {
    const record = value as Record<string, unknown>;
    return (
      typeof record.certification === "function" &&
      typeof record.block === "function" &&
      typeof record.establishment === "function" &&
      typeof record.holds === "function"
    );
  } catch {
    return false;
  }
}

const SINCE = {
  en: (end: unknown) => (typeof end === "string" ? ` since ${end} (registration ended)` : ""),
  fr: (end: unknown) => (typeof end === "string" ? ` depuis le ${end} (fin d'enregistrement)` : ""),
};

/**
 * Issue codes of the registry-aware checks (`registry.*`), used by `cmq-kit/registry` and by
 * every check that takes `options.registry`.
 *
 * @example
 * ```ts
 * REGISTRY_CHECK_CODES["registry.unknown_uai"].severity; //=> "error"
 * ```
 */
export const REGISTRY_CHECK_CODES = /* @__PURE__ */ defineIssueCodes({
  "registry.unknown_certification": {
    severity: "error",
    en: "The registry holds no certification with this code.",
    fr: "Le répertoire ne contient aucune certification de ce code.",
    message: {
      en: (p) => `${lookedUp(p, "code", "en")} is not in the registry (${p.source}).`,
      fr: (p) => `${lookedUp(p, "code", "fr")} ne figure pas dans le répertoire (${p.source}).`,
    },
  },
  "registry.unknown_block": {
    severity: "error",
    en: "The registry holds no competence block with this code.",
    fr: "Le répertoire ne contient aucun bloc de compétences de ce code.",
    message: {
      en: "Block {code} is not in the registry.",
      fr: "Le bloc {code} ne figure pas dans le répertoire.",
    },
  },
  "registry.inactive_certification": {
    severity: "warning",
    en: "The certification is inactive, or its registration ended before the date concerned.",
    fr: "La certification est inactive, ou son enregistrement a pris fin avant la date concernée.",
    message: {
      en: (p) =>
        p.active === false
          ? `${p.code} is INACTIVE${SINCE.en(p.registrationEnd)}, before ${p.on}.`
          : `${p.code}: its registration ended on ${p.registrationEnd}, before ${p.on}.`,
      fr: (p) =>
        p.active === false
          ? `${p.code} est INACTIVE${SINCE.fr(p.registrationEnd)}, avant le ${p.on}.`
          : `${p.code} : son enregistrement a pris fin le ${p.registrationEnd}, avant le ${p.on}.`,
    },
  },
  "registry.level_mismatch": {
    severity: "warning",
    en: "The programme's level is not the level the registry gives its certification.",
    fr: "Le niveau de la formation n'est pas celui que le répertoire donne à sa certification.",
    message: {
      en: "Level {level} here, but the registry gives {code} level {registryLevel}.",
      fr: "Niveau {level} ici, mais le répertoire donne à {code} le niveau {registryLevel}.",
    },
  },
  "registry.unknown_uai": {
    severity: "error",
    en: "The directory holds no establishment with this UAI.",
    fr: "L'annuaire ne contient aucun établissement de cet UAI.",
    message: {
      en: (p) => `UAI ${lookedUp(p, "uai", "en")} is not in the directory (${p.source}).`,
      fr: (p) => `L'UAI ${lookedUp(p, "uai", "fr")} ne figure pas dans l'annuaire (${p.source}).`,
    },
  },
  "registry.closed_establishment": {
    severity: "warning",
    en: "The establishment closes or closed before the membership or step it serves ends.",
    fr: "L'établissement ferme ou a fermé avant la fin de l'adhésion ou de l'étape concernée.",
    message: {
      en: (p) =>
        `${p.uai} (${p.name}) is ${p.status}${typeof p.closedOn === "string" ? ` from ${p.closedOn}` : ""}, ${typeof p.until === "string" ? `before ${p.until}` : "while the membership has no end"}.`,
      fr: (p) =>
        `${p.uai} (${p.name}) est ${p.status === "closed" ? "fermé" : "en cours de fermeture"}${typeof p.closedOn === "string" ? ` à partir du ${p.closedOn}` : ""}, ${typeof p.until === "string" ? `avant le ${p.until}` : "alors que l'adhésion n'a pas de fin"}.`,
    },
  },
  "registry.siret_mismatch": {
    severity: "warning",
    en: "The SIRET is not the one the directory gives for this UAI.",
    fr: "Le SIRET n'est pas celui que l'annuaire donne pour cet UAI.",
    message: {
      en: "SIRET {siret} here, but the directory gives {registrySiret} for UAI {uai} ({name}).",
      fr: "SIRET {siret} ici, mais l'annuaire donne {registrySiret} pour l'UAI {uai} ({name}).",
    },
  },
});

/**
 * The codes of the registry-aware checks.
 *
 * @example
 * ```ts
 * const code: RegistryCheckCode = "registry.siret_mismatch";
 * ```
 */
export type RegistryCheckCode = keyof typeof REGISTRY_CHECK_CODES;

/** The source named in messages, per kind of record. */
const SOURCES: Record<RegistryHolding, string> = {
  rncp: "RNCP",
  rs: "RS",
  annuaire: "Annuaire de l'éducation",
  esr: "ESR",
};

/**
 * Options of the single-record registry checks.
 *
 * @example
 * ```ts
 * const options: RegistryCheckOptions = { path: ["programmes", 0, "rncp"], locale: "fr" };
 * ```
 */
export interface RegistryCheckOptions {
  /** Where to locate the issues. */
  path?: IssuePath;
  /** Message language. */
  locale?: Locale;
}

/**
 * What {@link checkEstablishmentInRegistry} is told about an establishment's use in the data.
 *
 * @example
 * ```ts
 * const facts: EstablishmentCheckFacts = { siret: "19710010100019", holder: "annuaire" };
 * ```
 */
export interface EstablishmentCheckFacts {
  /** The SIRET the data gives for it. */
  siret?: string;
  /** The last day it serves (membership end or step end), `YYYY-MM-DD`. */
  until?: string;
  /** The file expected to list it: `annuaire` for schools, `esr` for higher education. */
  holder?: "annuaire" | "esr";
  /** Where the UAI is in the data. */
  uaiPath?: IssuePath;
  /** Where the SIRET is in the data. */
  siretPath?: IssuePath;
  /** Where the period it serves is in the data. */
  periodPath?: IssuePath;
  /** Skip the closure check (e.g. when no membership or step is concerned). */
  skipClosure?: boolean;
}

/*
 * The exported checks are building blocks of validators that have already read their input.
 * Given values they cannot read (a lookup that is not one, a code that is not a string, a
 * throwing getter), they report nothing rather than throw: check a registry with
 * `isRegistryLookup` first.
 */

function guarded(
  check: () => Issue<RegistryCheckCode>[],
  code: unknown,
): Issue<RegistryCheckCode>[] {
  if (typeof code !== "string") return [];
  return readSafely(check, []);
}

function readField(record: unknown, key: string): unknown {
  return readSafely(() => (isPlainRecord(record) ? record[key] : undefined), undefined);
}

function readString(record: unknown, key: string): string | undefined {
  const value = readField(record, key);
  // Identifiers are short: a longer text is no SIRET, and other checks report its format.
  return typeof value === "string" && value.length <= 64 ? value : undefined;
}

/** A date field (`on`, `until`): only a real `YYYY-MM-DD` date is taken. */
function readDate(record: unknown, key: string): string | undefined {
  const value = readField(record, key);
  return isIsoDate(value) ? value : undefined;
}

function readNumber(record: unknown, key: string): number | undefined {
  const value = readField(record, key);
  return typeof value === "number" ? value : undefined;
}

function readPath(record: unknown, key: string): IssuePath | undefined {
  const value = readField(record, key);
  return value === undefined ? undefined : readPathOption(value, []);
}

/** A copy without the keys whose value is `undefined` (for `exactOptionalPropertyTypes`). */
function withoutUndefined<T extends object>(
  record: T,
): { [K in keyof T]?: Exclude<T[K], undefined> } {
  const copy: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) if (value !== undefined) copy[key] = value;
  return copy as { [K in keyof T]?: Exclude<T[K], undefined> };
}

function checkOptions(options: unknown): RegistryCheckOptions {
  return withoutUndefined({ path: readPath(options, "path"), locale: localeOf(options) });
}

function readEstablishmentFacts(facts: unknown): EstablishmentCheckFacts {
  const holder = readField(facts, "holder");
  return withoutUndefined({
    siret: readString(facts, "siret"),
    until: readDate(facts, "until"),
    holder: holder === "annuaire" || holder === "esr" ? holder : undefined,
    uaiPath: readPath(facts, "uaiPath"),
    siretPath: readPath(facts, "siretPath"),
    periodPath: readPath(facts, "periodPath"),
    skipClosure: readField(facts, "skipClosure") === true ? true : undefined,
  });
}

/** The lookup with every method guarded: one that is not a lookup holds nothing. */
/**
 * A registry that never throws and only hands back records of the documented shape: a custom
 * lookup whose method throws, or returns something else than such a record, holds nothing for
 * that code (the checks then report it as unknown, never with garbled values).
 */
function guardLookup(lookup: unknown): RegistryLookup {
  if (!readSafely(() => isRegistryLookup(lookup), false)) return EMPTY_LOOKUP;
  const given = lookup as RegistryLookup;
  return {
    certification: (code) =>
      readSafely(() => certificationFactsOf(given.certification(code)), undefined),
    block: (code) => readSafely(() => blockFactsOf(given.block(code)), undefined),
    establishment: (uai) =>
      readSafely(() => establishmentFactsOf(given.establishment(uai)), undefined),
    holds: (kind) => readSafely(() => given.holds(kind) === true, false),
  };
}

function isOptional(value: unknown, check: (value: unknown) => boolean): boolean {
  return value === undefined || check(value);
}

function isText(value: unknown): value is string {
  return typeof value === "string";
}

/** A copy of a certification record of the documented shape, or `undefined`. */
function certificationFactsOf(value: unknown): CertificationFacts | undefined {
  if (!isPlainRecord(value)) return undefined;
  const { code, title, level, active, registrationEnd, blocks } = value;
  return isText(code) &&
    isText(title) &&
    typeof active === "boolean" &&
    isOptional(level, Number.isInteger) &&
    isOptional(registrationEnd, isIsoDate) &&
    Array.isArray(blocks)
    ? {
        code,
        title,
        level: level as number | undefined,
        active,
        registrationEnd: registrationEnd as string | undefined,
        blocks,
      }
    : undefined;
}

/** A copy of a block record of the documented shape, or `undefined`. */
function blockFactsOf(value: unknown): ReturnType<RegistryLookup["block"]> {
  if (!isPlainRecord(value)) return undefined;
  const { code, title, certification } = value;
  return isText(code) && isText(title) && isText(certification)
    ? { code, title, certification }
    : undefined;
}

const ESTABLISHMENT_STATUSES: readonly unknown[] = ["open", "closing", "closed"];
const ESTABLISHMENT_SOURCES: readonly unknown[] = ["annuaire", "esr"];

/** A copy of an establishment record of the documented shape, or `undefined`. */
function establishmentFactsOf(value: unknown): EstablishmentFacts | undefined {
  if (!isPlainRecord(value)) return undefined;
  const { uai, name, siret, siren, status, closedOn, source } = value;
  return isText(uai) &&
    isText(name) &&
    isOptional(siret, isText) &&
    isOptional(siren, isText) &&
    ESTABLISHMENT_STATUSES.includes(status) &&
    isOptional(closedOn, isIsoDate) &&
    ESTABLISHMENT_SOURCES.includes(source)
    ? ({ uai, name, siret, siren, status, closedOn, source } as EstablishmentFacts)
    : undefined;
}

const EMPTY_LOOKUP: RegistryLookup = {
  certification: () => undefined,
  block: () => undefined,
  establishment: () => undefined,
  holds: () => false,
};

/**
 * Checks a certification code against a registry: unknown (when the registry holds that kind of
 * code), inactive or no longer registered on `on`, a `level` that disagrees with the registry's.
 *
 * A certification counts as inactive on `on` when its registration ended before `on`, or when
 * the registry marks it INACTIVE without a registration end on or after `on` (a fiche whose
 * registration ends on the very day of `on` is still registered that day).
 *
 * @param lookup - the registry.
 * @param code - an `RNCP…` or `RS…` code (canonical form).
 * @param facts - `on` (the date it is used from, `YYYY-MM-DD`; no date check without it) and the
 *   `level` it is used at.
 * @param options - `path` and `locale`.
 * @returns the issues (none when all agrees).
 * @example
 * ```ts
 * const registry = createRegistry({
 *   certifications: [{ code: "RNCP35340", title: "BUT GEII", level: 6, active: true, blocks: [], nsf: [], rome: [], certifiers: [] }],
 * });
 * checkCertificationInRegistry(registry, "RNCP35340", { on: "2026-09-01", level: 6 }); //=> []
 * checkCertificationInRegistry(registry, "RNCP35340", { on: "2026-09-01", level: 5 }).map((issue) => issue.code);
 * //=> ["registry.level_mismatch"]
 * ```
 */
export function checkCertificationInRegistry(
  lookup: RegistryLookup,
  code: string,
  facts: { on?: string; level?: number },
  options: RegistryCheckOptions = {},
): Issue<RegistryCheckCode>[] {
  return guarded(() => {
    const read = { on: readDate(facts, "on"), level: readNumber(facts, "level") };
    return checkCertificationInRegistryUnchecked(
      guardLookup(lookup),
      code,
      withoutUndefined(read),
      checkOptions(options),
    );
  }, code);
}

function checkCertificationInRegistryUnchecked(
  lookup: RegistryLookup,
  code: string,
  facts: { on?: string; level?: number },
  options: RegistryCheckOptions = {},
): Issue<RegistryCheckCode>[] {
  const path = options.path ?? [];
  const locale = options.locale ?? "en";
  const kind: RegistryHolding | undefined = code.startsWith("RNCP")
    ? "rncp"
    : code.startsWith("RS")
      ? "rs"
      : undefined;
  if (kind === undefined || !lookup.holds(kind)) return [];
  const found = lookup.certification(code);
  if (found === undefined) {
    return [
      createIssue(
        REGISTRY_CHECK_CODES,
        "registry.unknown_certification",
        path,
        { code, source: SOURCES[kind] },
        locale,
      ),
    ];
  }
  const issues: Issue<RegistryCheckCode>[] = [];
  const on = facts.on;
  if (on !== undefined && isInactiveOn(found, on)) {
    const params: Record<string, string | boolean> = { code, on, active: found.active };
    if (found.registrationEnd !== undefined) params.registrationEnd = found.registrationEnd;
    issues.push(
      createIssue(REGISTRY_CHECK_CODES, "registry.inactive_certification", path, params, locale),
    );
  }
  if (facts.level !== undefined && found.level !== undefined && facts.level !== found.level) {
    issues.push(
      createIssue(
        REGISTRY_CHECK_CODES,
        "registry.level_mismatch",
        path,
        { code, level: facts.level, registryLevel: found.level },
        locale,
      ),
    );
  }
  return issues;
}

function isInactiveOn(found: CertificationFacts, on: string): boolean {
  if (found.registrationEnd !== undefined && found.registrationEnd < on) return true;
  return !found.active && (found.registrationEnd === undefined || found.registrationEnd < on);
}

/**
 * Checks a competence-block code against a registry that holds RNCP certifications; the
 * certification of a known block is then checked on `on` like
 * {@link checkCertificationInRegistry} does.
 *
 * @param lookup - the registry.
 * @param code - an `RNCP…BC…` code (canonical form).
 * @param facts - `on`, the date the block is taken from.
 * @param options - `path` and `locale`.
 * @returns the issues.
 * @example
 * ```ts
 * const registry = createRegistry({
 *   certifications: [{
 *     code: "RNCP35340", title: "BUT GEII", active: true, blocks: [{ code: "RNCP35340BC02", title: "Concevoir" }],
 *     nsf: [], rome: [], certifiers: [],
 *   }],
 * });
 * checkBlockInRegistry(registry, "RNCP35340BC02", { on: "2026-09-01" }); //=> []
 * checkBlockInRegistry(registry, "RNCP35340BC09", { on: "2026-09-01" })[0]?.code; //=> "registry.unknown_block"
 * ```
 */
export function checkBlockInRegistry(
  lookup: RegistryLookup,
  code: string,
  facts: { on?: string },
  options: RegistryCheckOptions = {},
): Issue<RegistryCheckCode>[] {
  return guarded(
    () =>
      checkBlockInRegistryUnchecked(
        guardLookup(lookup),
        code,
        withoutUndefined({ on: readDate(facts, "on") }),
        checkOptions(options),
      ),
    code,
  );
}

function checkBlockInRegistryUnchecked(
  lookup: RegistryLookup,
  code: string,
  facts: { on?: string },
  options: RegistryCheckOptions = {},
): Issue<RegistryCheckCode>[] {
  if (!code.startsWith("RNCP") || !lookup.holds("rncp")) return [];
  const found = lookup.block(code);
  if (found === undefined) {
    return [
      createIssue(
        REGISTRY_CHECK_CODES,
        "registry.unknown_block",
        options.path ?? [],
        { code },
        options.locale ?? "en",
      ),
    ];
  }
  return facts.on === undefined
    ? []
    : checkCertificationInRegistryUnchecked(lookup, found.certification, { on: facts.on }, options);
}

/**
 * Checks an establishment against the directory: an unknown UAI (only when the registry holds
 * the file that lists establishments of this kind: `annuaire` for schools, `esr` for higher
 * education; `holder` says which, `undefined` never reports unknown), a closure before `until`
 * (or at any time when `until` is missing: an open-ended membership), and a SIRET that differs
 * from the directory's.
 *
 * @param lookup - the registry.
 * @param uai - the UAI (canonical form).
 * @param facts - `siret` the data gives, `until` the last day it serves (membership end or step
 *   end), `holder` the file expected to list it, and `paths` for the UAI, SIRET and period.
 * @param options - `locale`.
 * @returns the issues.
 * @example
 * ```ts
 * const registry = createRegistry({
 *   establishments: [{
 *     uai: "0710010A", name: "Lycée du Creusot", type: "LYC", kind: "upper-secondary-school",
 *     siret: "19710010100017", status: "open", source: "annuaire",
 *   }],
 * });
 * checkEstablishmentInRegistry(registry, "0710010A", { siret: "19710010100017", holder: "annuaire" }); //=> []
 * ```
 */
export function checkEstablishmentInRegistry(
  lookup: RegistryLookup,
  uai: string,
  facts: EstablishmentCheckFacts,
  options: Pick<RegistryCheckOptions, "locale"> = {},
): Issue<RegistryCheckCode>[] {
  return guarded(
    () =>
      checkEstablishmentInRegistryUnchecked(
        guardLookup(lookup),
        uai,
        readEstablishmentFacts(facts),
        checkOptions(options),
      ),
    uai,
  );
}

function checkEstablishmentInRegistryUnchecked(
  lookup: RegistryLookup,
  uai: string,
  facts: EstablishmentCheckFacts,
  options: Pick<RegistryCheckOptions, "locale"> = {},
): Issue<RegistryCheckCode>[] {
  const locale = options.locale ?? "en";
  if (!lookup.holds("annuaire") && !lookup.holds("esr")) return [];
  const found = lookup.establishment(uai);
  if (found === undefined) {
    if (facts.holder === undefined || !lookup.holds(facts.holder)) return [];
    return [
      createIssue(
        REGISTRY_CHECK_CODES,
        "registry.unknown_uai",
        facts.uaiPath ?? [],
        { uai, source: SOURCES[facts.holder] },
        locale,
      ),
    ];
  }
  const issues: Issue<RegistryCheckCode>[] = [];
  if (facts.skipClosure !== true && closesBefore(found, facts.until)) {
    const params: Record<string, string> = { uai, name: shown(found.name), status: found.status };
    if (found.closedOn !== undefined) params.closedOn = found.closedOn;
    if (facts.until !== undefined) params.until = facts.until;
    issues.push(
      createIssue(
        REGISTRY_CHECK_CODES,
        "registry.closed_establishment",
        facts.periodPath ?? facts.uaiPath ?? [],
        params,
        locale,
      ),
    );
  }
  if (facts.siret !== undefined && !sameEstablishment(facts.siret, found)) {
    issues.push(
      createIssue(
        REGISTRY_CHECK_CODES,
        "registry.siret_mismatch",
        facts.siretPath ?? [],
        {
          uai,
          name: shown(found.name),
          siret: facts.siret,
          registrySiret: found.siret ?? found.siren ?? "",
        },
        locale,
      ),
    );
  }
  return issues;
}

/** A directory's name for a message: on one line, shortened. */
function shown(name: string): string {
  return quote(String(name).replace(/\s+/g, " "));
}

function closesBefore(found: EstablishmentFacts, until: string | undefined): boolean {
  if (found.status === "open" && found.closedOn === undefined) return false;
  if (found.closedOn === undefined) return found.status === "closed";
  return until === undefined || found.closedOn <= until;
}

/** A SIRET agrees with the directory's SIRET, or starts with its SIREN when it gives only that. */
function sameEstablishment(siret: string, found: EstablishmentFacts): boolean {
  if (found.siret !== undefined) return found.siret === siret;
  if (found.siren !== undefined) return siret.startsWith(found.siren);
  return true;
}
