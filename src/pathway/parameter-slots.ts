/**
 * Each legal parameter's slot: its index in a {@link ParameterSet}'s table, so that a rule reads
 * a parameter by indexing an array instead of hashing its name.
 *
 * @module
 */
import { PARAMETER_VALUES } from "./parameter-values.js";
import type { ParameterName } from "./parameters.js";

/**
 * A parameter's index in the table of a {@link ParameterSet} (see {@link SLOT}).
 *
 * @internal
 */
export type ParameterSlot = number & { readonly parameterSlot: unique symbol };

/**
 * The parameters' names in slot order: the order of the table.
 *
 * @example
 * ```ts
 * SLOT_NAMES[SLOT["apprenticeship.maxAge"]]; //=> "apprenticeship.maxAge"
 * ```
 * @internal
 */
export const SLOT_NAMES: readonly ParameterName[] = /* @__PURE__ */ Object.freeze(
  Object.keys(PARAMETER_VALUES) as ParameterName[],
);

/**
 * Each parameter's slot, by name. Rules read it with a literal name: a property load of a frozen
 * object with a fixed shape, without hashing the name.
 *
 * @example
 * ```ts
 * import { toDayNumber } from "../shared/index.js";
 * import { DEFAULT_PARAMETERS } from "./parameter-set.js";
 *
 * DEFAULT_PARAMETERS.number(SLOT["apprenticeship.maxAge"], toDayNumber("2019-01-01"))?.value; //=> 29
 * ```
 * @internal
 */
export const SLOT: Readonly<Record<ParameterName, ParameterSlot>> = /* @__PURE__ */ Object.freeze(
  Object.fromEntries(SLOT_NAMES.map((name, slot) => [name, slot])),
) as Readonly<Record<ParameterName, ParameterSlot>>;
