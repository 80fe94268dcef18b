/**
 * The campus network: who is a member on a day, and whether the network has the members the
 * Code de l'éducation expects, with valid and distinct identifiers.
 *
 * @module
 */
import {
  isRegistryLookup,
  isValidSiret,
  isValidUai,
  type RegistryLookup,
  validateIdentifier,
} from "../ids/index.js";
import {
  createIssue,
  type IsoDate,
  IsoDateSchema,
  type Issue,
  type IssueParams,
  type IssuePath,
  isIsoDate,
  type Locale,
  type LocaleOptions,
  localeOf,
  pushAll,
  quote,
  type Result,
  readMovedArgument,
  readPathOption,
  readSafely,
  sortIssues,
  typeName,
} from "../shared/index.js";
import { CAMPUS_CODES, type CampusIssueCode } from "./codes.js";
import { classifySize } from "./enterprise.js";
import { fieldOf, parseSafely } from "./internal.js";
import type { Campus, Membership, Partner } from "./model.js";
import { establishmentFiguresIssue } from "./partner-category.js";
import type { PartnerKind } from "./partner-kinds.js";
import { type Indexed, type ReadCampus, type ReadItems, readCampus, readPartners } from "./read.js";
import { checkNetworkInRegistry, guardedRegistry } from "./registry-checks.js";

/**
 * Options of {@link checkCampusNetwork}.
 *
 * @example
 * ```ts
 * const options: CheckCampusNetworkOptions = { on: "2022-09-01", locale: "fr" };
 * ```
 */
export interface CheckCampusNetworkOptions extends LocaleOptions {
  /** The day on which memberships are judged (`from` ≤ `on` ≤ `to`). */
  on: IsoDate;
  /**
   * An official registry (`createRegistry` of `cmq-kit/registry`): partners' UAI
   * (`registry.unknown_uai`), SIRET (`registry.siret_mismatch`) and establishments closed before
   * a membership ends (`registry.closed_establishment`) are checked (CONTRACT §7). A value that
   * is not a registry is a `network.invalid_input` at `["registry"]`.
   */
  registry?: RegistryLookup;
}

/**
 * Tells whether a membership is in force on a day: `from` ≤ `on` and, when it has an end,
 * `on` ≤ `to` (both ends included).
 *
 * The day is `options.on` (CONTRACT §0 rev. 2); the positional form
 * `isMembershipInForce(membership, on)` still works in 0.x and gives the same answer.
 *
 * @param membership - the membership.
 * @param options - `on`: the day.
 * @returns `true` when in force; `false` also when `on`, `from` or `to` is not a `YYYY-MM-DD`
 *   date (never throws).
 * @example
 * ```ts
 * const membership = { partnerId: "framatome", roles: ["member" as const], from: "2020-02-06", to: "2024-12-31" };
 * isMembershipInForce(membership, { on: "2024-12-31" }); //=> true
 * isMembershipInForce(membership, { on: "2025-01-01" }); //=> false
 * ```
 */
export function isMembershipInForce(membership: Membership, options: { on: IsoDate }): boolean;
/**
 * Tells whether a membership is in force on a day: the positional form of revision 1.
 *
 * @deprecated Pass the day in the options: `isMembershipInForce(membership, { on })`. This form
 *   keeps working in 0.x and gives the same answer.
 * @param membership - the membership.
 * @param on - the day.
 * @returns `true` when in force.
 * @example
 * ```ts
 * const membership: Membership = { partnerId: "framatome", roles: ["member"], from: "2020-02-06", to: "2024-12-31" };
 * // Before (deprecated):
 * isMembershipInForce(membership, "2024-12-31"); //=> true
 * // Now:
 * isMembershipInForce(membership, { on: "2024-12-31" }); //=> true
 * isMembershipInForce(membership, { on: "2025-01-01" }); //=> false
 * ```
 */
export function isMembershipInForce(membership: Membership, on: IsoDate): boolean;
export function isMembershipInForce(
  membership: Membership,
  onOrOptions: IsoDate | { on: IsoDate },
): boolean {
  const on = readMovedArgument(onOrOptions, undefined, "on").value;
  const from = fieldOf(membership, "from");
  const to = fieldOf(membership, "to");
  if (!isIsoDate(on) || !isIsoDate(from) || (to !== undefined && !isIsoDate(to))) return false;
  return inForce(from, to as IsoDate | undefined, on);
}

/** The in-force test on valid dates, for the hot loops. @internal */
export function inForce(from: IsoDate, to: IsoDate | undefined, on: IsoDate): boolean {
  return from <= on && (to === undefined || on <= to);
}

/** A campus and its partners read from untrusted input, and indexed. @internal */
export interface NetworkView {
  /** The campus, item by item. */
  campus: ReadCampus;
  /** The partners, item by item. */
  partners: ReadItems<Partner>;
  /** Well-formed partners by id (the first of each id): their position in `partners.values`. */
  byId: Map<string, number>;
  /** Ids of partners that did not parse but whose id could be read. */
  rejectedIds: Set<string>;
}

/**
 * Reads a campus and its partners, with issue paths rooted as in a dataset
 * (`["campus", …]`, `["partners", …]`).
 *
 * @internal
 */
export function viewNetwork(campus: unknown, partners: unknown, locale: Locale): NetworkView {
  const readCampusResult = readCampus(campus, ["campus"], locale);
  const readPartnersResult = readPartners(partners, ["partners"], locale);
  const byId = new Map<string, number>();
  const values = readPartnersResult.values;
  for (let k = 0; k < values.length; k++) {
    const id = (values[k] as Partner).id;
    if (!byId.has(id)) byId.set(id, k);
  }
  const rejectedIds = new Set<string>();
  for (const rejected of readPartnersResult.rejected) {
    const id = fieldOf(rejected.value, "id");
    if (typeof id === "string" && !byId.has(id)) rejectedIds.add(id);
  }
  return { campus: readCampusResult, partners: readPartnersResult, byId, rejectedIds };
}

/** The well-formed partner with this id, if any. @internal */
export function partnerOf(view: NetworkView, id: string): Partner | undefined {
  const position = view.byId.get(id);
  return position === undefined ? undefined : view.partners.values[position];
}

/** A membership in force on the day, with its partner. @internal */
export interface MemberInForce {
  /** Index of the membership in `campus.members`. */
  index: number;
  /** The membership. */
  membership: Membership;
  /** Its partner, when the partner list has a well-formed one with that id. */
  partner: Partner | undefined;
}

/**
 * The memberships of a view in force on a day.
 *
 * @internal
 */
export function membersInForce(view: NetworkView, on: IsoDate): MemberInForce[] {
  const members: MemberInForce[] = [];
  const { values, indices } = view.campus.members;
  for (let k = 0; k < values.length; k++) {
    const membership = values[k] as Membership;
    if (!inForce(membership.from, membership.to, on)) continue;
    members.push({
      index: indices[k] as number,
      membership,
      partner: partnerOf(view, membership.partnerId),
    });
  }
  return members;
}

/** What is wrong with an identifier, if anything: its canonical form, or the problem. */
type IdentifierCheck =
  | { ok: true; canonical: string }
  | {
      ok: false;
      value: string;
      problem: "format" | "checksum" | "prefix";
      expected: string | null;
      prefix?: string;
    };

function checkIdentifier(kind: "siret" | "uai", value: string): IdentifierCheck {
  const result = validateIdentifier(kind, value);
  if (result.ok) return { ok: true, canonical: result.value };
  const params = result.issues[0]?.params ?? {};
  if (result.issues[0]?.code === "ids.invalid_checksum") {
    return {
      ok: false,
      value: String(params.value),
      problem: "checksum",
      expected: String(params.expected),
    };
  }
  if (typeof params.prefix === "string") {
    return {
      ok: false,
      value: String(params.value),
      problem: "prefix",
      expected: null,
      prefix: params.prefix,
    };
  }
  return { ok: false, value: quote(value.trim()), problem: "format", expected: null };
}

/**
 * Visits every partner's id, SIRET and UAI, well-formed or not, in input order (the fields of
 * malformed partners as far as they can be read).
 */
function forEachPartner(
  view: NetworkView,
  visit: (index: number, id: string, siret: unknown, uai: unknown) => void,
): void {
  const { values, indices, rejected } = view.partners;
  let r = 0;
  const visitRejected = (until: number) => {
    for (; r < rejected.length && (rejected[r] as Indexed<unknown>).index < until; r++) {
      const { index, value } = rejected[r] as Indexed<unknown>;
      if (index < 0) continue;
      const id = fieldOf(value, "id");
      visit(
        index,
        typeof id === "string" ? quote(id) : `partners[${index}]`,
        fieldOf(value, "siret"),
        fieldOf(value, "uai"),
      );
    }
  };
  for (let k = 0; k < values.length; k++) {
    const index = indices[k] as number;
    if (r < rejected.length) visitRejected(index);
    const partner = values[k] as Partner;
    visit(index, partner.id, partner.siret, partner.uai);
  }
  visitRejected(Number.POSITIVE_INFINITY);
}

/** `network.invalid_siret`, `network.invalid_uai` and `network.duplicate_siret`. */
function identifierIssues(view: NetworkView, locale: Locale): Issue<CampusIssueCode>[] {
  const issues: Issue<CampusIssueCode>[] = [];
  const firstBySiret = new Map<string, { index: number; id: string }>();
  forEachPartner(view, (index, id, siret, uai) => {
    if (typeof siret === "string") {
      let canonical: string | undefined = isValidSiret(siret) ? siret : undefined;
      if (canonical === undefined) {
        const check = checkIdentifier("siret", siret);
        if (check.ok) canonical = check.canonical;
        else {
          const path = ["partners", index, "siret"];
          issues.push(identifierIssue("network.invalid_siret", path, id, check, locale));
        }
      }
      if (canonical !== undefined) {
        const first = firstBySiret.get(canonical);
        if (first === undefined) firstBySiret.set(canonical, { index, id });
        else {
          const params = {
            partnerId: id,
            siret: canonical,
            firstPartnerId: first.id,
            firstIndex: first.index,
          };
          const path = ["partners", index, "siret"];
          issues.push(createIssue(CAMPUS_CODES, "network.duplicate_siret", path, params, locale));
        }
      }
    }
    if (typeof uai === "string" && !isValidUai(uai)) {
      const check = checkIdentifier("uai", uai);
      if (!check.ok) {
        const path = ["partners", index, "uai"];
        issues.push(identifierIssue("network.invalid_uai", path, id, check, locale));
      }
    }
  });
  return issues;
}

function identifierIssue(
  code: "network.invalid_siret" | "network.invalid_uai",
  path: IssuePath,
  partnerId: string,
  check: Extract<IdentifierCheck, { ok: false }>,
  locale: Locale,
): Issue<CampusIssueCode> {
  const params: IssueParams = {
    partnerId,
    value: check.value,
    problem: check.problem,
    expected: check.expected,
  };
  if (check.prefix !== undefined) params.prefix = check.prefix;
  return createIssue(CAMPUS_CODES, code, path, params, locale);
}

/**
 * The info `enterprise.establishment_figures` for each well-formed partner whose size is given
 * without Sirene's enterprise category.
 */
function enterpriseFigureIssues(view: NetworkView, locale: Locale): Issue<CampusIssueCode>[] {
  const issues: Issue<CampusIssueCode>[] = [];
  const { values, indices } = view.partners;
  for (let k = 0; k < values.length; k++) {
    const partner = values[k] as Partner;
    const size = partner.size;
    if (size === undefined || partner.enterpriseCategory !== undefined) continue;
    const { category } = classifySize(size);
    const path = ["partners", indices[k] as number, "size"];
    issues.push(establishmentFiguresIssue(partner.id, category, size.headcount, path, locale));
  }
  return issues;
}

/** `network.duplicate_partner_id`. */
function duplicateIdIssues(view: NetworkView, locale: Locale): Issue<CampusIssueCode>[] {
  const issues: Issue<CampusIssueCode>[] = [];
  const { values, indices } = view.partners;
  for (let k = 0; k < values.length; k++) {
    const partner = values[k] as Partner;
    const first = view.byId.get(partner.id) as number;
    if (first === k) continue;
    const index = indices[k] as number;
    const params = { partnerId: partner.id, firstIndex: indices[first] as number };
    issues.push(
      createIssue(
        CAMPUS_CODES,
        "network.duplicate_partner_id",
        ["partners", index, "id"],
        params,
        locale,
      ),
    );
  }
  return issues;
}

/** The member kinds D. 335-33 names, the code reported when none is in force, in check order. */
const REQUIRED_KINDS: readonly [PartnerKind, CampusIssueCode][] = [
  ["upper-secondary-school", "network.missing_upper_secondary"],
  ["higher-education", "network.missing_higher_education"],
  ["company", "network.missing_company"],
  ["apprentice-training-centre", "network.missing_training_centre"],
  ["research", "network.missing_research"],
  ["continuing-training", "network.missing_continuing_training"],
];

/** What the memberships in force show, for the composition rules. */
interface Composition {
  kinds: Set<PartnerKind>;
  carrier: boolean;
  governance: boolean;
  /** Partner ids named by memberships in force whose partner could not be read. */
  blind: Set<string>;
}

/**
 * One pass over the memberships (one map lookup each): `network.unknown_partner`,
 * `network.membership_period_invalid`, and what the memberships in force on `on` show.
 */
function membershipPass(
  view: NetworkView,
  on: IsoDate | undefined,
  locale: Locale,
  issues: Issue<CampusIssueCode>[],
): Composition {
  const composition: Composition = {
    kinds: new Set(),
    carrier: false,
    governance: false,
    blind: new Set(),
  };
  const checkReferences = view.partners.readable;
  const { values, indices } = view.campus.members;
  const partners = view.partners.values;
  for (let k = 0; k < values.length; k++) {
    const membership = values[k] as Membership;
    const { partnerId, from, to } = membership;
    const position = view.byId.get(partnerId);
    const rejected = position === undefined && view.rejectedIds.has(partnerId);
    if (position === undefined && !rejected && checkReferences) {
      const path = ["campus", "members", indices[k] as number, "partnerId"];
      issues.push(unknownPartner(path, partnerId, "membership", locale));
    }
    if (to !== undefined && to < from) {
      const params = { partnerId: quote(partnerId), from, to };
      const path = ["campus", "members", indices[k] as number, "to"];
      issues.push(
        createIssue(CAMPUS_CODES, "network.membership_period_invalid", path, params, locale),
      );
    }
    if (on === undefined || !inForce(from, to, on)) continue;
    if (position === undefined) {
      if (rejected) composition.blind.add(partnerId);
      continue;
    }
    composition.kinds.add((partners[position] as Partner).kind);
    for (const role of membership.roles) {
      if (role === "carrier") composition.carrier = true;
      else if (role === "governance") composition.governance = true;
    }
  }
  return composition;
}

function unknownPartner(
  path: IssuePath,
  partnerId: string,
  referencedBy: "membership" | "site" | "funding",
  locale: Locale,
): Issue<CampusIssueCode> {
  const params = { partnerId: quote(partnerId), referencedBy };
  return createIssue(CAMPUS_CODES, "network.unknown_partner", path, params, locale);
}

/** `network.duplicate_site_id`: a site id already used by an earlier site. */
function duplicateSiteIssues(view: NetworkView, locale: Locale): Issue<CampusIssueCode>[] {
  const issues: Issue<CampusIssueCode>[] = [];
  const { sites } = view.campus;
  const first = new Map<string, number>();
  sites.values.forEach((site, k) => {
    const index = sites.indices[k] as number;
    const earlier = first.get(site.id);
    if (earlier === undefined) {
      first.set(site.id, index);
      return;
    }
    const params = { siteId: quote(site.id), firstIndex: earlier };
    const path = ["campus", "sites", index, "id"];
    issues.push(createIssue(CAMPUS_CODES, "network.duplicate_site_id", path, params, locale));
  });
  return issues;
}

/** `network.unknown_partner` for sites and fundings. */
function placeAndFundingIssues(view: NetworkView, locale: Locale): Issue<CampusIssueCode>[] {
  const issues: Issue<CampusIssueCode>[] = [];
  if (!view.partners.readable) return issues;
  const known = (id: string) => view.byId.has(id) || view.rejectedIds.has(id);
  const { sites, fundings } = view.campus;
  sites.values.forEach((site, k) => {
    if (site.partnerId === undefined || known(site.partnerId)) return;
    const path = ["campus", "sites", sites.indices[k] as number, "partnerId"];
    issues.push(unknownPartner(path, site.partnerId, "site", locale));
  });
  fundings.values.forEach((funding, k) => {
    if (funding.partnerId === undefined || known(funding.partnerId)) return;
    const path = ["campus", "fundings", fundings.indices[k] as number, "partnerId"];
    issues.push(unknownPartner(path, funding.partnerId, "funding", locale));
  });
  return issues;
}

/** The composition rules, or `network.composition_not_checked` when a blind spot could hide a member. */
function compositionIssues(
  view: NetworkView,
  composition: Composition,
  on: IsoDate,
  locale: Locale,
): Issue<CampusIssueCode>[] {
  const unreadable =
    view.campus.members.rejected.length + (view.partners.readable ? 0 : 1) + composition.blind.size;
  const path = ["campus", "members"];
  if (unreadable > 0) {
    const params = { on, unreadable };
    return [createIssue(CAMPUS_CODES, "network.composition_not_checked", path, params, locale)];
  }
  const issues: Issue<CampusIssueCode>[] = [];
  for (const [kind, code] of REQUIRED_KINDS) {
    if (!composition.kinds.has(kind)) {
      issues.push(createIssue(CAMPUS_CODES, code, path, { on }, locale));
    }
  }
  if (!composition.carrier) {
    issues.push(createIssue(CAMPUS_CODES, "network.no_carrier", path, { on }, locale));
  }
  if (!composition.governance) {
    issues.push(createIssue(CAMPUS_CODES, "network.no_governance", path, { on }, locale));
  }
  return issues;
}

/** The registry checks of a network, or the issue of a `registry` option that is not one. */
function registryIssues(
  options: unknown,
  view: NetworkView,
  locale: Locale,
): Issue<CampusIssueCode>[] {
  const given = readSafely(() => fieldOf(options, "registry"), null);
  if (given === undefined) return [];
  if (!isRegistryLookup(given)) {
    return [
      createIssue(
        CAMPUS_CODES,
        "network.invalid_input",
        ["registry"],
        {
          where: "registry",
          zodCode: "invalid_type",
          expected: "object",
          received: typeName(given),
        },
        locale,
      ),
    ];
  }
  const withIndex = <T>(items: { values: T[]; indices: number[] }) =>
    items.values.map((value, k) => ({ index: items.indices[k] as number, value }));
  return checkNetworkInRegistry(
    guardedRegistry(given),
    withIndex(view.partners),
    withIndex(view.campus.members),
    { partners: ["partners"], members: ["campus", "members"] },
    locale,
  );
}

/**
 * Checks a campus's network on a day: the shape of the campus and its partners, the references
 * between them, the partners' identifiers, and the members the Code de l'éducation expects.
 *
 * Memberships in force on `on` (`from` ≤ `on` ≤ `to`, see {@link isMembershipInForce}) whose
 * partner is known make up the network. Rules:
 * - errors `network.missing_upper_secondary`, `network.missing_higher_education`,
 *   `network.missing_company`; warnings `network.missing_training_centre`,
 *   `network.missing_research`; info `network.missing_continuing_training`: no member of that
 *   kind in force. C. éduc. D. 335-33: the network "regroupe, par voie de convention, des
 *   établissements d'enseignement du second cycle du second degré, des établissements
 *   d'enseignement supérieur, des centres de formation d'apprentis, des laboratoires [2019:
 *   structures] de recherche, des organismes de formation continue, des entreprises" (2014
 *   wording, etalab/codes-juridiques-francais; domain-facts §1.2). Which absences are errors
 *   follows CONTRACT §3 (the 2014 text also required a lycée and a university in the governance).
 * - error `network.no_carrier`: no membership in force has the role `carrier` (the
 *   établissement support named by the convention; domain-facts §1.5);
 *   warning `network.no_governance`: none has the role `governance` (the convention "fixe la
 *   composition et les modalités de fonctionnement de l'instance de gouvernance", D. 335-33).
 *   Params of these composition issues: `on`; path `["campus", "members"]`.
 * - error `network.unknown_partner`: a membership's, site's or funding's `partnerId` names no
 *   partner (params `partnerId`, `referencedBy`: `membership`, `site` or `funding`); checked on
 *   every membership, in force or not. Error `network.membership_period_invalid`: `to` before
 *   `from` (params `partnerId`, `from`, `to`).
 * - errors `network.invalid_siret`, `network.invalid_uai`: the identifier is not valid by the
 *   rules of `cmq-kit/ids` (params `partnerId`, `value`, `problem`: `format`, `checksum` or,
 *   for a UAI whose first three digits name no territory, `prefix` with param `prefix`,
 *   `expected`: the right check digit or letter, or `null`); loose forms (`"552 100 554
 *   00013"`) are valid. Error `network.duplicate_siret`: a SIRET already held by an earlier
 *   partner, compared in canonical form (params `partnerId`, `siret`, `firstPartnerId`,
 *   `firstIndex`). Error `network.duplicate_partner_id`: an id already used by an earlier
 *   partner (the first one is the one memberships refer to). Error `network.duplicate_site_id`
 *   (path `["campus", "sites", i, "id"]`, params `siteId`, `firstIndex`): a site id already used
 *   by an earlier site.
 * - info `enterprise.establishment_figures` (path `["partners", i, "size"]`; params
 *   `partnerId`, `category`, `headcount`): a partner has a `size` but not Sirene's
 *   `enterpriseCategory`; the category computed from its own figures applies, by décret
 *   n° 2008-1354, to the legal unit and its group, which an establishment's figures may
 *   understate (see `classifyPartner`).
 * - error `network.invalid_input` (and `label.invalid_input` under `labels`): shape errors,
 *   reported item by item; the well-formed items are still checked. Label decisions are checked
 *   for shape only: their rules are {@link validateLabelDecision}'s. When a membership, or a
 *   partner that a membership in force names, cannot be read, the composition is not judged
 *   (info `network.composition_not_checked`, params `on`, `unreadable`), so that a typo does not
 *   turn into a missing member; when `on` is not a date, only the composition is skipped.
 *
 * Paths are rooted as in a dataset `{ campus, partners }`: `["campus", "members", 7,
 * "partnerId"]`, `["partners", 3, "siret"]`, and `["on"]` for the option, so that
 * `validateDataset` can pass them through unchanged. Issues are sorted by path. A dataset
 * validator that also calls {@link validateLabelDecision} with `path: ["campus", "labels", i]`
 * gets the labels' shape issues from both, identical: keep one. The value is the campus passed
 * in (not a copy: copying 20,000 memberships costs more than the check), so copy it before
 * editing it. Never throws.
 * Runs in time linear in the number of partners, memberships, sites and fundings (maps, no
 * nested scans).
 *
 * @param campus - anything; a {@link Campus} when valid.
 * @param partners - anything; the partners ({@link Partner}[]) the campus's memberships refer to.
 * @param options - `on`, the day judged; `locale` of the messages; `registry`, an official
 *   registry to check the partners' UAI and SIRET and the memberships against (CONTRACT §7).
 * @returns the campus itself (the object passed in, not a copy) when valid, or the issues.
 * @example
 * ```ts
 * checkCampusNetwork(CMQ_ITIP.campus, CMQ_ITIP.partners, { on: "2022-09-01" });
 * //=> { ok: true, value: { id: "cmq-itip", … }, issues: [] }
 * const partners = CMQ_ITIP.partners.filter((p) => p.kind !== "company");
 * checkCampusNetwork(CMQ_ITIP.campus, partners, { on: "2022-09-01" }).issues.map((i) => i.code);
 * //=> ["network.missing_company", "network.unknown_partner", "network.unknown_partner", "network.unknown_partner", "network.unknown_partner"]
 * ```
 */
export function checkCampusNetwork(
  campus: unknown,
  partners: unknown,
  options: CheckCampusNetworkOptions,
): Result<Campus, CampusIssueCode> {
  const locale = localeOf(options);
  const onInput = readSafely(() => fieldOf(options, "on"), undefined);
  const on = parseSafely(IsoDateSchema, onInput, "network.invalid_input", ["on"], locale);
  const view = viewNetwork(campus, partners, locale);
  const issues: Issue<CampusIssueCode>[] = [
    ...(on.ok ? [] : on.issues),
    ...view.campus.issues,
    ...view.partners.issues,
    ...duplicateIdIssues(view, locale),
    ...identifierIssues(view, locale),
    ...enterpriseFigureIssues(view, locale),
    ...placeAndFundingIssues(view, locale),
    ...duplicateSiteIssues(view, locale),
  ];
  pushAll(issues, registryIssues(options, view, locale));
  const composition = membershipPass(view, on.ok ? on.value : undefined, locale, issues);
  if (on.ok && view.campus.readable) {
    pushAll(issues, compositionIssues(view, composition, on.value, locale));
  }
  const sorted = sortIssues(issues);
  const value = view.campus.campus;
  if (value === undefined || sorted.some((issue) => issue.severity === "error")) {
    return { ok: false, issues: sorted };
  }
  return { ok: true, value, issues: sorted };
}

/**
 * Options of {@link validatePartners}.
 *
 * @example
 * ```ts
 * const options: ValidatePartnersOptions = { locale: "fr", path: ["annuaire", 2] };
 * ```
 */
export interface ValidatePartnersOptions extends LocaleOptions {
  /** Prefix of the issues' paths, in place of `["partners"]` (the list's place in a larger input). */
  path?: IssuePath;
  /** An official registry: partners' UAI and SIRET are checked against it (CONTRACT §7). */
  registry?: RegistryLookup;
}

/**
 * Checks a partner list on its own, for tools that hold no campus: each partner's shape, its
 * identifiers (SIRET and UAI, normalised and checked as the identifiers guide says), repeated
 * ids and SIRETs, the info that an establishment's own headcount does not classify an enterprise,
 * and, with `options.registry`, UAI and SIRET against the official directories. Returns every
 * issue; never throws.
 *
 * @param partners - the list (anything; each entry checked with `PartnerSchema`).
 * @param options - `locale`, `path` (`["partners"]` by default), `registry`.
 * @returns the well-formed partners, or every issue.
 * @example
 * ```ts
 * validatePartners([{ id: "lycee", name: "Lycée des Forges", kind: "upper-secondary-school", uai: "0711111A" }]).ok;
 * //=> false
 * validatePartners([{ id: "iut", name: "IUT du Creusot", kind: "higher-education", uai: "0719901B" }]).ok;
 * //=> true
 * ```
 */
export function validatePartners(
  partners: unknown,
  options?: ValidatePartnersOptions,
): Result<Partner[], CampusIssueCode> {
  const locale = localeOf(options);
  const view = viewNetwork(undefined, partners, locale);
  const issues: Issue<CampusIssueCode>[] = [
    ...view.partners.issues,
    ...duplicateIdIssues(view, locale),
    ...identifierIssues(view, locale),
    ...enterpriseFigureIssues(view, locale),
  ];
  const registry = readSafely(() => fieldOf(options, "registry"), undefined);
  if (registry !== undefined) {
    const onlyPartners = { ...view, campus: { ...view.campus, members: EMPTY_MEMBERS } };
    pushAll(issues, registryIssues(options, onlyPartners, locale));
  }
  const prefix = readPathOption(
    readSafely(() => fieldOf(options, "path"), undefined),
    ["partners"],
  );
  const located = withPrefix(issues, prefix);
  const sorted = sortIssues(located);
  if (!view.partners.readable || sorted.some((issue) => issue.severity === "error")) {
    return { ok: false, issues: sorted };
  }
  return { ok: true, value: view.partners.values, issues: sorted };
}

const EMPTY_MEMBERS: ReadItems<Membership> = {
  readable: true,
  values: [],
  indices: [],
  rejected: [],
  issues: [],
};

/** The issues with `["partners", …]` replaced by `[...prefix, …]`. */
function withPrefix(
  issues: readonly Issue<CampusIssueCode>[],
  prefix: IssuePath,
): Issue<CampusIssueCode>[] {
  if (prefix.length === 1 && prefix[0] === "partners") return [...issues];
  return issues.map((issue) =>
    issue.path[0] === "partners" ? { ...issue, path: [...prefix, ...issue.path.slice(1)] } : issue,
  );
}
