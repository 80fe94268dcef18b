import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

/** Domain modules, in the only direction they may depend on each other. */
const MODULE_ORDER = [
  "ids",
  "campus",
  "pathway",
  "matching",
  "dataset",
  "registry",
  "interop",
  "render",
  "cli",
];
const SRC = new URL("../src/", import.meta.url).pathname;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith(".ts") ? [path] : [];
  });
}

/** Source without comments, so that TSDoc examples do not count as code. */
function withoutComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, "").replace(/^\s*\/\/.*$/gm, "");
}

const files = sourceFiles(SRC).map((path) => ({
  path: relative(SRC, path),
  text: withoutComments(readFileSync(path, "utf8")),
}));

function moduleOf(path: string): string {
  return path.includes("/") ? (path.split("/")[0] ?? "") : "(root)";
}

function importsOf(text: string): string[] {
  return [...text.matchAll(/(?:import|export)[^'"]*?from\s+["']([^"']+)["']/g)].map(
    (m) => m[1] ?? "",
  );
}

function resolveRelative(from: string, specifier: string): string {
  const parts = from.split("/").slice(0, -1);
  for (const segment of specifier.split("/")) {
    if (segment === "..") parts.pop();
    else if (segment !== ".") parts.push(segment);
  }
  return parts.join("/").replace(/\.js$/, ".ts");
}

describe("architecture", () => {
  it("finds the source files", () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it("keeps shared/ free of domain modules", () => {
    for (const file of files.filter((f) => moduleOf(f.path) === "shared")) {
      for (const specifier of importsOf(file.text).filter((s) => s.startsWith("."))) {
        expect(
          moduleOf(resolveRelative(file.path, specifier)),
          `${file.path} imports ${specifier}`,
        ).toBe("shared");
      }
    }
  });

  it("makes modules depend in one direction, through barrels only", () => {
    for (const file of files) {
      const from = moduleOf(file.path);
      for (const specifier of importsOf(file.text).filter((s) => s.startsWith("."))) {
        const target = resolveRelative(file.path, specifier);
        const to = moduleOf(target);
        if (to === from || from === "(root)") continue;
        expect(target, `${file.path} must import ${to} through its index.ts`).toBe(
          `${to}/index.ts`,
        );
        if (to === "shared") continue;
        expect(
          MODULE_ORDER.indexOf(to),
          `${file.path} (${from}) may not depend on ${to}`,
        ).toBeLessThan(MODULE_ORDER.indexOf(from));
      }
    }
  });

  it("uses zod (as `zod`, `zod/mini` or `zod/v4/core` for library internals, never `zod/v4`, which keeps every locale) and date-fns only as outside packages (node: in cli/ only)", () => {
    for (const file of files) {
      for (const specifier of importsOf(file.text).filter((s) => !s.startsWith("."))) {
        const allowed =
          moduleOf(file.path) === "cli"
            ? /^(zod|zod\/mini|zod\/v4\/core|date-fns|node:.+)$/
            : /^(zod|zod\/mini|zod\/v4\/core|date-fns)$/;
        expect(specifier, file.path).toMatch(allowed);
      }
    }
  });

  it("keeps the core pure: no clock, randomness, environment or I/O outside cli/", () => {
    const forbidden =
      /Date\.now\(|new Date\(\)|Math\.random|process\.|globalThis\.|require\(|fetch\(|performance\.now|crypto\./;
    for (const file of files.filter((f) => moduleOf(f.path) !== "cli")) {
      expect(file.text, file.path).not.toMatch(forbidden);
    }
  });
});
