/**
 * The label procedure as a state machine: proposal, expertise, decision, renewal, expiry.
 *
 * @module
 */
import {
  createIssue,
  deepFreeze,
  type LocaleOptions,
  localeOf,
  quote,
  type Result,
  typeName,
} from "../shared/index.js";
import { CAMPUS_CODES, type CampusIssueCode } from "./codes.js";

/**
 * The states of a campus's label procedure.
 *
 * - `draft`: the project is being written;
 * - `proposed`: the recteur and the président du conseil régional propose it jointly, after
 *   consulting the CAEN and the CREFOP (C. éduc. D. 335-34);
 * - `under-review`: examined by the groupe d'experts (D. 335-34, D. 335-35 in 2014; equal shares
 *   of economic world and State plus local authorities since 2019);
 * - `labelled`: granted by joint arrêté of the ministers (D. 335-34);
 * - `rejected`: not granted;
 * - `renewal-proposed`: a renewal is proposed "dans les conditions définies aux alinéas
 *   précédents" (D. 335-34, last paragraph), i.e. by the same procedure;
 * - `expired`: the duration of the label has run out.
 *
 * Source: C. éduc. D. 335-34 and D. 335-35 (2014 wording, etalab/codes-juridiques-francais);
 * `../shared/reference/domain-facts.md` §1.3. No text provides for withdrawal or suspension, so
 * there is no such state.
 *
 * @example
 * ```ts
 * PROCEDURE_STATES.includes("under-review"); //=> true
 * ```
 */
export const PROCEDURE_STATES = /* @__PURE__ */ deepFreeze([
  "draft",
  "proposed",
  "under-review",
  "labelled",
  "rejected",
  "renewal-proposed",
  "expired",
] as const);

/**
 * A state of the label procedure (see {@link PROCEDURE_STATES}).
 *
 * @example
 * ```ts
 * const state: ProcedureState = "renewal-proposed";
 * ```
 */
export type ProcedureState = (typeof PROCEDURE_STATES)[number];

/**
 * The events that move the label procedure: `propose` (joint proposal of recteur and région),
 * `start-review` (the groupe d'experts takes up the file), `grant` (arrêté conjoint), `reject`,
 * `propose-renewal`, `expire` (the label's duration ends).
 *
 * @example
 * ```ts
 * PROCEDURE_EVENTS.length; //=> 6
 * ```
 */
export const PROCEDURE_EVENTS = /* @__PURE__ */ deepFreeze([
  "propose",
  "start-review",
  "grant",
  "reject",
  "propose-renewal",
  "expire",
] as const);

/**
 * An event of the label procedure (see {@link PROCEDURE_EVENTS}).
 *
 * @example
 * ```ts
 * const event: ProcedureEvent = "grant";
 * ```
 */
export type ProcedureEvent = (typeof PROCEDURE_EVENTS)[number];

/**
 * The transition table: for each state, the events it accepts and the state each leads to.
 * Every pair absent from it is invalid.
 *
 * `draft --propose--> proposed --start-review--> under-review --grant--> labelled`,
 * `under-review --reject--> rejected`, `labelled --propose-renewal--> renewal-proposed
 * --start-review--> under-review`, `labelled --expire--> expired` (CONTRACT §3, after C. éduc.
 * D. 335-34). `rejected` and `expired` are final: a new application is a new procedure.
 *
 * @example
 * ```ts
 * PROCEDURE_TRANSITIONS["under-review"]; //=> { grant: "labelled", reject: "rejected" }
 * PROCEDURE_TRANSITIONS.expired; //=> {}
 * ```
 */
export const PROCEDURE_TRANSITIONS: Readonly<
  Record<ProcedureState, Readonly<Partial<Record<ProcedureEvent, ProcedureState>>>>
> = /* @__PURE__ */ deepFreeze({
  draft: { propose: "proposed" },
  proposed: { "start-review": "under-review" },
  "under-review": { grant: "labelled", reject: "rejected" },
  labelled: { "propose-renewal": "renewal-proposed", expire: "expired" },
  rejected: {},
  "renewal-proposed": { "start-review": "under-review" },
  expired: {},
});

function isProcedureState(value: unknown): value is ProcedureState {
  return typeof value === "string" && (PROCEDURE_STATES as readonly string[]).includes(value);
}

function isProcedureEvent(value: unknown): value is ProcedureEvent {
  return typeof value === "string" && (PROCEDURE_EVENTS as readonly string[]).includes(value);
}

/**
 * The events a state accepts, in {@link PROCEDURE_EVENTS} order.
 *
 * @param state - a procedure state (anything else accepts no event).
 * @returns the accepted events; empty for a final or unknown state.
 * @example
 * ```ts
 * allowedProcedureEvents("labelled"); //=> ["propose-renewal", "expire"]
 * allowedProcedureEvents("expired"); //=> []
 * ```
 */
export function allowedProcedureEvents(state: ProcedureState): ProcedureEvent[] {
  if (!isProcedureState(state)) return [];
  const row = PROCEDURE_TRANSITIONS[state];
  return PROCEDURE_EVENTS.filter((event) => Object.hasOwn(row, event));
}

/** Shows an untrusted value in a param: the string itself (shortened) or its type name. */
function shown(value: unknown): string {
  return typeof value === "string" ? quote(value) : typeName(value);
}

/**
 * The state the label procedure moves to when `event` happens in `state`.
 *
 * Any pair not in {@link PROCEDURE_TRANSITIONS}, including unknown states or events and values
 * of any other type, gives `procedure.invalid_transition` (path `[]`) with params `state`,
 * `event` (the value, or its type name when it is not a string) and `allowed` (the events the
 * state accepts, comma-separated; empty for a final or unknown state). Never throws.
 *
 * @param state - the current state.
 * @param event - what happens.
 * @param options - `locale` of the message.
 * @returns the next state, or the issue.
 * @example
 * ```ts
 * nextProcedureState("under-review", "grant"); //=> { ok: true, value: "labelled", issues: [] }
 * nextProcedureState("draft", "grant");
 * //=> { ok: false, issues: [{ code: "procedure.invalid_transition", params: { state: "draft", event: "grant", allowed: "propose" },
 * //     message: 'Event "grant" is not allowed in state "draft" of the label procedure; allowed events: propose.', … }] }
 * ```
 */
export function nextProcedureState(
  state: ProcedureState,
  event: ProcedureEvent,
  options?: LocaleOptions,
): Result<ProcedureState, CampusIssueCode> {
  if (isProcedureState(state) && isProcedureEvent(event)) {
    const target = PROCEDURE_TRANSITIONS[state][event];
    if (target !== undefined) return { ok: true, value: target, issues: [] };
  }
  const params = {
    state: shown(state),
    event: shown(event),
    allowed: allowedProcedureEvents(state).join(", "),
  };
  return {
    ok: false,
    issues: [
      createIssue(CAMPUS_CODES, "procedure.invalid_transition", [], params, localeOf(options)),
    ],
  };
}
