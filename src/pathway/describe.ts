/**
 * Requirements as short readable text, in English and French, for screens and PDFs.
 *
 * @module
 */
import { DIPLOMAS } from "../ids/index.js";
import {
  isPlainRecord,
  type Locale,
  type LocaleOptions,
  readLocaleArgument,
  readSafely,
} from "../shared/index.js";
import { type RequirementExplanation, requirementKind, safeParse } from "./evaluate.js";
import { type BlocksRequirement, type Requirement, RequirementSchema } from "./model.js";

interface Words {
  and: string;
  or: string;
  next: string;
  atLeast: (n: number) => string;
  onlyOne: string;
  programme: string;
  block: string;
  blocks: string;
  someBlocks: (n: number) => string;
  level: (n: number) => string;
  ects: (n: number) => string;
  reached: (n: number) => string;
  invalid: string;
  /** An empty `all` or `sequence`: always met. */
  nothing: string;
  /** An empty `any` or `onlyOne`: never met. */
  impossible: string;
  /** The options of an `atLeast` with an empty list. */
  noOption: string;
}

const WORDS: Record<Locale, Words> = {
  en: {
    and: "and",
    or: "or",
    next: "then",
    atLeast: (n) => `at least ${n} of:`,
    onlyOne: "exactly one of:",
    programme: "programme",
    block: "block",
    blocks: "blocks",
    someBlocks: (n) => `${n} of the blocks`,
    level: (n) => `level ${n} or above`,
    ects: (n) => `${n} ECTS credits`,
    reached: (n) => `(reached: ${n})`,
    invalid: "invalid requirement",
    nothing: "no condition",
    impossible: "one of no options (never met)",
    noOption: "no option",
  },
  fr: {
    and: "et",
    or: "ou",
    next: "puis",
    atLeast: (n) => `au moins ${n} parmi :`,
    onlyOne: "un seul parmi :",
    programme: "formation",
    block: "bloc",
    blocks: "blocs",
    someBlocks: (n) => `${n} des blocs`,
    level: (n) => `niveau ${n} ou plus`,
    ects: (n) => `${frNumber(n)} crédits ECTS`,
    reached: (n) => `(atteint : ${n})`,
    invalid: "condition invalide",
    nothing: "aucune condition",
    impossible: "une option parmi aucune (jamais remplie)",
    noOption: "aucune option",
  },
};

function frNumber(value: number): string {
  return String(value).replace(".", ",");
}

/** "A, B and C" / "A, B et C". */
function joinList(items: readonly string[], conjunction: string): string {
  if (items.length <= 1) return items[0] ?? "";
  return `${items.slice(0, -1).join(", ")} ${conjunction} ${items[items.length - 1]}`;
}

function mark(text: string, explanation: RequirementExplanation | undefined): string {
  if (explanation === undefined) return text;
  return `${text} ${explanation.satisfied ? "✓" : "✗"}`;
}

function childOf(
  explanation: RequirementExplanation | undefined,
  kind: string,
  i: number,
): RequirementExplanation | undefined {
  if (explanation === undefined || explanation.kind !== kind || !("children" in explanation)) {
    return undefined;
  }
  return explanation.children[i];
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

function describeNode(
  requirement: Requirement,
  explanation: RequirementExplanation | undefined,
  locale: Locale,
  nested: boolean,
): string {
  const w = WORDS[locale];
  const kind = requirementKind(requirement);
  const own = explanation?.kind === kind ? explanation : undefined;
  const children = (options: readonly Requirement[]) =>
    options.map((option, i) => describeNode(option, childOf(own, kind, i), locale, true));
  const wrap = (text: string) => (nested ? `(${text})` : text);
  switch (kind) {
    case "all": {
      const options = (requirement as { all: Requirement[] }).all;
      if (options.length === 0) return mark(w.nothing, own);
      return wrap(joinList(children(options), w.and));
    }
    case "any": {
      const options = (requirement as { any: Requirement[] }).any;
      if (options.length === 0) return mark(w.impossible, own);
      return wrap(joinList(children(options), w.or));
    }
    case "sequence": {
      const options = (requirement as { sequence: Requirement[] }).sequence;
      if (options.length === 0) return mark(w.nothing, own);
      return wrap(children(options).join(`, ${w.next} `));
    }
    case "atLeast": {
      const { atLeast, of } = requirement as { atLeast: number; of: Requirement[] };
      const count = own !== undefined && "count" in own ? ` (${own.count}/${atLeast})` : "";
      const listed = of.length === 0 ? w.noOption : children(of).join(", ");
      return wrap(`${w.atLeast(atLeast)} ${listed}${count}`);
    }
    case "onlyOne": {
      const options = (requirement as { onlyOne: Requirement[] }).onlyOne;
      if (options.length === 0) return mark(w.impossible, own);
      const count = own !== undefined && "count" in own ? ` (${own.count}/1)` : "";
      return wrap(`${w.onlyOne} ${children(options).join(", ")}${count}`);
    }
    case "programme":
      return mark(`${w.programme} ${(requirement as { programme: string }).programme}`, own);
    case "diploma": {
      const info = DIPLOMAS[(requirement as { diploma: keyof typeof DIPLOMAS }).diploma];
      return mark(lowerFirst(info[locale]), own);
    }
    case "block":
      return mark(`${w.block} ${(requirement as { block: string }).block}`, own);
    case "level": {
      const text = w.level((requirement as { level: number }).level);
      const reached =
        own?.kind === "level" && !own.satisfied ? ` ${w.reached(own.achieved ?? 0)}` : "";
      return mark(`${text}${reached}`, own);
    }
    case "ects": {
      const required = (requirement as { ects: number }).ects;
      const shown = (n: number) => (locale === "fr" ? frNumber(n) : String(n));
      const progress =
        own?.kind === "ects" && !own.satisfied
          ? ` (${shown(own.achieved)}/${shown(required)})`
          : "";
      return mark(`${w.ects(required)}${progress}`, own);
    }
    default: {
      const leaf = requirement as BlocksRequirement;
      const codes = [...new Set(leaf.blocks)];
      const need = leaf.min ?? codes.length;
      const text =
        need === codes.length
          ? `${w.blocks} ${joinList(codes, w.and)}`
          : `${w.someBlocks(need)} ${codes.join(", ")}`;
      const progress =
        own?.kind === "blocks" && !own.satisfied ? ` (${own.counted.length}/${need})` : "";
      return mark(`${text}${progress}`, own);
    }
  }
}

/**
 * Options of {@link describeRequirement}.
 *
 * @example
 * ```ts
 * const { explanation } = evaluateRequirement({ ects: 60 }, [{ on: "2025-06-30", ects: 45 }]);
 * const options: DescribeRequirementOptions = { locale: "fr", explanation };
 * ```
 */
export interface DescribeRequirementOptions extends LocaleOptions {
  /** The explanation of an evaluation ({@link evaluateRequirement}): marks each leaf ✓ or ✗. */
  explanation?: RequirementExplanation;
}

/**
 * Writes a requirement as one short sentence in English or French, for screens and PDFs. Given
 * the explanation of an evaluation ({@link evaluateRequirement}), it marks each leaf met (✓) or
 * not (✗) and shows progress where there is some (levels reached, ECTS earned, blocks counted,
 * options met).
 *
 * Wording: `all` → "A and B" / "A et B"; `any` → "A or B" / "A ou B"; `atLeast` → "at least n
 * of: …" / "au moins n parmi : …"; `onlyOne` → "exactly one of: …" / "un seul parmi : …";
 * `sequence` → "A, then B" / "A, puis B"; an empty `all` or `sequence` → "No condition" /
 * "Aucune condition"; an empty `any` or `onlyOne` → "One of no options (never met)" / "Une option
 * parmi aucune (jamais remplie)"; nested combinators in parentheses; diplomas by their
 * national name (DIPLOMAS). A pure computation: it never throws; anything that is not a
 * requirement is "Invalid requirement" / "Condition invalide", a `locale` other than `"fr"` is
 * English, and an explanation that does not fit the requirement is left out.
 *
 * The options form is CONTRACT §0 rev. 2; the positional form
 * `describeRequirement(requirement, locale, explanation?)` of revision 1 still works in 0.x and
 * gives the same text.
 *
 * @param requirement - the requirement (checked at run time).
 * @param options - `locale` (`"en"` by default) and, optionally, the `explanation` of its
 *   evaluation.
 * @returns the text, starting with a capital letter.
 * @example
 * ```ts
 * describeRequirement({ any: [{ diploma: "bac-pro" }, { level: 4 }] });
 * //=> "Vocational baccalaureate or level 4 or above"
 * describeRequirement({ all: [{ diploma: "bts" }, { ects: 60 }] }, { locale: "fr" });
 * //=> "Brevet de technicien supérieur (BTS) et 60 crédits ECTS"
 * const { explanation } = evaluateRequirement({ ects: 60 }, [{ on: "2025-06-30", ects: 45 }]);
 * describeRequirement({ ects: 60 }, { explanation }); //=> "60 ECTS credits (45/60) ✗"
 * ```
 */
export function describeRequirement(
  requirement: Requirement,
  options?: DescribeRequirementOptions,
): string;
/**
 * Writes a requirement as one short sentence: the positional form of revision 1.
 *
 * @deprecated Pass the locale and the explanation in the options:
 *   `describeRequirement(requirement, { locale, explanation })`. This form keeps working in 0.x
 *   and gives the same text.
 * @param requirement - the requirement (checked at run time).
 * @param locale - `"en"` or `"fr"` (anything else is English).
 * @param explanation - optionally, the explanation of its evaluation.
 * @returns the text, starting with a capital letter.
 * @example
 * ```ts
 * const explanation = evaluateRequirement({ ects: 60 }, [{ on: "2025-07-01", ects: 90 }]).explanation;
 * // Before (deprecated):
 * describeRequirement({ ects: 60 }, "fr", explanation);
 * // Now:
 * describeRequirement({ ects: 60 }, { locale: "fr", explanation });
 * ```
 */
export function describeRequirement(
  requirement: Requirement,
  locale: Locale,
  explanation?: RequirementExplanation,
): string;
export function describeRequirement(
  requirement: Requirement,
  localeOrOptions?: Locale | DescribeRequirementOptions,
  legacyExplanation?: RequirementExplanation,
): string {
  // A plain object second is the options form; anything else, the positional form.
  const optionsForm = isPlainRecord(localeOrOptions);
  const locale = readLocaleArgument(localeOrOptions);
  const explanation = optionsForm
    ? readSafely(() => (localeOrOptions as DescribeRequirementOptions).explanation, undefined)
    : legacyExplanation;
  const language: Locale = locale;
  const parsed = safeParse(RequirementSchema, requirement);
  let text: string;
  if (!parsed.success) text = WORDS[language].invalid;
  else {
    try {
      text = describeNode(parsed.data, explanation, language, false);
    } catch {
      // A hostile explanation (throwing getters): describe the requirement alone.
      text = describeNode(parsed.data, undefined, language, false);
    }
  }
  return text.replace(/^(\(*)(.)/u, (_, open: string, first: string) => open + first.toUpperCase());
}
