/**
 * English and French names of the campus module's enumerated values, as shown to people
 * (programs, reports). Partner kinds, contribution kinds, enterprise categories and sectors
 * carry their names in their own tables (`PARTNER_KINDS`, `CONTRIBUTION_KINDS`,
 * `ENTERPRISE_CATEGORIES`, `SECTORS`).
 *
 * @module
 */
import { deepFreeze, type LocalizedName } from "../shared/index.js";
import type { LabelState } from "./label.js";
import type { LabelCategory, PartnerRole, SiteKind } from "./model.js";
import type { ProcedureEvent, ProcedureState } from "./procedure.js";

/**
 * The names of the label states of `labelStatusAt`, in English and French.
 *
 * @example
 * ```ts
 * LABEL_STATE_NAMES.expiring.fr; //=> "labellisé, renouvellement à préparer"
 * LABEL_STATE_NAMES.unlabelled.en; //=> "not labelled"
 * ```
 */
export const LABEL_STATE_NAMES: Readonly<Record<LabelState, LocalizedName>> =
  /* @__PURE__ */ deepFreeze({
    labelled: { en: "labelled", fr: "labellisé" },
    expiring: { en: "labelled, renewal due", fr: "labellisé, renouvellement à préparer" },
    expired: { en: "label expired", fr: "label expiré" },
    unlabelled: { en: "not labelled", fr: "non labellisé" },
  });

/**
 * The names of the label categories, in English and French.
 *
 * @example
 * ```ts
 * LABEL_CATEGORY_NAMES["cmq-excellence"].fr; //=> "CMQ d'excellence"
 * ```
 */
export const LABEL_CATEGORY_NAMES: Readonly<Record<LabelCategory, LocalizedName>> =
  /* @__PURE__ */ deepFreeze({
    cmq: { en: "CMQ", fr: "CMQ" },
    "cmq-excellence": { en: "CMQ of excellence", fr: "CMQ d'excellence" },
  });

/**
 * The names of the partner roles in a campus, in English and French: the `carrier` is the
 * établissement support (porteur) that carries the campus.
 *
 * @example
 * ```ts
 * PARTNER_ROLE_NAMES.carrier.fr; //=> "porteur"
 * ```
 */
export const PARTNER_ROLE_NAMES: Readonly<Record<PartnerRole, LocalizedName>> =
  /* @__PURE__ */ deepFreeze({
    carrier: { en: "carrier", fr: "porteur" },
    governance: { en: "governance", fr: "gouvernance" },
    member: { en: "member", fr: "membre" },
    sponsor: { en: "sponsor", fr: "mécène" },
    host: { en: "host", fr: "accueil" },
  });

/**
 * The names of the kinds of campus sites, in English and French.
 *
 * @example
 * ```ts
 * SITE_KIND_NAMES.totem.fr; //=> "lieu totem"
 * ```
 */
export const SITE_KIND_NAMES: Readonly<Record<SiteKind, LocalizedName>> =
  /* @__PURE__ */ deepFreeze({
    totem: { en: "totem place", fr: "lieu totem" },
    training: { en: "training site", fr: "lieu de formation" },
    "project-space": { en: "project space", fr: "espace projet" },
    accommodation: { en: "accommodation", fr: "hébergement" },
    innovation: { en: "innovation space", fr: "lieu d'innovation" },
    "sports-culture": { en: "sports and culture", fr: "lieu sportif et culturel" },
  });

/**
 * The names of the states of the label procedure (`PROCEDURE_STATES`), in English and
 * French.
 *
 * @example
 * ```ts
 * PROCEDURE_STATE_NAMES["under-review"].fr; //=> "en expertise"
 * ```
 */
export const PROCEDURE_STATE_NAMES: Readonly<Record<ProcedureState, LocalizedName>> =
  /* @__PURE__ */ deepFreeze({
    draft: { en: "draft", fr: "en préparation" },
    proposed: { en: "proposed", fr: "proposé" },
    "under-review": { en: "under review", fr: "en expertise" },
    labelled: { en: "labelled", fr: "labellisé" },
    rejected: { en: "rejected", fr: "refusé" },
    "renewal-proposed": { en: "renewal proposed", fr: "renouvellement proposé" },
    expired: { en: "expired", fr: "expiré" },
  });

/**
 * The names of the events of the label procedure (`PROCEDURE_EVENTS`), in English and
 * French.
 *
 * @example
 * ```ts
 * PROCEDURE_EVENT_NAMES.grant.fr; //=> "attribution du label"
 * ```
 */
export const PROCEDURE_EVENT_NAMES: Readonly<Record<ProcedureEvent, LocalizedName>> =
  /* @__PURE__ */ deepFreeze({
    propose: { en: "proposal", fr: "proposition" },
    "start-review": { en: "start of the review", fr: "début de l'expertise" },
    grant: { en: "label granted", fr: "attribution du label" },
    reject: { en: "label refused", fr: "refus du label" },
    "propose-renewal": { en: "renewal proposal", fr: "proposition de renouvellement" },
    expire: { en: "expiry", fr: "expiration" },
  });
