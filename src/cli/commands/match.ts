import {
  type AllocationBuild,
  type AllocationExplanation,
  allocateAndReport,
  allocateMaxScore,
  buildAllocationProblem,
  type PairScore,
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
    if (maxScore) return runMaxScore(context, built.value, seed);
    return runStable(context, built.value);
  },
};

/**
 * `match` without `--max-score`: the stable allocation of the built problem, its report and the
 * explanations of refusals, in the requested format.
 */
async function runStable(context: CommandContext, built: AllocationBuild): Promise<number> {
  const { io, locale, options, style, texts } = context;
  const optimal = options.optimal === "supervisor" ? "supervisor" : "learner";
  const format = options.format === "csv" ? "csv" : options.format === "json" ? "json" : "text";
  // One reading of the problem for the allocation, its report and the explanations printed:
  // the text output shows the first ten and counts the others, CSV needs none.
  const outcome = allocateAndReport(built.problem, {
    optimal,
    locale,
    only: "refused",
    ...(format === "json" ? {} : { limit: format === "csv" ? 0 : SHOWN_EXPLANATIONS }),
  });
  if (!outcome.ok) {
    io.out(renderIssues(outcome.issues, style, texts));
    return 1;
  }
  const { allocation, choices, report, explanations, explanationCount } = outcome.value;
  const scores = matchScores(allocation.matches, built.scores);
  const rows: Row[] = allocation.matches.map(({ learnerId, projectId }, x) => ({
    learnerId,
    projectId,
    choice: choices[x] as number,
    score: scores[x] as number | null,
  }));
  if (format === "csv") {
    io.out(toCsv(rows, allocation.unassigned));
    return 0;
  }
  if (format === "json") {
    const { tieBreak, seed: usedSeed, stats } = built;
    // Written in pieces: the whole text of a campus-scale allocation would not fit in 1 GB.
    await writePrettyJson(
      {
        optimal,
        tieBreak,
        seed: usedSeed,
        pairs: stats,
        matches: rows,
        unassigned: allocation.unassigned,
        report,
        explanations,
      },
      (text) => io.out(text),
      io.drainOut?.bind(io),
    );
  } else {
    io.out(renderText(context, rows, report, explanations, explanationCount));
  }
  return 0;
}

type Row = { learnerId: string; projectId: string; choice: number | null; score: number | null };

/**
 * The score of each match, `null` for a pair without one. Matches and scores are both sorted by
 * learner id (scores then by project id, as `buildAllocationProblem` gives them): one walk of the
 * scores finds each learner's run, which holds at most `maxPreferences` pairs.
 */
function matchScores(
  matches: readonly { learnerId: string; projectId: string }[],
  scores: readonly { learnerId: string; projectId: string; score: number }[],
): (number | null)[] {
  const result: (number | null)[] = new Array(matches.length).fill(null);
  let y = 0;
  for (let x = 0; x < matches.length; x++) {
    const { learnerId, projectId } = matches[x] as { learnerId: string; projectId: string };
    // Past the runs of learners before this one, then through this learner's run.
    while (y < scores.length && (scores[y] as PairScore).learnerId < learnerId) y++;
    for (; y < scores.length; y++) {
      const pair = scores[y] as PairScore;
      if (pair.learnerId !== learnerId) break;
      if (pair.projectId === projectId && result[x] === null) result[x] = pair.score;
    }
  }
  return result;
}

/** The position (1 = first) of a project in a learner's list. */
function choices(learners: readonly { id: string; preferences: readonly string[] }[]) {
  const lists = new Map(learners.map((learner) => [learner.id, learner.preferences]));
  return (learnerId: string, projectId: string): number | null => {
    const position = lists.get(learnerId)?.indexOf(projectId) ?? -1;
    return position < 0 ? null : position + 1;
  };
}

/** A CSV cell: quoted when it holds a quote, a comma or a line break. */
function csvCell(text: string): string {
  return /[",\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A number's CSV cell (never quoted), empty for `null`. */
function csvNumber(value: number | null): string {
  return value === null ? "" : String(value);
}

function toCsv(rows: readonly Row[], unassigned: readonly string[]): string {
  const lines = ["learnerId,projectId,choice,score"];
  for (const row of rows) {
    lines.push(
      `${csvCell(row.learnerId)},${csvCell(row.projectId)},${csvNumber(row.choice)},${csvNumber(row.score)}`,
    );
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
function matchLines(
  context: CommandContext,
  rows: readonly Row[],
  unassigned: readonly string[],
): string[] {
  const { locale, style } = context;
  const fr = locale === "fr";
  const lines: string[] = [];
  let width = 8;
  for (const row of rows) width = Math.max(width, row.learnerId.length);
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
