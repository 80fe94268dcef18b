/**
 * Renders docs/data-model.md from the TSDoc of the public model types: one table per type, with
 * each field's name, French name (its `@fr` tag), type, whether it is required, and description.
 * It reads the sources with the TypeScript compiler API, so the page says what the editor's
 * hovers say. `npm run docs:model` writes it; tests/data-model-page.test.ts fails when the file
 * and the code disagree, and when a model type or one of its fields has no documentation.
 */
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { DIPLOMAS, PARTNER_KINDS, SECTORS } from "../src/index.js";

/** A group of model types, in the order the page shows them. */
interface Section {
  /** Heading of the section. */
  title: string;
  /** The entry point that exports the types. */
  entry: string;
  /** The types, by exported name. */
  types: readonly string[];
}

/** Every model type the page documents. tests/data-model-page.test.ts checks none is missing. */
export const DATA_MODEL_SECTIONS: readonly Section[] = [
  {
    title: "Common ground",
    entry: "cmq-kit",
    types: [
      "IsoDate",
      "Period",
      "QualificationLevel",
      "DiplomaKind",
      "HolidayCalendar",
      "PublicHoliday",
      "Severity",
      "Issue",
    ],
  },
  {
    title: "Campus",
    entry: "cmq-kit/campus",
    types: [
      "Campus",
      "SectorId",
      "LabelDecision",
      "LabelCategory",
      "Membership",
      "PartnerRole",
      "Contribution",
      "ContributionKind",
      "Site",
      "SiteKind",
      "Funding",
      "Partner",
      "PartnerKind",
      "EnterpriseSize",
      "SireneEnterpriseCategory",
    ],
  },
  {
    title: "Pathway",
    entry: "cmq-kit/pathway",
    types: [
      "Programme",
      "ProgrammeBlock",
      "Requirement",
      "BlocksRequirement",
      "Learner",
      "LearnerStatus",
      "LearnerSkill",
      "SkillLevel",
      "Achievement",
      "GeoPoint",
      "Pathway",
      "PathwayTarget",
      "Step",
      "ProgrammeStep",
      "BlockStep",
      "ProjectStep",
      "InternshipStep",
      "PfmpStep",
      "PfmpPurpose",
      "ApprenticeshipStep",
      "AgeException",
      "ContractExtension",
      "MobilityStep",
      "PlacementHost",
    ],
  },
  {
    title: "Matching",
    entry: "cmq-kit/matching",
    types: [
      "ProjectOffer",
      "ProjectSkill",
      "LevelRange",
      "AllocationProblem",
      "AllocationLearner",
      "AllocationProject",
      "AllocationSupervisor",
      "Allocation",
      "AllocationMatch",
      "MaxScoreProblem",
      "MaxScoreLearner",
      "MaxScoreProject",
      "MaxScoreSupervisor",
      "MaxScorePair",
      "MaxScoreAllocation",
      "MaxScoreMatch",
    ],
  },
  { title: "Dataset", entry: "cmq-kit/dataset", types: ["CampusDataset"] },
  {
    title: "Registry",
    entry: "cmq-kit/registry",
    types: ["Certification", "CertificationBlock", "Certifier", "Establishment"],
  },
];

/** A value's names, from the tables the library exports. */
interface ValueNames {
  en: string;
  fr: string;
}

/** The enumerations whose values have English and French names in an exported table. */
const VALUE_NAMES: Readonly<Record<string, (value: string) => ValueNames | undefined>> = {
  DiplomaKind: (value) => DIPLOMAS[value as keyof typeof DIPLOMAS],
  PartnerKind: (value) => PARTNER_KINDS[value as keyof typeof PARTNER_KINDS],
  SectorId: (value) => SECTORS.find((sector) => sector.id === value),
};

const ROOT = new URL("../", import.meta.url);
const INDEX = fileURLToPath(new URL("src/index.ts", ROOT));

/** The compiler's view of the package: its exports, by name, and the checker. */
export interface ModelSources {
  /** The type checker. */
  checker: ts.TypeChecker;
  /** Every export of `cmq-kit`, aliases resolved. */
  exports: ReadonlyMap<string, ts.Symbol>;
}

/** Reads the package's sources with the project's compiler options. */
export function readModelSources(): ModelSources {
  const configPath = fileURLToPath(new URL("tsconfig.json", ROOT));
  const config = ts.readConfigFile(configPath, ts.sys.readFile);
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, fileURLToPath(ROOT));
  // No ambient types (@types/node): the model needs none, and reading them is most of the time.
  const program = ts.createProgram([INDEX], { ...parsed.options, noEmit: true, types: [] });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(INDEX);
  const module = source === undefined ? undefined : checker.getSymbolAtLocation(source);
  if (module === undefined) throw new Error(`cannot read ${INDEX}`);
  const exports = new Map<string, ts.Symbol>();
  for (const symbol of checker.getExportsOfModule(module)) {
    const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
    exports.set(symbol.name, target);
  }
  return { checker, exports };
}

/** Text of TSDoc parts, `{@link X}` written as code. */
function docText(parts: readonly ts.SymbolDisplayPart[]): string {
  return ts
    .displayPartsToString([...parts])
    .replace(
      /\{@link\s+([^}\s|]+)(?:\s*\|\s*|\s+)?([^}]*)\}/g,
      (_, target: string, label: string) => (label.trim() === "" ? `\`${target}\`` : label.trim()),
    )
    .trim();
}

/** The text of the `@fr` tag, or `""`. */
function frenchName(symbol: ts.Symbol, checker: ts.TypeChecker): string {
  const tag = symbol.getJsDocTags(checker).find((t) => t.name === "fr");
  return tag?.text === undefined ? "" : docText(tag.text);
}

/** One line of a table cell: pipes escaped, line breaks folded. */
function cell(text: string): string {
  return text.replace(/\s*\n\s*/g, " ").replaceAll("|", "\\|");
}

/** A type as written in its declaration, on one line. */
function typeText(node: ts.TypeNode | undefined, checker: ts.TypeChecker, symbol: ts.Symbol) {
  const text =
    node === undefined
      ? checker.typeToString(checker.getTypeOfSymbol(symbol))
      : node.getText().replace(/\s+/g, " ");
  const type = node === undefined ? undefined : checker.getTypeFromTypeNode(node);
  const constraint = type?.isTypeParameter() ? type.getConstraint() : undefined;
  // A type parameter (`Issue<C>`'s `code: C`) is shown with what it stands for.
  const shown =
    constraint === undefined ? text : `${text} extends ${checker.typeToString(constraint)}`;
  return shown.replace(/ \| undefined$/, "");
}

/** What the page says of one field, and whether its documentation is complete. */
interface Field {
  name: string;
  french: string;
  type: string;
  required: boolean;
  description: string;
}

function fieldsOf(symbol: ts.Symbol, checker: ts.TypeChecker): Field[] {
  const type = checker.getDeclaredTypeOfSymbol(symbol);
  return checker.getPropertiesOfType(type).map((property) => {
    const declaration = property.valueDeclaration;
    const node =
      declaration !== undefined && ts.isPropertySignature(declaration)
        ? declaration.type
        : undefined;
    return {
      name: property.name,
      french: frenchName(property, checker),
      type: typeText(node, checker, property),
      required: (property.flags & ts.SymbolFlags.Optional) === 0,
      description: docText(property.getDocumentationComment(checker)),
    };
  });
}

/** The type node of a type alias. */
function aliasNode(symbol: ts.Symbol): ts.TypeNode | undefined {
  const declaration = symbol.declarations?.find(ts.isTypeAliasDeclaration);
  return declaration?.type;
}

function unionMembers(symbol: ts.Symbol, checker: ts.TypeChecker): string[] {
  const node = aliasNode(symbol);
  if (node !== undefined && ts.isUnionTypeNode(node)) {
    return node.types.map((member) => member.getText().replace(/\s+/g, " "));
  }
  const type = checker.getDeclaredTypeOfSymbol(symbol);
  return type.isUnion() ? type.types.map((member) => checker.typeToString(member)) : [];
}

function anchor(name: string): string {
  return name.toLowerCase();
}

function renderType(name: string, sources: ModelSources, problems: string[]): string[] {
  const { checker, exports } = sources;
  const symbol = exports.get(name);
  if (symbol === undefined) {
    problems.push(`${name}: not exported from cmq-kit`);
    return [];
  }
  const summary = docText(symbol.getDocumentationComment(checker));
  const french = frenchName(symbol, checker);
  if (summary === "") problems.push(`${name}: no TSDoc`);
  const lines = [`### \`${name}\``, ""];
  if (french !== "") lines.push(`*En français : ${french}.*`, "");
  if (summary !== "") lines.push(summary, "");
  if (symbol.flags & ts.SymbolFlags.Interface) {
    const fields = fieldsOf(symbol, checker);
    lines.push(
      "| field | en français | type | required | description |",
      "| --- | --- | --- | --- | --- |",
    );
    for (const field of fields) {
      if (field.description === "") problems.push(`${name}.${field.name}: no TSDoc`);
      if (field.french === "") problems.push(`${name}.${field.name}: no @fr name`);
      lines.push(
        `| \`${field.name}\` | ${cell(field.french)} | \`${cell(field.type)}\` | ${field.required ? "yes" : "no"} | ${cell(field.description)} |`,
      );
    }
    lines.push("");
    return lines;
  }
  const members = unionMembers(symbol, checker);
  const documented = new Set(DATA_MODEL_SECTIONS.flatMap((section) => section.types));
  const names = VALUE_NAMES[name];
  if (members.length > 0 && names !== undefined) {
    lines.push("| value | en français | in English |", "| --- | --- | --- |");
    for (const member of members) {
      const known = names(JSON.parse(member) as string);
      if (known === undefined) problems.push(`${name}: no names for ${member}`);
      lines.push(`| \`${cell(member)}\` | ${cell(known?.fr ?? "")} | ${cell(known?.en ?? "")} |`);
    }
    lines.push("");
  } else if (members.length > 0) {
    const shown = members.map((member) =>
      documented.has(member) ? `[\`${member}\`](#${anchor(member)})` : `\`${cell(member)}\``,
    );
    lines.push(`One of / l'un de : ${shown.join(", ")}.`, "");
  } else {
    lines.push(`Type: \`${cell(typeText(aliasNode(symbol), checker, symbol))}\`.`, "");
  }
  return lines;
}

/** The page and what its sources lack (types or fields without TSDoc). */
export function buildDataModelPage(sources: ModelSources = readModelSources()): {
  page: string;
  problems: string[];
} {
  const problems: string[] = [];
  const lines = [
    "---",
    "title: Data model / Modèle de données",
    "---",
    "",
    "# Data model / Modèle de données",
    "",
    "<!-- Generated from the TSDoc of the model types by `npm run docs:model`. Do not edit by hand. -->",
    "",
    "Every type a cmq-kit dataset is made of, field by field: its name in English and in French,",
    "its type, whether it is required, and what it means (unit, allowed values, the legal text",
    "behind it). Each type is an exported TypeScript interface, so that your editor shows the same",
    "text; its zod schema `XSchema` (e.g. `CampusSchema`) checks data at run time, and a type test",
    "proves that the schema's output and the interface are the same type. Identifiers, dates and",
    "amounts are plain JSON values: dates are `YYYY-MM-DD` strings, amounts are in euros.",
    "",
    "Chaque type dont est fait un jeu de données cmq-kit, champ par champ : son nom en anglais et",
    "en français, son type, s'il est obligatoire, et ce qu'il signifie (unité, valeurs admises,",
    "texte légal). Chaque type est une interface TypeScript exportée, documentée dans l'éditeur ;",
    "son schéma zod `XSchema` vérifie les données à l'exécution.",
    "",
  ];
  for (const section of DATA_MODEL_SECTIONS) {
    lines.push(
      `- ${section.title} (\`${section.entry}\`): ${section.types.map((t) => `[\`${t}\`](#${anchor(t)})`).join(", ")}`,
    );
  }
  lines.push("");
  for (const section of DATA_MODEL_SECTIONS) {
    const from = section.entry === "cmq-kit" ? "`cmq-kit`" : `\`${section.entry}\` and \`cmq-kit\``;
    lines.push(`## ${section.title}`, "", `Exported by ${from}.`, "");
    for (const name of section.types) lines.push(...renderType(name, sources, problems));
  }
  return { page: `${lines.join("\n").trimEnd()}\n`, problems };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { page, problems } = buildDataModelPage();
  writeFileSync(new URL("docs/data-model.md", ROOT), page);
  if (problems.length > 0) {
    console.error(`Undocumented:\n${problems.join("\n")}`);
    process.exitCode = 1;
  }
}
