import { readFileSync } from "node:fs";
import { defineConfig } from "tsup";

/**
 * The package's entry points: `cmq-kit` and one subpath per module. `tests/exports.test.ts`
 * checks that package.json's `exports` and `typesVersions` and typedoc.json agree with it.
 */
export const ENTRY_POINTS = {
  index: "src/index.ts",
  "ids/index": "src/ids/index.ts",
  "campus/index": "src/campus/index.ts",
  "pathway/index": "src/pathway/index.ts",
  "matching/index": "src/matching/index.ts",
  "dataset/index": "src/dataset/index.ts",
  "interop/index": "src/interop/index.ts",
  "render/index": "src/render/index.ts",
  "registry/index": "src/registry/index.ts",
} as const;

/**
 * Example data shipped as modules (`cmq-kit/examples/<name>`): typed, built like the entry points
 * but not part of the API (no typedoc page); types are imported from `cmq-kit`.
 */
export const EXAMPLE_ENTRY_POINTS = {
  "examples/worked-example": "examples/worked-example.ts",
} as const;

const { version } = JSON.parse(readFileSync("package.json", "utf8")) as { version: string };

export default defineConfig([
  {
    entry: ENTRY_POINTS,
    format: ["esm", "cjs"],
    dts: true,
    // Not `clean`: its declaration step would delete the example's declarations, built in
    // parallel by the next configuration. `npm run build` empties dist/ before tsup instead.
    clean: false,
    splitting: true,
    treeshake: true,
    target: "es2022",
    outDir: "dist",
  },
  {
    // The data of the matching guide's worked example, shipped as
    // `cmq-kit/examples/worked-example` (types from `cmq-kit`, kept as imports).
    entry: EXAMPLE_ENTRY_POINTS,
    format: ["esm", "cjs"],
    dts: true,
    external: ["cmq-kit"],
    target: "es2022",
    outDir: "dist",
  },
  {
    // The `cmq-kit` program (package `bin`): one ESM file, Node only.
    entry: { "cli/main": "src/cli/main.ts" },
    format: ["esm"],
    platform: "node",
    target: "node20",
    outDir: "dist",
    define: { __CMQ_KIT_VERSION__: JSON.stringify(version) },
  },
]);
