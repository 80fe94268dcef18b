/**
 * The schemas exports read their input with: the model's, except that identifiers are taken as
 * any string. An export leaves a malformed SIRET, UAI or RNCP code out with the warning
 * `interop.invalid_identifier` (and exports the rest) rather than refusing the whole record, as
 * `PartnerSchema` and `ProgrammeSchema`, which check identifiers, would.
 *
 * @internal
 * @module
 */
import * as z from "zod";
import { PartnerSchema } from "../campus/index.js";
import { ProgrammeSchema } from "../pathway/index.js";

/** {@link PartnerSchema} with `siret` and `uai` as any string. @internal */
export const InputPartnerSchema = /* @__PURE__ */ PartnerSchema.extend({
  siret: z.string().optional(),
  uai: z.string().optional(),
});

/** {@link ProgrammeSchema} with `rncp` as any string. @internal */
export const InputProgrammeSchema = /* @__PURE__ */ ProgrammeSchema.extend({
  rncp: z.string().optional(),
});
