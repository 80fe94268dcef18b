/**
 * Who contributes what to a campus: euros and hours, by kind of contribution and kind of partner.
 *
 * @module
 */
import {
  deepFreeze,
  type IsoDate,
  IsoDateSchema,
  type Issue,
  type LocaleOptions,
  localeOf,
  readSafely,
  sortIssues,
} from "../shared/index.js";
import type { CampusIssueCode } from "./codes.js";
import { fieldOf, parseSafely } from "./internal.js";
import {
  type Contribution,
  type ContributionKind,
  ContributionKindSchema,
  type Membership,
} from "./model.js";
import { inForce, partnerOf, viewNetwork } from "./network.js";
import { PARTNER_KINDS, type PartnerKind } from "./partner-kinds.js";

/**
 * The contribution kinds, with their French and English names.
 *
 * Skills sponsorship is the *mécénat de compétences*: a company lends employees' working time
 * to a body of general interest, a form of the mécénat of CGI art. 238 bis. Placements are the
 * learners a partner hosts (internships, PFMP, apprenticeships); teaching, the hours its staff
 * teach.
 *
 * @example
 * ```ts
 * CONTRIBUTION_KINDS["skills-sponsorship"].fr; //=> "Mécénat de compétences"
 * ```
 */
export const CONTRIBUTION_KINDS: Readonly<Record<ContributionKind, { en: string; fr: string }>> =
  /* @__PURE__ */ deepFreeze({
    "skills-sponsorship": { en: "Skills sponsorship", fr: "Mécénat de compétences" },
    equipment: { en: "Equipment", fr: "Équipement" },
    financial: { en: "Financial contribution", fr: "Contribution financière" },
    premises: { en: "Premises", fr: "Locaux" },
    "project-space": { en: "Project space", fr: "Espace projet" },
    placements: {
      en: "Placements (internships, apprenticeships)",
      fr: "Accueil d'apprenants (stages, apprentissage)",
    },
    teaching: { en: "Teaching by professionals", fr: "Interventions pédagogiques" },
  });

/**
 * Sums of contributions.
 *
 * @example
 * ```ts
 * const totals: ContributionTotals = { amountEur: 45000, hours: 120, count: 3 };
 * ```
 */
export interface ContributionTotals {
  /** Euros, summed to the cent. */
  amountEur: number;
  /** Hours, summed to the hundredth. */
  hours: number;
  /** Number of contributions (with or without an amount or hours). */
  count: number;
}

/**
 * One partner's contributions.
 *
 * @example
 * ```ts
 * const row: PartnerContributions = { partnerId: "framatome", name: "Framatome", kind: "company", amountEur: 45000, hours: 0, count: 1 };
 * ```
 */
export interface PartnerContributions extends ContributionTotals {
  /** The partner's id. */
  partnerId: string;
  /** The partner's name, or `null` when the partner list does not have it. */
  name: string | null;
  /** The partner's kind, or `null` when the partner list does not have it. */
  kind: PartnerKind | null;
}

/**
 * What {@link contributionsSummary} returns.
 *
 * @example
 * ```ts
 * const summary: ContributionsSummary = contributionsSummary(CMQ_ITIP.campus, CMQ_ITIP.partners, { on: "2022-09-01" });
 * summary.total.amountEur;
 * ```
 */
export interface ContributionsSummary {
  /** Every contribution of the memberships in force. */
  total: ContributionTotals;
  /** By kind of contribution (every kind present, zeros included). */
  byContributionKind: Record<ContributionKind, ContributionTotals>;
  /** By kind of partner (every kind present, zeros included); unknown partners are left out. */
  byPartnerKind: Record<PartnerKind, ContributionTotals>;
  /** By partner, largest amount first (then most hours, then id). */
  byPartner: PartnerContributions[];
  /** Contributions of memberships whose partner is not in the partner list (in `total` too). */
  unattributed: ContributionTotals;
  /** Input left out: `network.invalid_input` / `label.invalid_input` issues as {@link checkCampusNetwork} reports them. */
  issues: Issue<CampusIssueCode>[];
}

/**
 * Options of {@link contributionsSummary}.
 *
 * @example
 * ```ts
 * const options: ContributionsSummaryOptions = { on: "2022-09-01" };
 * ```
 */
export interface ContributionsSummaryOptions extends LocaleOptions {
  /** The day: only memberships in force then count. */
  on: IsoDate;
}

/** Running sums in cents and hundredths of an hour, exact whatever the order. */
interface Sums {
  cents: number;
  centiHours: number;
  count: number;
}

function emptySums(): Sums {
  return { cents: 0, centiHours: 0, count: 0 };
}

function add(sums: Sums, cents: number, centiHours: number): void {
  sums.cents += cents;
  sums.centiHours += centiHours;
  sums.count++;
}

function totalsOf(sums: Sums): ContributionTotals {
  return { amountEur: sums.cents / 100, hours: sums.centiHours / 100, count: sums.count };
}

/**
 * Sums the contributions of the memberships in force on a day: euros and hours, by kind of
 * contribution (skills sponsorship, i.e. mécénat de compétences; equipment; financial; premises;
 * project space; placements; teaching), by kind of partner, by partner, and in total.
 *
 * Memberships in force are those of {@link isMembershipInForce}. Amounts are summed in whole
 * cents and hours in hundredths (each contribution rounded to the nearest), so that totals are
 * exact and do not depend on the order of the data. A contribution without an amount or hours
 * still counts in `count`. Malformed memberships or partners are left out and listed in `issues`
 * (as `checkCampusNetwork` reports them); a bad `on` gives zeros and a `network.invalid_input`
 * issue at `["on"]`. Never throws.
 *
 * @param campus - anything; a {@link Campus} when valid.
 * @param partners - anything; the partners the campus refers to.
 * @param options - `on`, the day; `locale` of the issue messages.
 * @returns the sums.
 * @example
 * ```ts
 * const summary = contributionsSummary(CMQ_ITIP.campus, CMQ_ITIP.partners, { on: "2022-09-01" });
 * summary.byContributionKind["skills-sponsorship"]; //=> { amountEur: 48000, hours: 760, count: 3 }
 * summary.byPartnerKind.company.count; //=> 6
 * ```
 */
export function contributionsSummary(
  campus: unknown,
  partners: unknown,
  options: ContributionsSummaryOptions,
): ContributionsSummary {
  const locale = localeOf(options);
  const onInput = readSafely(() => fieldOf(options, "on"), undefined);
  const on = parseSafely(IsoDateSchema, onInput, "network.invalid_input", ["on"], locale);
  const view = viewNetwork(campus, partners, locale);
  const total = emptySums();
  const unattributed = emptySums();
  const byContributionKind = new Map<ContributionKind, Sums>(
    ContributionKindSchema.options.map((kind) => [kind, emptySums()]),
  );
  const byPartnerKind = new Map<PartnerKind, Sums>(
    (Object.keys(PARTNER_KINDS) as PartnerKind[]).map((kind) => [kind, emptySums()]),
  );
  const byPartner = new Map<string, Sums & { name: string | null; kind: PartnerKind | null }>();
  if (on.ok) {
    const members = view.campus.members.values;
    for (let k = 0; k < members.length; k++) {
      const membership = members[k] as Membership;
      const contributions = membership.contributions;
      if (contributions === undefined || !inForce(membership.from, membership.to, on.value)) {
        continue;
      }
      const partner = partnerOf(view, membership.partnerId);
      let row = byPartner.get(membership.partnerId);
      if (row === undefined) {
        row = {
          cents: 0,
          centiHours: 0,
          count: 0,
          name: partner?.name ?? null,
          kind: partner?.kind ?? null,
        };
        byPartner.set(membership.partnerId, row);
      }
      const kindSums =
        partner === undefined ? unattributed : (byPartnerKind.get(partner.kind) as Sums);
      for (let c = 0; c < contributions.length; c++) {
        const contribution = contributions[c] as Contribution;
        const cents = Math.round((contribution.amountEur ?? 0) * 100);
        const centiHours = Math.round((contribution.hours ?? 0) * 100);
        add(total, cents, centiHours);
        add(byContributionKind.get(contribution.kind) as Sums, cents, centiHours);
        add(kindSums, cents, centiHours);
        add(row, cents, centiHours);
      }
    }
  }
  const rows: PartnerContributions[] = [...byPartner].map(([partnerId, row]) => ({
    partnerId,
    name: row.name,
    kind: row.kind,
    ...totalsOf(row),
  }));
  rows.sort(
    (a, b) =>
      b.amountEur - a.amountEur ||
      b.hours - a.hours ||
      (a.partnerId < b.partnerId ? -1 : a.partnerId > b.partnerId ? 1 : 0),
  );
  return {
    total: totalsOf(total),
    byContributionKind: Object.fromEntries(
      [...byContributionKind].map(([kind, sums]) => [kind, totalsOf(sums)]),
    ) as Record<ContributionKind, ContributionTotals>,
    byPartnerKind: Object.fromEntries(
      [...byPartnerKind].map(([kind, sums]) => [kind, totalsOf(sums)]),
    ) as Record<PartnerKind, ContributionTotals>,
    byPartner: rows,
    unattributed: totalsOf(unattributed),
    issues: sortIssues([
      ...(on.ok ? [] : on.issues),
      ...view.campus.issues,
      ...view.partners.issues,
    ]),
  };
}
