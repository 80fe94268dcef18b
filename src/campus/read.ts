/**
 * Reads a campus and its partners from untrusted input, item by item, so that one bad
 * membership or partner is reported where it is and the rest is still used.
 *
 * Memberships and partners are many (a large network holds thousands), so each has a fast path:
 * a hand-written check that never accepts what the zod schema rejects; anything it does not
 * accept goes through zod, which decides and explains. Items that pass the fast path are used as
 * they are: copying 20,000 memberships (as zod does) costs more in garbage collection than the
 * whole check. A valid campus is returned as given (the same object), see `checkCampusNetwork`.
 *
 * @internal
 * @module
 */
import * as z from "zod";
import { isValidSiret, isValidUai, normalizeSiret, normalizeUai } from "../ids/index.js";
import {
  type Issue,
  type IssuePath,
  isIsoDate,
  isPlainRecord,
  type Locale,
  MAX_LISTED_MALFORMED,
  pushAll,
  readSafely,
  truncationIssues,
} from "../shared/index.js";
import { CAMPUS_CODES, type CampusIssueCode } from "./codes.js";
import {
  fieldOf,
  MAX_ITEMS,
  notArrayIssue,
  type Parsed,
  parseSafely,
  UNREADABLE,
} from "./internal.js";
import {
  type Campus,
  CampusSchema,
  type Contribution,
  type ContributionKind,
  type EnterpriseSize,
  type Funding,
  FundingSchema,
  type LabelDecision,
  LabelDecisionSchema,
  type Membership,
  MembershipSchema,
  type Partner,
  type PartnerRole,
  PartnerSchema,
  type Site,
  SiteSchema,
} from "./model.js";
import { PARTNER_KINDS, type PartnerKind } from "./partner-kinds.js";

/*
 * Enum checks as switches: faster than Set lookups on the hot path. Tests check that they accept
 * exactly the schemas' options (PartnerRoleSchema, ContributionKindSchema, PartnerKindSchema).
 */

/** @internal */
export function isPartnerRole(value: unknown): value is PartnerRole {
  switch (value) {
    case "carrier":
    case "governance":
    case "member":
    case "sponsor":
    case "host":
      return true;
    default:
      return false;
  }
}

/** @internal */
export function isContributionKind(value: unknown): value is ContributionKind {
  switch (value) {
    case "skills-sponsorship":
    case "equipment":
    case "financial":
    case "premises":
    case "project-space":
    case "placements":
    case "teaching":
      return true;
    default:
      return false;
  }
}

/** @internal */
export function isPartnerKind(value: unknown): value is PartnerKind {
  return typeof value === "string" && Object.hasOwn(PARTNER_KINDS, value);
}

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

function isArray(value: unknown): value is unknown[] {
  return Array.isArray(value);
}

function passesContributionSchema(value: unknown): value is Contribution {
  if (!isPlainObject(value)) return false;
  const { kind, amountEur, hours } = value;
  return (
    isContributionKind(kind) &&
    (amountEur === undefined || isAmount(amountEur)) &&
    (hours === undefined || isAmount(hours))
  );
}

/**
 * The fast path of {@link MembershipSchema}: `true` when the value certainly passes the schema
 * (a plain object whose fields are valid), so that it can be used as it is, without zod's copy.
 * `false` leaves the decision to zod. It never accepts what zod rejects.
 *
 * @internal
 */
export function passesMembershipSchema(value: unknown): value is Membership {
  if (!isPlainObject(value)) return false;
  const { partnerId, roles, from, to, contributions } = value;
  if (!isNonEmptyString(partnerId) || !isArray(roles) || roles.length === 0) return false;
  for (let i = 0; i < roles.length; i++) {
    const role: unknown = roles[i];
    if (!isPartnerRole(role)) return false;
  }
  if (!isIsoDate(from) || (to !== undefined && !isIsoDate(to))) return false;
  if (contributions === undefined) return true;
  if (!isArray(contributions)) return false;
  for (let i = 0; i < contributions.length; i++) {
    if (!passesContributionSchema(contributions[i])) return false;
  }
  return true;
}

function passesSizeSchema(value: unknown): value is EnterpriseSize {
  if (!isPlainObject(value)) return false;
  const { headcount, turnoverEur, balanceSheetEur } = value;
  return (
    isAmount(headcount) &&
    (turnoverEur === undefined || isAmount(turnoverEur)) &&
    (balanceSheetEur === undefined || isAmount(balanceSheetEur))
  );
}

const COUNTRY = /^[A-Z]{2}$/;

/**
 * The fast path of {@link PartnerSchema} (see {@link passesMembershipSchema}). Identifiers pass
 * only in canonical, valid form (on which the schema's normalisation changes nothing); loose or
 * invalid ones are left to zod.
 *
 * @internal
 */
export function passesPartnerSchema(value: unknown): value is Partner {
  if (!isPlainObject(value)) return false;
  const { id, name, kind, siret, uai, country, size, enterpriseCategory } = value;
  return (
    isNonEmptyString(id) &&
    isNonEmptyString(name) &&
    isPartnerKind(kind) &&
    (siret === undefined || isValidSiret(siret)) &&
    (uai === undefined || isValidUai(uai)) &&
    (country === undefined || (typeof country === "string" && COUNTRY.test(country))) &&
    (size === undefined || passesSizeSchema(size)) &&
    (enterpriseCategory === undefined ||
      enterpriseCategory === "PME" ||
      enterpriseCategory === "ETI" ||
      enterpriseCategory === "GE")
  );
}

/** One raw item of an array, with its index in the input. @internal */
export interface Indexed<T> {
  /** Index in the input array (-1 for the array itself). */
  index: number;
  /** The item. */
  value: T;
}

/** What {@link readItems} produces: the items that parsed, in input order. @internal */
export interface ReadItems<T> {
  /** Whether the array itself could be read (an array, not too big). */
  readable: boolean;
  /** The items that parsed, in input order. */
  values: T[];
  /** `indices[k]` is the index in the input of `values[k]`. */
  indices: number[];
  /** The raw items that did not parse (or one item, index -1, standing for an unreadable array). */
  rejected: Indexed<unknown>[];
  /** Shape issues. */
  issues: Issue<CampusIssueCode>[];
}

/**
 * Parses each item of an array field: items that pass the fast path (`isExact`) are kept as
 * they are, the others go through `schema`; `"not-array"` or too big becomes one issue at `path`.
 * An item that `schema` rejects is tried with `lenient` when given (the same schema without
 * its identifier checks): when that passes, the item is kept, and its identifiers are left to
 * the rules that report them (`network.invalid_siret`…), so that a bad identifier does not hide
 * the item from every other check.
 */
function readItems<T>(
  value: unknown,
  schema: z.ZodType<T>,
  isExact: ((item: unknown) => item is T) | undefined,
  code: CampusIssueCode,
  path: IssuePath,
  locale: Locale,
  lenient?: (item: unknown, path: IssuePath) => Parsed<T>,
): ReadItems<T> {
  const length = readSafely(() => (Array.isArray(value) ? value.length : -1), -1);
  if (length < 0 || length > MAX_ITEMS) {
    const problem = length < 0 ? "not-array" : "too-big";
    return {
      readable: false,
      values: [],
      indices: [],
      rejected: [{ index: -1, value }],
      issues: [notArrayIssue(code, path, problem, value, locale)],
    };
  }
  const array = value as unknown[];
  const values: T[] = [];
  const indices: number[] = [];
  const rejected: Indexed<unknown>[] = [];
  const issues: Issue<CampusIssueCode>[] = [];
  for (let index = 0; index < length; index++) {
    let item: unknown;
    try {
      item = array[index];
    } catch {
      item = UNREADABLE;
    }
    let exact = false;
    if (isExact !== undefined && item !== UNREADABLE) {
      try {
        exact = isExact(item);
      } catch {
        exact = false;
      }
    }
    if (exact) {
      values.push(item as T);
      indices.push(index);
      continue;
    }
    if (rejected.length >= MAX_LISTED_REJECTS) {
      // Past the bound, an item is only counted: checked without building issues when it may
      // pass, and not at all when it is no object (every item schema here wants one).
      const kept = isObjectItem(item)
        ? keptBeyondBound(schema, lenient, item, [...path, index])
        : undefined;
      if (kept === undefined) {
        rejected.push({ index, value: item });
      } else {
        values.push(kept);
        indices.push(index);
      }
      continue;
    }
    let parsed = parseSafely(schema, item, code, [...path, index], locale);
    if (!parsed.ok && lenient !== undefined && item !== UNREADABLE) {
      parsed = lenient(item, [...path, index]);
    }
    if (parsed.ok) {
      values.push(parsed.value);
      indices.push(index);
    } else {
      rejected.push({ index, value: item });
      pushAll(issues, parsed.issues);
    }
  }
  pushAll(
    issues,
    truncationIssues(CAMPUS_CODES, "network.issues_truncated", path, rejected.length, locale),
  );
  return { readable: true, values, indices, rejected, issues };
}

/**
 * Malformed items of one list whose issues are listed; the others are counted in one
 * `network.issues_truncated` info, so that a million-entry list of junk answers at once.
 */
const MAX_LISTED_REJECTS = MAX_LISTED_MALFORMED;

/** The value of an item read past the bound, or `undefined` when it would be rejected. */
function keptBeyondBound<T>(
  schema: z.ZodType<T>,
  lenient: ((item: unknown, path: IssuePath) => Parsed<T>) | undefined,
  item: unknown,
  path: IssuePath,
): T | undefined {
  const strict = readSafely(() => schema.safeParse(item), undefined);
  if (strict?.success === true) return strict.data;
  const parsed = lenient?.(item, path);
  return parsed?.ok === true ? parsed.value : undefined;
}

function isObjectItem(item: unknown): boolean {
  return typeof item === "object" && item !== null;
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
  /** The campus itself (as given), when every part of it is valid. */
  campus: Campus | undefined;
  /** Its label decisions. */
  labels: ReadItems<LabelDecision>;
  /** Its memberships. */
  members: ReadItems<Membership>;
  /** Its sites (none when absent). */
  sites: ReadItems<Site>;
  /** Its fundings (none when absent). */
  fundings: ReadItems<Funding>;
  /** Shape issues: `network.invalid_input`, and `label.invalid_input` under `labels`. */
  issues: Issue<CampusIssueCode>[];
}

function noItems<T>(readable: boolean): ReadItems<T> {
  return { readable, values: [], indices: [], rejected: [], issues: [] };
}

/**
 * Reads a campus under `path` (e.g. `["campus"]`). Label decisions are checked for shape only
 * (`label.invalid_input`); the rest reports `network.invalid_input`.
 *
 * @internal
 */
export function readCampus(input: unknown, path: IssuePath, locale: Locale): ReadCampus {
  const isObject = readSafely(() => isPlainRecord(input), false);
  const head = parseSafely(CampusHeadSchema, input, "network.invalid_input", path, locale);
  if (!isObject) {
    const unread = noItems<never>(false);
    return {
      readable: false,
      campus: undefined,
      labels: unread,
      members: { ...unread, rejected: [{ index: -1, value: input }] },
      sites: unread,
      fundings: unread,
      issues: head.ok ? [] : head.issues,
    };
  }
  const at = (key: string) => [...path, key];
  const labels = readItems(
    fieldOf(input, "labels"),
    LabelDecisionSchema,
    undefined,
    "label.invalid_input",
    at("labels"),
    locale,
  );
  const members = readItems(
    fieldOf(input, "members"),
    MembershipSchema,
    passesMembershipSchema,
    "network.invalid_input",
    at("members"),
    locale,
  );
  const sitesInput = fieldOf(input, "sites");
  const sites =
    sitesInput === undefined
      ? noItems<Site>(true)
      : readItems(sitesInput, SiteSchema, undefined, "network.invalid_input", at("sites"), locale);
  const fundingsInput = fieldOf(input, "fundings");
  const fundings =
    fundingsInput === undefined
      ? noItems<Funding>(true)
      : readItems(
          fundingsInput,
          FundingSchema,
          undefined,
          "network.invalid_input",
          at("fundings"),
          locale,
        );
  const issues = [
    ...(head.ok ? [] : head.issues),
    ...labels.issues,
    ...members.issues,
    ...sites.issues,
    ...fundings.issues,
  ];
  const campus = issues.length === 0 && head.ok ? (input as Campus) : undefined;
  return { readable: true, campus, labels, members, sites, fundings, issues };
}

/**
 * Reads a partner list under `path` (e.g. `["partners"]`).
 *
 * @internal
 */
export function readPartners(input: unknown, path: IssuePath, locale: Locale): ReadItems<Partner> {
  return readItems(
    input,
    PartnerSchema,
    passesPartnerSchema,
    "network.invalid_input",
    path,
    locale,
    (item, at) => readPartnerLeniently(item, at, locale),
  );
}

/**
 * {@link PartnerSchema} with identifiers taken as any string: what a partner is apart from its
 * SIRET and UAI.
 *
 * @internal
 */
export const LenientPartnerSchema = /* @__PURE__ */ PartnerSchema.extend({
  siret: z.string().optional(),
  uai: z.string().optional(),
});

/**
 * Reads a partner that {@link PartnerSchema} rejects as far as it can: when only its SIRET or
 * UAI is wrong, the partner with its identifiers as given (the valid ones in canonical form),
 * for the checks that do not need them; otherwise the shape issues other than identifiers
 * (those are reported by the rules, `network.invalid_siret` and `network.invalid_uai`).
 *
 * @internal
 */
export function readPartnerLeniently(
  item: unknown,
  path: IssuePath,
  locale: Locale,
): Parsed<Partner> {
  const parsed = parseSafely(LenientPartnerSchema, item, "network.invalid_input", path, locale);
  if (!parsed.ok) return parsed;
  const partner: Partner = parsed.value;
  if (partner.siret !== undefined) partner.siret = normalizeSiret(partner.siret) ?? partner.siret;
  if (partner.uai !== undefined) partner.uai = normalizeUai(partner.uai) ?? partner.uai;
  return { ok: true, value: partner };
}
