import { readFileSync } from "node:fs";
import type { DatasetIssueCode } from "../../src/dataset/index.js";
import { parseJsonText, validateDataset } from "../../src/dataset/index.js";
import type { Issue, Locale } from "../../src/shared/index.js";
import { deeplyNestedObject, throwingGetters } from "../helpers/junk.js";

/** Parsed JSON, loosely typed: tests mutate it freely. */
// biome-ignore lint/suspicious/noExplicitAny: test fixtures are arbitrary JSON
type JsonObject = Record<string, any>;

/** A fresh, mutable copy of examples/vrai.json. */
export function vrai(): JsonObject {
  return JSON.parse(readFileSync(new URL("../../examples/vrai.json", import.meta.url), "utf8"));
}

const ON = "2026-01-15";

/** For each dataset code, a call that produces it (checked by tests/issue-codes.test.ts). */
export const DATASET_PRODUCERS: Record<DatasetIssueCode, (locale: Locale) => Issue[]> = {
  "dataset.invalid_input": (locale) =>
    validateDataset({ campus: 1, partners: [] }, { on: ON, locale }).issues,
  "dataset.issues_truncated": (locale) => {
    const data = vrai();
    data.projects.push(...new Array(1001).fill(null));
    return validateDataset(data, { on: ON, locale }).issues;
  },
  "dataset.invalid_json": (locale) => parseJsonText("{", locale).issues,
  "dataset.too_deep": (locale) =>
    validateDataset(
      { campus: {}, partners: [], programmes: [{ requires: deeplyNestedObject("all", 100) }] },
      { on: ON, locale },
    ).issues,
  "dataset.unreadable_input": (locale) =>
    validateDataset({ campus: throwingGetters(["id"]), partners: [] }, { on: ON, locale }).issues,
  "dataset.invalid_option": (locale) => validateDataset(vrai(), { on: "soon", locale }).issues,
  "dataset.duplicate_id": (locale) => {
    const data = vrai();
    data.projects.push({ ...data.projects[0] });
    return validateDataset(data, { on: ON, locale }).issues;
  },
  "dataset.check_skipped": (locale) => {
    const data = vrai();
    data.learners[0].birthDate = 20050101;
    return validateDataset(data, { on: ON, locale }).issues;
  },
  "dataset.unknown_reference": (locale) => {
    const data = vrai();
    data.pathways[0].learnerId = "nobody";
    return validateDataset(data, { on: ON, locale }).issues;
  },
};
