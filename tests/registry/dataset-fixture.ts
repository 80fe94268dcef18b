/**
 * A small campus dataset with seeded registry defects, and the registry read from the fixtures.
 */
import { uaiCheckLetter } from "../../src/ids/index.js";
import {
  createRegistry,
  type Registry,
  readEstablishmentDirectory,
  readHigherEducationList,
  readRncpExport,
} from "../../src/registry/index.js";
import { ANNUAIRE, ESR, RNCP_TABLES } from "./fixtures.js";

/** A valid UAI that no fixture directory lists. */
export const GHOST_UAI = `0210001${uaiCheckLetter("0210001")}`;

export function testRegistry(): Registry {
  const rncp = readRncpExport(RNCP_TABLES);
  const annuaire = readEstablishmentDirectory(ANNUAIRE);
  const esr = readHigherEducationList(ESR);
  if (!rncp.ok || !annuaire.ok || !esr.ok) throw new Error("fixtures do not read");
  return createRegistry({
    certifications: rncp.value.certifications,
    establishments: [...annuaire.value, ...esr.value],
  });
}

// biome-ignore lint/suspicious/noExplicitAny: a mutable JSON fixture
export function registryDataset(): Record<string, any> {
  return {
    campus: {
      id: "cmq-test",
      name: "Campus test",
      sector: "innovative-systems-mechatronics",
      labels: [{ category: "cmq", decidedOn: "2022-01-10", durationYears: 5 }],
      members: [
        { partnerId: "niepce", roles: ["carrier"], from: "2020-09-01" },
        { partnerId: "dumaine", roles: ["member"], from: "2018-09-01" },
        { partnerId: "fontaine", roles: ["member"], from: "2022-01-10", to: "2026-12-31" },
        { partnerId: "ghost", roles: ["member"], from: "2022-01-10" },
        { partnerId: "univ", roles: ["member"], from: "2022-01-10" },
        { partnerId: "dumaine", roles: ["member"], from: "2010-09-01", to: "2015-08-31" },
      ],
    },
    partners: [
      {
        id: "niepce",
        name: "Lycée Niépce",
        kind: "upper-secondary-school",
        uai: "0710010A",
        siret: "19710010100017",
      },
      { id: "dumaine", name: "LP Dumaine", kind: "upper-secondary-school", uai: "0710011B" },
      // The directory gives 19021234100019 for this UAI.
      {
        id: "fontaine",
        name: "Lycée Fontaine",
        kind: "upper-secondary-school",
        uai: "0212345K",
        siret: "19711234100015",
      },
      { id: "ghost", name: "Lycée fantôme", kind: "upper-secondary-school", uai: GHOST_UAI },
      {
        id: "univ",
        name: "Université",
        kind: "higher-education",
        uai: "0750001U",
        siret: "19750001100014",
      },
      // A CFA the directories need not list: never "unknown".
      { id: "cfa", name: "CFA", kind: "apprentice-training-centre", uai: GHOST_UAI },
    ],
    programmes: [
      {
        id: "bts-crsa",
        title: "BTS CRSA",
        diploma: "bts",
        level: 5,
        rncp: "RNCP35340",
        blocks: [{ code: "RNCP35340BC01" }, { code: "RNCP35340BC09" }],
      },
      { id: "tp-maint", title: "TP maintenance", diploma: "bts", level: 5, rncp: "RNCP34000" },
      { id: "tsa", title: "TSA", diploma: "bts", level: 5, rncp: "RNCP36000" },
      { id: "ghost", title: "Fantôme", diploma: "bts", level: 5, rncp: "RNCP11111" },
      { id: "rs", title: "Habilitation", diploma: "bts", level: 5, rncp: "RS5678" },
    ],
    learners: [{ id: "lea", birthDate: "2004-04-12" }],
    pathways: [
      {
        id: "p-lea",
        learnerId: "lea",
        steps: [
          {
            id: "tp",
            kind: "programme",
            programmeId: "tp-maint",
            status: "student",
            start: "2023-09-01",
            end: "2024-06-30",
          },
          // Registration ends on 2025-09-01, the step's start: still registered that day.
          {
            id: "tsa",
            kind: "programme",
            programmeId: "tsa",
            status: "student",
            start: "2025-09-01",
            end: "2026-06-30",
          },
          {
            id: "stage",
            kind: "internship",
            hostId: "dumaine",
            programmeStepId: "tsa",
            start: "2026-01-05",
            end: "2026-01-30",
            hours: 140,
            gratified: true,
          },
          {
            id: "bloc",
            kind: "block",
            programmeId: "bts-crsa",
            block: "RNCP35340BC01",
            start: "2026-09-01",
            end: "2027-06-30",
          },
          {
            id: "tp2",
            kind: "programme",
            programmeId: "tp-maint",
            status: "student",
            start: "2024-09-02",
            end: "2025-06-30",
          },
        ],
      },
    ],
  };
}
