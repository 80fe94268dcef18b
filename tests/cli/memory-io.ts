import type { CliIo } from "../../src/cli/io.js";

/** An in-memory io: files by path, captured output, a fixed "today". */
export function memoryIo(files: Record<string, string> = {}, options: { colour?: boolean } = {}) {
  const output = { out: "", err: "" };
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
    colour: options.colour ?? false,
    today: () => "2026-01-15",
  };
  return { io, output };
}
