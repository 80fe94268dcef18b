import {
  CONTRIBUTION_KINDS,
  type ContributionKind,
  type ContributionsSummary,
  type ContributionTotals,
  contributionsSummary,
  PARTNER_KINDS,
  type PartnerKind,
} from "../../campus/index.js";
import { countOf, formatNumber, type Locale } from "../../shared/index.js";
import type { Command, CommandContext } from "../command.js";
import { renderIssues } from "../render.js";
import { campusCommand } from "./campus-data.js";

/**
 * `cmq-kit contributions <file.json> [--on YYYY-MM-DD] [--format text|json]`: the partners'
 * contributions of the memberships in force on a date (default: today), `contributionsSummary`:
 * euros and hours in total, by kind of contribution, by kind of partner and by partner. Parts of
 * the file that cannot be read are left out and listed. Exit 0 when nothing was left out, 1 when
 * something was, 2 when the file cannot be read or is not JSON.
 *
 * @example
 * ```ts
 * import { type CliIo, nodeIo } from "../io.js";
 * import { runCli } from "../program.js";
 * // The real io, with standard output and error kept in a string.
 * let out = "";
 * const io: CliIo = { ...nodeIo(), out: (text) => void (out += text), err: (text) => void (out += text) };
 * await runCli(["contributions", "examples/vrai.json", "--on", "2026-01-15", "--format", "json"], io); //=> 0
 * JSON.parse(out).total; //=> { amountEur: 670000, hours: 4270, count: 18 }
 * ```
 */
export const contributionsCommand: Command = campusCommand("contributions", (data, context) => {
  const { locale, style, texts } = context;
  const summary = contributionsSummary(data.campus, data.partners, { on: data.on, locale });
  return {
    json: { ...summary },
    text: () =>
      renderSummary(context, data.title, data.on, summary) +
      (summary.issues.length > 0 ? `\n${renderIssues(summary.issues, style, texts)}` : ""),
    exitCode: summary.issues.some((issue) => issue.severity === "error") ? 1 : 0,
  };
});

/** Euros the locale's way: `48 000 €`, `€48,000`. */
function euros(value: number, locale: Locale): string {
  return locale === "fr" ? `${formatNumber(value, "fr")} €` : `€${formatNumber(value, "en")}`;
}

function totals(value: ContributionTotals, locale: Locale): string {
  const hours =
    locale === "fr"
      ? countOf(value.hours, "fr", { one: "heure", other: "heures" })
      : countOf(value.hours, "en", { one: "hour", other: "hours" });
  const count =
    locale === "fr"
      ? countOf(value.count, "fr", { one: "contribution", other: "contributions" })
      : countOf(value.count, "en", { one: "contribution", other: "contributions" });
  return `${euros(value.amountEur, locale)}, ${hours} (${count})`;
}

function renderSummary(
  context: CommandContext,
  title: string,
  on: string,
  summary: ContributionsSummary,
): string {
  const { locale, style, texts } = context;
  const fr = locale === "fr";
  const lines = [
    `${style.bold(title)} — ${fr ? "contributions au" : "contributions on"} ${on}`,
    `  total${texts.colon}${totals(summary.total, locale)}`,
    "",
    style.bold(fr ? "Par nature de contribution" : "By kind of contribution"),
  ];
  const kinds = (Object.keys(summary.byContributionKind) as ContributionKind[]).filter(
    (kind) => (summary.byContributionKind[kind]?.count ?? 0) > 0,
  );
  if (kinds.length === 0) lines.push(`  ${fr ? "aucune" : "none"}`);
  for (const kind of kinds) {
    const name = CONTRIBUTION_KINDS[kind]?.[locale] ?? kind;
    lines.push(`  ${name}${texts.colon}${totals(summary.byContributionKind[kind], locale)}`);
  }
  lines.push("", style.bold(fr ? "Par type de partenaire" : "By kind of partner"));
  const partnerKinds = (Object.keys(summary.byPartnerKind) as PartnerKind[]).filter(
    (kind) => (summary.byPartnerKind[kind]?.count ?? 0) > 0,
  );
  if (partnerKinds.length === 0) lines.push(`  ${fr ? "aucun" : "none"}`);
  for (const kind of partnerKinds) {
    const name = PARTNER_KINDS[kind]?.[locale] ?? kind;
    lines.push(`  ${name}${texts.colon}${totals(summary.byPartnerKind[kind], locale)}`);
  }
  lines.push("", style.bold(fr ? "Par partenaire" : "By partner"));
  if (summary.byPartner.length === 0) lines.push(`  ${fr ? "aucun" : "none"}`);
  for (const row of summary.byPartner) {
    const name = row.name ?? row.partnerId;
    lines.push(`  ${name} ${style.dim(`[${row.partnerId}]`)}${texts.colon}${totals(row, locale)}`);
  }
  if (summary.unattributed.count > 0) {
    lines.push(
      "",
      `${fr ? "Partenaires inconnus" : "Unknown partners"}${texts.colon}${totals(summary.unattributed, locale)}`,
    );
  }
  return `${lines.join("\n")}\n`;
}
