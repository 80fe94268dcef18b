import {
  isValidSiret,
  isValidUai,
  luhnCheckDigit,
  uaiCheckLetter,
  validateIdentifier,
} from "cmq-kit/ids";
import { type BenchRow, formatThroughput, type Throughput, throughput } from "./harness.js";

/** Fixed pseudo-random digits (a linear congruential generator), so runs are comparable. */
function digitsFrom(seed: number, count: number): string {
  let state = seed;
  let text = "";
  for (let i = 0; i < count; i++) {
    state = (state * 1103515245 + 12345) % 2147483648;
    text += String(state % 10);
  }
  return text;
}

const SAMPLE = 10_000;

/**
 * The identifiers as an application receives them: parsed from JSON. Strings built by
 * concatenation are ropes in V8 (two linked halves), slower to read than the flat strings
 * `JSON.parse` makes; measuring ropes would measure the generator, not the check.
 */
function asParsedFromJson(values: string[]): string[] {
  return JSON.parse(JSON.stringify(values)) as string[];
}

const validSirets = asParsedFromJson(
  Array.from({ length: SAMPLE }, (_, i) => {
    const payload = digitsFrom(i + 1, 13);
    return payload + luhnCheckDigit(payload);
  }),
);
/** Half valid, half with a wrong check digit (the branch predictor's worst case). */
const mixedSirets = asParsedFromJson(
  validSirets.map((siret, i) =>
    i % 2 === 0 ? siret : siret.slice(0, 13) + ((Number(siret[13]) + 1) % 10),
  ),
);
const uais = asParsedFromJson(
  Array.from({ length: SAMPLE }, (_, i) => {
    const seven = digitsFrom(i + 7, 7);
    return seven + uaiCheckLetter(seven);
  }),
);

/** Checks per second of `check` over `inputs`: 300 rounds after 100 of warm-up. */
function rate(inputs: string[], check: (value: string) => boolean): Throughput {
  let sink = 0;
  const result = throughput(
    () => {
      for (const input of inputs) if (check(input)) sink++;
    },
    inputs.length,
    { rounds: 300, warmup: 100 },
  );
  if (sink < 0) console.log(sink);
  return result;
}

/** Identifier throughput. */
export async function benches(): Promise<BenchRow[]> {
  const valid = rate(validSirets, isValidSiret);
  const mixed = rate(mixedSirets, isValidSiret);
  const uai = rate(uais, isValidUai);
  const validate = rate(mixedSirets, (s) => validateIdentifier("siret", s).ok);
  return [
    {
      name: "isValidSiret (valid SIRETs)",
      goal: "≥ 10 M checks/s",
      measured: formatThroughput(valid, "checks"),
      met: valid.best >= 10e6,
    },
    {
      name: "isValidSiret (half invalid)",
      goal: "",
      measured: formatThroughput(mixed, "checks"),
      met: null,
    },
    { name: "isValidUai", goal: "", measured: formatThroughput(uai, "checks"), met: null },
    {
      name: "validateIdentifier('siret'), half invalid",
      goal: "",
      measured: formatThroughput(validate, "checks"),
      met: null,
    },
  ];
}
