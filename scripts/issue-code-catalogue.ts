/**
 * Renders docs/issue-codes.md from ISSUE_CODES, in English and French.
 * `npm run docs:codes` writes it; tests/issue-codes.test.ts fails when the file is stale.
 */
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { ISSUE_CODES, type IssueCodeInfo } from "../src/index.js";

function escapeCell(text: string): string {
  return text.replaceAll("|", "\\|");
}

function groupByModule(entries: IssueCodeInfo[]): Map<string, IssueCodeInfo[]> {
  const groups = new Map<string, IssueCodeInfo[]>();
  for (const entry of entries) {
    const module = entry.code.slice(0, entry.code.indexOf("."));
    groups.set(module, [...(groups.get(module) ?? []), entry]);
  }
  return groups;
}

/** The catalogue as Markdown. */
export function renderIssueCodeCatalogue(): string {
  const entries = Object.values(ISSUE_CODES) as IssueCodeInfo[];
  const lines = [
    "---",
    "title: Issue codes / Codes d'anomalie",
    "---",
    "",
    "# Issue codes / Codes d'anomalie",
    "",
    "<!-- Generated from ISSUE_CODES by `npm run docs:codes`. Do not edit by hand. -->",
    "",
    "Every issue the library can emit, with its default severity. An issue's `code`, `path` and",
    "`params` never depend on the locale; its `message` is written in the locale asked for",
    '(`locale: "en" | "fr"`), and `localizeIssue(issue, { locale })` rewrites it in the other one.',
    "",
    "Chaque anomalie que la bibliothèque peut émettre, avec sa gravité par défaut. Le `code`, le",
    "`path` et les `params` d'une anomalie ne dépendent jamais de la langue ; son `message` est",
    "rédigé dans la langue demandée, et `localizeIssue(issue, { locale })` le traduit dans l'autre.",
    "",
    `${entries.length} codes.`,
  ];
  for (const [module, group] of groupByModule(entries)) {
    lines.push(
      "",
      `## ${module}`,
      "",
      "| code | severity | English | Français |",
      "| --- | --- | --- | --- |",
    );
    for (const entry of group) {
      lines.push(
        `| \`${entry.code}\` | ${entry.severity} | ${escapeCell(entry.en)} | ${escapeCell(entry.fr)} |`,
      );
    }
  }
  return `${lines.join("\n")}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(new URL("../docs/issue-codes.md", import.meta.url), renderIssueCodeCatalogue());
}
