import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  allowedProcedureEvents,
  nextProcedureState,
  PROCEDURE_EVENTS,
  PROCEDURE_STATES,
  PROCEDURE_TRANSITIONS,
  type ProcedureEvent,
  type ProcedureState,
} from "../../src/index.js";
import { hostileValues, junk, prototypeIsClean } from "../helpers/junk.js";

/** The contract's transitions, written out independently of the table. */
const EXPECTED: Record<string, ProcedureState> = {
  "draft propose": "proposed",
  "proposed start-review": "under-review",
  "under-review grant": "labelled",
  "under-review reject": "rejected",
  "labelled propose-renewal": "renewal-proposed",
  "renewal-proposed start-review": "under-review",
  "labelled expire": "expired",
};

describe("nextProcedureState", () => {
  const pairs = PROCEDURE_STATES.flatMap((state) =>
    PROCEDURE_EVENTS.map((event) => [state, event] as const),
  );

  it("has 7 states and 6 events", () => {
    expect(PROCEDURE_STATES).toHaveLength(7);
    expect(PROCEDURE_EVENTS).toHaveLength(6);
    expect(pairs).toHaveLength(42);
  });

  it.each(pairs)("%s --%s--> follows the contract", (state, event) => {
    const expected = EXPECTED[`${state} ${event}`];
    const result = nextProcedureState(state, event);
    if (expected !== undefined) {
      expect(result).toEqual({ ok: true, value: expected, issues: [] });
      return;
    }
    expect(result.ok).toBe(false);
    expect(result.issues).toEqual([
      expect.objectContaining({
        code: "procedure.invalid_transition",
        severity: "error",
        path: [],
        params: { state, event, allowed: allowedProcedureEvents(state).join(", ") },
      }),
    ]);
  });

  it("agrees with its exported table", () => {
    for (const state of PROCEDURE_STATES) {
      for (const event of PROCEDURE_EVENTS) {
        const target = PROCEDURE_TRANSITIONS[state][event];
        const result = nextProcedureState(state, event);
        expect(result.ok ? result.value : undefined).toBe(target);
      }
    }
    expect(Object.keys(EXPECTED)).toHaveLength(
      PROCEDURE_STATES.reduce((n, s) => n + Object.keys(PROCEDURE_TRANSITIONS[s]).length, 0),
    );
  });

  it("explains in English and French, naming the allowed events", () => {
    expect(nextProcedureState("labelled", "grant").issues[0]?.message).toBe(
      'Event "grant" is not allowed in state "labelled" of the label procedure; allowed events: propose-renewal, expire.',
    );
    expect(nextProcedureState("expired", "propose", { locale: "fr" }).issues[0]?.message).toBe(
      "L'événement « propose » n'est pas permis dans l'état « expired » de la procédure de labellisation ; événements permis : aucun (état final).",
    );
  });

  it("returns procedure.invalid_transition for junk states and events, never throwing", () => {
    for (const value of hostileValues()) {
      const result = nextProcedureState(
        value as ProcedureState,
        value as ProcedureEvent,
        value as never,
      );
      expect(result.ok).toBe(false);
      expect(result.issues[0]?.code).toBe("procedure.invalid_transition");
      expect(nextProcedureState("draft", value as ProcedureEvent).ok).toBe(false);
      expect(nextProcedureState(value as ProcedureState, "propose").ok).toBe(false);
    }
    expect(nextProcedureState("toString" as ProcedureState, "propose").issues[0]?.params).toEqual({
      state: "toString",
      event: "propose",
      allowed: "",
    });
    expect(nextProcedureState("draft", 7 as never).issues[0]?.params).toMatchObject({
      event: "number",
    });
    fc.assert(
      fc.property(junk, junk, (state, event) => {
        const result = nextProcedureState(state as ProcedureState, event as ProcedureEvent);
        expect(result.ok).toBe(false);
      }),
      { numRuns: 200 },
    );
    expect(prototypeIsClean()).toBe(true);
  });
});

describe("allowedProcedureEvents", () => {
  it("lists what each state accepts", () => {
    expect(allowedProcedureEvents("draft")).toEqual(["propose"]);
    expect(allowedProcedureEvents("under-review")).toEqual(["grant", "reject"]);
    expect(allowedProcedureEvents("rejected")).toEqual([]);
    expect(allowedProcedureEvents("__proto__" as ProcedureState)).toEqual([]);
  });

  it("walks the whole procedure, renewal included", () => {
    const events: ProcedureEvent[] = [
      "propose",
      "start-review",
      "grant",
      "propose-renewal",
      "start-review",
      "grant",
      "expire",
    ];
    let state: ProcedureState = "draft";
    for (const event of events) {
      const result = nextProcedureState(state, event);
      if (!result.ok) throw new Error(`${state} ${event}`);
      state = result.value;
    }
    expect(state).toBe("expired");
  });
});
