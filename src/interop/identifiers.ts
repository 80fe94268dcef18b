/**
 * Reading the identifiers an export carries (RNCP, SIRET, SIREN, UAI), with an issue for each one
 * left out.
 *
 * @internal
 * @module
 */
import type { Partner } from "../campus/index.js";
import {
  isValidRncpBlockCode,
  isValidSiret,
  isValidUai,
  normalizeRncpBlockCode,
  normalizeRncpCode,
  normalizeRsCode,
  normalizeSiret,
  normalizeUai,
} from "../ids/index.js";
import type { Programme } from "../pathway/index.js";
import { quote } from "../shared/index.js";
import type { Collector } from "./internal.js";

/** A programme's RNCP (or RS) code in canonical form, or `undefined` with an issue. @internal */
export function certificationCode(
  programme: Programme,
  collector: Collector,
  path: (string | number)[],
): string | undefined {
  const raw = programme.rncp;
  const code = raw === undefined ? null : (normalizeRncpCode(raw) ?? normalizeRsCode(raw));
  if (code !== null) return code;
  if (raw !== undefined)
    collector.add("interop.invalid_identifier", [...path, "rncp"], {
      kind: "RNCP",
      value: quote(raw),
    });
  collector.add("interop.missing_rncp", path, { programmeId: programme.id });
  return undefined;
}

/** A block code in canonical RNCP form, or `undefined` when it is a local code. @internal */
export function rncpBlockCode(code: string): string | undefined {
  const canonical = normalizeRncpBlockCode(code);
  return canonical !== null && isValidRncpBlockCode(canonical) ? canonical : undefined;
}

/** A partner's legal identifiers. @internal */
export interface PartnerIds {
  siret?: string;
  siren?: string;
  uai?: string;
}

/** A partner's valid identifiers; issues for invalid or missing ones. @internal */
export function partnerIds(
  partner: Partner,
  collector: Collector,
  path: (string | number)[],
): PartnerIds {
  const ids: PartnerIds = {};
  if (partner.siret !== undefined) {
    const siret = normalizeSiret(partner.siret);
    if (siret !== null && isValidSiret(siret)) {
      ids.siret = siret;
      ids.siren = siret.slice(0, 9);
    } else
      collector.add("interop.invalid_identifier", [...path, "siret"], {
        kind: "SIRET",
        value: quote(partner.siret),
      });
  }
  if (partner.uai !== undefined) {
    const uai = normalizeUai(partner.uai);
    if (uai !== null && isValidUai(uai)) ids.uai = uai;
    else
      collector.add("interop.invalid_identifier", [...path, "uai"], {
        kind: "UAI",
        value: quote(partner.uai),
      });
  }
  if (ids.siret === undefined && ids.uai === undefined)
    collector.add("interop.missing_identifiers", path, { partnerId: partner.id });
  return ids;
}
