import { type Partner, PartnerSchema } from "../../campus/index.js";
import type { Command, CommandContext } from "../command.js";
import { loadJson } from "../read.js";

/**
 * The campus and partner list of a data file, as read (not judged), with what text output
 * shows of them.
 *
 * @example
 * ```ts
 * const data: CampusData = { campus: {}, partners: [], id: "cmq-itip", title: "cmq-itip", partnersById: new Map(), on: "2026-01-15" };
 * ```
 */
export interface CampusData {
  /** `campus` of the file, whatever it is. */
  campus: unknown;
  /** `partners` of the file, whatever it is. */
  partners: unknown;
  /** The campus's id, or `null` when it cannot be read. */
  id: string | null;
  /** The campus's name (or id, or the file name) for headings. */
  title: string;
  /** The well-formed partners, by id (the first of each id). */
  partnersById: Map<string, Partner>;
  /** The reference date: `--on`, or today. */
  on: string;
}

function field(value: unknown, key: string): unknown {
  return typeof value === "object" && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)[key]
    : undefined;
}

/**
 * Reads the data file for the campus commands (`network`, `excellence`, `contributions`): its
 * campus and partners go to the library as they are, so that malformed parts are reported as
 * located issues rather than stopping the command.
 *
 * @param context - the command context.
 * @returns the data, or exit code 2 when the file cannot be read or is not JSON.
 * @example
 * ```ts
 * import type { CommandContext } from "../command.js";
 * import { nodeIo } from "../io.js";
 * import { createStyle } from "../style.js";
 * import { textsFor } from "../texts.js";
 * const context: CommandContext = {
 *   io: nodeIo(), locale: "en", texts: textsFor("en"), style: createStyle(false),
 *   file: "examples/vrai.json", options: {}, args: ["examples/vrai.json"],
 * };
 * async function run(context: CommandContext): Promise<number> {
 *   const data = await loadCampusData(context);
 *   if (typeof data === "number") return data; // 2: unreadable, or not JSON (already reported)
 *   return 0;
 * }
 * await run(context); //=> 0
 * ```
 */
export async function loadCampusData(context: CommandContext): Promise<CampusData | number> {
  const json = await loadJson(context);
  if (typeof json === "number") return json;
  const campus = field(json.value, "campus");
  const partners = field(json.value, "partners");
  const name = field(campus, "name");
  const id = field(campus, "id");
  const title =
    typeof name === "string" && name !== ""
      ? name
      : typeof id === "string" && id !== ""
        ? id
        : context.file === "-"
          ? context.texts.stdin
          : context.file;
  const partnersById = new Map<string, Partner>();
  if (Array.isArray(partners)) {
    for (const partner of partners) {
      const parsed = PartnerSchema.safeParse(partner);
      if (parsed.success && !partnersById.has(parsed.data.id)) {
        partnersById.set(parsed.data.id, parsed.data);
      }
    }
  }
  return {
    campus,
    partners,
    id: typeof id === "string" ? id : null,
    title,
    partnersById,
    on: context.options.on ?? context.io.today(),
  };
}

/**
 * What a campus command makes of the data file: the fields of its JSON output (after `campus`
 * and `on`), its text output, and its exit code.
 *
 * @example
 * ```ts
 * const report: CampusReport = { json: { criteria: [] }, text: () => "…\n", exitCode: 0 };
 * ```
 */
export interface CampusReport {
  /** The fields of the JSON output after `campus` and `on`. */
  json: Record<string, unknown>;
  /** The text output (built only when asked for). */
  text: () => string;
  /** The exit code. */
  exitCode: number;
}

/**
 * A campus command (`network`, `excellence`, `contributions`): it takes a data file, `--on` and
 * `--format text|json`, reads the file with {@link loadCampusData} (exit 2 when it cannot be
 * read or is not JSON), and writes what `report` makes of it: `{ campus, on, …json }` in JSON,
 * or its text.
 *
 * @param name - the command's name.
 * @param report - what the command makes of the data.
 * @returns the command.
 * @example
 * ```ts
 * const command = campusCommand("excellence", (data) => ({
 *   json: { title: data.title }, text: () => `${data.title}\n`, exitCode: 0,
 * }));
 * command.options.format?.values; //=> ["text", "json"]
 * ```
 */
export function campusCommand(
  name: Command["name"],
  report: (data: CampusData, context: CommandContext) => CampusReport,
): Command {
  return {
    name,
    takesFile: true,
    options: {
      on: { kind: "date", help: "on", valueName: "YYYY-MM-DD" },
      format: { values: ["text", "json"], help: "format" },
    },
    async run(context) {
      const data = await loadCampusData(context);
      if (typeof data === "number") return data;
      const made = report(data, context);
      context.io.out(
        context.options.format === "json"
          ? `${JSON.stringify({ campus: data.id, on: data.on, ...made.json }, null, 2)}\n`
          : made.text(),
      );
      return made.exitCode;
    },
  };
}
