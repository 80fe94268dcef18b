import {
  LABEL_CATEGORY_NAMES,
  LABEL_STATE_NAMES,
  type LabelStatus,
  labelStatusAt,
} from "../../campus/index.js";
import { formatNumber } from "../../shared/index.js";
import type { Command, CommandContext } from "../command.js";
import { loadDataset } from "../read.js";

/**
 * `cmq-kit status <file.json> [--on YYYY-MM-DD] [--window DAYS] [--format text|json]`: the
 * campus's label status on a date (default: today), labelled, expiring, expired or unlabelled,
 * with its category and validity.
 *
 * @example
 * ```ts
 * import { type CliIo, nodeIo } from "../io.js";
 * import { runCli } from "../program.js";
 * // The real io, with standard output and error kept in a string.
 * let out = "";
 * const io: CliIo = { ...nodeIo(), out: (text) => void (out += text), err: (text) => void (out += text) };
 * await runCli(["status", "examples/vrai.json", "--on", "2026-01-15"], io); //=> 0
 * out.split("\n")[0]; //=> "Campus des métiers et des qualifications d'excellence ITIP — on 2026-01-15: labelled"
 * ```
 */
export const statusCommand: Command = {
  name: "status",
  takesFile: true,
  options: {
    on: { kind: "date", help: "on", valueName: "YYYY-MM-DD" },
    window: { kind: "integer", help: "window", valueName: "DAYS" },
    format: { values: ["text", "json"], help: "format" },
  },
  async run(context) {
    const dataset = await loadDataset(context);
    if (typeof dataset === "number") return dataset;
    const on = context.options.on ?? context.io.today();
    const window = context.options.window;
    const status = labelStatusAt(
      dataset.campus,
      window === undefined ? { on } : { on, renewalWindowDays: Number(window) },
    );
    if (context.options.format === "json") {
      context.io.out(`${JSON.stringify({ campus: dataset.campus.id, on, ...status }, null, 2)}\n`);
    } else {
      context.io.out(renderStatus(context, dataset.campus.name, on, status));
    }
    return 0;
  },
};

function renderStatus(
  context: CommandContext,
  name: string,
  on: string,
  status: LabelStatus,
): string {
  const { locale, style } = context;
  const fr = locale === "fr";
  const state = LABEL_STATE_NAMES[status.state][locale];
  const colour =
    status.state === "labelled"
      ? style.green
      : status.state === "expiring"
        ? style.yellow
        : style.red;
  const colon = fr ? " :" : ":";
  const lines = [`${style.bold(name)} — ${fr ? "au" : "on"} ${on}${colon} ${colour(state)}`];
  if (status.category !== undefined) {
    const category = LABEL_CATEGORY_NAMES[status.category][locale];
    lines.push(`  ${fr ? "catégorie" : "category"}${colon} ${category}`);
  }
  if (status.validFrom !== undefined && status.validUntil !== undefined) {
    lines.push(`  ${fr ? "validité" : "valid"}${colon} ${status.validFrom} → ${status.validUntil}`);
  }
  if (status.daysLeft !== undefined)
    lines.push(
      `  ${fr ? "jours restants" : "days left"}${colon} ${formatNumber(status.daysLeft, locale)}`,
    );
  return `${lines.join("\n")}\n`;
}
