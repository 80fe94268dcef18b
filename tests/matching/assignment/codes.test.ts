import { describe, expect, it } from "vitest";
import { ASSIGNMENT_CODES, type AssignmentIssueCode } from "../../../src/matching/index.js";
import { createIssue, type IssueParams, type Locale } from "../../../src/shared/index.js";

const message = (code: AssignmentIssueCode, params: IssueParams, locale: Locale = "en") =>
  createIssue(ASSIGNMENT_CODES, code, [], params, locale).message;

describe("ASSIGNMENT_CODES", () => {
  it("writes every invalid_matrix reason in both languages", () => {
    const reasons: IssueParams[] = [
      { reason: "not_matrix", received: "number" },
      { reason: "unreadable" },
      { reason: "unreadable", row: 2 },
      { reason: "not_row", row: 1, received: "null" },
      { reason: "ragged", row: 1, length: 2, expected: 3, reference: 0 },
      { reason: "not_number", row: 0, column: 1, received: "string" },
      { reason: "nan", row: 0, column: 1, forbidden: "+Infinity" },
      {
        reason: "wrong_infinity",
        row: 0,
        column: 1,
        value: "-Infinity",
        maximize: false,
        forbidden: "+Infinity",
      },
      { reason: "bad_size", field: "rows", value: "-1" },
      { reason: "bad_size", field: "cols", received: "string" },
      { reason: "bad_data", received: "object" },
      { reason: "too_large", field: "rows", value: 2 ** 24 + 1, limit: 2 ** 24 },
      { reason: "data_length", length: 3, expected: 4, rows: 2, cols: 2 },
    ];
    for (const params of reasons) {
      const en = message("assignment.invalid_matrix", params);
      const fr = message("assignment.invalid_matrix", params, "fr");
      expect(en).not.toBe(fr);
      expect(`${en} ${fr}`).not.toMatch(/undefined|\{\w+\}|\[object/);
    }
    expect(
      message(
        "assignment.invalid_matrix",
        { reason: "bad_size", field: "cols", received: "string" },
        "fr",
      ),
    ).toBe("cols doit être un nombre entier ≥ 0 ; reçu une chaîne de caractères.");
  });

  it("writes assignment.infeasible in the singular and the plural, for rows and columns", () => {
    const params = (side: string, memberCount: number, allowedCount: number): IssueParams => ({
      side,
      members: memberCount === 1 ? "4" : "1, 4",
      memberCount,
      allowed: allowedCount === 0 ? "" : "2",
      allowedCount,
    });
    expect(message("assignment.infeasible", params("columns", 2, 1))).toBe(
      "No complete assignment avoids the forbidden pairs: columns 1, 4 (2) can only use row 2 (1).",
    );
    expect(message("assignment.infeasible", params("rows", 2, 0))).toBe(
      "No complete assignment avoids the forbidden pairs: rows 1, 4 have only forbidden entries.",
    );
    expect(message("assignment.infeasible", params("columns", 2, 0), "fr")).toBe(
      "Aucune affectation complète n'évite les paires interdites : les colonnes 1, 4 n'ont que des entrées interdites.",
    );
    expect(message("assignment.infeasible", params("rows", 2, 1), "fr")).toBe(
      "Aucune affectation complète n'évite les paires interdites : les lignes 1, 4 (2) ne peuvent utiliser que la colonne 2 (1).",
    );
  });

  it("names each kind of id in French with the right article", () => {
    expect(message("assignment.duplicate_id", { kind: "project", id: "p", first: 0 }, "fr")).toBe(
      "L'identifiant de projet « p » est déjà utilisé à l'index 0.",
    );
    expect(
      message("assignment.invalid_capacity", { kind: "supervisor", id: "s", value: "0" }, "fr"),
    ).toBe(
      "La capacité de l'encadrant « s » vaut 0 : elle doit être un nombre entier de 1 à 2^53 − 1.",
    );
    expect(message("assignment.unknown_id", { kind: "other", id: "x" })).toBe(
      'No other has the id "x".',
    );
  });
});
