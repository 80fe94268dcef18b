import { validateDataset } from "../../src/dataset/index.js";
import {
  createRegistry,
  importPartnersCsv,
  partnerFromEstablishment,
  programmeFromCertification,
  type RegistryIssueCode,
  readEstablishmentDirectory,
  readRncpExport,
} from "../../src/registry/index.js";
import type { Issue, Locale } from "../../src/shared/index.js";
import { registryDataset, testRegistry } from "./dataset-fixture.js";
import { ANNUAIRE, RNCP_TABLES, STANDARD } from "./fixtures.js";

const ON = "2026-01-15";

function checked(locale: Locale): Issue[] {
  return validateDataset(registryDataset(), { on: ON, locale, registry: testRegistry() }).issues;
}

/** For each registry code, a call that produces it (checked by tests/issue-codes.test.ts). */
export const REGISTRY_PRODUCERS: Record<RegistryIssueCode, (locale: Locale) => Issue[]> = {
  "registry.unknown_certification": checked,
  "registry.unknown_block": checked,
  "registry.inactive_certification": checked,
  "registry.level_mismatch": checked,
  "registry.unknown_uai": checked,
  "registry.closed_establishment": checked,
  "registry.siret_mismatch": checked,
  "registry.read_error": (locale) => readRncpExport(new Uint8Array(0), { locale }).issues,
  "registry.missing_column": (locale) => readEstablishmentDirectory("a;b\n1;2", { locale }).issues,
  "registry.invalid_value": (locale) => readRncpExport(RNCP_TABLES, { locale }).issues,
  "registry.invalid_field": (locale) =>
    importPartnersCsv("identifiant;nom;type\nx;X;vaisseau spatial\n", { locale }).issues,
  "registry.duplicate_record": (locale) => readEstablishmentDirectory(ANNUAIRE, { locale }).issues,
  "registry.too_many_issues": (locale) =>
    readRncpExport(
      { "export_fiches_CSV_Standard_2026_12_06.csv": `${STANDARD}\n;;\n;;` },
      { locale, maxIssuesPerCode: 1 },
    ).issues,
  "registry.invalid_option": (locale) => [
    ...programmeFromCertification(createRegistry({}), "x", { locale }).issues,
    ...programmeFromCertification(testRegistry(), "RS5678", { locale }).issues,
    ...partnerFromEstablishment(testRegistry(), "0711234F", { locale }).issues,
  ],
};
