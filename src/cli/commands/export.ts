import type { Partner } from "../../campus/index.js";
import type { CampusDataset } from "../../dataset/index.js";
import {
  createOpenBadgeIssuer,
  exportElmOrganisation,
  exportElmQualification,
  exportSchemaOrgOrganization,
  exportSchemaOrgProgram,
  type JsonObject,
} from "../../interop/index.js";
import type { Achievement, Learner } from "../../pathway/index.js";
import type { Issue, Result } from "../../shared/index.js";
import { pushAll } from "../../shared/index.js";
import type { Command, CommandContext } from "../command.js";
import { errorLine } from "../errors.js";
import { loadDataset } from "../read.js";
import { renderIssues } from "../render.js";
import { createStyle } from "../style.js";

/**
 * `cmq-kit export <file.json> --format openbadges|elm|schemaorg [--learner ID] [--programme ID]
 * [--issuer PARTNER_ID] [--on YYYY-MM-DD] [--output json|jsonl]`: the dataset in a standard.
 *
 * - `openbadges`: one unsigned Open Badges 3.0 credential per learner achievement, and per
 *   programme or block step of the learner's pathways that ended on or before `--on` (what
 *   `validatePathway` counts as passed), issued by `--issuer` (default: the campus carrier) on
 *   `--on` (default: today).
 * - `elm`: the ELM v3 qualification of each programme and the organisation of each partner.
 * - `schemaorg`: each programme as an `EducationalOccupationalProgram` provided by `--issuer`,
 *   and each partner as an organisation.
 *
 * `--output json` (default) writes one JSON array; `jsonl` writes one document per line.
 * Errors and warnings go to standard error; the exit code is 1 when a document could not be
 * exported.
 *
 * @example
 * ```ts
 * import { type CliIo, nodeIo } from "../io.js";
 * import { runCli } from "../program.js";
 * // The real io, with standard output and error kept in a string.
 * let out = "";
 * const io: CliIo = { ...nodeIo(), out: (text) => void (out += text), err: (text) => void (out += text) };
 * await runCli(["export", "examples/vrai.json", "--format", "openbadges", "--learner", "l-lea"], io); //=> 0
 * JSON.parse(out)[0].type; //=> ["VerifiableCredential", "OpenBadgeCredential"]
 * ```
 */
export const exportCommand: Command = {
  name: "export",
  takesFile: true,
  options: {
    format: { values: ["openbadges", "elm", "schemaorg"], required: true, help: "standard" },
    learner: { help: "learner", valueName: "ID" },
    programme: { help: "programme", valueName: "ID" },
    issuer: { help: "issuer", valueName: "PARTNER_ID" },
    on: { kind: "date", help: "on", valueName: "YYYY-MM-DD" },
    output: { values: ["json", "jsonl"], help: "output" },
  },
  async run(context) {
    const dataset = await loadDataset(context);
    if (typeof dataset === "number") return dataset;
    const { options, io, texts } = context;
    const issuerId = options.issuer ?? carrierOf(dataset);
    const issuer = dataset.partners.find((p) => p.id === issuerId);
    if (issuer === undefined && options.format !== "elm") {
      io.err(errorLine(texts, texts.unknownPartner(String(issuerId))));
      return 2;
    }
    const results =
      options.format === "openbadges"
        ? badges(dataset, issuer as Partner, context)
        : options.format === "elm"
          ? elm(dataset, context)
          : schemaOrg(dataset, issuer as Partner, context);
    const documents: JsonObject[] = [];
    const issues: Issue[] = [];
    for (const result of results) {
      if (result.ok) documents.push(result.value);
      pushAll(
        issues,
        result.issues.filter((i) => i.severity !== "info"),
      );
    }
    if (options.output === "jsonl") io.out(documents.map((d) => `${JSON.stringify(d)}\n`).join(""));
    else io.out(`${JSON.stringify(documents, null, 2)}\n`);
    if (issues.length > 0) io.err(renderIssues(issues, createStyle(false), texts));
    return results.every((r) => r.ok) ? 0 : 1;
  },
};

function carrierOf(dataset: CampusDataset): string | undefined {
  return (
    dataset.campus.members.find((m) => m.roles.includes("carrier"))?.partnerId ??
    dataset.partners[0]?.id
  );
}

function selectedProgrammes(dataset: CampusDataset, context: CommandContext) {
  const only = context.options.programme;
  return (dataset.programmes ?? [])
    .map((programme, index) => ({ programme, index }))
    .filter(({ programme }) => only === undefined || programme.id === only);
}

/** A learner's achievements, plus the programme and block steps of their pathways passed by `on`. */
function achievementsOf(dataset: CampusDataset, learner: Learner, on: string): Achievement[] {
  const list: Achievement[] = [...(learner.achievements ?? [])];
  for (const pathway of dataset.pathways ?? []) {
    if (pathway.learnerId !== learner.id) continue;
    for (const step of pathway.steps) {
      if (step.end > on) continue;
      if (step.kind === "programme") list.push({ on: step.end, programmeId: step.programmeId });
      if (step.kind === "block")
        list.push({ on: step.end, programmeId: step.programmeId, block: step.block });
    }
  }
  return list;
}

function badges(
  dataset: CampusDataset,
  issuer: Partner,
  context: CommandContext,
): Result<JsonObject>[] {
  const on = context.options.on ?? context.io.today();
  const issue = createOpenBadgeIssuer({
    issuer,
    programmes: dataset.programmes ?? [],
    issuedOn: on,
    locale: context.locale,
    salt: dataset.campus.id,
  });
  const results: Result<JsonObject>[] = [];
  (dataset.learners ?? []).forEach((learner, index) => {
    if (context.options.learner !== undefined && learner.id !== context.options.learner) return;
    for (const achievement of achievementsOf(dataset, learner, on)) {
      if (
        context.options.programme !== undefined &&
        achievement.programmeId !== context.options.programme
      )
        continue;
      results.push(issue(achievement, learner, { path: ["learners", index] }));
    }
  });
  return results;
}

function elm(dataset: CampusDataset, context: CommandContext): Result<JsonObject>[] {
  const { locale } = context;
  return [
    ...selectedProgrammes(dataset, context).map(({ programme, index }) =>
      exportElmQualification(programme, { locale, path: ["programmes", index] }),
    ),
    ...dataset.partners.map((partner, index) =>
      exportElmOrganisation(partner, { locale, path: ["partners", index] }),
    ),
  ];
}

function schemaOrg(
  dataset: CampusDataset,
  issuer: Partner,
  context: CommandContext,
): Result<JsonObject>[] {
  const { locale } = context;
  return [
    ...selectedProgrammes(dataset, context).map(({ programme, index }) =>
      exportSchemaOrgProgram(programme, issuer, { locale, path: ["programmes", index] }),
    ),
    ...dataset.partners.map((partner, index) =>
      exportSchemaOrgOrganization(partner, { locale, path: ["partners", index] }),
    ),
  ];
}
