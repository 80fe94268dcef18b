import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  isValidCfd,
  isValidNsfCode,
  isValidRncpBlockCode,
  isValidRncpCode,
  isValidRomeCode,
  isValidRsCode,
  isValidSiren,
  isValidSiret,
  isValidUai,
  LA_POSTE_SIREN,
  luhnCheckDigit,
  UAI_PREFIXES,
  uaiCheckLetter,
} from "../../src/ids/index.js";
import { hasKnownUaiPrefix } from "../../src/ids/uai-prefixes.js";
import { hostileValues, junk } from "../helpers/junk.js";
import {
  INVALID_CODES,
  LA_POSTE_EXCEPTION_SIRET,
  VALID_CODES,
  VALID_SIREN,
  VALID_SIRET,
  VALID_UAI,
} from "./vectors.js";

const PREDICATES = {
  uai: isValidUai,
  siren: isValidSiren,
  siret: isValidSiret,
  rncp: isValidRncpCode,
  "rncp-block": isValidRncpBlockCode,
  rs: isValidRsCode,
  cfd: isValidCfd,
  rome: isValidRomeCode,
  nsf: isValidNsfCode,
};

const digits = (length: number) =>
  fc
    .array(fc.integer({ min: 0, max: 9 }), { minLength: length, maxLength: length })
    .map((d) => d.join(""));

/** Independent Luhn oracle: textbook right-to-left doubling on an array of numbers. */
function luhnOracle(text: string): boolean {
  const values = [...text].map(Number).reverse();
  const sum = values.reduce((acc, value, index) => {
    if (index % 2 === 0) return acc + value;
    const doubled = value * 2;
    return acc + Math.floor(doubled / 10) + (doubled % 10);
  }, 0);
  return sum % 10 === 0;
}

function siretOracle(text: string): boolean {
  if (!/^\d{14}$/.test(text)) return false;
  if (luhnOracle(text)) return true;
  const sum = [...text].reduce((acc, d) => acc + Number(d), 0);
  return text.startsWith("356000000") && sum % 5 === 0;
}

/** Independent oracle of the UAI prefixes: 001–095 but 020, 620, 720, 971–978, 983–988. */
function uaiPrefixOracle(prefix: string): boolean {
  const n = Number(prefix);
  return (
    (n >= 1 && n <= 95 && n !== 20) ||
    n === 620 ||
    n === 720 ||
    (n >= 971 && n <= 978) ||
    (n >= 983 && n <= 988)
  );
}

function uaiOracle(text: string): boolean {
  if (!/^\d{7}[A-Z]$/.test(text)) return false;
  if (!uaiPrefixOracle(text.slice(0, 3))) return false;
  return "ABCDEFGHJKLMNPRSTUVWXYZ"[Number(text.slice(0, 7)) % 23] === text[7];
}

describe("published identifiers", () => {
  it("accepts the valid UAI, SIREN and SIRET", () => {
    for (const uai of VALID_UAI) expect(isValidUai(uai)).toBe(true);
    for (const siren of VALID_SIREN) expect(isValidSiren(siren)).toBe(true);
    for (const siret of VALID_SIRET) expect(isValidSiret(siret)).toBe(true);
  });

  it("rejects the UAI 0251234K, whose check letter is F", () => {
    expect(isValidUai("0251234K")).toBe(false);
    expect(isValidUai("0251234F")).toBe(true);
  });

  it("applies the La Poste exception to SIRET only", () => {
    expect(luhnOracle(LA_POSTE_EXCEPTION_SIRET)).toBe(false);
    expect(isValidSiret(LA_POSTE_EXCEPTION_SIRET)).toBe(true);
    // Same digits, other company: Luhn fails and the exception does not apply.
    expect(isValidSiret(`356000001${LA_POSTE_EXCEPTION_SIRET.slice(9, 13)}2`)).toBe(false);
    // A La Poste SIRET failing both rules.
    expect(isValidSiret("35600000049838")).toBe(false);
  });

  it("judges the code kinds by their published formats", () => {
    for (const [kind, codes] of Object.entries(VALID_CODES)) {
      for (const code of codes)
        expect(PREDICATES[kind as keyof typeof PREDICATES](code), code).toBe(true);
    }
    for (const [kind, codes] of Object.entries(INVALID_CODES)) {
      for (const code of codes)
        expect(PREDICATES[kind as keyof typeof PREDICATES](code), code).toBe(false);
    }
  });

  it("takes the canonical form only", () => {
    expect(isValidUai("0710010a")).toBe(false);
    expect(isValidUai(" 0710010A")).toBe(false);
    expect(isValidSiret("552 100 554 00013")).toBe(false);
    expect(isValidSiren("552100554\n")).toBe(false);
  });
});

describe("UAI prefixes (département or collectivité)", () => {
  const withCheck = (seven: string) => seven + uaiCheckLetter(seven);

  it("rejects 0000000A although A is its check letter", () => {
    expect(uaiCheckLetter("0000000")).toBe("A");
    expect(isValidUai("0000000A")).toBe(false);
  });

  it("accepts each side of every boundary of the list", () => {
    const inside = ["001", "019", "021", "095", "620", "720", "971", "978", "983", "988"];
    const outside = ["000", "020", "096", "619", "621", "719", "721", "970", "979", "982", "989"];
    for (const prefix of inside) expect(isValidUai(withCheck(`${prefix}0001`)), prefix).toBe(true);
    for (const prefix of outside)
      expect(isValidUai(withCheck(`${prefix}0001`)), prefix).toBe(false);
  });

  it("lists the prefixes once each, all of three digits, agreeing with the oracle", () => {
    expect(new Set(UAI_PREFIXES).size).toBe(UAI_PREFIXES.length);
    for (let n = 0; n < 1000; n++) {
      const prefix = String(n).padStart(3, "0");
      expect(UAI_PREFIXES.includes(prefix), prefix).toBe(uaiPrefixOracle(prefix));
    }
    expect(Object.isFrozen(UAI_PREFIXES)).toBe(true);
  });

  it("accepts real UAIs of Corsica and overseas (ESR list)", () => {
    for (const uai of ["7200664J", "9760358K", "9830445S", "9840349G", "0941111X"]) {
      expect(isValidUai(uai), uai).toBe(true);
    }
  });
});

describe("generated identifiers (properties)", () => {
  it("a UAI with its computed check letter passes, any other letter fails", () => {
    fc.assert(
      fc.property(digits(7), fc.constantFrom(..."ABCDEFGHIJKLMNOPQRSTUVWXYZ"), (seven, letter) => {
        const check = uaiCheckLetter(seven);
        const known = uaiPrefixOracle(seven.slice(0, 3));
        expect(isValidUai(seven + check)).toBe(known);
        expect(isValidUai(seven + letter)).toBe(known && letter === check);
        expect(isValidUai(seven + letter)).toBe(uaiOracle(seven + letter));
      }),
      { numRuns: 2000 },
    );
  });

  it("a SIREN or SIRET with its computed Luhn digit passes", () => {
    fc.assert(
      fc.property(digits(8), digits(13), (eight, thirteen) => {
        expect(isValidSiren(eight + luhnCheckDigit(eight))).toBe(true);
        expect(isValidSiret(thirteen + luhnCheckDigit(thirteen))).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it("changing any one digit of a Luhn-valid SIREN makes it fail", () => {
    fc.assert(
      fc.property(
        digits(8),
        fc.nat(8),
        fc.integer({ min: 1, max: 9 }),
        (eight, position, shift) => {
          const valid = eight + luhnCheckDigit(eight);
          const changed =
            valid.slice(0, position) +
            ((Number(valid[position]) + shift) % 10) +
            valid.slice(position + 1);
          expect(isValidSiren(changed)).toBe(false);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("changing any one digit of a Luhn-valid SIRET makes it fail, unless the La Poste rule accepts it", () => {
    const laPosteOrAny = fc.oneof(
      digits(13),
      digits(4).map((d) => `${LA_POSTE_SIREN}${d}`),
    );
    fc.assert(
      fc.property(
        laPosteOrAny,
        fc.nat(13),
        fc.integer({ min: 1, max: 9 }),
        (thirteen, position, shift) => {
          const valid = thirteen + luhnCheckDigit(thirteen);
          const changed =
            valid.slice(0, position) +
            ((Number(valid[position]) + shift) % 10) +
            valid.slice(position + 1);
          const laPosteAccepts =
            changed.startsWith(LA_POSTE_SIREN) &&
            [...changed].reduce((a, d) => a + Number(d), 0) % 5 === 0;
          expect(isValidSiret(changed)).toBe(laPosteAccepts);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it("thousands of random digit strings are judged as the published rules say", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          digits(14),
          digits(5).map((d) => `356000000${d}`),
        ),
        (text) => {
          expect(isValidSiret(text)).toBe(siretOracle(text));
          expect(isValidSiren(text.slice(0, 9))).toBe(luhnOracle(text.slice(0, 9)));
        },
      ),
      { numRuns: 5000 },
    );
  });

  it("regex kinds agree with their published regular expressions", () => {
    const patterns = {
      rncp: /^RNCP\d{3,5}$/,
      "rncp-block": /^RNCP\d{3,5}BC\d{1,2}$/,
      rs: /^RS\d{1,5}$/,
      cfd: /^[A-Z0-9]{3}\d{3}[A-Z0-9]{2}$/,
      rome: /^[A-N]\d{4}$/,
      nsf: /^\d{3}[a-z]?$/,
    } as const;
    const text = fc.oneof(
      fc.stringMatching(/^(RNCP|RS|BC|[A-Z0-9]){0,4}\d{0,6}(BC)?\d{0,3}[a-zA-Z]?$/),
      fc.string({ maxLength: 14 }),
    );
    fc.assert(
      fc.property(text, (value) => {
        for (const [kind, pattern] of Object.entries(patterns)) {
          expect(PREDICATES[kind as keyof typeof patterns](value)).toBe(pattern.test(value));
        }
      }),
      { numRuns: 3000 },
    );
  });
});

describe("junk", () => {
  it("every predicate returns false and never throws", () => {
    for (const value of hostileValues()) {
      for (const predicate of Object.values(PREDICATES)) expect(predicate(value)).toBe(false);
    }
    fc.assert(
      fc.property(junk, (value) => {
        for (const predicate of Object.values(PREDICATES)) {
          const verdict = predicate(value);
          expect(typeof verdict).toBe("boolean");
          if (typeof value !== "string") expect(verdict).toBe(false);
        }
      }),
    );
  });
});

describe("hasKnownUaiPrefix (internal)", () => {
  it("reads three digits, and refuses anything else", () => {
    expect(hasKnownUaiPrefix("075")).toBe(true);
    expect(hasKnownUaiPrefix("0750654D")).toBe(true);
    for (const value of ["", "07", "0a5", "A75", " 75", "-75", "07\u0660"]) {
      expect(hasKnownUaiPrefix(value), value).toBe(false);
    }
  });
});
