import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    // Examples and benches import the package by name; tests run them against src/, as
    // tsconfig.json's `paths` type-checks them (dist/ does not exist in a fresh clone).
    alias: [
      { find: /^cmq-kit$/, replacement: fileURLToPath(new URL("./src/index.ts", import.meta.url)) },
      {
        find: /^cmq-kit\/(ids|campus|pathway|matching|dataset|registry|interop|render)$/,
        replacement: fileURLToPath(new URL("./src/$1/index.ts", import.meta.url)),
      },
    ],
  },
  test: {
    include: ["tests/**/*.test.ts"],
    // The library is pure (no module state), so test files may share modules: much faster imports.
    isolate: false,
    // Property tests run thousands of cases; on a loaded 2-core machine (CI shares its host) the
    // 5-second default can cut a slow but correct run. No test asserts a duration.
    testTimeout: 30_000,
    typecheck: { include: ["tests/**/*.test-d.ts"], tsconfig: "tsconfig.json" },
    coverage: {
      provider: "v8",
      include: ["src/**/*.ts"],
      exclude: ["src/**/index.ts"],
      reporter: ["text-summary", "lcov"],
      thresholds: { lines: 95, functions: 95, branches: 90, statements: 95 },
    },
  },
});
