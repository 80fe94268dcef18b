/**
 * The parameters of one call: the table, with a caller's overrides merged once, read at the
 * date each rule concerns.
 *
 * @module
 */
import { type IsoDate, isIsoDate } from "../shared/index.js";
import { PARAMETER_VALUES } from "./parameter-values.js";
import type {
  ParameterName,
  ParameterOverrides,
  ParameterValue,
  SourceGrade,
} from "./parameters.js";

/**
 * A parameter's value in force on a date, with where it comes from.
 *
 * @example
 * ```ts
 * const reading: ParameterReading | undefined = parameterAt("apprenticeship.maxAge", "2025-09-01");
 * reading?.value; //=> 29
 * ```
 */
export interface ParameterReading {
  /** The parameter read. */
  name: ParameterName;
  /** Its value on that date. */
  value: number | string | boolean;
  /** The day that value took effect. */
  from: IsoDate;
  /** The text and article it comes from. */
  source: string;
  /** `"primary"` (the text itself) or `"secondary"` (a reading of it). */
  grade: SourceGrade;
  /** Where the source can be read, when known. */
  url?: string;
  /** Why the value was read this way, when it is not plain from the text. */
  note?: string;
}

/**
 * Whether a value names a legal parameter.
 *
 * @example
 * ```ts
 * isParameterName("apprenticeship.maxAge"); //=> true
 * isParameterName("toString"); //=> false
 * ```
 */
export function isParameterName(value: unknown): value is ParameterName {
  return typeof value === "string" && Object.hasOwn(PARAMETER_VALUES, value);
}

/**
 * The parameters of one call: the table with its overrides merged once, read many times.
 *
 * @internal
 */
export class ParameterSet {
  /** Each parameter's readings, sorted by `from`, and the day it was repealed, if ever. */
  readonly #table: Readonly<Record<string, CompiledParameter>>;

  /** Merges `overrides` (already checked) into the table. */
  constructor(overrides: ParameterOverrides = {}) {
    const table: Record<string, CompiledParameter> = Object.create(null);
    for (const name of Object.keys(PARAMETER_VALUES) as ParameterName[]) {
      const parameter = PARAMETER_VALUES[name] as {
        until?: IsoDate;
        values: readonly ParameterValue[];
      };
      const readings = parameter.values.map((value) => readingOf(name, value));
      const own = overrides[name];
      table[name] = {
        readings: own === undefined ? readings : merge(readings, readingsOf(name, own)),
        until: parameter.until,
      };
    }
    this.#table = table;
  }

  /** The value in force on `on` (a checked ISO date), or `undefined`. */
  at(name: ParameterName, on: IsoDate): ParameterReading | undefined {
    const { readings, until } = this.#table[name] as CompiledParameter;
    if (until !== undefined && on >= until) return undefined;
    for (let index = readings.length - 1; index >= 0; index--) {
      const reading = readings[index] as ParameterReading;
      if (reading.from <= on) return reading;
    }
    return undefined;
  }

  /** The number value in force (for numeric parameters), or `undefined`. */
  number(name: ParameterName, on: IsoDate): NumberReading | undefined {
    const reading = this.at(name, on);
    return reading !== undefined && typeof reading.value === "number"
      ? (reading as NumberReading)
      : undefined;
  }
}

/** A parameter ready to read: its readings sorted by `from`, and its repeal day. */
interface CompiledParameter {
  readings: readonly ParameterReading[];
  until: IsoDate | undefined;
}

/**
 * A reading whose value is a number.
 *
 * @internal
 */
export type NumberReading = ParameterReading & { value: number };

/** The table's parameters, without overrides: built once. */
export const DEFAULT_PARAMETERS = /* @__PURE__ */ new ParameterSet();

function readingOf(name: ParameterName, value: ParameterValue): ParameterReading {
  const reading: ParameterReading = {
    name,
    value: value.value,
    from: value.from,
    source: value.source,
    grade: value.grade,
  };
  if (value.url !== undefined) reading.url = value.url;
  if (value.note !== undefined) reading.note = value.note;
  return reading;
}

function readingsOf(name: ParameterName, values: readonly ParameterValue[]): ParameterReading[] {
  return values
    .map((value) => readingOf(name, value))
    .sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
}

/** The table's values before the first override, then the overrides. */
function merge(
  table: readonly ParameterReading[],
  overrides: readonly ParameterReading[],
): readonly ParameterReading[] {
  const first = overrides[0];
  if (first === undefined) return table;
  return [...table.filter((reading) => reading.from < first.from), ...overrides];
}

/**
 * What is wrong with a value for parameter `name`, in English and French, or `undefined` when it
 * fits the parameter's kind.
 *
 * @internal
 */
export function valueProblem(
  name: ParameterName,
  value: unknown,
): { en: string; fr: string } | undefined {
  const { valueKind, unit } = PARAMETER_VALUES[name];
  switch (valueKind) {
    case "integer":
      return Number.isSafeInteger(value) && (value as number) >= 0
        ? undefined
        : {
            en: `a whole number of ${unit}, 0 or more`,
            fr: `un nombre entier positif ou nul (${unitFr(unit)})`,
          };
    case "share":
      return typeof value === "number" && value >= 0 && value <= 1
        ? undefined
        : {
            en: "a share between 0 and 1 (20 % is 0.2)",
            fr: "une part comprise entre 0 et 1 (20 % s'écrit 0.2)",
          };
    case "decimal":
      return typeof value === "number" && Number.isFinite(value) && value > 0
        ? undefined
        : { en: `a positive number of ${unit}`, fr: `un nombre positif (${unitFr(unit)})` };
    default:
      return typeof value === "string" && isIsoDate(`2000-${value}`) && value.length === 5
        ? undefined
        : { en: 'a month and day written "MM-DD"', fr: "un mois et un jour au format « MM-JJ »" };
  }
}

const UNITS_FR: Readonly<Record<string, string>> = {
  years: "années",
  months: "mois",
  hours: "heures",
  "hours per year": "heures par an",
  "presence days": "jours de présence",
  weeks: "semaines",
  days: "jours",
  persons: "personnes",
  interns: "stagiaires",
};

/**
 * A unit's name in French.
 *
 * @internal
 */
export function unitFr(unit: string): string {
  return UNITS_FR[unit] ?? unit;
}
