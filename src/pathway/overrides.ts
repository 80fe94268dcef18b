/**
 * Reading `options.parameters`: the overrides a caller states, checked value by value, with a
 * located `pathway.invalid_option` issue for each problem. Malformed values are left out; the
 * well-formed ones apply.
 *
 * @module
 */
import {
  createIssue,
  describeValue,
  type Issue,
  type IssueParams,
  isArraySafely,
  isIsoDate,
  isPlainRecord,
  type Locale,
  readSafely,
} from "../shared/index.js";
import { PATHWAY_MESSAGES, type PathwayIssueCode } from "./codes.js";
import {
  DEFAULT_PARAMETERS,
  isParameterName,
  ParameterSet,
  valueProblem,
} from "./parameter-set.js";
import { PARAMETER_VALUES } from "./parameter-values.js";
import type { ParameterName, ParameterOverrides, ParameterValue } from "./parameters.js";

/**
 * Parameters that shape the calendar itself rather than a rule's limit: the table's value is
 * read once, so an override of them is reported instead of being silently ignored.
 */
const FIXED_PARAMETERS: ReadonlySet<string> = new Set(["internship.academicYearStart"]);

/** The most entries read in the overrides object, and in one parameter's list. */
export const MAX_OVERRIDE_ENTRIES = 1000;

/**
 * The parameters of a call, and the issues of its `parameters` option.
 *
 * @internal
 */
export interface ReadParameters {
  /** The table with the well-formed overrides merged. */
  parameters: ParameterSet;
  /** One `pathway.invalid_option` per problem, located under `["parameters", …]`. */
  issues: Issue<PathwayIssueCode>[];
}

/**
 * Reads `options.parameters` (absent means the table as it is). Never throws: an object whose
 * reading throws is reported as not an object.
 *
 * @internal
 */
export function readParameterOverrides(options: unknown, locale: Locale): ReadParameters {
  const issues: Issue<PathwayIssueCode>[] = [];
  const report = (path: (string | number)[], params: IssueParams) => {
    issues.push(
      createIssue(
        PATHWAY_MESSAGES,
        "pathway.invalid_option",
        ["parameters", ...path],
        {
          option: "parameters",
          ...params,
        },
        locale,
      ),
    );
  };
  const given = readSafely(
    () => (options as { parameters?: unknown } | undefined)?.parameters,
    Symbol.for("unreadable"),
  );
  if (given === undefined) return { parameters: DEFAULT_PARAMETERS, issues };
  const overrides = readSafely(() => readOverrides(given, report), undefined);
  if (overrides === undefined) {
    if (issues.length === 0) report([], { problem: "not_object", received: describeValue(given) });
    return { parameters: DEFAULT_PARAMETERS, issues };
  }
  if (Object.keys(overrides).length === 0) return { parameters: DEFAULT_PARAMETERS, issues };
  return { parameters: new ParameterSet(overrides), issues };
}

type Report = (path: (string | number)[], params: IssueParams) => void;

function readOverrides(given: unknown, report: Report): ParameterOverrides | undefined {
  if (!isPlainRecord(given)) {
    report([], { problem: "not_object", received: describeValue(given) });
    return {};
  }
  const read: Partial<Record<ParameterName, ParameterValue[]>> = {};
  const names = Object.keys(given);
  if (names.length > MAX_OVERRIDE_ENTRIES) {
    report([], { problem: "too_many", count: names.length, limit: MAX_OVERRIDE_ENTRIES });
  }
  for (const name of names.slice(0, MAX_OVERRIDE_ENTRIES)) {
    if (!isParameterName(name)) {
      report([name.slice(0, 64)], {
        problem: "unknown_parameter",
        parameter: describeValue(name),
      });
      continue;
    }
    if (FIXED_PARAMETERS.has(name)) {
      report([name], { problem: "fixed_parameter", parameter: name });
      continue;
    }
    const values = readValues(name, given[name], report);
    if (values.length > 0) read[name] = values;
  }
  return read;
}

function readValues(name: ParameterName, list: unknown, report: Report): ParameterValue[] {
  if (!isArraySafely(list)) {
    report([name], { problem: "not_list", parameter: name, received: describeValue(list) });
    return [];
  }
  if (list.length > MAX_OVERRIDE_ENTRIES) {
    report([name], {
      problem: "too_many",
      parameter: name,
      count: list.length,
      limit: MAX_OVERRIDE_ENTRIES,
    });
  }
  const values: ParameterValue[] = [];
  const days = new Set<string>();
  const count = Math.min(list.length, MAX_OVERRIDE_ENTRIES);
  for (let index = 0; index < count; index++) {
    const value = readValue(name, index, list[index], report);
    if (value === undefined) continue;
    if (days.has(value.from)) {
      report([name, index, "from"], {
        problem: "duplicate_from",
        parameter: name,
        index,
        field: "from",
        received: value.from,
      });
      continue;
    }
    days.add(value.from);
    values.push(value);
  }
  return values;
}

function readValue(
  name: ParameterName,
  index: number,
  entry: unknown,
  report: Report,
): ParameterValue | undefined {
  if (!isPlainRecord(entry)) {
    report([name, index], {
      problem: "not_value",
      parameter: name,
      index,
      received: describeValue(entry),
    });
    return undefined;
  }
  let ok = true;
  const fail = (field: string, problem: string, received: unknown) => {
    ok = false;
    report([name, index, field], {
      problem,
      parameter: name,
      index,
      field,
      received: describeValue(received),
    });
  };
  const { from, value, source, grade, url, note, unit } = entry;
  if (!isIsoDate(from)) fail("from", "bad_from", from);
  if (valueProblem(name, value) !== undefined) fail("value", "bad_value", value);
  if (typeof source !== "string" || source.trim().length === 0)
    fail("source", "bad_source", source);
  if (grade !== "primary" && grade !== "secondary") fail("grade", "bad_grade", grade);
  if (url !== undefined && typeof url !== "string") fail("url", "bad_text", url);
  if (note !== undefined && typeof note !== "string") fail("note", "bad_text", note);
  if (unit !== undefined && unit !== PARAMETER_VALUES[name].unit) fail("unit", "bad_unit", unit);
  if (!ok) return undefined;
  const read: ParameterValue = {
    from: from as string,
    value: value as number | string,
    source: source as string,
    grade: grade as "primary" | "secondary",
  };
  if (typeof url === "string") read.url = url;
  if (typeof note === "string") read.note = note;
  return read;
}
