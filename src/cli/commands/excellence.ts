import {
  assessExcellence,
  EXCELLENCE_CRITERIA,
  type ExcellenceCriterionAssessment,
} from "../../campus/index.js";
import { countOf } from "../../shared/index.js";
import type { Command, CommandContext } from "../command.js";
import { campusCommand } from "./campus-data.js";

/**
 * `cmq-kit excellence <file.json> [--on YYYY-MM-DD] [--format text|json]`: the campus judged
 * against the excellence criteria on a date (default: today), `assessExcellence`: one line per
 * criterion, met, not met or not known, with its evidence. An aid for whoever prepares or
 * reviews an application, not the official decision. Exit 0 when the assessment is written
 * (whatever it says), 2 when the file cannot be read or is not JSON.
 *
 * @example
 * ```ts
 * import { type CliIo, nodeIo } from "../io.js";
 * import { runCli } from "../program.js";
 * // The real io, with standard output and error kept in a string.
 * let out = "";
 * const io: CliIo = { ...nodeIo(), out: (text) => void (out += text), err: (text) => void (out += text) };
 * await runCli(["excellence", "examples/vrai.json", "--on", "2026-01-15", "--locale", "fr"], io); //=> 0
 * out.split("\n")[0];
 * //=> "Campus des métiers et des qualifications d'excellence ITIP — critères d'excellence au 2026-01-15"
 * ```
 */
export const excellenceCommand: Command = campusCommand("excellence", (data, context) => {
  const criteria = assessExcellence(data.campus, data.partners, {
    on: data.on,
    locale: context.locale,
  });
  return {
    json: { criteria },
    text: () => renderCriteria(context, data.title, data.on, criteria),
    exitCode: 0,
  };
});

const VERDICTS = {
  met: { en: "met", fr: "rempli" },
  unmet: { en: "not met", fr: "non rempli" },
  unknown: { en: "cannot tell", fr: "indéterminé" },
} as const;

function renderCriteria(
  context: CommandContext,
  title: string,
  on: string,
  criteria: readonly ExcellenceCriterionAssessment[],
): string {
  const { locale, style, texts } = context;
  const fr = locale === "fr";
  const lines = [
    `${style.bold(title)} — ${fr ? "critères d'excellence au" : "excellence criteria on"} ${on}`,
    style.dim(
      fr
        ? "Une aide à la préparation ou à l'examen d'un dossier, pas la décision officielle."
        : "An aid to prepare or review an application, not the official decision.",
    ),
    "",
  ];
  for (const criterion of criteria) {
    const verdict =
      criterion.met === true
        ? style.green(VERDICTS.met[locale])
        : criterion.met === false
          ? style.red(VERDICTS.unmet[locale])
          : style.yellow(VERDICTS.unknown[locale]);
    const name = EXCELLENCE_CRITERIA[criterion.id]?.[locale] ?? criterion.id;
    lines.push(`  ${style.bold(name)}${texts.colon}${verdict}`);
    lines.push(`    ${criterion.evidence}`);
  }
  const met = criteria.filter((criterion) => criterion.met === true).length;
  lines.push(
    "",
    fr
      ? `${countOf(met, "fr", { one: "critère rempli", other: "critères remplis" })} sur ${criteria.length}.`
      : `${met} of ${criteria.length} criteria met.`,
  );
  return `${lines.join("\n")}\n`;
}
