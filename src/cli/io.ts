/**
 * The program's only contact with the outside world: standard input, output and error, files,
 * the environment and the clock. Commands receive a {@link CliIo}, so tests drive them in memory.
 *
 * @module
 */
import { readdir, readFile, writeFile } from "node:fs/promises";

/**
 * What commands may do outside the pure library.
 *
 * @example
 * ```ts
 * const io: CliIo = nodeIo();
 * ```
 */
export interface CliIo {
  /** Writes to standard output. */
  out(text: string): void;
  /**
   * Resolves once standard output has taken what was written: a command writing a large
   * output in pieces waits on it between pieces, so that they are not all queued in memory
   * when standard output is a slow pipe. Absent: nothing to wait for.
   */
  drainOut?(): Promise<void>;
  /** Writes to standard error. */
  err(text: string): void;
  /** Reads a UTF-8 text file. Rejects with the system error (ENOENT, EACCES, EISDIR…). */
  readText(path: string): Promise<string>;
  /** Reads all of standard input as UTF-8 text (the file argument `-`). */
  readStdin?(): Promise<string>;
  /** Whether standard output takes colours: a terminal, and `NO_COLOR` unset. */
  colour: boolean;
  /** Today's date in the machine's time zone, `YYYY-MM-DD` (default of `--on`). */
  today(): string;
  /** Reads a file's bytes (a zip). Rejects with the system error. */
  readBytes?(path: string): Promise<Uint8Array>;
  /** Names of the files in a directory. Rejects (ENOTDIR…) when it is not one. */
  listFiles?(path: string): Promise<string[]>;
  /** Writes a UTF-8 text file. */
  writeText?(path: string, text: string): Promise<void>;
  /** Whether standard error is a terminal: long commands then show their progress there. */
  progress?: boolean;
}

/**
 * The real {@link CliIo} of a Node.js process.
 *
 * @returns an io bound to `process.stdout`, `process.stderr`, the file system and the clock.
 * @example
 * ```ts no-run
 * // no-run: this is the program's entry point; run here, it would read this process's arguments.
 * import { runCli } from "./program.js";
 * const exitCode = await runCli(process.argv.slice(2), nodeIo());
 * ```
 */
export function nodeIo(): CliIo {
  const noColor = process.env.NO_COLOR !== undefined && process.env.NO_COLOR !== "";
  return {
    out: (text) => process.stdout.write(text),
    drainOut: () => drained(process.stdout),
    err: (text) => process.stderr.write(text),
    readText: (path) => readFile(path, "utf8"),
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) {
        chunks.push(typeof chunk === "string" ? Buffer.from(chunk, "utf8") : (chunk as Buffer));
      }
      return Buffer.concat(chunks).toString("utf8");
    },
    colour: process.stdout.isTTY === true && !noColor,
    readBytes: async (path) => new Uint8Array(await readFile(path)),
    listFiles: async (path) =>
      (await readdir(path, { withFileTypes: true }))
        .filter((entry) => entry.isFile())
        .map((entry) => entry.name),
    writeText: (path, text) => writeFile(path, text, "utf8"),
    progress: process.stderr.isTTY === true,
    today: () => {
      const now = new Date();
      const pad = (n: number) => String(n).padStart(2, "0");
      return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
    },
  };
}

/** Resolves when `stream` has no backlog: at once, or on its `drain` (or `close`) event. */
function drained(stream: NodeJS.WriteStream): Promise<void> {
  if (!stream.writableNeedDrain) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      stream.off("drain", done);
      stream.off("close", done);
      resolve();
    };
    stream.on("drain", done);
    stream.on("close", done);
  });
}
