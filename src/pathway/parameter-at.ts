/**
 * `parameterAt`: the value of a legal parameter in force on a date.
 *
 * @module
 */
import { type IsoDate, isIsoDate, readMovedArgument } from "../shared/index.js";
import { readParameterOverrides } from "./overrides.js";
import { DEFAULT_PARAMETERS, isParameterName, type ParameterReading } from "./parameter-set.js";
import { LEGAL_PARAMETERS, type ParameterName, type ParameterOverrides } from "./parameters.js";

/**
 * Options of {@link parameterAt}.
 *
 * @example
 * ```ts
 * const options: ParameterAtOptions = { parameters: { "apprenticeship.trainingShare": [
 *   { from: "2024-09-01", value: 0.2, source: "Certifier's rule", grade: "primary" }] } };
 * ```
 */
export interface ParameterAtOptions {
  /** The date the rule concerns, `YYYY-MM-DD` (required in the options form). */
  on?: IsoDate;
  /** Values that replace the table's, each from its own `from` onwards. */
  parameters?: ParameterOverrides;
}

/**
 * The value of a legal parameter in force on a date: the last value whose `from` is on or before
 * `on`. With `options.parameters`, an override value replaces the table from its own `from`
 * onwards (table values from that day on are dropped; earlier ones stay).
 *
 * A pure computation: it returns `undefined` before the first value, on or after the
 * parameter's `until` (a repealed rule), for an unknown name and for a date that is not a real
 * `YYYY-MM-DD` date. Override values that are malformed are skipped; {@link validatePathway}
 * reports them as `pathway.invalid_option`. Never throws.
 *
 * The date is `options.on` (CONTRACT §0 rev. 2); the positional form
 * `parameterAt(name, on, options?)` of CONTRACT §4a still works in 0.x and gives the same value.
 *
 * @param name - the parameter, e.g. `"apprenticeship.trainingShare"`.
 * @param options - `on`: the date the rule concerns; `parameters`: overrides.
 * @returns the value in force with its source, or `undefined`.
 * @example
 * ```ts
 * parameterAt("apprenticeship.maxAge", { on: "2018-12-31" })?.value; //=> 25
 * parameterAt("apprenticeship.maxAge", { on: "2019-01-01" })?.value; //=> 29
 * parameterAt("apprenticeship.trainingShare", { on: "2025-09-01", parameters: {
 *   "apprenticeship.trainingShare": [{ from: "2024-09-01", value: 0.2, source: "Certifier", grade: "primary" }],
 * } })?.value; //=> 0.2
 * ```
 */
export function parameterAt(
  name: ParameterName,
  options: ParameterAtOptions & { on: IsoDate },
): ParameterReading | undefined;
/**
 * The value of a legal parameter in force on a date, the date given second (CONTRACT §4a:
 * `parameterAt(name, date)`). It gives the same value as `parameterAt(name, { on })`, the form
 * every other function follows; both stay.
 * @param name - the parameter.
 * @param on - the date the rule concerns.
 * @param options - `parameters`: overrides.
 * @returns the value in force with its source, or `undefined`.
 * @example
 * ```ts
 * parameterAt("apprenticeship.maxAge", "2018-12-31")?.value; //=> 25
 * parameterAt("apprenticeship.maxAge", { on: "2018-12-31" })?.value; //=> 25
 * ```
 */
export function parameterAt(
  name: ParameterName,
  on: IsoDate,
  options?: Omit<ParameterAtOptions, "on">,
): ParameterReading | undefined;
export function parameterAt(
  name: ParameterName,
  onOrOptions: IsoDate | ParameterAtOptions,
  legacyOptions?: Omit<ParameterAtOptions, "on">,
): ParameterReading | undefined {
  const { value: on, options } = readMovedArgument(onOrOptions, legacyOptions, "on");
  if (!isParameterName(name) || !isIsoDate(on)) return undefined;
  const set =
    options === undefined ? DEFAULT_PARAMETERS : readParameterOverrides(options, "en").parameters;
  const reading = set.at(name, on);
  return reading === undefined ? undefined : withTableTexts(reading);
}

/**
 * The reading with the url and note of the table's value it comes from: the rules read the
 * values without them (see `parameter-values.ts`), the public answer gives them back.
 */
function withTableTexts(reading: ParameterReading): ParameterReading {
  if (reading.url !== undefined || reading.note !== undefined) return reading;
  const value = LEGAL_PARAMETERS[reading.name].values.find(
    (candidate) =>
      candidate.from === reading.from &&
      candidate.value === reading.value &&
      candidate.source === reading.source,
  );
  const texted: ParameterReading = { ...reading };
  if (value?.url !== undefined) texted.url = value.url;
  if (value?.note !== undefined) texted.note = value.note;
  return texted;
}
