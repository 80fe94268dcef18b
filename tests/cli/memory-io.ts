import type { CliIo } from "../../src/cli/io.js";

/** An in-memory io: files by path, standard input, captured output, a fixed "today". */
export function memoryIo(
  files: Record<string, string> = {},
  options: {
    colour?: boolean;
    bytes?: Record<string, Uint8Array>;
    progress?: boolean;
    /** Standard input; reading it rejects when absent. */
    stdin?: string;
    /** Today's date (default 2026-01-15). */
    today?: string;
  } = {},
) {
  const output = { out: "", err: "" };
  /** Files written by the program. */
  const written: Record<string, string> = {};
  const io: CliIo = {
    out: (text) => {
      output.out += text;
    },
    err: (text) => {
      output.err += text;
    },
    readText: async (path) => {
      if (path === "a-directory") throw Object.assign(new Error("EISDIR"), { code: "EISDIR" });
      if (path === "locked.json") throw Object.assign(new Error("EACCES"), { code: "EACCES" });
      if (path === "weird.json") throw new Error("disk on fire");
      const text = files[path];
      if (text === undefined) throw Object.assign(new Error(`ENOENT: ${path}`), { code: "ENOENT" });
      return text;
    },
    readStdin: async () => {
      if (options.stdin === undefined) throw new Error("standard input is closed");
      return options.stdin;
    },
    colour: options.colour ?? false,
    today: () => options.today ?? "2026-01-15",
    readBytes: async (path) => {
      const bytes = options.bytes?.[path];
      if (bytes === undefined)
        throw Object.assign(new Error(`ENOENT: ${path}`), { code: "ENOENT" });
      return bytes;
    },
    listFiles: async (path) => {
      const prefix = `${path}/`;
      const names = Object.keys(files)
        .filter((name) => name.startsWith(prefix))
        .map((name) => name.slice(prefix.length));
      if (names.length === 0) throw Object.assign(new Error("ENOTDIR"), { code: "ENOTDIR" });
      return names;
    },
    writeText: async (path, text) => {
      written[path] = text;
      files[path] = text;
    },
    progress: options.progress ?? false,
  };
  return { io, output, written };
}
