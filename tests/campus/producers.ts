import type { Campus, CampusIssueCode, Partner } from "../../src/campus/index.js";
import {
  CMQ_ITIP,
  checkCampusNetwork,
  classifyEnterprise,
  classifyPartner,
  nextProcedureState,
  validateLabelDecision,
} from "../../src/campus/index.js";
import { createRegistry } from "../../src/registry/index.js";
import type { Issue, Locale } from "../../src/shared/index.js";

const ON = "2022-09-01";

/** A mutable copy of the example, to break. */
export function itip(): { campus: Campus; partners: Partner[] } {
  return structuredClone(CMQ_ITIP) as { campus: Campus; partners: Partner[] };
}

/** The network issues of the example after `edit`. */
function network(locale: Locale, edit: (data: { campus: Campus; partners: Partner[] }) => void) {
  const data = itip();
  edit(data);
  return checkCampusNetwork(data.campus, data.partners, { on: ON, locale }).issues;
}

/** An Annuaire that lists the Lycée des Forges, closed since 2020, with another SIRET. */
const ANNUAIRE = createRegistry({
  establishments: [
    {
      uai: "0719903D",
      name: "Lycée des Forges",
      type: "Lycée",
      kind: "upper-secondary-school",
      siret: "19710001200017",
      status: "closed",
      closedOn: "2020-06-30",
      source: "annuaire",
    },
  ],
});

/** The network issues of the example checked against ANNUAIRE, after `edit`. */
function againstRegistry(
  locale: Locale,
  edit: (data: { campus: Campus; partners: Partner[] }) => void,
) {
  const data = itip();
  edit(data);
  return checkCampusNetwork(data.campus, data.partners, { on: ON, locale, registry: ANNUAIRE })
    .issues;
}

function withoutKind(kind: Partner["kind"]) {
  return (data: { campus: Campus; partners: Partner[] }) => {
    const ids = new Set(data.partners.filter((p) => p.kind === kind).map((p) => p.id));
    data.campus.members = data.campus.members.filter((m) => !ids.has(m.partnerId));
  };
}

/** For each campus code, a call that produces it (checked by tests/issue-codes.test.ts). */
export const CAMPUS_PRODUCERS: Record<CampusIssueCode, (locale: Locale) => Issue[]> = {
  "registry.unknown_uai": (locale) => againstRegistry(locale, () => {}),
  "registry.closed_establishment": (locale) => againstRegistry(locale, () => {}),
  "registry.siret_mismatch": (locale) =>
    againstRegistry(locale, (data) => {
      const lycee = data.partners.find((partner) => partner.uai === "0719903D") as Partner;
      lycee.siret = "55210055400013";
    }),
  "label.invalid_input": (locale) =>
    validateLabelDecision(
      { category: "gold", decidedOn: "2020-02-30", durationYears: 5 },
      { locale },
    ).issues,
  "label.duration_out_of_range": (locale) =>
    validateLabelDecision(
      { category: "cmq", decidedOn: "2019-09-15", durationYears: 5 },
      { locale },
    ).issues,
  "label.before_decree": (locale) =>
    validateLabelDecision(
      { category: "cmq", decidedOn: "2014-10-01", durationYears: 3 },
      { locale },
    ).issues,
  "label.ended_before_decided": (locale) =>
    validateLabelDecision(
      { category: "cmq", decidedOn: "2020-02-06", durationYears: 5, endedOn: "2020-02-05" },
      { locale },
    ).issues,
  "label.excellence_before_creation": (locale) =>
    validateLabelDecision(
      { category: "cmq-excellence", decidedOn: "2018-12-12", durationYears: 4 },
      { locale },
    ).issues,
  "label.international_mention_after_reform": (locale) =>
    validateLabelDecision(
      { category: "cmq", decidedOn: "2019-09-16", durationYears: 5, mentions: ["international"] },
      { locale },
    ).issues,
  "procedure.invalid_transition": (locale) =>
    nextProcedureState("draft", "grant", { locale }).issues,
  "enterprise.invalid_input": (locale) => classifyEnterprise({ headcount: -1 }, { locale }).issues,
  "enterprise.headcount_only": (locale) => classifyEnterprise({ headcount: 40 }, { locale }).issues,
  "enterprise.establishment_figures": (locale) =>
    classifyPartner(
      {
        id: "atelier",
        name: "Atelier",
        kind: "company",
        size: { headcount: 40, turnoverEur: 3e6 },
      },
      { locale },
    ).issues,
  "network.invalid_input": (locale) =>
    network(locale, (data) => {
      (data.campus.members[0] as { roles: unknown }).roles = [];
    }),
  "network.issues_truncated": (locale) =>
    network(locale, (data) => {
      data.partners.push(...(new Array(1001).fill(null) as Partner[]));
    }),
  "network.unknown_partner": (locale) =>
    network(locale, (data) => {
      (data.campus.members[0] as { partnerId: string }).partnerId = "nobody";
    }),
  "network.duplicate_partner_id": (locale) =>
    network(locale, (data) => {
      data.partners.push({ ...(data.partners[0] as Partner), siret: "00000198200016" });
    }),
  "network.membership_period_invalid": (locale) =>
    network(locale, (data) => {
      (data.campus.members[4] as { to?: string }).to = "2019-12-31";
    }),
  "network.missing_upper_secondary": (locale) =>
    network(locale, withoutKind("upper-secondary-school")),
  "network.missing_higher_education": (locale) => network(locale, withoutKind("higher-education")),
  "network.missing_company": (locale) => network(locale, withoutKind("company")),
  "network.no_carrier": (locale) =>
    network(locale, (data) => {
      for (const m of data.campus.members) m.roles = m.roles.filter((r) => r !== "carrier");
    }),
  "network.duplicate_site_id": (locale) =>
    network(locale, (data) => {
      const sites = data.campus.sites ?? [];
      const [site] = sites;
      if (site !== undefined) sites.push({ ...site, name: "Copy" });
    }),
  "network.duplicate_siret": (locale) =>
    network(locale, (data) => {
      (data.partners[3] as Partner).siret = "000 001 073 00014";
    }),
  "network.invalid_siret": (locale) =>
    network(locale, (data) => {
      (data.partners[1] as Partner).siret = "00000107300015";
    }),
  "network.invalid_uai": (locale) =>
    network(locale, (data) => {
      (data.partners[0] as Partner).uai = "0719901A";
    }),
  "network.missing_training_centre": (locale) =>
    network(locale, withoutKind("apprentice-training-centre")),
  "network.missing_research": (locale) => network(locale, withoutKind("research")),
  "network.missing_continuing_training": (locale) =>
    network(locale, withoutKind("continuing-training")),
  "network.no_governance": (locale) =>
    network(locale, (data) => {
      for (const m of data.campus.members) {
        m.roles = m.roles.filter((r) => r !== "governance");
        if (m.roles.length === 0) m.roles = ["member"];
      }
    }),
  "network.composition_not_checked": (locale) =>
    network(locale, (data) => {
      (data.campus.members as unknown[])[3] = "not a membership";
    }),
};
