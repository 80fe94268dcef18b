/**
 * Reading the entries whose only fault is an identifier: the model's schemas check SIRET, UAI and
 * RNCP codes (CONTRACT §2), so a partner with a wrong SIRET does not pass `PartnerSchema`; the
 * dataset still reads it (the identifier is reported by its own rule) so that it takes part in
 * every other check.
 *
 * @internal
 * @module
 */
import * as z from "zod";
import { type Partner, PartnerSchema } from "../campus/index.js";
import { normalizeRncpCode, normalizeSiret, normalizeUai } from "../ids/index.js";
import { type Programme, ProgrammeSchema } from "../pathway/index.js";

/** {@link PartnerSchema} with `siret` and `uai` as any string. */
export const LenientPartnerSchema = /* @__PURE__ */ PartnerSchema.extend({
  siret: z.string().optional(),
  uai: z.string().optional(),
});

/** {@link ProgrammeSchema} with `rncp` as any string. */
export const LenientProgrammeSchema = /* @__PURE__ */ ProgrammeSchema.extend({
  rncp: z.string().optional(),
});

/** How an entry section is read: the schema, and the lenient reading of an entry it rejects. */
export interface EntryReader<T> {
  /** The model's schema. */
  schema: z.ZodType<T>;
  /** The same schema without its identifier checks. */
  lenient?: z.ZodType<T>;
  /** Keeps the valid identifiers of a leniently read entry (canonical) and drops the others. */
  repair?: (value: T) => T;
}

/** Partners: a wrong SIRET or UAI is `network.invalid_siret` / `network.invalid_uai`. */
export const PARTNER_READER: EntryReader<Partner> = {
  schema: PartnerSchema,
  lenient: LenientPartnerSchema,
  repair: (partner) => {
    const { siret, uai, ...rest } = partner;
    const repaired: Partner = rest;
    const canonicalSiret = normalizeSiret(siret);
    const canonicalUai = normalizeUai(uai);
    if (canonicalSiret !== null) repaired.siret = canonicalSiret;
    if (canonicalUai !== null) repaired.uai = canonicalUai;
    return repaired;
  },
};

/** Programmes: a wrong RNCP code is reported by the dataset's identifier check. */
export const PROGRAMME_READER: EntryReader<Programme> = {
  schema: ProgrammeSchema,
  lenient: LenientProgrammeSchema,
  repair: (programme) => {
    const { rncp, ...rest } = programme;
    const repaired: Programme = rest;
    const canonical = normalizeRncpCode(rncp);
    if (canonical !== null) repaired.rncp = canonical;
    return repaired;
  },
};
