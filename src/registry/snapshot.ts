/**
 * A registry saved as one JSON file (what `cmq-kit registry import` writes): the records
 * themselves, so that loading is one `JSON.parse` and one `createRegistry`.
 *
 * @module
 */
import { locateJsonError } from "../dataset/index.js";
import { isRegistryLookup, type RegistryHolding } from "../ids/index.js";
import {
  isArraySafely,
  isIsoDate,
  isPlainRecord,
  type LocaleOptions,
  type Result,
  readSafely,
  resultOf,
} from "../shared/index.js";
import type { RegistryIssueCode } from "./codes.js";
import type { Certification, Establishment } from "./model.js";
import { createRegistry, type Registry } from "./registry.js";
import { contextOf } from "./rncp.js";
import { finishIssues, reportAt } from "./table.js";

/**
 * The `format` field of a saved registry.
 *
 * @example
 * ```ts
 * JSON.parse(writeRegistryJson(createRegistry({}))).format === REGISTRY_FORMAT; //=> true
 * ```
 */
export const REGISTRY_FORMAT = "cmq-kit-registry";

/**
 * A registry as saved: `{ format: "cmq-kit-registry", version: 1, exportedOn?, holds,
 * certifications, establishments }`.
 *
 * @example
 * ```ts
 * const saved: RegistrySnapshot = { format: "cmq-kit-registry", version: 1, holds: [], certifications: [], establishments: [] };
 * ```
 */
export interface RegistrySnapshot {
  /** Always `"cmq-kit-registry"`. */
  format: typeof REGISTRY_FORMAT;
  /** Version of the layout: 1. */
  version: 1;
  /** Date of the RNCP export it was built from. */
  exportedOn?: string;
  /** Kinds of records it holds. */
  holds: RegistryHolding[];
  /** The certifications. */
  certifications: Certification[];
  /** The establishments. */
  establishments: Establishment[];
}

const HOLDINGS: readonly RegistryHolding[] = ["rncp", "rs", "annuaire", "esr"];

/**
 * Writes a registry as compact JSON text (one record per line, so that diffs stay readable).
 *
 * @param registry - the registry.
 * @param options - `exportedOn`, the date of the RNCP export.
 * @returns the JSON text.
 * @example
 * ```ts
 * const certifications: Certification[] = [
 *   { code: "RNCP35340", title: "BUT GEII", level: 6, active: true, blocks: [], nsf: [], rome: [], certifiers: [] },
 * ];
 * const text = writeRegistryJson(createRegistry({ certifications }), { exportedOn: "2026-12-06" });
 * text.split("\n")[0]; //=> '{"format":"cmq-kit-registry","version":1,"exportedOn":"2026-12-06","holds":["rncp"],"certifications":['
 * ```
 */
export function writeRegistryJson(
  registry: Registry,
  options: { exportedOn?: string } = {},
): string {
  if (!readSafely(() => isRegistryLookup(registry), false)) {
    return writeRegistryJson(createRegistry({}), {});
  }
  const holds = HOLDINGS.filter((kind) => registry.holds(kind));
  const head: Record<string, unknown> = { format: REGISTRY_FORMAT, version: 1 };
  const exportedOn = readSafely(() => options.exportedOn, undefined);
  if (typeof exportedOn === "string") head.exportedOn = exportedOn;
  head.holds = holds;
  const list = (records: readonly unknown[]) =>
    records.length === 0 ? "[]" : `[\n${records.map((r) => JSON.stringify(r)).join(",\n")}\n]`;
  const start = JSON.stringify(head).slice(0, -1);
  return `${start},"certifications":${list(registry.certifications)},"establishments":${list(registry.establishments)}}\n`;
}

/**
 * Reads a registry saved by {@link writeRegistryJson}. Invalid JSON, another format or version
 * gives a located `registry.read_error` (`params.line`, `params.column` for JSON errors).
 * Records are trusted as written by the library (no schema check, for speed): a record without
 * its code or UAI is skipped by `createRegistry`.
 *
 * @param text - the JSON text.
 * @param options - `locale` and `file` (the name used in issues; `registry.json` by default).
 * @returns the registry and the export date, or the issues.
 * @example
 * ```ts
 * const text = writeRegistryJson(createRegistry({
 *   certifications: [{ code: "RNCP35340", title: "BUT GEII", active: true, blocks: [], nsf: [], rome: [], certifiers: [] }],
 * }), { exportedOn: "2026-12-06" });
 * const loaded = readRegistryJson(text);
 * if (loaded.ok) loaded.value.registry.certification("RNCP35340")?.title; //=> "BUT GEII"
 * if (loaded.ok) loaded.value.exportedOn; //=> "2026-12-06"
 * ```
 */
export function readRegistryJson(
  text: string,
  options?: LocaleOptions & { file?: string },
): Result<{ registry: Registry; exportedOn?: string }, RegistryIssueCode> {
  const context = contextOf(options);
  const file = readSafely(() => {
    const name = (options as { file?: unknown } | undefined)?.file;
    return typeof name === "string" && name !== "" ? name.slice(0, 200) : "registry.json";
  }, "registry.json");
  if (typeof text !== "string") {
    reportAt(context, "registry.read_error", file, 0, { reason: "not-text" });
    return { ok: false, issues: finishIssues(context) };
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch {
    const at = locateJsonError(text.replace(/^\uFEFF/, "")) ?? { line: 1, column: 1 };
    reportAt(context, "registry.read_error", file, at.line, {
      column: at.column,
      reason: "not-json",
    });
    return { ok: false, issues: finishIssues(context) };
  }
  if (
    !isPlainRecord(json) ||
    json.format !== REGISTRY_FORMAT ||
    json.version !== 1 ||
    !isArraySafely(json.certifications) ||
    !isArraySafely(json.establishments)
  ) {
    reportAt(context, "registry.read_error", file, 0, { reason: "not-a-registry" });
    return { ok: false, issues: finishIssues(context) };
  }
  const holds = isArraySafely(json.holds)
    ? json.holds.filter((kind): kind is RegistryHolding => HOLDINGS.includes(kind as never))
    : [];
  const registry = createRegistry({
    certifications: json.certifications as Certification[],
    establishments: json.establishments as Establishment[],
    holds,
  });
  const value: { registry: Registry; exportedOn?: string } = { registry };
  if (isIsoDate(json.exportedOn)) value.exportedOn = json.exportedOn;
  return resultOf(value, finishIssues(context));
}
