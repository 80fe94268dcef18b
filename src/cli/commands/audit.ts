import { auditPathway, describeRequirement, type PathwayAudit } from "../../pathway/index.js";
import { formatNumber } from "../../shared/index.js";
import type { Command, CommandContext } from "../command.js";
import { errorLine } from "../errors.js";
import { loadDataset } from "../read.js";
import { renderIssues } from "../render.js";

/**
 * `cmq-kit audit <file.json> --pathway ID [--on YYYY-MM-DD] [--format text|json]`: a learner's
 * progress towards the target of a pathway on a date (blocks acquired, planned and missing, ECTS,
 * level, prerequisites).
 *
 * @example
 * ```ts
 * import { type CliIo, nodeIo } from "../io.js";
 * import { runCli } from "../program.js";
 * // The real io, with standard output and error kept in a string.
 * let out = "";
 * const io: CliIo = { ...nodeIo(), out: (text) => void (out += text), err: (text) => void (out += text) };
 * await runCli(["audit", "examples/vrai.json", "--pathway", "p-lea", "--on", "2026-01-15"], io); //=> 0
 * out.split("\n")[0]; //=> "Pathway p-lea (l-lea) — on 2026-01-15"
 * ```
 */
export const auditCommand: Command = {
  name: "audit",
  takesFile: true,
  options: {
    pathway: { required: true, help: "pathway", valueName: "ID" },
    on: { kind: "date", help: "on", valueName: "YYYY-MM-DD" },
    format: { values: ["text", "json"], help: "format" },
  },
  async run(context) {
    const dataset = await loadDataset(context);
    if (typeof dataset === "number") return dataset;
    const { io, locale, options, texts } = context;
    const pathway = dataset.pathways?.find((candidate) => candidate.id === options.pathway);
    const learner = dataset.learners?.find((candidate) => candidate.id === pathway?.learnerId);
    if (pathway === undefined || learner === undefined) {
      io.err(errorLine(texts, texts.unknownPathway(String(options.pathway))));
      return 2;
    }
    const on = options.on ?? io.today();
    const result = auditPathway(pathway, {
      learner,
      programmes: dataset.programmes ?? [],
      on,
      locale,
    });
    if (!result.ok) {
      io.out(renderIssues(result.issues, context.style, texts));
      return 1;
    }
    if (options.format === "json") io.out(`${JSON.stringify(result.value, null, 2)}\n`);
    else io.out(renderAudit(context, pathway.id, learner.id, result.value));
    return 0;
  },
};

function renderAudit(
  context: CommandContext,
  pathwayId: string,
  learnerId: string,
  audit: PathwayAudit,
): string {
  const { locale, style } = context;
  const fr = locale === "fr";
  const colon = fr ? " :" : ":";
  const none = fr ? "aucun" : "none";
  const blockList = (blocks: { code: string; on: string }[]) =>
    blocks.length === 0 ? none : blocks.map((block) => `${block.code} (${block.on})`).join(", ");
  const target =
    audit.target === null
      ? none
      : `${audit.target.title} (${fr ? "niveau" : "level"} ${audit.target.level})`;
  const lines = [
    `${style.bold(fr ? `Parcours ${pathwayId}` : `Pathway ${pathwayId}`)} (${learnerId}) — ${fr ? "au" : "on"} ${audit.on}`,
    `  ${fr ? "objectif" : "target"}${colon} ${target}`,
    `  ${fr ? "blocs acquis" : "blocks acquired"}${colon} ${blockList(audit.blocks.acquired)}`,
    `  ${fr ? "blocs prévus" : "blocks planned"}${colon} ${blockList(audit.blocks.planned)}`,
    `  ${fr ? "blocs manquants" : "blocks missing"}${colon} ${audit.blocks.missing.length === 0 ? none : style.yellow(audit.blocks.missing.join(", "))}`,
    `  ECTS${colon} ${formatNumber(audit.ects.earned, locale)} ${fr ? "acquis" : "earned"}, ${formatNumber(audit.ects.planned, locale)} ${fr ? "prévus" : "planned"}`,
    `  ${fr ? "niveau" : "level"}${colon} ${audit.level.reached ?? "—"} ${fr ? "atteint" : "reached"}, ${audit.level.planned ?? "—"} ${fr ? "prévu" : "planned"}`,
  ];
  if (audit.prerequisites !== null) {
    const { requirement, acquired, planned } = audit.prerequisites;
    lines.push(
      `  ${fr ? "prérequis aujourd'hui" : "prerequisites now"}${colon} ${describeRequirement(requirement, { locale, explanation: acquired.explanation })}`,
    );
    lines.push(
      `  ${fr ? "prérequis au départ" : "prerequisites at start"}${colon} ${describeRequirement(requirement, { locale, explanation: planned.explanation })}`,
    );
  }
  const reached = audit.complete ? style.green(fr ? "oui" : "yes") : fr ? "non" : "no";
  lines.push(`  ${fr ? "objectif atteint" : "target reached"}${colon} ${reached}`);
  return `${lines.join("\n")}\n`;
}
