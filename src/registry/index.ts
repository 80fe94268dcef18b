/**
 * `cmq-kit/registry`: the official registries, read offline — France compétences' RNCP/RS
 * export, the Annuaire de l'éducation and the list of higher-education institutions — into
 * typed records, one index with fast look-ups, programmes and partners built from them, and
 * the `RegistryLookup` the registry-aware checks take as `options.registry`.
 *
 * Every reader is pure (text or bytes in, `Result` out), located (`path: [file, line]`) and
 * never throws; the CSV and zip readers are the library's own (see `docs/registry.md`).
 *
 * @example
 * ```ts no-run
 * // no-run: the RNCP export is a large daily zip you download (see docs/registry.md).
 * import { readFileSync } from "node:fs";
 * import { createRegistry, readRncpExport } from "cmq-kit/registry";
 * const read = readRncpExport(new Uint8Array(readFileSync("export-fiches-csv-2026-12-07.zip")));
 * if (read.ok) createRegistry({ certifications: read.value.certifications }).certification("RNCP35340");
 * ```
 *
 * @module registry
 */
export {
  type CertificationFacts,
  checkBlockInRegistry,
  checkCertificationInRegistry,
  checkEstablishmentInRegistry,
  type EstablishmentFacts,
  isRegistryLookup,
  type RegistryHolding,
  type RegistryLookup,
} from "../ids/index.js";
export { REGISTRY_CODES, type RegistryIssueCode } from "./codes.js";
export {
  type CsvProblem,
  type CsvReadOptions,
  CsvRowView,
  type CsvSeparator,
  type CsvWriteOptions,
  detectSeparator,
  MAX_CSV_COLUMNS,
  readCsvRows,
  scanCsvRows,
  writeCsv,
  writeCsvField,
} from "./csv.js";
export {
  ESTABLISHMENT_KIND_RULES,
  establishmentKind,
  readEstablishmentDirectory,
  readHigherEducationList,
} from "./establishments.js";
export {
  type ImportCsvOptions,
  importLearnersCsv,
  importPartnersCsv,
  PARTNER_TYPE_WORDS,
} from "./import.js";
export {
  type Certification,
  type CertificationBlock,
  CertificationSchema,
  type Certifier,
  type Establishment,
  EstablishmentSchema,
} from "./model.js";
export {
  CERTIFICATION_DIPLOMAS,
  createRegistry,
  type PartnerFromEstablishmentOptions,
  type ProgrammeFromCertificationOptions,
  partnerFromEstablishment,
  programmeFromCertification,
  type Registry,
  type RegistryInput,
} from "./registry.js";
export { type ReadRegistryOptions, readRncpExport } from "./rncp.js";
export {
  REGISTRY_FORMAT,
  type RegistrySnapshot,
  readRegistryJson,
  writeRegistryJson,
} from "./snapshot.js";
export { normalizeHeader, parseRegistryDate } from "./table.js";
