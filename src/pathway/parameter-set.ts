/**
 * The parameters of one call: the table, with a caller's overrides merged once, read at the
 * date each rule concerns.
 *
 * @module
 */
import { type IsoDate, isIsoDate, toDayNumber } from "../shared/index.js";
import { type ParameterSlot, SLOT, SLOT_NAMES } from "./parameter-slots.js";
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
 * The parameters of one call: the table with its overrides merged once, read many times. Rules
 * read a parameter by its slot ({@link SLOT}) on a day number, so that a reading is an array
 * access and a comparison or two of integers: no name is hashed, no date string compared.
 *
 * @example
 * ```ts
 * import { toDayNumber } from "../shared/index.js";
 * import { SLOT } from "./parameter-slots.js";
 *
 * DEFAULT_PARAMETERS.number(SLOT["apprenticeship.maxAge"], toDayNumber("2019-01-01"))?.value; //=> 29
 * DEFAULT_PARAMETERS.at("apprenticeship.maxAge", "2018-12-31")?.value; //=> 25
 * ```
 * @internal
 */
export class ParameterSet {
  /** Each parameter's readings and their first days, by slot. */
  readonly #parameters: readonly CompiledParameter[];

  /** Merges `overrides` (already checked) into the table: only their parameters are compiled. */
  constructor(overrides: ParameterOverrides = {}) {
    const parameters = TABLE.slice();
    for (const name of Object.keys(overrides)) {
      const own = overrides[name as ParameterName];
      if (own === undefined || !Object.hasOwn(SLOT, name)) continue;
      const slot = SLOT[name as ParameterName];
      const table = TABLE[slot] as CompiledParameter;
      parameters[slot] = compile(
        merge(table.readings, readingsOf(name as ParameterName, own)),
        table.until,
      );
    }
    this.#parameters = parameters;
  }

  /** The value of parameter `slot` in force on the day number `day`, or `undefined`. */
  reading(slot: ParameterSlot, day: number): ParameterReading | undefined {
    const parameter = this.#parameters[slot] as CompiledParameter;
    if (day >= parameter.lastFrom && day < parameter.until) return parameter.last;
    return earlierReading(parameter, day);
  }

  /** The number value of parameter `slot` in force on the day number `day`, or `undefined`. */
  number(slot: ParameterSlot, day: number): NumberReading | undefined {
    const parameter = this.#parameters[slot] as CompiledParameter;
    if (day >= parameter.lastFrom && day < parameter.until) return parameter.lastNumber;
    return numberOf(earlierReading(parameter, day));
  }

  /** The value in force on `on` (a checked ISO date), or `undefined`. */
  at(name: ParameterName, on: IsoDate): ParameterReading | undefined {
    return this.reading(SLOT[name], toDayNumber(on));
  }
}

/**
 * A parameter ready to read: its readings sorted by `from`, the day number of each `from`, and
 * the day number of its repeal (`Infinity` when it was never repealed). The last reading, the
 * one most dates read, is also kept apart with its first day, so that reading it takes two
 * comparisons.
 */
interface CompiledParameter {
  readings: readonly ParameterReading[];
  fromDays: readonly number[];
  until: number;
  /** The first day of the last reading (`Infinity` when there is none). */
  lastFrom: number;
  last: ParameterReading | undefined;
  /** The last reading when its value is a number. */
  lastNumber: NumberReading | undefined;
}

/**
 * A reading whose value is a number.
 *
 * @internal
 */
export type NumberReading = ParameterReading & { value: number };

/** A parameter ready to read from its readings (sorted by `from`) and its repeal day number. */
function compile(readings: readonly ParameterReading[], until: number): CompiledParameter {
  const fromDays = readings.map((reading) => toDayNumber(reading.from));
  const last = readings.at(-1);
  return {
    readings,
    fromDays,
    until,
    lastFrom: fromDays.at(-1) ?? Number.POSITIVE_INFINITY,
    last,
    lastNumber: numberOf(last),
  };
}

/**
 * The reading in force on `day` when it is not the last one: the last reading that starts on or
 * before `day`, unless the parameter was repealed by then.
 */
function earlierReading(parameter: CompiledParameter, day: number): ParameterReading | undefined {
  const { readings, fromDays, until } = parameter;
  if (day >= until) return undefined;
  for (let index = fromDays.length - 1; index >= 0; index--) {
    if ((fromDays[index] as number) <= day) return readings[index];
  }
  return undefined;
}

/** The reading when its value is a number, else `undefined`. */
function numberOf(reading: ParameterReading | undefined): NumberReading | undefined {
  return reading !== undefined && typeof reading.value === "number"
    ? (reading as NumberReading)
    : undefined;
}

/** The table without overrides, by slot: compiled once. */
const TABLE: readonly CompiledParameter[] = /* @__PURE__ */ SLOT_NAMES.map((name) => {
  const parameter = PARAMETER_VALUES[name] as {
    until?: IsoDate;
    values: readonly ParameterValue[];
  };
  const readings = parameter.values.map((value) => readingOf(name, value));
  return compile(
    readings,
    parameter.until === undefined ? Number.POSITIVE_INFINITY : toDayNumber(parameter.until),
  );
});

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
