import {
  type AllocationBuild,
  type AllocationExplanation,
  allocate,
  allocateMaxScore,
  allocationReport,
  buildAllocationProblem,
  explainAllocations,
} from "../../matching/index.js";
import { countOf, formatNumber } from "../../shared/index.js";
import type { Command, CommandContext } from "../command.js";
import { usageError } from "../errors.js";
import { writePrettyJson } from "../pretty-json.js";
import { loadDataset } from "../read.js";
import { renderIssues } from "../render.js";

/** How many explanations the text output shows at most. */
const SHOWN_EXPLANATIONS = 10;

/**
 * `cmq-kit match <file.json> [--optimal learner|supervisor] [--max-score] [--seed N]
 * [--max-preferences N] [--format text|json|csv]`: builds the allocation problem from the
 * learners and project offers (learners' own preferences, else the `--max-preferences`
 * best-scored projects, 20 by default; supervisors rank by score), computes the learner-optimal
 * (default) or supervisor-optimal stable allocation, and reports on it: matches, rank
 * distribution, free seats, and why learners did not get the projects they preferred.
 * With `--max-score`, it computes instead the allocation of maximum total score
 * (`allocateMaxScore`) on the scores of the same pairs, within the same capacities: it may
 * contain blocking pairs.
 *
 * @example
 * ```ts
 * import { type CliIo, nodeIo } from "../io.js";
 * import { runCli } from "../program.js";
 * // The real io, with standard output and error kept in a string.
 * let out = "";
 * const io: CliIo = { ...nodeIo(), out: (text) => void (out += text), err: (text) => void (out += text) };
 * await runCli(["match", "examples/vrai.json", "--format", "csv"], io); //=> 0
 * out.split("\n")[0]; //=> "learnerId,projectId,choice,score"
 * ```
 */
export const matchCommand: Command = {
  name: "match",
  takesFile: true,
  options: {
    optimal: { values: ["learner", "supervisor"], help: "optimal" },
    "max-score": { kind: "flag", help: "maxScore" },
    seed: { kind: "integer", help: "seed", valueName: "N" },
    "max-preferences": { kind: "integer", help: "maxPreferences", valueName: "N" },
    format: { values: ["text", "json", "csv"], help: "format" },
  },
  async run(context) {
    const { io, locale, options, style, texts } = context;
    const maxScore = options["max-score"] === "true";
    if (maxScore && options.optimal !== undefined) {
      return usageError(io, texts, texts.incompatibleOptions("max-score", "optimal"));
    }
    const dataset = await loadDataset(context);
    if (typeof dataset === "number") return dataset;
    const seed = options.seed === undefined ? {} : { seed: Number(options.seed) };
    const max = options["max-preferences"];
    if (max !== undefined && Number(max) < 0) {
      io.err(`cmq-kit: ${texts.badValue("max-preferences", max, "0, 1, 2…")}\n${texts.seeHelp}\n`);
      return 2;
    }
    const maxPreferences = max === undefined ? {} : { maxPreferences: Number(max) };
    const built = buildAllocationProblem(dataset.learners ?? [], dataset.projects ?? [], {
      ...seed,
      ...maxPreferences,
      locale,
    });
    if (!built.ok) {
      io.out(renderIssues(built.issues, style, texts));
      return 1;
    }
    const { problem } = built.value;
    if (maxScore) return runMaxScore(context, built.value, seed);
    const optimal = options.optimal === "supervisor" ? "supervisor" : "learner";
    const allocation = allocate(problem, { optimal, locale });
    if (!allocation.ok) {
      io.out(renderIssues(allocation.issues, style, texts));
      return 1;
    }
    const scoreOf = pairScores(built.value.scores);
    const choiceOf = choices(problem.learners);
    const rows = allocation.value.matches.map((match) => ({
      ...match,
      choice: choiceOf(match.learnerId, match.projectId),
      score: scoreOf(match.learnerId, match.projectId),
    }));
    if (options.format === "csv") {
      io.out(toCsv(rows, allocation.value.unassigned));
      return 0;
    }
    // The text output shows the first explanations only: the others are counted, not built.
    const json = options.format === "json";
    const report = allocationReport(problem, allocation.value, { locale });
    const explained = explainAllocations(problem, allocation.value, {
      locale,
      only: "refused",
      ...(json ? {} : { limit: SHOWN_EXPLANATIONS }),
    });
    if (!report.ok || !explained.ok) {
      io.out(renderIssues([...report.issues, ...explained.issues], style, texts));
      return 1;
    }
    if (json) {
      const { tieBreak, seed: usedSeed, stats } = built.value;
      // Written in pieces: the whole text of a campus-scale allocation would not fit in 1 GB.
      await writePrettyJson(
        {
          optimal,
          tieBreak,
          seed: usedSeed,
          pairs: stats,
          matches: rows,
          unassigned: allocation.value.unassigned,
          report: report.value,
          explanations: explained.value,
        },
        (text) => io.out(text),
        io.drainOut?.bind(io),
      );
    } else {
      const refused = refusedCount(problem.learners, rows, allocation.value.unassigned);
      io.out(renderText(context, rows, report.value, explained.value, refused));
    }
    return 0;
  },
};

type Row = { learnerId: string; projectId: string; choice: number | null; score: number | null };

/**
 * The score of a pair, from the built scores (sorted by learner id, then project id): each
 * learner's run of at most `maxPreferences` pairs is found once, then searched.
 */
function pairScores(scores: readonly { learnerId: string; projectId: string; score: number }[]) {
  const first = new Map<string, number>();
  for (let x = scores.length - 1; x >= 0; x--)
    first.set((scores[x] as { learnerId: string }).learnerId, x);
  return (learnerId: string, projectId: string): number | null => {
    for (let x = first.get(learnerId) ?? scores.length; x < scores.length; x++) {
      const pair = scores[x] as { learnerId: string; projectId: string; score: number };
      if (pair.learnerId !== learnerId) break;
      if (pair.projectId === projectId) return pair.score;
    }
    return null;
  };
}

/**
 * How many learners the explanations of refusals cover: those placed below their first choice,
 * and those left without a project who listed one (as `explainAllocations` with `only: "refused"`).
 */
function refusedCount(
  learners: readonly { id: string; preferences: readonly string[] }[],
  rows: readonly Row[],
  unassigned: readonly string[],
): number {
  let count = 0;
  for (const row of rows) if (row.choice !== null && row.choice > 1) count++;
  const listed = new Map(learners.map((learner) => [learner.id, learner.preferences.length]));
  for (const learnerId of unassigned) if ((listed.get(learnerId) ?? 0) > 0) count++;
  return count;
}

/** The position (1 = first) of a project in a learner's list. */
function choices(learners: readonly { id: string; preferences: readonly string[] }[]) {
  const lists = new Map(learners.map((learner) => [learner.id, learner.preferences]));
  return (learnerId: string, projectId: string): number | null => {
    const position = lists.get(learnerId)?.indexOf(projectId) ?? -1;
    return position < 0 ? null : position + 1;
  };
}

function csvCell(value: string | number | null): string {
  const text = value === null ? "" : String(value);
  return /[",\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function toCsv(rows: Row[], unassigned: readonly string[]): string {
  const lines = ["learnerId,projectId,choice,score"];
  for (const row of rows) {
    lines.push([row.learnerId, row.projectId, row.choice, row.score].map(csvCell).join(","));
  }
  for (const learnerId of unassigned) lines.push(`${csvCell(learnerId)},,,`);
  return `${lines.join("\n")}\n`;
}

function renderText(
  context: CommandContext,
  rows: Row[],
  report: {
    message: string;
    rankDistribution: number[];
    unassigned: string[];
    projects: { projectId: string; assigned: number; capacity: number }[];
  },
  explanations: AllocationExplanation[],
  refused: number,
): string {
  const { locale, style } = context;
  const fr = locale === "fr";
  const colon = fr ? " :" : ":";
  const lines = [style.bold(report.message), "", ...matchLines(context, rows, report.unassigned)];
  const ranks = report.rankDistribution
    .map((count, rank) => `${rank + 1}${context.texts.colon}${count}`)
    .join(", ");
  lines.push(
    "",
    `${fr ? "Répartition des choix obtenus" : "Choices obtained"}${colon} ${ranks || "—"}`,
  );
  const free = report.projects.filter((project) => project.assigned < project.capacity);
  const seats = free
    .map((project) => `${project.projectId} ${project.capacity - project.assigned}`)
    .join(", ");
  lines.push(`${fr ? "Places libres" : "Free seats"}${colon} ${seats || (fr ? "aucune" : "none")}`);
  if (explanations.length > 0) {
    lines.push("", style.bold(fr ? "Pourquoi pas mieux ?" : "Why not better?"));
    for (const explanation of explanations.slice(0, SHOWN_EXPLANATIONS)) {
      lines.push(`  ${explanation.message}`);
      for (const refusal of explanation.refusals)
        lines.push(`    ${style.dim("·")} ${refusal.message}`);
    }
    if (refused > SHOWN_EXPLANATIONS) {
      lines.push(
        `  … ${refused - SHOWN_EXPLANATIONS} ${fr ? "de plus (--format json)" : "more (--format json)"}`,
      );
    }
  }
  return `${lines.join("\n")}\n`;
}

/** `match --max-score`: the allocation of maximum total score on the built problem's pairs. */
function runMaxScore(
  context: CommandContext,
  built: AllocationBuild,
  seed: { seed?: number },
): number {
  const { io, locale, options, style, texts } = context;
  const { problem, scores } = built;
  const result = allocateMaxScore(
    {
      learners: problem.learners.map((learner) => ({ id: learner.id })),
      projects: problem.projects.map((project) => ({
        id: project.id,
        capacity: project.capacity,
        supervisorId: project.supervisorId,
      })),
      supervisors: problem.supervisors.map((supervisor) => ({
        id: supervisor.id,
        capacity: supervisor.capacity,
      })),
      scores,
    },
    { ...seed, locale },
  );
  if (!result.ok) {
    io.out(renderIssues(result.issues, style, texts));
    return 1;
  }
  const choiceOf = choices(problem.learners);
  const { matches, unassigned, totalScore } = result.value;
  const rows: Row[] = matches.map((match) => ({
    learnerId: match.learnerId,
    projectId: match.projectId,
    choice: choiceOf(match.learnerId, match.projectId),
    score: match.score,
  }));
  if (options.format === "json") {
    io.out(
      `${JSON.stringify({ objective: "max-score", seed: result.value.seed, totalScore, matches: rows, unassigned }, null, 2)}\n`,
    );
    return 0;
  }
  if (options.format === "csv") {
    io.out(toCsv(rows, unassigned));
    return 0;
  }
  const fr = locale === "fr";
  const learners = problem.learners.length;
  const placed = fr
    ? `${countOf(rows.length, "fr", { one: "apprenant affecté", other: "apprenants affectés" })} sur ${formatNumber(learners, "fr")}`
    : `${formatNumber(rows.length, "en")} of ${countOf(learners, "en", { one: "learner", other: "learners" })} placed`;
  const lines = [
    style.bold(
      fr
        ? `Score total maximal : ${formatNumber(totalScore, locale, 2)} (${placed}).`
        : `Maximum total score: ${formatNumber(totalScore, locale, 2)} (${placed}).`,
    ),
    style.dim(
      fr
        ? "Affectation de score total maximal : elle peut contenir des paires bloquantes (non stable)."
        : "Allocation of maximum total score: it may contain blocking pairs (not stable).",
    ),
    "",
    ...matchLines(context, rows, unassigned),
  ];
  io.out(`${lines.join("\n")}\n`);
  return 0;
}

/** One line per match (learner → project, choice, score), then one per unassigned learner. */
function matchLines(context: CommandContext, rows: Row[], unassigned: readonly string[]): string[] {
  const { locale, style } = context;
  const fr = locale === "fr";
  const lines: string[] = [];
  const width = Math.max(8, ...rows.map((row) => row.learnerId.length));
  for (const row of rows) {
    const choice =
      row.choice === null ? "" : fr ? ` (choix n° ${row.choice})` : ` (choice ${row.choice})`;
    const score =
      row.score === null ? "" : style.dim(` score ${formatNumber(row.score, locale, 2)}`);
    lines.push(`  ${row.learnerId.padEnd(width)} → ${row.projectId}${choice}${score}`);
  }
  for (const learnerId of unassigned) {
    lines.push(`  ${learnerId.padEnd(width)} → ${style.yellow(fr ? "sans projet" : "unassigned")}`);
  }
  return lines;
}
