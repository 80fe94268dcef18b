import {
  createRegistry,
  type Establishment,
  type Registry,
  readEstablishmentDirectory,
  readHigherEducationList,
  readRegistryJson,
  readRncpExport,
  writeRegistryJson,
} from "../../registry/index.js";
import type { Issue } from "../../shared/index.js";
import { pushAll } from "../../shared/index.js";
import type { Command, CommandContext } from "../command.js";
import { errorLine, usageError } from "../errors.js";
import { readDataFile } from "../read.js";
import { renderIssues } from "../render.js";
import { createStyle } from "../style.js";

/**
 * `cmq-kit registry import <rncp-zip|dir> [--annuaire file.csv] [--esr file.csv] [--out registry.json]`
 * reads the official files into one compact registry; `cmq-kit registry show <code|uai>
 * [--registry registry.json]` prints one record as JSON. Exit 0 on success, 1 when a file had
 * errors (nothing written), 2 on usage or read errors or an unknown record.
 *
 * @example
 * ```ts no-run
 * // no-run: needs the RNCP export downloaded from data.gouv.fr (see docs/registry.md).
 * import { nodeIo } from "../io.js";
 * import { runCli } from "../program.js";
 * const io = nodeIo();
 * await runCli(["registry", "import", "export-fiches-csv-2026-12-07.zip", "--out", "registry.json"], io);
 * await runCli(["registry", "show", "RNCP35340"], io);
 * ```
 */
export const registryCommand: Command = {
  name: "registry",
  takesFile: true,
  positionals: { min: 2, max: 2, usage: "import <rncp-zip|dir> | show <code|uai>" },
  options: {
    annuaire: { help: "annuaire", valueName: "file.csv" },
    esr: { help: "esr", valueName: "file.csv" },
    out: { help: "out", valueName: "registry.json" },
    registry: { help: "registryFile", valueName: "registry.json" },
  },
  async run(context) {
    const [action, target = ""] = context.args;
    if (action === "import") return importRegistry(context, target);
    if (action === "show") return showRecord(context, target);
    return usageError(context.io, context.texts, context.texts.unknownAction(action ?? ""));
  },
};

function progress(context: CommandContext, step: string): void {
  if (context.io.progress === true) context.io.err(`${context.texts.progress(step)}\n`);
}

function reportIssues(context: CommandContext, issues: readonly Issue[]): void {
  if (issues.length > 0) context.io.err(renderIssues(issues, createStyle(false), context.texts));
}

async function readCsv(context: CommandContext, path: string): Promise<string | undefined> {
  return readDataFile({ ...context, file: path });
}

/** The RNCP export from a zip, or from a folder holding its CSV tables. */
async function readExport(
  context: CommandContext,
  path: string,
): Promise<Uint8Array | Record<string, string> | undefined> {
  const { io, texts } = context;
  const names = await io.listFiles?.(path).catch(() => undefined);
  if (names !== undefined) {
    const tables: Record<string, string> = {};
    for (const name of names.filter((n) => n.toLowerCase().endsWith(".csv"))) {
      const text = await readCsv(context, `${path}/${name}`);
      if (text === undefined) return undefined;
      tables[name] = text;
    }
    return tables;
  }
  try {
    if (io.readBytes === undefined) throw new Error("no byte reader");
    return await io.readBytes(path);
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code;
    const reason = code === "ENOENT" ? texts.notFound : String((error as Error).message ?? error);
    io.err(errorLine(texts, texts.cannotRead(path, reason)));
    return undefined;
  }
}

async function importRegistry(context: CommandContext, source: string): Promise<number> {
  const { io, locale, options, texts } = context;
  progress(context, source);
  const input = await readExport(context, source);
  if (input === undefined) return 2;
  const rncp = readRncpExport(input, { locale });
  reportIssues(context, rncp.issues);
  let failed = !rncp.ok;
  const establishments: Establishment[] = [];
  for (const [option, read] of [
    ["annuaire", readEstablishmentDirectory],
    ["esr", readHigherEducationList],
  ] as const) {
    const path = options[option];
    if (path === undefined) continue;
    progress(context, path);
    const text = await readCsv(context, path);
    if (text === undefined) return 2;
    const result = read(text, { locale, file: path });
    reportIssues(context, result.issues);
    if (result.ok) pushAll(establishments, result.value);
    else failed = true;
  }
  if (failed || !rncp.ok) return 1;
  const registry = createRegistry({ certifications: rncp.value.certifications, establishments });
  const written: { exportedOn?: string } = {};
  if (rncp.value.exportedOn !== undefined) written.exportedOn = rncp.value.exportedOn;
  const json = writeRegistryJson(registry, written);
  const out = options.out;
  if (out === undefined) {
    io.out(json);
    return 0;
  }
  progress(context, out);
  await io.writeText?.(out, json);
  io.err(
    `${texts.wroteRegistry(out, registry.certifications.length, registry.establishments.length)}\n`,
  );
  return 0;
}

/**
 * Loads a registry written by `registry import`; on failure writes why and returns the exit code.
 *
 * @param context - the command context.
 * @param path - the registry file.
 * @returns the registry, or 2.
 * @example
 * ```ts
 * import type { CommandContext } from "../command.js";
 * import { nodeIo } from "../io.js";
 * import { createStyle } from "../style.js";
 * import { textsFor } from "../texts.js";
 * const saved = writeRegistryJson(createRegistry({
 *   certifications: [{ code: "RNCP35340", title: "BUT GEII", active: true, blocks: [], nsf: [], rome: [], certifiers: [] }],
 * }));
 * const context: CommandContext = {
 *   io: { ...nodeIo(), readText: async () => saved }, // registry.json, in memory here
 *   locale: "en", texts: textsFor("en"), style: createStyle(false), file: "", options: {}, args: [],
 * };
 * const registry = await loadRegistry(context, "registry.json");
 * typeof registry === "number" ? registry : registry.certification("RNCP35340")?.title; //=> "BUT GEII"
 * ```
 */
export async function loadRegistry(
  context: CommandContext,
  path: string,
): Promise<Registry | number> {
  const text = await readDataFile({ ...context, file: path });
  if (text === undefined) return 2;
  const loaded = readRegistryJson(text, { locale: context.locale, file: path });
  if (!loaded.ok) {
    reportIssues(context, loaded.issues);
    return 2;
  }
  return loaded.value.registry;
}

async function showRecord(context: CommandContext, key: string): Promise<number> {
  const registry = await loadRegistry(context, context.options.registry ?? "registry.json");
  if (typeof registry === "number") return registry;
  const record = registry.certification(key) ?? registry.block(key) ?? registry.establishment(key);
  const bySiret = record === undefined ? registry.establishmentsBySiret(key) : [];
  if (record === undefined && bySiret.length === 0) {
    context.io.err(errorLine(context.texts, context.texts.notInRegistry(key)));
    return 2;
  }
  context.io.out(`${JSON.stringify(record ?? bySiret, null, 2)}\n`);
  return 0;
}
