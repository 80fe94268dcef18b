/**
 * An example campus, modelled on the CMQ d'excellence ITIP (Le Creusot) and its VRAI project.
 *
 * @module
 */
import type { Campus, Partner } from "./model.js";

/**
 * A campus and the partners its memberships, sites and fundings refer to: the pair that
 * {@link checkCampusNetwork}, {@link assessExcellence} and {@link contributionsSummary} take.
 *
 * @example
 * ```ts
 * const example: CampusNetworkExample = CMQ_ITIP;
 * ```
 */
export interface CampusNetworkExample {
  /** The campus. */
  readonly campus: Campus;
  /** Its partners. */
  readonly partners: readonly Partner[];
}

/** Freezes the example and everything in it, so that no caller can change it for another. */
function deepFreeze<T>(value: T): T {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const current = stack.pop();
    if (typeof current !== "object" || current === null || Object.isFrozen(current)) continue;
    Object.freeze(current);
    for (const key of Object.keys(current)) stack.push((current as Record<string, unknown>)[key]);
  }
  return value;
}

const SINCE = "2020-02-06";

/**
 * The CMQ d'excellence ITIP (Le Creusot, Bourgogne-Franche-Comté) and its VRAI project (Village
 * Ressource Apprenant International), as a typed, frozen constant for docs, tests and demos.
 *
 * What comes from the project's press release: the partners IUT du Creusot (université de
 * Bourgogne), région académique Bourgogne-Franche-Comté, Communauté urbaine Creusot Montceau,
 * Région Bourgogne-Franche-Comté, COMUE UBFC, Michelin (Montceau), Framatome, Onze Plus (La
 * Ruche), Metalliance, Alfa Laval and UIMM 21-71; the excellence label announced in February
 * 2020; PIA 3 funding of VRAI operated by the Caisse des Dépôts.
 *
 * Modelling choices, not facts (none of these was found in a source,
 * `../shared/reference/domain-facts.md` §1.7, §2):
 * - the decision date is 2020-02-06, the day the ministers announced the first wave of campus
 *   d'excellence; the duration of 5 years (the 2019 maximum) is an assumption;
 * - the sector (`innovative-systems-mechatronics`), the carrier (IUT du Creusot), the roles,
 *   the membership dates (from 2020-02-06) and every contribution amount and hour count;
 * - the PIA 3 amount (€3,000,000) is illustrative;
 * - the lycées ("Lycée des Forges", "Lycée professionnel du Bassin minier"), the CFA, the
 *   research laboratory, the continuing-training centre, the association and every site except
 *   the VRAI village and La Ruche are invented.
 *
 * **Sourced or illustrative, label included.** The constant holds one label decision, the first
 * (date and duration modelled as above), so it covers 2020-02-06 to 2025-02-05: from 2025-02-06
 * the example is `expired` (on 2026-01-15 too). The demo dataset `cmq-kit/examples/vrai.json`
 * adds a renewal from 2025-02-06 to 2030-02-05 that keeps ITIP labelled in the demo; that
 * renewal is illustrative (no source was found for it), as are the dataset's learners,
 * pathways and projects (examples/README.md lists what is sourced there).
 *
 * **Identifiers are fictional**: no SIRET or UAI here is a verified public one. They are
 * checksum-valid (Luhn for SIRETs, mod-23 letter for UAIs) so that the example passes
 * {@link checkCampusNetwork}. The SIRETs start with `000`, a prefix chosen to stand out as
 * fictional; the UAIs are in an unverified range of Saône-et-Loire (`0719…`). Do not use them for
 * lookups.
 *
 * The constant is deeply frozen: copy it (`structuredClone(CMQ_ITIP)`) before editing.
 *
 * @example
 * ```ts
 * checkCampusNetwork(CMQ_ITIP.campus, CMQ_ITIP.partners, { on: "2022-09-01" }).ok; //=> true
 * labelStatusAt(CMQ_ITIP.campus, { on: "2022-09-01" });
 * //=> { state: "labelled", category: "cmq-excellence", validFrom: "2020-02-06", validUntil: "2025-02-05", daysLeft: 888, issues: [] }
 * labelStatusAt(CMQ_ITIP.campus, "2026-01-15").state; //=> "expired"
 * ```
 */
export const CMQ_ITIP: CampusNetworkExample = /* @__PURE__ */ deepFreeze({
  campus: {
    id: "cmq-itip",
    name: "Campus des métiers et des qualifications d'excellence ITIP",
    sector: "innovative-systems-mechatronics",
    region: "Bourgogne-Franche-Comté",
    labels: [
      {
        category: "cmq-excellence",
        decidedOn: SINCE,
        durationYears: 5,
        reference:
          "First wave of campus d'excellence, announced on 6 February 2020 (duration assumed)",
      },
    ],
    members: [
      {
        partnerId: "iut-creusot",
        roles: ["carrier", "governance", "host"],
        from: SINCE,
        contributions: [
          { kind: "premises", amountEur: 60_000 },
          { kind: "teaching", hours: 420 },
        ],
      },
      {
        partnerId: "region-academique-bfc",
        roles: ["governance"],
        from: SINCE,
        contributions: [{ kind: "teaching", hours: 200 }],
      },
      {
        partnerId: "region-bfc",
        roles: ["governance", "sponsor"],
        from: SINCE,
        contributions: [{ kind: "financial", amountEur: 250_000 }],
      },
      {
        partnerId: "cu-creusot-montceau",
        roles: ["governance", "host"],
        from: SINCE,
        contributions: [
          { kind: "premises", amountEur: 120_000 },
          { kind: "financial", amountEur: 100_000 },
        ],
      },
      { partnerId: "comue-ubfc", roles: ["member"], from: SINCE },
      {
        partnerId: "lycee-des-forges",
        roles: ["member", "host"],
        from: SINCE,
        contributions: [{ kind: "teaching", hours: 300 }],
      },
      {
        partnerId: "lycee-bassin-minier",
        roles: ["member"],
        from: SINCE,
        contributions: [{ kind: "teaching", hours: 180 }],
      },
      {
        partnerId: "cfa-industrie-sud-bourgogne",
        roles: ["member"],
        from: SINCE,
        contributions: [{ kind: "equipment", amountEur: 35_000 }],
      },
      {
        partnerId: "labo-pmr-creusot",
        roles: ["member"],
        from: SINCE,
        contributions: [{ kind: "project-space", hours: 150 }],
      },
      { partnerId: "formation-continue-forges", roles: ["member"], from: SINCE },
      {
        partnerId: "michelin-montceau",
        roles: ["member", "host"],
        from: SINCE,
        contributions: [
          { kind: "skills-sponsorship", amountEur: 18_000, hours: 240 },
          { kind: "placements", hours: 1_400 },
        ],
      },
      {
        partnerId: "framatome",
        roles: ["member", "sponsor"],
        from: SINCE,
        contributions: [
          { kind: "skills-sponsorship", amountEur: 24_000, hours: 320 },
          { kind: "equipment", amountEur: 45_000 },
        ],
      },
      {
        partnerId: "onze-plus",
        roles: ["member", "host"],
        from: SINCE,
        contributions: [{ kind: "project-space", amountEur: 12_000 }],
      },
      {
        partnerId: "metalliance",
        roles: ["member", "host"],
        from: SINCE,
        contributions: [{ kind: "placements", hours: 700 }],
      },
      {
        partnerId: "alfa-laval",
        roles: ["member"],
        from: SINCE,
        contributions: [{ kind: "skills-sponsorship", amountEur: 6_000, hours: 200 }],
      },
      {
        partnerId: "uimm-21-71",
        roles: ["governance", "member"],
        from: SINCE,
        contributions: [{ kind: "teaching", hours: 160 }],
      },
      { partnerId: "as-campus-creusot", roles: ["member"], from: SINCE },
    ],
    sites: [
      {
        id: "village-vrai",
        name: "Village Ressource Apprenant International (VRAI)",
        kind: "totem",
        partnerId: "iut-creusot",
        city: "Le Creusot",
      },
      { id: "la-ruche", name: "La Ruche", kind: "innovation", partnerId: "onze-plus" },
      {
        id: "fablab-iut",
        name: "Fablab de l'IUT du Creusot",
        kind: "project-space",
        partnerId: "iut-creusot",
        city: "Le Creusot",
      },
      {
        id: "internat-forges",
        name: "Internat du lycée des Forges",
        kind: "accommodation",
        partnerId: "lycee-des-forges",
        city: "Le Creusot",
      },
      {
        id: "plateau-cfa",
        name: "Plateau technique usinage et robotique",
        kind: "training",
        partnerId: "cfa-industrie-sud-bourgogne",
        city: "Montceau-les-Mines",
      },
      {
        id: "complexe-sportif",
        name: "Complexe sportif et culturel communautaire",
        kind: "sports-culture",
        partnerId: "cu-creusot-montceau",
        city: "Le Creusot",
      },
    ],
    fundings: [
      {
        scheme:
          "PIA 3 – Territoires d'innovation pédagogique (AAP Campus des métiers et des qualifications)",
        funder: "Caisse des Dépôts",
        partnerId: "caisse-des-depots",
        amountEur: 3_000_000,
        awardedOn: SINCE,
        project: "VRAI (Village Ressource Apprenant International)",
      },
    ],
  },
  partners: [
    {
      id: "iut-creusot",
      name: "IUT du Creusot (université de Bourgogne)",
      kind: "higher-education",
      uai: "0719901B",
    },
    {
      id: "region-academique-bfc",
      name: "Région académique Bourgogne-Franche-Comté",
      kind: "state-service",
      siret: "00000107300014",
    },
    {
      id: "region-bfc",
      name: "Région Bourgogne-Franche-Comté",
      kind: "local-authority",
      siret: "00000114900012",
    },
    {
      id: "cu-creusot-montceau",
      name: "Communauté urbaine Creusot Montceau",
      kind: "local-authority",
      siret: "00000121400014",
    },
    {
      id: "comue-ubfc",
      name: "COMUE Université Bourgogne Franche-Comté (UBFC)",
      kind: "higher-education",
      uai: "0719902C",
    },
    {
      id: "lycee-des-forges",
      name: "Lycée des Forges (Le Creusot)",
      kind: "upper-secondary-school",
      uai: "0719903D",
    },
    {
      id: "lycee-bassin-minier",
      name: "Lycée professionnel du Bassin minier (Montceau-les-Mines)",
      kind: "upper-secondary-school",
      uai: "0719904E",
    },
    {
      id: "cfa-industrie-sud-bourgogne",
      name: "CFA de l'industrie Sud Bourgogne",
      kind: "apprentice-training-centre",
      uai: "0719905F",
      siret: "00000128900016",
    },
    {
      id: "labo-pmr-creusot",
      name: "Laboratoire Procédés, Matériaux et Robotique du Creusot",
      kind: "research",
    },
    {
      id: "formation-continue-forges",
      name: "Centre de formation continue des Forges",
      kind: "continuing-training",
      siret: "00000135400018",
    },
    {
      id: "michelin-montceau",
      name: "Michelin (site de Montceau-les-Mines)",
      kind: "company",
      siret: "00000142000017",
    },
    { id: "framatome", name: "Framatome (Le Creusot)", kind: "company", siret: "00000149500019" },
    { id: "onze-plus", name: "Onze Plus (La Ruche)", kind: "third-place", siret: "00000156000010" },
    { id: "metalliance", name: "Metalliance", kind: "company", siret: "00000163600018" },
    { id: "alfa-laval", name: "Alfa Laval", kind: "company", siret: "00000170100010" },
    {
      id: "uimm-21-71",
      name: "UIMM 21-71 (Côte-d'Or et Saône-et-Loire)",
      kind: "professional-body",
      siret: "00000177600012",
    },
    {
      id: "as-campus-creusot",
      name: "Association sportive et culturelle du campus",
      kind: "association",
      siret: "00000184200012",
    },
    { id: "caisse-des-depots", name: "Caisse des Dépôts", kind: "funder", siret: "00000191700012" },
  ],
});
