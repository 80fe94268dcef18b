/**
 * Valid values for the fuzz campaign: the example dataset and what the library builds from it.
 * Each argument a campaign call does not make hostile is drawn from here, so that most calls get
 * past the first check and the hostile value reaches the code that reads it. Everything is deeply
 * frozen: a function that mutates its input throws, and the campaign reports it.
 */
import { readFileSync } from "node:fs";
import {
  allocate,
  allocationReport,
  buildAllocationProblem,
  createRegistry,
  type Issue,
  type Learner,
  type ProjectOffer,
  readRncpExport,
} from "../../src/index.js";
import { deepFreeze } from "../helpers/junk.js";
import { ANNUAIRE, RNCP_TABLES } from "../registry/fixtures.js";

// biome-ignore lint/suspicious/noExplicitAny: the example is read as untyped JSON on purpose.
type Json = any;

const VRAI: Json = JSON.parse(
  readFileSync(new URL("../../examples/vrai.json", import.meta.url), "utf8"),
);

function okValue<T>(result: { ok: boolean; value?: T }): T {
  if (!result.ok || result.value === undefined) throw new Error("the pool's example is invalid");
  return result.value;
}

const built = okValue(
  buildAllocationProblem(VRAI.learners as Learner[], VRAI.projects as ProjectOffer[]),
);
const { problem } = built;
const allocation = okValue(allocate(problem));
const report = okValue(allocationReport(problem, allocation));
/** A clean two-table export: the fixtures of the registry tests hold deliberate errors. */
const RNCP_CLEAN = {
  "export_fiches_CSV_Standard_2026_12_06.csv": [
    "Numero_Fiche;Intitule;Nomenclature_Europe_Niveau;Date_Fin_Enregistrement;Actif",
    "RNCP35340;Conception et réalisation de systèmes automatiques;NIV5;31/08/2030;ACTIVE",
  ].join("\n"),
  "export_fiches_CSV_Blocs_De_Compétences_2026_12_06.csv": [
    "Numero_Fiche;Bloc_Competences_Code;Bloc_Competences_Libelle",
    "RNCP35340;RNCP35340BC01;Analyser un système",
  ].join("\n"),
};
const certifications = okValue(readRncpExport(RNCP_CLEAN)).certifications;
const registry = createRegistry({ certifications });

const sampleIssue: Issue = {
  code: "ids.invalid_checksum",
  severity: "error",
  path: ["partners", 0, "siret"],
  message: "Invalid checksum",
  params: { value: "13002612300015" },
};

/** Named valid values, for the samples of the campaign and for the pool. */
export const VALID = deepFreeze({
  dataset: VRAI,
  campus: VRAI.campus,
  partners: VRAI.partners,
  partner: VRAI.partners[0],
  programmes: VRAI.programmes,
  programme: VRAI.programmes[0],
  learners: VRAI.learners,
  learner: VRAI.learners[0],
  pathways: VRAI.pathways,
  pathway: VRAI.pathways[0],
  step: VRAI.pathways[0].steps[0],
  projects: VRAI.projects,
  project: VRAI.projects[0],
  problem,
  builtProblem: built,
  allocation,
  matches: allocation.matches,
  report,
  registry,
  rncpTables: RNCP_CLEAN,
  rncpTablesWithErrors: RNCP_TABLES,
  establishmentsCsv: ANNUAIRE,
  issue: sampleIssue,
  issues: [sampleIssue],
  matrix: [
    [4, 1, 3],
    [2, 0, 5],
    [3, 2, 2],
  ],
  requirement: { all: [{ level: 4 }, { ects: 60 }] },
  achievements: [{ on: "2024-07-05", diploma: "bac-pro", level: 4 }],
  date: "2026-01-15",
  period: { start: "2025-09-01", end: "2026-06-30" },
  siret: "13002612300014",
  uai: VRAI.partners[0].uai,
  rncp: "RNCP35340",
  kind: "siret",
  parameterName: "apprenticeship.maxAge",
  englishOptions: { on: "2026-01-15", locale: "en" },
  frenchOptions: { on: "2026-01-15", locale: "fr" },
});

/** Every valid value, to draw arguments from. */
export const POOL: readonly unknown[] = Object.freeze(Object.values(VALID));
