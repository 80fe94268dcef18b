import { type Partner, PartnerSchema } from "../../campus/index.js";
import type { CommandContext } from "../command.js";
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
