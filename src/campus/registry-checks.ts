/**
 * A network's checks against an official registry (CONTRACT §7): each partner's UAI (unknown to
 * the directory that should list it) and SIRET (not the directory's), and its establishment
 * closed before a membership of it ends. Used by `checkCampusNetwork` and by the dataset check.
 *
 * @module
 */
import {
  checkEstablishmentInRegistry,
  type RegistryCheckCode,
  type RegistryLookup,
} from "../ids/index.js";
import { type Issue, type IssuePath, type Locale, readSafely } from "../shared/index.js";
import type { Membership, Partner } from "./model.js";

/**
 * The registry codes a network check emits (establishments only).
 *
 * @internal
 */
export type NetworkRegistryCode = Extract<
  RegistryCheckCode,
  "registry.unknown_uai" | "registry.siret_mismatch" | "registry.closed_establishment"
>;

/** Which directory is expected to list a partner of this kind (others are never "unknown"). */
const HOLDER: Partial<Record<Partner["kind"], "annuaire" | "esr">> = {
  "upper-secondary-school": "annuaire",
  "higher-education": "esr",
};

/**
 * A registry whose every call is guarded: a look-up that throws counts as "not found", so that a
 * throwing user registry never breaks validation.
 *
 * @param lookup - the registry.
 * @returns the guarded registry.
 * @internal
 * @example
 * ```ts
 * const throwing: RegistryLookup = {
 *   certification: () => { throw new Error("offline"); },
 *   block: () => undefined,
 *   establishment: () => undefined,
 *   holds: () => true,
 * };
 * guardedRegistry(throwing).certification("RNCP35340"); //=> undefined
 * ```
 */
export function guardedRegistry(lookup: RegistryLookup): RegistryLookup {
  return {
    certification: (code) => readSafely(() => lookup.certification(code) ?? undefined, undefined),
    block: (code) => readSafely(() => lookup.block(code) ?? undefined, undefined),
    establishment: (uai) => readSafely(() => lookup.establishment(uai) ?? undefined, undefined),
    holds: (kind) => readSafely(() => lookup.holds(kind) === true, false),
  };
}

/**
 * Checks partners and memberships against a registry: a partner with a UAI unknown to the
 * directory that lists its kind, a SIRET that is not the directory's, and an establishment closed
 * before a membership of it ends.
 *
 * @param lookup - the registry (guarded with {@link guardedRegistry} by the caller).
 * @param partners - the well-formed partners, with their index in the input.
 * @param members - the well-formed memberships, with their index in the input.
 * @param paths - where the partner list and the membership list sit in the input.
 * @param locale - the message language.
 * @returns the issues; none when the arguments cannot be read (they are meant to be the records
 *   that {@link checkCampusNetwork} has already read).
 * @internal
 * @example
 * ```ts
 * const registry = createRegistry({ holds: ["annuaire"] }); // holds the directory, which lists no such lycée
 * const partner: Partner = { id: "lycee", name: "Lycée", kind: "upper-secondary-school", uai: "0710010A" };
 * checkNetworkInRegistry(registry, [{ index: 0, value: partner }], [], { partners: ["partners"], members: ["campus", "members"] }, "en")
 *   .map((issue) => [issue.code, issue.path]);
 * //=> [["registry.unknown_uai", ["partners", 0, "uai"]]]
 * ```
 */
export function checkNetworkInRegistry(
  lookup: RegistryLookup,
  partners: readonly { index: number; value: Partner }[],
  members: readonly { index: number; value: Membership }[],
  paths: { partners: IssuePath; members: IssuePath },
  locale: Locale,
): Issue<NetworkRegistryCode>[] {
  return readSafely(() => networkRegistryIssues(lookup, partners, members, paths, locale), []);
}

function networkRegistryIssues(
  lookup: RegistryLookup,
  partners: readonly { index: number; value: Partner }[],
  members: readonly { index: number; value: Membership }[],
  paths: { partners: IssuePath; members: IssuePath },
  locale: Locale,
): Issue<NetworkRegistryCode>[] {
  const issues: Issue<NetworkRegistryCode>[] = [];
  for (const { index, value: partner } of partners) {
    const uai = partner.uai;
    if (uai === undefined) continue;
    const facts: Parameters<typeof checkEstablishmentInRegistry>[2] = {
      uaiPath: [...paths.partners, index, "uai"],
      siretPath: [...paths.partners, index, "siret"],
      skipClosure: true,
    };
    const holder = HOLDER[partner.kind];
    if (holder !== undefined) facts.holder = holder;
    if (partner.siret !== undefined) facts.siret = partner.siret;
    issues.push(
      ...(checkEstablishmentInRegistry(lookup, uai, facts, {
        locale,
      }) as Issue<NetworkRegistryCode>[]),
    );
    for (const { index: m, value: membership } of members) {
      if (membership.partnerId !== partner.id) continue;
      const until: { until?: string } = membership.to === undefined ? {} : { until: membership.to };
      const found = checkEstablishmentInRegistry(
        lookup,
        uai,
        { ...until, periodPath: [...paths.members, m] },
        { locale },
      );
      for (const issue of found) {
        if (issue.code === "registry.closed_establishment") {
          issues.push(issue as Issue<NetworkRegistryCode>);
        }
      }
    }
  }
  return issues;
}
