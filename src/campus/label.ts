/**
 * The label: which rules a decision must follow on its date, and the status a campus's decisions
 * give it on a day (labelled, expiring, expired, unlabelled), through renewals and upgrades.
 *
 * @module
 */

import * as z from "zod";
import {
  addCalendarDays,
  addCalendarYears,
  createIssue,
  daysBetween,
  deepFreeze,
  fromDayNumber,
  type IsoDate,
  IsoDateSchema,
  type Issue,
  type IssuePath,
  isIsoDate,
  type LocaleOptions,
  localeOf,
  type Period,
  pushAll,
  type Result,
  readMovedArgument,
  readSafely,
  sortIssues,
  toDayNumber,
} from "../shared/index.js";
import { CAMPUS_CODES, type CampusIssueCode } from "./codes.js";
import { fieldOf, itemsOf, notArrayIssue, parseSafely, pathOption } from "./internal.js";
import { type LabelCategory, type LabelDecision, LabelDecisionSchema } from "./model.js";

/**
 * First decision date of the 2019 regime: the décret of 16 September 2019 (amending C. éduc.
 * D. 335-33 ff.) set the label's duration to at most 5 years and replaced the mention
 * "international" by the mention "excellence".
 *
 * Source: Banque des Territoires, "La labellisation Campus des métiers évolue" (2019);
 * `../shared/reference/domain-facts.md` §1.1, §1.3.
 *
 * @example
 * ```ts
 * LABEL_REFORM_DATE; //=> "2019-09-16"
 * ```
 */
export const LABEL_REFORM_DATE: IsoDate = "2019-09-16";

/**
 * Day décret n° 2014-1100 of 29 September 2014 (creating the label, C. éduc. D. 335-33 to
 * D. 335-35) came into force: "le texte entre en vigueur le lendemain de sa publication", and it
 * was published in the Journal officiel n° 227 of 1 October 2014. The first campuses were
 * selected in 2013, before any text fixed the label's rules: {@link validateLabelDecision} gives
 * decisions dated before this day the info `label.before_decree` instead of checking their
 * duration against a decree not yet in force.
 *
 * Source: décret n° 2014-1100, notice ("Entrée en vigueur : le texte entre en vigueur le
 * lendemain de sa publication", Lexbase L3167I43); JORF n° 227 of 1 October 2014 p. 15898;
 * Banque des Territoires ("14 campus de 12 régions avaient déjà été sélectionnés en 2013");
 * `../shared/reference/domain-facts.md` §4.1b "Label regimes".
 *
 * @example
 * ```ts
 * LABEL_DECREE_IN_FORCE_DATE; //=> "2014-10-02"
 * ```
 */
export const LABEL_DECREE_IN_FORCE_DATE: IsoDate = "2014-10-02";

/**
 * Creation date of the excellence category: the first national cahier des charges, published in
 * the Bulletin officiel of 13 December 2018.
 *
 * Source: education.gouv.fr, "Les campus des métiers et des qualifications" (cid79563);
 * `../shared/reference/domain-facts.md` §1.1, §1.4.
 *
 * @example
 * ```ts
 * EXCELLENCE_CREATION_DATE; //=> "2018-12-13"
 * ```
 */
export const EXCELLENCE_CREATION_DATE: IsoDate = "2018-12-13";

/**
 * Default renewal window of {@link labelStatusAt}: a label is `expiring` when 180 calendar days or
 * fewer remain. A library default, not a legal deadline (no text sets one): about the time a
 * renewal takes through the procedure of C. éduc. D. 335-34 (proposal after the CAEN and CREFOP
 * are consulted, expertise, arrêté).
 *
 * @example
 * ```ts
 * DEFAULT_RENEWAL_WINDOW_DAYS; //=> 180
 * ```
 */
export const DEFAULT_RENEWAL_WINDOW_DAYS = 180;

/**
 * The two legal regimes of label decisions: `"2014"` (décret n° 2014-1100) for decisions taken
 * before 2019-09-16, `"2019"` (décret of 16 September 2019) from that day. Decisions taken before
 * the décret of 2014 came into force ({@link LABEL_DECREE_IN_FORCE_DATE}) fall under no regime;
 * {@link labelRegimeOf} still names `"2014"` for them, the nearest rules, and
 * {@link validateLabelDecision} does not check their duration.
 *
 * @example
 * ```ts
 * const regime: LabelRegime = "2019";
 * ```
 */
export type LabelRegime = "2014" | "2019";

/**
 * What a regime allows.
 *
 * @example
 * ```ts
 * const info: LabelRegimeInfo = LABEL_REGIMES["2014"];
 * ```
 */
export interface LabelRegimeInfo {
  /** The regime. */
  id: LabelRegime;
  /** First decision date of the regime, or `null` for the first regime. */
  decidedFrom: IsoDate | null;
  /** Day after the regime's last decision date, or `null` for the regime in force. */
  decidedBefore: IsoDate | null;
  /** Shortest duration, in whole years. */
  minYears: number;
  /** Longest duration, in whole years. */
  maxYears: number;
  /** Whether a decision may carry the mention "international". */
  internationalMention: boolean;
  /** The text that sets these rules. */
  source: string;
}

/**
 * The rules of each regime.
 *
 * - `"2014"`: "Il est délivré, pour une durée de quatre ans, par arrêté conjoint…" and the
 *   intitulé may mention "la dimension internationale des formations" (C. éduc. D. 335-34 as
 *   created by décret n° 2014-1100 of 29 September 2014; etalab/codes-juridiques-francais).
 * - `"2019"`: duration of at most five years, mention "excellence" instead of "international"
 *   (décret of 16 September 2019; Banque des Territoires). Durations are whole years: the
 *   arrêtés grant 1 to 5 years (observed: 2, 3 and 5 in 2022; "de un à cinq ans", vousnousils
 *   2022). See `../shared/reference/domain-facts.md` §1.3.
 *
 * @example
 * ```ts
 * LABEL_REGIMES["2019"].maxYears; //=> 5
 * ```
 */
export const LABEL_REGIMES: Readonly<Record<LabelRegime, LabelRegimeInfo>> =
  /* @__PURE__ */ deepFreeze({
    "2014": {
      id: "2014",
      decidedFrom: null,
      decidedBefore: LABEL_REFORM_DATE,
      minYears: 4,
      maxYears: 4,
      internationalMention: true,
      source: "C. éduc. D. 335-34 (décret n° 2014-1100 du 29 septembre 2014)",
    },
    "2019": {
      id: "2019",
      decidedFrom: LABEL_REFORM_DATE,
      decidedBefore: null,
      minYears: 1,
      maxYears: 5,
      internationalMention: false,
      source:
        "décret du 16 septembre 2019 modifiant les articles D. 335-33 et suivants du C. éduc.",
    },
  });

/**
 * The regime a decision falls under, by its date.
 *
 * @param decidedOn - date of the arrêté.
 * @returns `"2014"` before 2019-09-16, `"2019"` from that day; `undefined` when `decidedOn` is not
 *   a `YYYY-MM-DD` date.
 * @example
 * ```ts
 * labelRegimeOf("2019-09-15"); //=> "2014"
 * labelRegimeOf("2019-09-16"); //=> "2019"
 * ```
 */
export function labelRegimeOf(decidedOn: IsoDate): LabelRegime | undefined {
  if (!isIsoDate(decidedOn)) return undefined;
  return regimeOn(decidedOn);
}

/** The regime of a valid date. */
function regimeOn(decidedOn: IsoDate): LabelRegime {
  return decidedOn < LABEL_REFORM_DATE ? "2014" : "2019";
}

/**
 * Options of {@link validateLabelDecision}.
 *
 * @example
 * ```ts
 * const options: ValidateLabelDecisionOptions = { locale: "fr", path: ["campus", "labels", 0] };
 * ```
 */
export interface ValidateLabelDecisionOptions extends LocaleOptions {
  /** Prefix of every issue path, when the decision sits in a larger input (e.g. `["campus", "labels", 0]`). */
  path?: IssuePath;
}

/**
 * Checks a label decision: its shape, then the rules in force on its date.
 *
 * Rules (each issue is an error, except the info `label.before_decree`):
 * - `label.duration_out_of_range` (path `durationYears`): a decision taken from 2014-10-02 and
 *   before 2019-09-16 grants the label for exactly 4 years (C. éduc. D. 335-34, décret
 *   n° 2014-1100); from 2019-09-16, for a whole number of years from 1 to 5 (décret of
 *   16 September 2019). Params: `durationYears`, `decidedOn`, `regime` (`"2014"` or `"2019"`),
 *   `min`, `max`.
 * - info `label.before_decree` (path `decidedOn`): a decision taken before décret n° 2014-1100
 *   came into force on 2014-10-02 ({@link LABEL_DECREE_IN_FORCE_DATE}; the 2013 selection):
 *   no text fixed its duration, so none is checked. Params: `decidedOn`, `inForceOn`,
 *   `durationYears` (or `null` when unreadable), `source`.
 * - `label.ended_before_decided` (path `endedOn`): the label cannot end early before the
 *   decision was taken. Params: `decidedOn`, `endedOn`.
 * - `label.excellence_before_creation` (path `category`): category `cmq-excellence` decided
 *   before 2018-12-13, when the national cahier des charges created it (BO of 13 December 2018).
 *   Params: `decidedOn`, `createdOn`.
 * - `label.international_mention_after_reform` (path `mentions`, i): mention `"international"`
 *   on a decision taken from 2019-09-16 (the décret of 16 September 2019 replaced it by the
 *   excellence mention). Params: `decidedOn`, `reformOn`.
 * - `label.invalid_input`: the shape is wrong (not an object, unknown category, impossible
 *   date, duration not a finite number…). The rules above still run on the fields that are
 *   readable, so every problem shows at once.
 *
 * `validFrom` may differ from `decidedOn` (an arrêté may set a later start): the regime is the
 * one of `decidedOn`. Never throws.
 *
 * @param d - anything; a {@link LabelDecision} when valid.
 * @param options - `locale` of the messages; `path` prefixed to every issue path, so that
 *   `validateDataset` can pass `["campus", "labels", i]`.
 * @returns the decision (as parsed) with its infos, or the issues, sorted by path.
 * @example
 * ```ts
 * validateLabelDecision({ category: "cmq", decidedOn: "2013-07-15", durationYears: 5 });
 * //=> { ok: true, value: {…}, issues: [{ code: "label.before_decree", severity: "info", path: ["decidedOn"], … }] }
 * validateLabelDecision({ category: "cmq", decidedOn: "2016-03-01", durationYears: 5 });
 * //=> { ok: false, issues: [{ code: "label.duration_out_of_range", path: ["durationYears"],
 * //     message: "Label decided on 2016-03-01 for 5 years: decisions taken before 2019-09-16 grant the label for exactly 4 years (C. éduc. D. 335-34 as created by décret n° 2014-1100).",
 * //     params: { durationYears: 5, decidedOn: "2016-03-01", regime: "2014", min: 4, max: 4 }, … }] }
 * validateLabelDecision({ category: "cmq-excellence", decidedOn: "2020-02-06", durationYears: 5 }).ok; //=> true
 * ```
 */
export function validateLabelDecision(
  d: unknown,
  options?: ValidateLabelDecisionOptions,
): Result<LabelDecision, CampusIssueCode> {
  const locale = localeOf(options);
  const base = pathOption(options);
  const parsed = parseSafely(LabelDecisionSchema, d, "label.invalid_input", base, locale);
  const fields = parsed.ok ? parsed.value : d;
  const issues = [
    ...(parsed.ok ? [] : parsed.issues),
    ...labelRuleIssues(
      fieldOf(fields, "decidedOn"),
      fieldOf(fields, "durationYears"),
      fieldOf(fields, "category"),
      fieldOf(fields, "mentions"),
      fieldOf(fields, "endedOn"),
      base,
      locale,
    ),
  ];
  const sorted = sortIssues(issues);
  return parsed.ok && !sorted.some((issue) => issue.severity === "error")
    ? { ok: true, value: parsed.value, issues: sorted }
    : { ok: false, issues: sorted };
}

/** The rule issues of a decision, from fields read leniently (each rule needs its own fields). */
function labelRuleIssues(
  decidedOn: unknown,
  durationYears: unknown,
  category: unknown,
  mentions: unknown,
  endedOn: unknown,
  base: IssuePath,
  locale: "en" | "fr",
): Issue<CampusIssueCode>[] {
  if (!isIsoDate(decidedOn)) return [];
  const issues: Issue<CampusIssueCode>[] = [];
  const readableDuration = typeof durationYears === "number" && Number.isFinite(durationYears);
  if (decidedOn < LABEL_DECREE_IN_FORCE_DATE) {
    issues.push(
      createIssue(
        CAMPUS_CODES,
        "label.before_decree",
        [...base, "decidedOn"],
        {
          decidedOn,
          inForceOn: LABEL_DECREE_IN_FORCE_DATE,
          durationYears: readableDuration ? durationYears : null,
          source: "décret n° 2014-1100 du 29 septembre 2014 (JORF du 1er octobre 2014)",
        },
        locale,
      ),
    );
  } else if (readableDuration) {
    const duration = durationIssue(decidedOn, durationYears, [...base, "durationYears"], locale);
    if (duration !== undefined) issues.push(duration);
  }
  if (isIsoDate(endedOn) && endedOn < decidedOn) {
    issues.push(endedBeforeDecidedIssue(decidedOn, endedOn, [...base, "endedOn"], locale));
  }
  if (category === "cmq-excellence" && decidedOn < EXCELLENCE_CREATION_DATE) {
    issues.push(
      createIssue(
        CAMPUS_CODES,
        "label.excellence_before_creation",
        [...base, "category"],
        { decidedOn, createdOn: EXCELLENCE_CREATION_DATE },
        locale,
      ),
    );
  }
  const items = itemsOf(mentions);
  if (Array.isArray(items) && decidedOn >= LABEL_REFORM_DATE) {
    items.forEach((mention, index) => {
      if (mention !== "international") return;
      issues.push(
        createIssue(
          CAMPUS_CODES,
          "label.international_mention_after_reform",
          [...base, "mentions", index],
          { decidedOn, reformOn: LABEL_REFORM_DATE },
          locale,
        ),
      );
    });
  }
  return issues;
}

function endedBeforeDecidedIssue(
  decidedOn: IsoDate,
  endedOn: IsoDate,
  path: IssuePath,
  locale: "en" | "fr",
): Issue<CampusIssueCode> {
  return createIssue(
    CAMPUS_CODES,
    "label.ended_before_decided",
    path,
    { decidedOn, endedOn },
    locale,
  );
}

/** `label.duration_out_of_range` when the duration breaks its regime's rule. */
function durationIssue(
  decidedOn: IsoDate,
  durationYears: number,
  path: IssuePath,
  locale: "en" | "fr",
): Issue<CampusIssueCode> | undefined {
  const regime = LABEL_REGIMES[regimeOn(decidedOn)];
  const fits =
    Number.isInteger(durationYears) &&
    durationYears >= regime.minYears &&
    durationYears <= regime.maxYears;
  if (fits) return undefined;
  return createIssue(
    CAMPUS_CODES,
    "label.duration_out_of_range",
    path,
    { durationYears, decidedOn, regime: regime.id, min: regime.minYears, max: regime.maxYears },
    locale,
  );
}

/** Durations above this many years are not computed (dates would leave the year 9999). */
const MAX_COMPUTED_YEARS = 100;
/** The last representable date. */
const LAST_DATE: IsoDate = "9999-12-31";

/**
 * The days a label decision covers: from `validFrom` (or `decidedOn`) to the day before
 * `validFrom + durationYears` (calendar years, date-fns `addYears`: 29 February + 1 year =
 * 28 February), both ends included.
 *
 * Source: C. éduc. D. 335-34 ("pour une durée de quatre ans" in 2014, at most five years since
 * 2019): a duration of N years from day D ends the day before the same date N years later.
 *
 * A label that ended early (`endedOn`) is covered up to `endedOn` included, the same way the
 * normal end is the last day covered: the period ends on the earlier of the two.
 *
 * @param d - a label decision.
 * @returns the covered period, or `undefined` when the decision cannot be placed in time (dates
 *   not `YYYY-MM-DD`, `durationYears` not a whole number from 1 to 100, `endedOn` not a date or
 *   before `decidedOn`) or covers no day (it ended before `validFrom`). A period that would end
 *   after 9999-12-31 ends then.
 * @example
 * ```ts
 * labelDecisionPeriod({ category: "cmq-excellence", decidedOn: "2020-02-06", durationYears: 5 });
 * //=> { start: "2020-02-06", end: "2025-02-05" }
 * labelDecisionPeriod({ category: "cmq", decidedOn: "2020-02-06", durationYears: 5, endedOn: "2022-12-31" });
 * //=> { start: "2020-02-06", end: "2022-12-31" }
 * ```
 */
export function labelDecisionPeriod(d: LabelDecision): Period | undefined {
  const decidedOn = fieldOf(d, "decidedOn");
  const validFrom = fieldOf(d, "validFrom") ?? decidedOn;
  const years = fieldOf(d, "durationYears");
  const endedOn = fieldOf(d, "endedOn");
  if (!isIsoDate(decidedOn) || !isIsoDate(validFrom)) return undefined;
  if (typeof years !== "number" || !Number.isInteger(years)) return undefined;
  if (years < 1 || years > MAX_COMPUTED_YEARS) return undefined;
  if (endedOn !== undefined && !(isIsoDate(endedOn) && endedOn >= decidedOn)) return undefined;
  const computed = addCalendarDays(addCalendarYears(validFrom, years), -1);
  const normalEnd = isIsoDate(computed) ? computed : LAST_DATE;
  const end = endedOn !== undefined && endedOn < normalEnd ? endedOn : normalEnd;
  return end < validFrom ? undefined : { start: validFrom, end };
}

/**
 * A campus's state with respect to the label on a day.
 *
 * @example
 * ```ts
 * const state: LabelState = "expiring";
 * ```
 */
export type LabelState = "unlabelled" | "labelled" | "expiring" | "expired";

/**
 * A stretch of time covered by the label without a gap (a chain of decisions).
 *
 * @example
 * ```ts
 * const span: LabelSpan = { category: "cmq-excellence", validFrom: "2020-02-06", validUntil: "2025-02-05" };
 * ```
 */
export interface LabelSpan {
  /** Category of the latest decision in force on the span's first day. */
  category: LabelCategory;
  /** First day of the span. */
  validFrom: IsoDate;
  /** Last day of the span. */
  validUntil: IsoDate;
}

/**
 * What {@link labelStatusAt} returns.
 *
 * @example
 * ```ts
 * const status: LabelStatus = labelStatusAt(CMQ_ITIP.campus, { on: "2024-12-01" });
 * //=> { state: "expiring", category: "cmq-excellence", validFrom: "2020-02-06",
 * //     validUntil: "2025-02-05", daysLeft: 66, issues: [] }
 * ```
 */
export interface LabelStatus {
  /** `labelled`, `expiring` (labelled, renewal window reached), `expired` or `unlabelled`. */
  state: LabelState;
  /** Labelled or expiring: the category of the latest decision in force on the day; expired: of the latest decision in force on the chain's last day. */
  category?: LabelCategory;
  /** First day of the chain of decisions (labelled, expiring, expired). */
  validFrom?: IsoDate;
  /** Last day of the chain, renewals already decided included (labelled, expiring, expired). */
  validUntil?: IsoDate;
  /** Labelled or expiring: calendar days from the day to `validUntil` (0 on the last day). */
  daysLeft?: number;
  /** The next chain, when one starts after the day and is not part of the current one. */
  next?: LabelSpan;
  /** Decisions and options that were ignored, and why (`label.*` codes, paths `["labels", i, …]`). */
  issues: Issue<CampusIssueCode>[];
}

/**
 * Options of {@link labelStatusAt}: the day `on` and how to read the decisions.
 *
 * @example
 * ```ts
 * const options: LabelStatusOptions = { on: "2026-01-15", renewalWindowDays: 365, locale: "fr" };
 * ```
 */
export interface LabelStatusOptions extends LocaleOptions {
  /** The day of the status, `YYYY-MM-DD` (a bad or missing day: `label.invalid_input` at `["on"]`). */
  on: IsoDate;
  /** `expiring` when `daysLeft` ≤ this many days; default {@link DEFAULT_RENEWAL_WINDOW_DAYS} (180). */
  renewalWindowDays?: number;
  /** Count only the decisions taken on or before this date (e.g. `on`, for the status as it was known then). Default: all. */
  decidedBy?: IsoDate;
  /** Prefix of the issue paths (e.g. `["campus"]` inside a dataset). */
  path?: IssuePath;
}

/** A decision that can be placed in time. */
interface Placed {
  decision: LabelDecision;
  start: number;
  end: number;
}

const RenewalWindowSchema = /* @__PURE__ */ z.number().int().nonnegative();

/**
 * The label status of a campus on a day, from its decisions (in any order).
 *
 * Rules (CONTRACT §3; C. éduc. D. 335-34: the label is granted for a limited time and "peut être
 * renouvelé"):
 * - a decision covers `validFrom` (default `decidedOn`) to {@link labelDecisionPeriod}'s end:
 *   `addCalendarYears(validFrom, durationYears)` − 1 day, or `endedOn` when the label ended
 *   earlier (CONTRACT §3 rev. 2: `endedOn` is the last day covered, inclusive like the normal
 *   end, so the day after it the decision no longer counts: `expired` unless another decision
 *   covers it); a decision that ended before its `validFrom` covers nothing;
 * - decisions chain (renewal) when one starts on or before the day after the chain's last day;
 *   a gap of one day or more breaks the chain. `validFrom`/`validUntil` are the chain's first and
 *   last days, renewals already decided that start after `on` included;
 * - `category` is that of the latest decision (by `validFrom`, then `decidedOn`) covering `on`:
 *   an excellence decision taken during a base label upgrades it from its `validFrom`;
 * - `labelled` when a chain covers `on`; `expiring` when moreover `daysLeft` ≤
 *   `renewalWindowDays` (default 180); `expired` when no chain covers `on` but one ended before
 *   it; `unlabelled` otherwise (no decision, or only decisions starting after `on`).
 *
 * The status reads the record of decisions as given: a decision counts from its `validFrom` even
 * if its arrêté was signed later, unless `decidedBy` says otherwise. Decisions are not checked
 * against the rules of their date here (use {@link validateLabelDecision}); those that cannot be
 * placed in time are ignored and reported in `issues`: a shape error (`label.invalid_input`) or a
 * duration that is not a whole number from 1 to 100 (`label.duration_out_of_range`) or an
 * `endedOn` before `decidedOn` (`label.ended_before_decided`), located at `["labels", i, …]`. A bad `on` gives state `unlabelled` with a `label.invalid_input` issue at
 * `["on"]`; a bad `renewalWindowDays` or `decidedBy` is reported and replaced by its default.
 * Never throws; the result does not depend on the order of the decisions (except issue paths).
 *
 * The day is `options.on` (CONTRACT §0 rev. 2); the positional form
 * `labelStatusAt(campus, on, options?)` of revision 1 still works in 0.x and gives the same
 * status and the same issues.
 *
 * @param campus - a campus, or anything with `labels` (untrusted input is fine).
 * @param options - `on` (the day, `YYYY-MM-DD`), `renewalWindowDays`, `decidedBy`, `locale`,
 *   `path`.
 * @returns the status.
 * @example
 * ```ts
 * const campus: { labels: LabelDecision[] } = { labels: [{ category: "cmq-excellence", decidedOn: "2020-02-06", durationYears: 5 }] };
 * labelStatusAt(campus, { on: "2022-06-01" });
 * //=> { state: "labelled", category: "cmq-excellence", validFrom: "2020-02-06", validUntil: "2025-02-05", daysLeft: 980, issues: [] }
 * labelStatusAt(campus, { on: "2025-02-05" }).state; //=> "expiring" (daysLeft 0)
 * labelStatusAt(campus, { on: "2025-02-06", locale: "fr" }).state; //=> "expired"
 * ```
 */
export function labelStatusAt(
  campus: { readonly labels: readonly LabelDecision[] },
  options: LabelStatusOptions,
): LabelStatus;
/**
 * The label status of a campus on a day: the positional form of revision 1.
 *
 * @deprecated Pass the day in the options: `labelStatusAt(campus, { on, ...options })`. This
 *   form keeps working in 0.x, with the same status and the same issues.
 * @param campus - a campus, or anything with `labels`.
 * @param on - the day, `YYYY-MM-DD`.
 * @param options - `renewalWindowDays`, `decidedBy`, `locale`, `path`.
 * @returns the status.
 * @example
 * ```ts
 * const campus: { labels: LabelDecision[] } = { labels: [{ category: "cmq-excellence", decidedOn: "2020-02-06", durationYears: 5 }] };
 * labelStatusAt(campus, { on: "2022-06-01" });
 * //=> { state: "labelled", category: "cmq-excellence", validFrom: "2020-02-06", validUntil: "2025-02-05", daysLeft: 980, issues: [] }
 * labelStatusAt(campus, { on: "2025-02-05" }).state; //=> "expiring" (daysLeft 0)
 * labelStatusAt(campus, { on: "2025-02-06" }).state; //=> "expired"
 * ```
 */
export function labelStatusAt(
  campus: { readonly labels: readonly LabelDecision[] },
  on: IsoDate,
  options?: Omit<LabelStatusOptions, "on">,
): LabelStatus;
export function labelStatusAt(
  campus: { readonly labels: readonly LabelDecision[] },
  onOrOptions: IsoDate | LabelStatusOptions,
  legacyOptions?: Omit<LabelStatusOptions, "on">,
): LabelStatus {
  const { value: on, options } = readMovedArgument(onOrOptions, legacyOptions, "on");
  const locale = localeOf(options);
  const base = pathOption(options);
  const issues: Issue<CampusIssueCode>[] = [];
  const windowOption = readSafely(
    () => (options as { renewalWindowDays?: unknown } | undefined)?.renewalWindowDays,
    undefined,
  );
  let window = DEFAULT_RENEWAL_WINDOW_DAYS;
  if (windowOption !== undefined) {
    const parsed = parseSafely(
      RenewalWindowSchema,
      windowOption,
      "label.invalid_input",
      ["renewalWindowDays"],
      locale,
    );
    if (parsed.ok) window = parsed.value;
    else pushAll(issues, parsed.issues);
  }
  const decidedByOption = readSafely(
    () => (options as { decidedBy?: unknown } | undefined)?.decidedBy,
    undefined,
  );
  let decidedBy: IsoDate | undefined;
  if (decidedByOption !== undefined) {
    const parsed = parseSafely(
      IsoDateSchema,
      decidedByOption,
      "label.invalid_input",
      ["decidedBy"],
      locale,
    );
    if (parsed.ok) decidedBy = parsed.value;
    else pushAll(issues, parsed.issues);
  }
  const onParsed = parseSafely(IsoDateSchema, on, "label.invalid_input", ["on"], locale);
  const placed = placeDecisions(fieldOf(campus, "labels"), base, locale, issues);
  if (!onParsed.ok) {
    return { state: "unlabelled", issues: sortIssues([...issues, ...onParsed.issues]) };
  }
  const day = toDayNumber(onParsed.value);
  const counted =
    decidedBy === undefined
      ? placed
      : placed.filter((p) => p.decision.decidedOn <= (decidedBy as IsoDate));
  return { ...statusFromChains(chainsOf(counted), day, window), issues: sortIssues(issues) };
}

/** Parses and places each decision; pushes the issues of those it must ignore. */
function placeDecisions(
  labels: unknown,
  base: IssuePath,
  locale: "en" | "fr",
  issues: Issue<CampusIssueCode>[],
): Placed[] {
  const items = itemsOf(labels);
  if (!Array.isArray(items)) {
    issues.push(notArrayIssue("label.invalid_input", [...base, "labels"], items, labels, locale));
    return [];
  }
  const placed: Placed[] = [];
  items.forEach((item, index) => {
    const path = [...base, "labels", index];
    const parsed = parseSafely(LabelDecisionSchema, item, "label.invalid_input", path, locale);
    if (!parsed.ok) {
      pushAll(issues, parsed.issues);
      return;
    }
    const decision = parsed.value;
    if (decision.endedOn !== undefined && decision.endedOn < decision.decidedOn) {
      issues.push(
        endedBeforeDecidedIssue(decision.decidedOn, decision.endedOn, [...path, "endedOn"], locale),
      );
      return;
    }
    const period = labelDecisionPeriod(decision);
    if (period === undefined) {
      // Ended before it began: the decision is valid but covers no day.
      if (hasPlaceableDuration(decision)) return;
      const regime = LABEL_REGIMES[regimeOn(decision.decidedOn)];
      issues.push(
        createIssue(
          CAMPUS_CODES,
          "label.duration_out_of_range",
          [...path, "durationYears"],
          {
            durationYears: decision.durationYears,
            decidedOn: decision.decidedOn,
            regime: regime.id,
            min: regime.minYears,
            max: regime.maxYears,
          },
          locale,
        ),
      );
      return;
    }
    placed.push({
      decision,
      start: toDayNumber(period.start),
      end: toDayNumber(period.end),
    });
  });
  return placed;
}

/** Whether a decision's duration lets it be placed in time (a whole number from 1 to 100). */
function hasPlaceableDuration(decision: LabelDecision): boolean {
  const years = decision.durationYears;
  return Number.isInteger(years) && years >= 1 && years <= MAX_COMPUTED_YEARS;
}

const CATEGORY_RANK: Record<LabelCategory, number> = { cmq: 0, "cmq-excellence": 1 };

/**
 * Total order of decisions: by first day, then decision date, then category, duration and
 * reference, so that "the latest decision" never depends on the input order.
 */
function compareDecisions(a: Placed, b: Placed): number {
  if (a.start !== b.start) return a.start - b.start;
  const x = a.decision;
  const y = b.decision;
  if (x.decidedOn !== y.decidedOn) return x.decidedOn < y.decidedOn ? -1 : 1;
  if (x.category !== y.category) return CATEGORY_RANK[x.category] - CATEGORY_RANK[y.category];
  if (a.end !== b.end) return a.end - b.end;
  const rx = x.reference ?? "";
  const ry = y.reference ?? "";
  return rx < ry ? -1 : rx > ry ? 1 : 0;
}

interface Chain {
  start: number;
  end: number;
  /** Its decisions, in {@link compareDecisions} order. */
  decisions: Placed[];
}

/** Merges decisions into chains: a decision joins when it starts by the day after the chain's end. */
function chainsOf(placed: readonly Placed[]): Chain[] {
  const sorted = [...placed].sort(compareDecisions);
  const chains: Chain[] = [];
  let current: Chain | undefined;
  for (const p of sorted) {
    if (current !== undefined && p.start <= current.end + 1) {
      current.decisions.push(p);
      if (p.end > current.end) current.end = p.end;
    } else {
      current = { start: p.start, end: p.end, decisions: [p] };
      chains.push(current);
    }
  }
  return chains;
}

/** The category of the latest decision of a chain covering `day`. */
function categoryOn(chain: Chain, day: number): LabelCategory {
  let latest: Placed | undefined;
  for (const p of chain.decisions) if (p.start <= day && day <= p.end) latest = p;
  return (latest ?? (chain.decisions[0] as Placed)).decision.category;
}

function spanOf(chain: Chain): LabelSpan {
  return {
    category: categoryOn(chain, chain.start),
    validFrom: dateOf(chain.start),
    validUntil: dateOf(chain.end),
  };
}

function dateOf(day: number): IsoDate {
  return fromDayNumber(day);
}

function statusFromChains(
  chains: readonly Chain[],
  day: number,
  window: number,
): Omit<LabelStatus, "issues"> {
  let previous: Chain | undefined;
  let next: Chain | undefined;
  for (const chain of chains) {
    if (chain.start > day) {
      next = chain;
      break;
    }
    if (chain.end >= day) {
      const validUntil = dateOf(chain.end);
      const daysLeft = daysBetween(dateOf(day), validUntil);
      const following = chains[chains.indexOf(chain) + 1];
      return {
        state: daysLeft <= window ? "expiring" : "labelled",
        category: categoryOn(chain, day),
        validFrom: dateOf(chain.start),
        validUntil,
        daysLeft,
        ...(following === undefined ? {} : { next: spanOf(following) }),
      };
    }
    previous = chain;
  }
  const upcoming = next === undefined ? {} : { next: spanOf(next) };
  if (previous === undefined) return { state: "unlabelled", ...upcoming };
  return {
    state: "expired",
    category: categoryOn(previous, previous.end),
    validFrom: dateOf(previous.start),
    validUntil: dateOf(previous.end),
    ...upcoming,
  };
}
