/**
 * Reads a campus and its partners from untrusted input, item by item, so that one bad
 * membership or partner is reported where it is and the rest is still used.
 *
 * Memberships and partners are many (a large network holds thousands), so each has a fast path:
 * a hand-written check that accepts only what the zod schema accepts and builds the same
 * output; anything it does not accept goes through zod, which decides and explains.
 *
 * @internal
 * @module
 */
import type { z } from "zod/v4";
import {
  type Issue,
  type IssuePath,
  isIsoDate,
  isPlainRecord,
  type Locale,
  readSafely,
} from "../shared/index.js";
import type { CampusIssueCode } from "./codes.js";
import { fieldOf, itemsOf, notArrayIssue, parseSafely, UNREADABLE } from "./internal.js";
import {
  type Campus,
  CampusSchema,
  type Contribution,
  ContributionKindSchema,
  type EnterpriseSize,
  type Funding,
  FundingSchema,
  type LabelDecision,
  LabelDecisionSchema,
  type Membership,
  MembershipSchema,
  type Partner,
  PartnerRoleSchema,
  PartnerSchema,
  type Site,
  SiteSchema,
} from "./model.js";
import { PARTNER_KINDS, type PartnerKind } from "./partner-kinds.js";

const ROLES: ReadonlySet<string> = /* @__PURE__ */ new Set(PartnerRoleSchema.options);
const CONTRIBUTION_KINDS: ReadonlySet<string> = /* @__PURE__ */ new Set(
  ContributionKindSchema.options,
);
const KINDS: ReadonlySet<string> = /* @__PURE__ */ new Set(Object.keys(PARTNER_KINDS));

/** A plain object (literal or null prototype): the only objects the fast paths take. */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null) return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

function isNonEmptyString(value: unknown): value is string {
  return typeof value === "string" && value.length > 0;
}

function isAmount(value: unknown): value is number {
  return typeof value === "number" && Number.isFinite(value) && value >= 0;
}

/**
 * An optional field: `true` when absent, `"bad"` when present with `undefined` (zod keeps such
 * keys; the fast path leaves them to zod), else `false`.
 */
function absent(record: Record<string, unknown>, key: string, value: unknown): boolean | "bad" {
  if (value !== undefined) return false;
  return key in record ? "bad" : true;
}

function fastContribution(value: unknown): Contribution | undefined {
  if (!isPlainObject(value)) return undefined;
  const { kind, amountEur, hours } = value;
  if (typeof kind !== "string" || !CONTRIBUTION_KINDS.has(kind)) return undefined;
  const contribution = { kind } as Contribution;
  const noAmount = absent(value, "amountEur", amountEur);
  if (noAmount === "bad") return undefined;
  if (!noAmount) {
    if (!isAmount(amountEur)) return undefined;
    contribution.amountEur = amountEur;
  }
  const noHours = absent(value, "hours", hours);
  if (noHours === "bad") return undefined;
  if (!noHours) {
    if (!isAmount(hours)) return undefined;
    contribution.hours = hours;
  }
  return contribution;
}

/**
 * The fast path of {@link MembershipSchema}: the parsed membership, or `undefined` to let zod
 * decide. It accepts nothing zod rejects, and builds what zod would output.
 *
 * @internal
 */
export function fastMembership(value: unknown): Membership | undefined {
  if (!isPlainObject(value)) return undefined;
  const { partnerId, roles, from, to, contributions } = value;
  if (!isNonEmptyString(partnerId) || !Array.isArray(roles) || roles.length === 0) return undefined;
  const outRoles: Membership["roles"] = [];
  for (let i = 0; i < roles.length; i++) {
    const role: unknown = roles[i];
    if (typeof role !== "string" || !ROLES.has(role)) return undefined;
    outRoles.push(role as Membership["roles"][number]);
  }
  if (!isIsoDate(from)) return undefined;
  const membership: Membership = { partnerId, roles: outRoles, from };
  const noTo = absent(value, "to", to);
  if (noTo === "bad") return undefined;
  if (!noTo) {
    if (!isIsoDate(to)) return undefined;
    membership.to = to;
  }
  const noContributions = absent(value, "contributions", contributions);
  if (noContributions === "bad") return undefined;
  if (!noContributions) {
    if (!Array.isArray(contributions)) return undefined;
    const out: Contribution[] = [];
    for (let i = 0; i < contributions.length; i++) {
      const contribution = fastContribution(contributions[i]);
      if (contribution === undefined) return undefined;
      out.push(contribution);
    }
    membership.contributions = out;
  }
  return membership;
}

function fastSize(value: unknown): EnterpriseSize | undefined {
  if (!isPlainObject(value)) return undefined;
  const { headcount, turnoverEur, balanceSheetEur } = value;
  if (!isAmount(headcount)) return undefined;
  const size: EnterpriseSize = { headcount };
  const noTurnover = absent(value, "turnoverEur", turnoverEur);
  if (noTurnover === "bad") return undefined;
  if (!noTurnover) {
    if (!isAmount(turnoverEur)) return undefined;
    size.turnoverEur = turnoverEur;
  }
  const noBalance = absent(value, "balanceSheetEur", balanceSheetEur);
  if (noBalance === "bad") return undefined;
  if (!noBalance) {
    if (!isAmount(balanceSheetEur)) return undefined;
    size.balanceSheetEur = balanceSheetEur;
  }
  return size;
}

const COUNTRY = /^[A-Z]{2}$/;

/**
 * The fast path of {@link PartnerSchema} (see {@link fastMembership}).
 *
 * @internal
 */
export function fastPartner(value: unknown): Partner | undefined {
  if (!isPlainObject(value)) return undefined;
  const { id, name, kind, siret, uai, country, size } = value;
  if (!isNonEmptyString(id) || !isNonEmptyString(name)) return undefined;
  if (typeof kind !== "string" || !KINDS.has(kind)) return undefined;
  const partner: Partner = { id, name, kind: kind as PartnerKind };
  const optional: [string, unknown, (v: unknown) => boolean][] = [
    ["siret", siret, (v) => typeof v === "string"],
    ["uai", uai, (v) => typeof v === "string"],
    ["country", country, (v) => typeof v === "string" && COUNTRY.test(v)],
  ];
  for (const [key, field, check] of optional) {
    const none = absent(value, key, field);
    if (none === "bad") return undefined;
    if (!none) {
      if (!check(field)) return undefined;
      (partner as unknown as Record<string, unknown>)[key] = field;
    }
  }
  const noSize = absent(value, "size", size);
  if (noSize === "bad") return undefined;
  if (!noSize) {
    const parsed = fastSize(size);
    if (parsed === undefined) return undefined;
    partner.size = parsed;
  }
  return partner;
}

/** One item of an array, parsed, with its index in the input. @internal */
export interface Indexed<T> {
  /** Index in the input array. */
  index: number;
  /** The parsed item. */
  value: T;
}

/** What {@link readCampus} and {@link readPartners} produce. @internal */
export interface ReadItems<T> {
  /** Whether the array itself could be read (an array, not too big). */
  readable: boolean;
  /** The items that parsed. */
  items: Indexed<T>[];
  /** The raw items that did not parse (or 1 item standing for an unreadable array). */
  rejected: Indexed<unknown>[];
  /** Shape issues. */
  issues: Issue<CampusIssueCode>[];
}

/**
 * Parses each item of an array field with a fast path (optional) and its schema; `"not-array"`
 * or too big becomes one issue at `path`.
 */
function readItems<T>(
  value: unknown,
  schema: z.ZodType<T>,
  fast: ((item: unknown) => T | undefined) | undefined,
  code: CampusIssueCode,
  path: IssuePath,
  locale: Locale,
): ReadItems<T> {
  const items = itemsOf(value);
  if (!Array.isArray(items)) {
    return {
      readable: false,
      items: [],
      rejected: [{ index: -1, value }],
      issues: [notArrayIssue(code, path, items, value, locale)],
    };
  }
  const out: Indexed<T>[] = [];
  const issues: Issue<CampusIssueCode>[] = [];
  const rejected: Indexed<unknown>[] = [];
  for (let index = 0; index < items.length; index++) {
    const item = items[index];
    let parsedFast: T | undefined;
    if (fast !== undefined && item !== UNREADABLE) {
      try {
        parsedFast = fast(item);
      } catch {
        parsedFast = undefined;
      }
    }
    if (parsedFast !== undefined) {
      out.push({ index, value: parsedFast });
      continue;
    }
    const parsed = parseSafely(schema, item, code, [...path, index], locale);
    if (parsed.ok) out.push({ index, value: parsed.value });
    else {
      rejected.push({ index, value: item });
      issues.push(...parsed.issues);
    }
  }
  return { readable: true, items: out, rejected, issues };
}

/** The campus without its arrays, which are read item by item. */
const CampusHeadSchema = /* @__PURE__ */ CampusSchema.pick({
  id: true,
  name: true,
  sector: true,
  region: true,
});

/** A campus read item by item. @internal */
export interface ReadCampus {
  /** Whether the campus is an object whose fields could be read. */
  readable: boolean;
  /** The campus as parsed, when every part of it parsed. */
  campus: Campus | undefined;
  /** Its well-formed label decisions. */
  labels: Indexed<LabelDecision>[];
  /** Its well-formed memberships. */
  members: Indexed<Membership>[];
  /** Its well-formed sites. */
  sites: Indexed<Site>[];
  /** Its well-formed fundings. */
  fundings: Indexed<Funding>[];
  /** How many memberships could not be read (or 1 when `members` itself could not). */
  rejectedMembers: number;
  /** Shape issues: `network.invalid_input`, and `label.invalid_input` under `labels`. */
  issues: Issue<CampusIssueCode>[];
}

/**
 * Reads a campus under `path` (e.g. `["campus"]`). Label decisions are checked for shape only
 * (`label.invalid_input`); the rest reports `network.invalid_input`.
 *
 * @internal
 */
export function readCampus(input: unknown, path: IssuePath, locale: Locale): ReadCampus {
  const empty: ReadCampus = {
    readable: false,
    campus: undefined,
    labels: [],
    members: [],
    sites: [],
    fundings: [],
    rejectedMembers: 1,
    issues: [],
  };
  const isObject = readSafely(() => isPlainRecord(input), false);
  const head = parseSafely(CampusHeadSchema, input, "network.invalid_input", path, locale);
  if (!isObject) return { ...empty, issues: head.ok ? [] : head.issues };
  const labels = fieldOf(input, "labels");
  const members = fieldOf(input, "members");
  const sites = fieldOf(input, "sites");
  const fundings = fieldOf(input, "fundings");
  const at = (key: string) => [...path, key];
  const readLabels = readItems(
    labels,
    LabelDecisionSchema,
    undefined,
    "label.invalid_input",
    at("labels"),
    locale,
  );
  const readMembers = readItems(
    members,
    MembershipSchema,
    fastMembership,
    "network.invalid_input",
    at("members"),
    locale,
  );
  const readSites =
    sites === undefined
      ? undefined
      : readItems(sites, SiteSchema, undefined, "network.invalid_input", at("sites"), locale);
  const readFundings =
    fundings === undefined
      ? undefined
      : readItems(
          fundings,
          FundingSchema,
          undefined,
          "network.invalid_input",
          at("fundings"),
          locale,
        );
  const issues = [
    ...(head.ok ? [] : head.issues),
    ...readLabels.issues,
    ...readMembers.issues,
    ...(readSites?.issues ?? []),
    ...(readFundings?.issues ?? []),
  ];
  const campus: Campus | undefined =
    issues.length === 0 && head.ok
      ? {
          ...head.value,
          labels: readLabels.items.map((item) => item.value),
          members: readMembers.items.map((item) => item.value),
          ...(readSites === undefined ? {} : { sites: readSites.items.map((item) => item.value) }),
          ...(readFundings === undefined
            ? {}
            : { fundings: readFundings.items.map((item) => item.value) }),
        }
      : undefined;
  return {
    readable: true,
    campus,
    labels: readLabels.items,
    members: readMembers.items,
    sites: readSites?.items ?? [],
    fundings: readFundings?.items ?? [],
    rejectedMembers: readMembers.rejected.length,
    issues,
  };
}

/**
 * Reads a partner list under `path` (e.g. `["partners"]`).
 *
 * @internal
 */
export function readPartners(input: unknown, path: IssuePath, locale: Locale): ReadItems<Partner> {
  return readItems(input, PartnerSchema, fastPartner, "network.invalid_input", path, locale);
}
