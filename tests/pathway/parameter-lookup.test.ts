import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addCalendarDays,
  type IsoDate,
  LEGAL_PARAMETERS,
  PARAMETER_NAMES,
  type ParameterName,
  type ParameterOverrides,
  type ParameterValue,
  parameterAt,
} from "../../src/index.js";
import { readParameterOverrides } from "../../src/pathway/overrides.js";
import { DEFAULT_PARAMETERS } from "../../src/pathway/parameter-set.js";
import { SLOT, SLOT_NAMES } from "../../src/pathway/parameter-slots.js";
import { PARAMETER_VALUES } from "../../src/pathway/parameter-values.js";
import { toDayNumber } from "../../src/shared/index.js";

/**
 * The oracle: the lookup as it was written before slots and day numbers. The table's values,
 * with the overrides replacing them from the first override's `from`; the last value whose
 * `from` is on or before `on`, compared as ISO strings; nothing on or after `until`.
 */
function oracleAt(
  name: ParameterName,
  on: IsoDate,
  overrides: ParameterOverrides = {},
): { value: unknown; from: string; source: string; grade: string } | undefined {
  const { values, until } = PARAMETER_VALUES[name] as {
    values: readonly ParameterValue[];
    until?: IsoDate;
  };
  const own = [...(overrides[name] ?? [])].sort((a, b) =>
    a.from < b.from ? -1 : a.from > b.from ? 1 : 0,
  );
  const first = own[0];
  const merged =
    first === undefined ? values : [...values.filter((v) => v.from < first.from), ...own];
  if (until !== undefined && on >= until) return undefined;
  for (let index = merged.length - 1; index >= 0; index--) {
    const value = merged[index] as ParameterValue;
    if (value.from <= on) {
      return { value: value.value, from: value.from, source: value.source, grade: value.grade };
    }
  }
  return undefined;
}

/** The days around each dated change of the table: where a lookup can go wrong. */
const BOUNDARIES: IsoDate[] = Object.values(PARAMETER_VALUES).flatMap((parameter) => {
  const days = [
    ...parameter.values.map((value) => value.from),
    ...("until" in parameter ? [parameter.until as IsoDate] : []),
  ];
  return days.flatMap((day) => [addCalendarDays(day, -1), day, addCalendarDays(day, 1)]);
});

const dateArb: fc.Arbitrary<IsoDate> = fc.oneof(
  fc.constantFrom(...BOUNDARIES),
  fc
    .date({
      min: new Date("1990-01-01T00:00:00Z"),
      max: new Date("2045-12-31T00:00:00Z"),
      noInvalidDate: true,
    })
    .map((date) => date.toISOString().slice(0, 10)),
);

const nameArb = fc.constantFrom(...(PARAMETER_NAMES as ParameterName[]));

/** A value of the right kind for a parameter. */
function valueArb(name: ParameterName): fc.Arbitrary<number | string> {
  switch (PARAMETER_VALUES[name].valueKind) {
    case "integer":
      return fc.nat({ max: 2000 });
    case "share":
      return fc.double({ min: 0, max: 1, noNaN: true });
    case "decimal":
      return fc.double({ min: 0.01, max: 5000, noNaN: true });
    default:
      return fc.constant("09-01");
  }
}

/** Overrides of a few parameters, each with values from random days (some mid-timeline). */
const overridesArb: fc.Arbitrary<ParameterOverrides> = fc
  .uniqueArray(nameArb, { maxLength: 5 })
  .chain((names) =>
    fc.record(
      Object.fromEntries(
        names.map((name) => [
          name,
          fc.uniqueArray(
            fc.record({
              from: dateArb,
              value: valueArb(name),
              source: fc.constantFrom("Règle du certificateur", "Rectorat"),
              grade: fc.constantFrom("primary" as const, "secondary" as const),
            }),
            { minLength: 1, maxLength: 4, selector: (value) => value.from },
          ),
        ]),
      ) as Record<string, fc.Arbitrary<ParameterValue[]>>,
    ),
  ) as fc.Arbitrary<ParameterOverrides>;

/** What the oracle compares: the value and where it comes from. */
function essentials(
  reading: { value: unknown; from: string; source: string; grade: string } | undefined,
) {
  return reading === undefined
    ? undefined
    : { value: reading.value, from: reading.from, source: reading.source, grade: reading.grade };
}

describe("parameter lookup by slot and day number", () => {
  it("numbers every parameter in the table's order", () => {
    expect(SLOT_NAMES).toEqual(PARAMETER_NAMES);
    for (const [slot, name] of SLOT_NAMES.entries()) expect(SLOT[name]).toBe(slot);
  });

  it("reads the table as the string lookup did, on any day", () => {
    fc.assert(
      fc.property(nameArb, dateArb, (name, on) => {
        const expected = oracleAt(name, on);
        const day = toDayNumber(on);
        expect(essentials(DEFAULT_PARAMETERS.reading(SLOT[name], day))).toEqual(expected);
        expect(essentials(DEFAULT_PARAMETERS.at(name, on))).toEqual(expected);
        expect(DEFAULT_PARAMETERS.number(SLOT[name], day)?.value).toEqual(
          typeof expected?.value === "number" ? expected.value : undefined,
        );
        expect(essentials(parameterAt(name, on))).toEqual(expected);
      }),
      { numRuns: 2000 },
    );
  });

  it("reads overrides as the string lookup did, including overrides from mid-timeline", () => {
    fc.assert(
      fc.property(
        overridesArb,
        fc.array(fc.tuple(nameArb, dateArb), { maxLength: 20 }),
        (overrides, questions) => {
          const read = readParameterOverrides({ parameters: overrides }, "en");
          const checked = Object.fromEntries(
            Object.entries(overrides).filter(([name]) => name !== "internship.academicYearStart"),
          ) as ParameterOverrides;
          const asked: [ParameterName, IsoDate][] = [
            ...questions,
            ...Object.entries(checked).flatMap(([name, values]) =>
              (values ?? []).flatMap((value) =>
                [-1, 0, 1].map((shift): [ParameterName, IsoDate] => [
                  name as ParameterName,
                  addCalendarDays(value.from, shift),
                ]),
              ),
            ),
          ];
          for (const [name, on] of asked) {
            const expected = oracleAt(name, on, checked);
            const day = toDayNumber(on);
            expect(essentials(read.parameters.reading(SLOT[name], day))).toEqual(expected);
            expect(read.parameters.number(SLOT[name], day)?.value).toEqual(
              typeof expected?.value === "number" ? expected.value : undefined,
            );
            expect(essentials(parameterAt(name, on, { parameters: overrides }))).toEqual(expected);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it("keeps the table of LEGAL_PARAMETERS and the values the rules read in step", () => {
    for (const name of PARAMETER_NAMES) {
      expect(LEGAL_PARAMETERS[name].values.map((value) => value.from)).toEqual(
        PARAMETER_VALUES[name].values.map((value) => value.from),
      );
    }
  });
});
