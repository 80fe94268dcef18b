/**
 * The worked example of the matching guide (docs/matching.md, "Worked example: the VRAI partners
 * around Le Creusot"): five project offers of partners of the CMQ ITIP's VRAI project, in
 * Saône-et-Loire, six learners and the programmes that teach the skills the offers ask for. The
 * companies and towns are real (coordinates of the town centres); the offers, the learners and
 * the RNCP block codes are invented. Skills use ROME 4.0 codes as labels.
 *
 * Shipped as `cmq-kit/examples/worked-example`:
 * `import { maya, framatomeCobot, learners, offers, programmes } from "cmq-kit/examples/worked-example";`
 */
import type { Learner, Programme, ProjectOffer } from "cmq-kit";

/** The towns of the example, by name (town centres, WGS 84). */
export const towns = {
  "Le Creusot": { lat: 46.8024, lon: 4.4253 },
  "Montceau-les-Mines": { lat: 46.6672, lon: 4.3692 },
  Blanzy: { lat: 46.7003, lon: 4.3883 },
  "Saint-Vallier": { lat: 46.6414, lon: 4.3714 },
  "Chalon-sur-Saône": { lat: 46.7806, lon: 4.8539 },
  Torcy: { lat: 46.7678, lon: 4.4564 },
};

/** The spring term every offer falls in, and every learner is available for. */
const SPRING = { start: "2026-02-02", end: "2026-05-29" } as const;

/** Framatome, Le Creusot: a cobot-assisted welding cell (2 seats, level 5 and up). */
export const framatomeCobot: ProjectOffer = {
  id: "framatome-cobot",
  partnerId: "framatome",
  title: "Cobot-assisted welding cell for pressure-vessel parts",
  capacity: 2,
  ...SPRING,
  skills: [
    { code: "H2913", level: 3, essential: true },
    { code: "H1208", level: 2, essential: false },
  ],
  levels: { min: 5 },
  statuses: ["apprentice", "student"],
  location: towns["Le Creusot"],
};

/** Framatome, Le Creusot: non-destructive testing of welds (1 seat, level 5 and up). */
export const framatomeNdt: ProjectOffer = {
  id: "framatome-ndt",
  partnerId: "framatome",
  title: "Ultrasonic inspection of welded joints",
  capacity: 1,
  ...SPRING,
  skills: [{ code: "H1210", level: 2, essential: true }],
  levels: { min: 5 },
  location: towns["Le Creusot"],
};

/** Michelin, Blanzy: a digital twin of a curing press (2 seats, levels 4 to 6). */
export const michelinTwin: ProjectOffer = {
  id: "michelin-twin",
  partnerId: "michelin",
  title: "Digital twin of a tyre curing press",
  capacity: 2,
  ...SPRING,
  skills: [{ code: "M1805", level: 2, essential: true }],
  levels: { min: 4, max: 6 },
  location: towns.Blanzy,
};

/** Metalliance, Saint-Vallier: PLC programming of a test bench (1 seat, apprentices). */
export const metalliancePlc: ProjectOffer = {
  id: "metalliance-plc",
  partnerId: "metalliance",
  title: "PLC programming of a hydraulic test bench",
  capacity: 1,
  ...SPRING,
  skills: [{ code: "I1304", level: 3, essential: true }],
  statuses: ["apprentice"],
  location: towns["Saint-Vallier"],
};

/** Alfa Laval, Chalon-sur-Saône: welding of Packinox plate heat exchangers (2 seats). */
export const alfaLavalPackinox: ProjectOffer = {
  id: "alfalaval-packinox",
  partnerId: "alfa-laval",
  title: "Welding procedures for Packinox plate heat exchangers",
  capacity: 2,
  ...SPRING,
  skills: [{ code: "H2913", level: 2, essential: true }],
  location: towns["Chalon-sur-Saône"],
};

/** The five offers, in the guide's order. */
export const offers: ProjectOffer[] = [
  framatomeCobot,
  framatomeNdt,
  michelinTwin,
  metalliancePlc,
  alfaLavalPackinox,
];

/** Maya: level 4, apprentice in Montceau-les-Mines, 30 km at most. */
export const maya: Learner = {
  id: "maya",
  level: 4,
  status: "apprentice",
  skills: [
    { code: "H2913", level: 1 },
    { code: "H1208", level: 2 },
    { code: "I1304", level: 3 },
  ],
  interests: ["H1208", "I1304"],
  availability: [SPRING],
  location: towns["Montceau-les-Mines"],
  maxDistanceKm: 30,
};

/** Sarah: level 5, student in Le Creusot. */
export const sarah: Learner = {
  id: "sarah",
  level: 5,
  status: "student",
  skills: [
    { code: "H2913", level: 1 },
    { code: "H1208", level: 2 },
    { code: "H1210", level: 1 },
    { code: "M1805", level: 1 },
  ],
  availability: [SPRING],
  location: towns["Le Creusot"],
  maxDistanceKm: 40,
};

/** Inès: level 6, apprentice in Le Creusot, an experienced welder. */
export const ines: Learner = {
  id: "ines",
  level: 6,
  status: "apprentice",
  skills: [
    { code: "H2913", level: 4 },
    { code: "H1208", level: 3 },
  ],
  interests: ["H2913", "H1208"],
  availability: [SPRING],
  location: towns["Le Creusot"],
  maxDistanceKm: 25,
};

/** Louis: level 5, student in Torcy, trained in weld inspection. */
export const louis: Learner = {
  id: "louis",
  level: 5,
  status: "student",
  skills: [
    { code: "H1210", level: 3 },
    { code: "H2913", level: 2 },
  ],
  interests: ["H1210"],
  availability: [SPRING],
  location: towns.Torcy,
  maxDistanceKm: 20,
};

/** Noah: level 5, apprentice in Chalon-sur-Saône, who gave his own list. */
export const noah: Learner = {
  id: "noah",
  level: 5,
  status: "apprentice",
  skills: [{ code: "H2913", level: 3 }],
  availability: [SPRING],
  location: towns["Chalon-sur-Saône"],
  maxDistanceKm: 50,
  preferences: ["framatome-cobot", "alfalaval-packinox"],
};

/** Tom: level 4, student in Blanzy. */
export const tom: Learner = {
  id: "tom",
  level: 4,
  status: "student",
  skills: [{ code: "M1805", level: 2 }],
  interests: ["M1805"],
  availability: [SPRING],
  location: towns.Blanzy,
  maxDistanceKm: 15,
};

/** The six learners. */
export const learners: Learner[] = [maya, sarah, ines, louis, noah, tom];

/** Programmes whose competence blocks teach the offers' skills. */
export const programmes: Programme[] = [
  {
    id: "bts-crsa",
    title: "BTS Conception et réalisation de systèmes automatiques (CRSA)",
    diploma: "bts",
    level: 5,
    rncp: "RNCP35341",
    blocks: [
      { code: "RNCP35341BC01", title: "Conception préliminaire", skills: ["H1208"] },
      { code: "RNCP35341BC02", title: "Réalisation et soudage robotisé", skills: ["H2913"] },
    ],
  },
  {
    id: "lp-soudage",
    title: "Licence professionnelle Soudage et contrôle des assemblages",
    diploma: "licence-pro",
    level: 6,
    rncp: "RNCP30113",
    blocks: [
      { code: "RNCP30113BC01", title: "Contrôles non destructifs", skills: ["H1210"] },
      { code: "RNCP30113BC03", title: "Procédés de soudage", skills: ["H2913"] },
    ],
  },
  {
    id: "bac-pro-mspc",
    title: "Bac pro Maintenance des systèmes de production connectés (MSPC)",
    diploma: "bac-pro",
    level: 4,
    rncp: "RNCP35475",
    blocks: [{ code: "RNCP35475BC01", title: "Préparation d'une intervention", skills: ["I1304"] }],
  },
];
