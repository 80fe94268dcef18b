/**
 * The programme catalogue of the VRAI example: lycée, BTS, BUT, licence pro and master
 * programmes of the Le Creusot – Montceau area. Titles are real diploma titles; RNCP and block
 * codes are illustrative (well-formed, not verified against France compétences).
 */
import type { Programme } from "cmq-kit";

export const PROGRAMMES: Programme[] = [
  {
    id: "cap-rics",
    title: "CAP Réalisations industrielles en chaudronnerie ou soudage",
    diploma: "cap",
    level: 3,
    rncp: "RNCP35284",
    durationMonths: 24,
    blocks: [
      { code: "RNCP35284BC01", title: "Préparation d'une fabrication", skills: ["H2902"] },
      { code: "RNCP35284BC02", title: "Réalisation d'un ouvrage", skills: ["H2913"] },
    ],
  },
  {
    id: "bac-pro-melec",
    title: "Bac pro Métiers de l'électricité et de ses environnements connectés (MELEC)",
    diploma: "bac-pro",
    level: 4,
    rncp: "RNCP38878",
    durationMonths: 36,
    blocks: [
      { code: "RNCP38878BC01", title: "Préparation des opérations", skills: ["H2602"] },
      { code: "RNCP38878BC02", title: "Réalisation d'installations", skills: ["H2602", "F1602"] },
      { code: "RNCP38878BC03", title: "Livraison et maintenance", skills: ["I1309"] },
    ],
  },
  {
    id: "bac-pro-mspc",
    title: "Bac pro Maintenance des systèmes de production connectés (MSPC)",
    diploma: "bac-pro",
    level: 4,
    rncp: "RNCP35475",
    durationMonths: 36,
    blocks: [
      { code: "RNCP35475BC01", title: "Préparation d'une intervention", skills: ["I1304"] },
      {
        code: "RNCP35475BC02",
        title: "Maintenance corrective et préventive",
        skills: ["I1304", "I1310"],
      },
    ],
  },
  {
    id: "bac-sti2d",
    title: "Bac STI2D (sciences et technologies de l'industrie et du développement durable)",
    diploma: "bac-techno",
    level: 4,
    durationMonths: 24,
  },
  {
    id: "bts-crsa",
    title: "BTS Conception et réalisation de systèmes automatiques (CRSA)",
    diploma: "bts",
    level: 5,
    ects: 120,
    rncp: "RNCP35341",
    durationMonths: 24,
    requires: {
      any: [{ diploma: "bac-pro" }, { diploma: "bac-techno" }, { diploma: "bac-general" }],
    },
    blocks: [
      {
        code: "RNCP35341BC01",
        title: "Conception préliminaire d'un système automatisé",
        ects: 30,
        skills: ["H1208"],
      },
      {
        code: "RNCP35341BC02",
        title: "Conception détaillée et industrialisation",
        ects: 30,
        skills: ["H1208", "H1404"],
      },
      {
        code: "RNCP35341BC03",
        title: "Réalisation et mise en service",
        ects: 30,
        skills: ["I1304", "H2602"],
      },
      { code: "RNCP35341BC04", title: "Conduite de projet", ects: 30, skills: ["H1206"] },
    ],
  },
  {
    id: "bts-electrotechnique",
    title: "BTS Électrotechnique",
    diploma: "bts",
    level: 5,
    ects: 120,
    rncp: "RNCP35342",
    durationMonths: 24,
    requires: {
      any: [{ diploma: "bac-pro" }, { diploma: "bac-techno" }, { diploma: "bac-general" }],
    },
  },
  {
    id: "but-geii",
    title: "BUT Génie électrique et informatique industrielle (IUT du Creusot)",
    diploma: "but",
    level: 6,
    ects: 180,
    rncp: "RNCP35340",
    durationMonths: 36,
    requires: { level: 4 },
    blocks: [
      { code: "RNCP35340BC01", title: "Concevoir", ects: 60, skills: ["H1208", "H1206"] },
      { code: "RNCP35340BC02", title: "Vérifier", ects: 60, skills: ["H1502"] },
      { code: "RNCP35340BC03", title: "Maintenir", ects: 60, skills: ["I1304"] },
    ],
  },
  {
    id: "but-gmp",
    title: "BUT Génie mécanique et productique (IUT du Creusot)",
    diploma: "but",
    level: 6,
    ects: 180,
    rncp: "RNCP35367",
    durationMonths: 36,
    requires: { level: 4 },
  },
  {
    id: "lp-rvi",
    title: "Licence professionnelle Robotique et vision industrielles (IUT du Creusot)",
    diploma: "licence-pro",
    level: 6,
    ects: 60,
    rncp: "RNCP30106",
    durationMonths: 12,
    requires: { all: [{ level: 5 }, { ects: 120 }] },
    blocks: [
      {
        code: "RNCP30106BC01",
        title: "Programmer un robot industriel",
        ects: 15,
        skills: ["H1208"],
      },
      {
        code: "RNCP30106BC02",
        title: "Intégrer un système de vision",
        ects: 15,
        skills: ["M1805", "H1208"],
      },
      {
        code: "RNCP30106BC03",
        title: "Conduire un projet d'intégration",
        ects: 15,
        skills: ["H1206"],
      },
      {
        code: "RNCP30106BC04",
        title: "Communiquer en contexte international",
        ects: 15,
        skills: ["K2111"],
      },
    ],
  },
  {
    id: "master-vibot",
    title: "Master Computer vision and robotics (université de Bourgogne, Le Creusot)",
    diploma: "master",
    level: 7,
    ects: 120,
    rncp: "RNCP39035",
    durationMonths: 24,
    requires: { any: [{ diploma: "licence" }, { diploma: "licence-pro" }, { diploma: "but" }] },
  },
];
