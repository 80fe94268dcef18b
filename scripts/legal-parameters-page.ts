/**
 * Renders docs/legal-parameters.md from LEGAL_PARAMETERS: one table per parameter with its dated
 * values, sources and grades, in English and French. `npm run docs:parameters` writes it;
 * tests/pathway/parameters-page.test.ts fails when the file and the code disagree.
 */
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { LEGAL_PARAMETERS, type LegalParameter, type ParameterValue } from "../src/index.js";

function cell(text: string): string {
  return text.replaceAll("|", "\\|").replaceAll("\n", " ");
}

function shownValue(value: ParameterValue["value"]): string {
  return typeof value === "string" ? `\`${value}\`` : String(value);
}

function sourceCell(value: ParameterValue): string {
  return value.url === undefined ? cell(value.source) : `[${cell(value.source)}](${value.url})`;
}

function dateRange(parameter: LegalParameter, index: number): string {
  const next = parameter.values[index + 1]?.from ?? parameter.until;
  const from = (parameter.values[index] as ParameterValue).from;
  return next === undefined ? `${from} →` : `${from} → ${next} (excl.)`;
}

function renderParameter(parameter: LegalParameter): string[] {
  const lines = [
    `## \`${parameter.name}\``,
    "",
    `- **EN** ${cell(parameter.description.en)}`,
    `- **FR** ${cell(parameter.description.fr)}`,
    `- Unit / unité: ${parameter.unit}; values / valeurs: ${parameter.valueKind}.`,
  ];
  if (parameter.until !== undefined) {
    lines.push(
      `- Repealed from / abrogé à compter du ${parameter.until}: no value is in force on or after that day / aucune valeur n'est en vigueur à partir de ce jour.`,
    );
  }
  lines.push(
    "",
    "| in force / en vigueur | value / valeur | source | grade | note |",
    "| --- | --- | --- | --- | --- |",
  );
  parameter.values.forEach((value, index) => {
    lines.push(
      `| ${dateRange(parameter, index)} | ${shownValue(value.value)} | ${sourceCell(value)} | ${value.grade} | ${cell(value.note ?? "")} |`,
    );
  });
  lines.push("");
  return lines;
}

/** The page as Markdown. */
export function renderLegalParametersPage(): string {
  const parameters = Object.values(LEGAL_PARAMETERS) as LegalParameter[];
  const secondary = parameters.reduce(
    (count, parameter) => count + parameter.values.filter((v) => v.grade === "secondary").length,
    0,
  );
  const values = parameters.reduce((count, parameter) => count + parameter.values.length, 0);
  const lines = [
    "---",
    "title: Legal parameters / Paramètres légaux",
    "---",
    "",
    "# Legal parameters / Paramètres légaux",
    "",
    "<!-- Generated from LEGAL_PARAMETERS by `npm run docs:parameters`. Do not edit by hand. -->",
    "",
    "Every legal value the pathway rules use, with the values it has had, the day each took",
    "effect, the text it comes from and the grade of that reference: `primary` when the value",
    "was read in the text itself, `secondary` when it comes from an official or professional",
    "reading (the note says which reading was taken). A rule reads the value in force on the",
    "date it concerns: a contract's rules at its start (at its conclusion for D. 6222-1), a",
    "placement's at its start, a PFMP minimum at the start of the cycle. `parameterAt(name, { on })`",
    "gives that value; `options.parameters` of `validatePathway` replaces values from a date on.",
    "",
    "Chaque valeur légale utilisée par les règles des parcours, avec ses valeurs successives, la",
    "date d'effet de chacune, le texte dont elle vient et la nature de cette référence :",
    "`primary` lorsque la valeur a été lue dans le texte même, `secondary` lorsqu'elle vient",
    "d'une lecture officielle ou professionnelle (la note dit laquelle). Une règle lit la valeur",
    "en vigueur à la date qu'elle concerne : début du contrat (sa conclusion pour D. 6222-1),",
    "début du stage ou de la PFMP, début du cycle pour un minimum de PFMP.",
    "",
    `${parameters.length} parameters, ${values} dated values, ${secondary} of them secondary.`,
    "",
  ];
  for (const parameter of parameters) lines.push(...renderParameter(parameter));
  return `${lines.join("\n").trimEnd()}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(
    new URL("../docs/legal-parameters.md", import.meta.url),
    renderLegalParametersPage(),
  );
}
