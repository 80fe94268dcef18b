/**
 * `internshipGratification`: the legal minimum of an internship's or a PFMP's gratification, per
 * hour and for the whole placement (C. éduc. D. 124-8).
 *
 * @module
 */
import {
  type HolidayCalendar,
  type IsoDate,
  isIsoDate,
  presenceDaysBetween,
  readSafely,
  toDayNumber,
} from "../shared/index.js";
import { safeParse } from "./evaluate.js";
import { readHolidayOption } from "./holiday-option.js";
import { type Step, StepSchema } from "./model.js";
import { readParameterOverrides } from "./overrides.js";
import type { NumberReading } from "./parameter-set.js";
import { SLOT } from "./parameter-slots.js";
import type { ParameterOverrides } from "./parameters.js";

/**
 * Options of {@link internshipGratification}.
 *
 * @example
 * ```ts
 * const options: InternshipGratificationOptions = { on: "2026-03-02", holidays: "alsace-moselle" };
 * ```
 */
export interface InternshipGratificationOptions {
  /** The date whose values apply (the convention's signature); the placement's start by default. */
  on?: IsoDate;
  /** Overrides of the legal parameters, as for {@link validatePathway}. */
  parameters?: ParameterOverrides;
  /** The calendar of public holidays that are not presence days (`"metropole"` by default). */
  holidays?: HolidayCalendar;
}

/**
 * The legal minimum of a placement's gratification.
 *
 * @example
 * ```ts
 * const minimum: InternshipGratification = { hourlyMinimumEur: 4.5, hours: 308, amountEur: 1386, source: "C. éduc. D. 124-8 …", on: "2026-03-02" };
 * ```
 */
export interface InternshipGratification {
  /** Legal minimum per hour of presence, in euros, rounded to the cent. */
  hourlyMinimumEur: number;
  /** Hours of presence: the step's `hours`, else its presence days × 7. */
  hours: number;
  /** The minimum for the whole placement, in euros, rounded to the cent. */
  amountEur: number;
  /** The texts the figures come from. */
  source: string;
  /** The date whose values were applied. */
  on: IsoDate;
}

/** Rounds euros to the cent. */
function cents(euros: number): number {
  return Math.round(euros * 100) / 100;
}

const UNREADABLE: InternshipGratification = Object.freeze({
  hourlyMinimumEur: Number.NaN,
  hours: Number.NaN,
  amountEur: Number.NaN,
  source: "",
  on: "",
});

/**
 * The legal minimum of the gratification of an internship or a PFMP: 15 % of the hourly
 * social-security ceiling per hour of presence (C. éduc. D. 124-8, since 1 September 2015; 13.75 %
 * for conventions of 2014-12-01 to 2015-08-31), both read as dated parameters on `options.on`
 * (the placement's start by default). Hours are the step's `hours`, else its presence days
 * (weekdays, and Saturdays with `openOnSaturday`, less the public holidays of `options.holidays`)
 * × 7 hours (D. 124-6).
 *
 * This is the minimum *if* a gratification is due: it is due beyond 2 months with one host in
 * one academic year (L. 124-6), which {@link validatePathway} checks on a whole pathway
 * (`internship.gratification_required`). A branch agreement may set more.
 *
 * A pure computation: for a step that is not a well-formed internship or PFMP, a date that is
 * not a real date, or a date before the values of the table, every figure is `NaN` and `source`
 * is empty. Malformed overrides are left out (validatePathway reports them). Never throws.
 *
 * @param step - an internship or PFMP step.
 * @param options - `on`, `parameters`, `holidays`.
 * @returns the hourly minimum, the hours and the amount, with their sources.
 * @example
 * ```ts
 * // 44 presence days from 1 March to 30 April 2027 (Easter Monday is not one), 308 h.
 * internshipGratification({ id: "s1", kind: "internship", hostId: "h1", programmeStepId: "lp",
 *   start: "2027-03-01", end: "2027-04-30" }, { on: "2026-06-01" });
 * //=> { hourlyMinimumEur: 4.5, hours: 308, amountEur: 1386, on: "2026-06-01",
 * //     source: "C. éduc. D. 124-8 (décret n° 2014-1420 du 27 novembre 2014) ; Plafond horaire de la sécurité sociale (CSS L. 241-3, D. 242-19), année 2026" }
 * ```
 */
export function internshipGratification(
  step: Step,
  options?: InternshipGratificationOptions,
): InternshipGratification {
  const parsed = safeParse(StepSchema, step);
  if (!parsed.success) return { ...UNREADABLE };
  const placement = parsed.data;
  if (placement.kind !== "internship" && placement.kind !== "pfmp") return { ...UNREADABLE };
  if (placement.end < placement.start) return { ...UNREADABLE };
  const given = readSafely(() => options?.on, undefined);
  const on = given === undefined ? placement.start : given;
  if (!isIsoDate(on)) return { ...UNREADABLE };
  const parameters = readParameterOverrides(options, "en").parameters;
  const { holidays } = readHolidayOption(options, "en");
  const day = toDayNumber(on);
  const share = parameters.number(SLOT["internship.gratificationHourlyShare"], day);
  const ceiling = parameters.number(SLOT["socialSecurity.hourlyCeiling"], day);
  const perDay = parameters.number(SLOT["internship.hoursPerDay"], day);
  if (share === undefined || ceiling === undefined || perDay === undefined) {
    return { ...UNREADABLE, on };
  }
  const hourly = cents(share.value * ceiling.value);
  const hours =
    placement.hours ??
    presenceDaysBetween(
      toDayNumber(placement.start),
      toDayNumber(placement.end),
      holidays,
      placement.openOnSaturday === true,
    ) * perDay.value;
  return {
    hourlyMinimumEur: hourly,
    hours,
    amountEur: cents(hours * hourly),
    source: sourcesOf(share, ceiling),
    on,
  };
}

function sourcesOf(...readings: NumberReading[]): string {
  return readings.map((reading) => reading.source).join(" ; ");
}
