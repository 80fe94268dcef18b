/**
 * The registry readers against JSON.parse of the same records, on a synthetic RNCP export of
 * 50,000 fiches (about the real size) with 4 blocks each, and a 70,000-row Annuaire de
 * l'éducation; createRegistry against reading; look-ups; validateDataset with and without a
 * registry on the 20,000-learner bench dataset.
 */
import { luhnCheckDigit, uaiCheckLetter } from "cmq-kit";
import { validateDataset } from "cmq-kit/dataset";
import {
  createRegistry,
  readEstablishmentDirectory,
  readRncpExport,
  writeCsv,
} from "cmq-kit/registry";
import { syntheticDataset } from "./fixtures/synthetic-dataset.js";
import { alternateTimesMs, type BenchRow, formatMs, median } from "./harness.js";

const FICHES = 50_000;
const BLOCKS_PER_FICHE = 4;
const SCHOOLS = 70_000;

const STANDARD_HEADER = [
  "Id_Fiche",
  "Numero_Fiche",
  "Intitule",
  "Abrege_Libelle",
  "Abrege_Intitule",
  "Nomenclature_Europe_Niveau",
  "Nomenclature_Europe_Intitule",
  "Accessible_Nouvelle_Caledonie",
  "Accessible_Polynesie_Francaise",
  "Date_dernier_jo",
  "Date_Decision",
  "Date_Fin_Enregistrement",
  "Date_Effet",
  "Type_Enregistrement",
  "Validation_Partielle",
  "Actif",
];

function date(i: number): string {
  return `${String(1 + (i % 28)).padStart(2, "0")}/${String(1 + (i % 12)).padStart(2, "0")}/${2020 + (i % 10)}`;
}

/** The export's tables as rows (header first), as the published CSV holds them. */
function rncpRows(): Record<string, string[][]> {
  const standard = [STANDARD_HEADER];
  const blocks = [["Numero_Fiche", "Bloc_Competences_Code", "Bloc_Competences_Libelle"]];
  const rome = [["Numero_Fiche", "Codes_Rome_Code", "Codes_Rome_Libelle"]];
  const nsf = [["Numero_Fiche", "Nsf_Code", "Nsf_Intitule"]];
  const certifiers = [["Numero_Fiche", "Siret_Certificateur", "Nom_Certificateur"]];
  for (let i = 0; i < FICHES; i++) {
    const code = `RNCP${10000 + i}`;
    standard.push([
      String(i),
      code,
      `Titre professionnel de technicien n°${i}; option "systèmes"`,
      i % 3 === 0 ? "BTS" : "TP",
      "Technicien",
      `NIV${3 + (i % 5)}`,
      "Niveau européen",
      "Non",
      "Non",
      date(i),
      date(i + 1),
      date(i + 2),
      date(i + 3),
      "Enregistrement de droit",
      "Oui",
      i % 4 === 0 ? "INACTIVE" : "ACTIVE",
    ]);
    for (let b = 1; b <= BLOCKS_PER_FICHE; b++) {
      blocks.push([
        code,
        `${code}BC0${b}`,
        `Bloc ${b} : concevoir, réaliser et mettre en service des systèmes n°${i}`,
      ]);
    }
    rome.push([code, `H${1000 + (i % 9000)}`, "Intervention technique"]);
    nsf.push([code, String(200 + (i % 60)), "Technologies industrielles"]);
    certifiers.push([code, "11004401300040", "MINISTERE DE L'EDUCATION NATIONALE"]);
  }
  return {
    "export_fiches_CSV_Standard_2026_12_06.csv": standard,
    "export_fiches_CSV_Blocs_De_Compétences_2026_12_06.csv": blocks,
    "export_fiches_CSV_Rome_2026_12_06.csv": rome,
    "export_fiches_CSV_Nsf_2026_12_06.csv": nsf,
    "export_fiches_CSV_Certificateurs_2026_12_06.csv": certifiers,
  };
}

function uai(n: number): string {
  const seven = `07${String(n).padStart(5, "0")}`;
  return seven + uaiCheckLetter(seven);
}

function directoryRows(): string[][] {
  const header = [
    "Identifiant_de_l_etablissement",
    "Nom_etablissement",
    "Type_etablissement",
    "Statut_public_prive",
    "Adresse_1",
    "Code_postal",
    "Code_commune",
    "Nom_commune",
    "Telephone",
    "Mail",
    "Voie_professionnelle",
    "Apprentissage",
    "GRETA",
    "SIREN_SIRET",
    "latitude",
    "longitude",
    "etat",
    "date_ouverture",
    "date_fermeture",
  ];
  const rows = [header];
  for (let i = 0; i < SCHOOLS; i++) {
    const payload = `19${String(i).padStart(11, "0")}`;
    rows.push([
      uai(i % 99_999),
      `Lycée polyvalent n°${i}`,
      i % 3 === 0 ? "Lycée" : "Collège",
      i % 5 === 0 ? "Privé" : "Public",
      `${i} rue de la République`,
      "71100",
      "71076",
      "Chalon-sur-Saône",
      "03 85 00 00 00",
      `ce.${i}@ac-dijon.fr`,
      "1",
      "0",
      "0",
      payload + luhnCheckDigit(payload),
      "46.78",
      "4.85",
      i % 50 === 0 ? "FERME" : "OUVERT",
      date(i),
      i % 50 === 0 ? date(i + 5) : "",
    ]);
  }
  return rows;
}

/** The rows as JSON objects keyed by header: the same records, as JSON. */
function asJson(rows: string[][]): string {
  const [header = [], ...body] = rows;
  return JSON.stringify(
    body.map((row) => Object.fromEntries(header.map((name, i) => [name, row[i] ?? ""]))),
  );
}

function ratioRow(name: string, goal: number, ours: number[], json: number[]): BenchRow {
  const best = Math.min(...ours) / Math.min(...json);
  const mid = median(ours) / median(json);
  return {
    name,
    goal: `≤ ${goal}× JSON.parse`,
    measured: `${best.toFixed(2)}× best round (median ${mid.toFixed(2)}×; ${formatMs(Math.min(...ours))} vs ${formatMs(Math.min(...json))})`,
    met: best <= goal,
  };
}

export async function benches(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const rncp = rncpRows();
  const tables = Object.fromEntries(
    Object.entries(rncp).map(([name, table]) => [name, writeCsv(table)]),
  );
  const rncpJson = Object.values(rncp).map(asJson);
  const [rncpTimes = [], rncpJsonTimes = []] = alternateTimesMs(
    [() => readRncpExport(tables), () => rncpJson.map((text) => JSON.parse(text))],
    5,
  );
  rows.push(
    ratioRow(
      `readRncpExport, ${FICHES} fiches + ${FICHES * BLOCKS_PER_FICHE} blocks`,
      1.5,
      rncpTimes,
      rncpJsonTimes,
    ),
  );

  const directory = directoryRows();
  const directoryText = writeCsv(directory);
  const directoryJson = asJson(directory);
  const [dirTimes = [], dirJsonTimes = []] = alternateTimesMs(
    [() => readEstablishmentDirectory(directoryText), () => JSON.parse(directoryJson)],
    5,
  );
  rows.push(ratioRow(`readEstablishmentDirectory, ${SCHOOLS} rows`, 1.5, dirTimes, dirJsonTimes));

  const read = readRncpExport(tables);
  const schools = readEstablishmentDirectory(directoryText);
  if (!read.ok || !schools.ok) throw new Error("synthetic files do not read");
  const input = { certifications: read.value.certifications, establishments: schools.value };
  const [createTimes = []] = alternateTimesMs([() => createRegistry(input)], 5);
  const readingMs = Math.min(...rncpTimes) + Math.min(...dirTimes);
  const createRatio = Math.min(...createTimes) / readingMs;
  rows.push({
    name: "createRegistry (both files)",
    goal: "≤ 0.5× reading them",
    measured: `${createRatio.toFixed(2)}× (${formatMs(Math.min(...createTimes))} vs ${formatMs(readingMs)})`,
    met: createRatio <= 0.5,
  });

  const registry = createRegistry(input);
  const codes = read.value.certifications.map((c) => c.code);
  const uais = schools.value.map((e) => e.uai);
  const LOOKUPS = 1_000_000;
  const [lookupTimes = []] = alternateTimesMs(
    [
      () => {
        let found = 0;
        for (let i = 0; i < LOOKUPS; i++) {
          if (registry.certification(codes[i % codes.length] as string) !== undefined) found++;
          if (registry.establishment(uais[i % uais.length] as string) !== undefined) found++;
        }
        return found;
      },
    ],
    5,
  );
  const perLookupUs = (Math.min(...lookupTimes) * 1000) / (2 * LOOKUPS);
  rows.push({
    name: "registry look-up (certification, establishment)",
    goal: "< 1 µs",
    measured: `${perLookupUs.toFixed(3)} µs`,
    met: perLookupUs < 1,
  });

  // The programmes name certifications of the synthetic export, so that every programme step
  // (40,000 of them) is checked against the registry; the lycée, IUT and CFA are in the directory.
  const dataset = syntheticDataset(20_000);
  dataset.programmes = (dataset.programmes ?? []).map((programme, i) => ({
    ...programme,
    rncp: `RNCP${10001 + i}`,
  }));
  const on = "2024-01-15";
  const withRegistry = { on, registry };
  const [without = [], withIt = []] = alternateTimesMs(
    [() => validateDataset(dataset, { on }), () => validateDataset(dataset, withRegistry)],
    3,
  );
  const validateRatio = Math.min(...withIt) / Math.min(...without);
  rows.push({
    name: "validateDataset 20,000 learners, with a registry",
    goal: "≤ 1.2× without",
    measured: `${validateRatio.toFixed(2)}× (${formatMs(Math.min(...withIt))} vs ${formatMs(Math.min(...without))})`,
    met: validateRatio <= 1.2,
  });
  return rows;
}
