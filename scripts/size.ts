/**
 * `npm run size`: bundles a file that imports only `isValidSiret` from `cmq-kit/ids` with
 * esbuild (zod external), minifies it, and prints its gzip size. Fails above the 1 kB budget.
 */
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

const BUDGET_BYTES = 1024;

const result = await build({
  stdin: {
    contents:
      'import { isValidSiret } from "cmq-kit/ids"; console.log(isValidSiret("55210055400013"));',
    resolveDir: process.cwd(),
  },
  bundle: true,
  minify: true,
  format: "esm",
  platform: "neutral",
  external: ["zod", "zod/*"],
  write: false,
  alias: { "cmq-kit/ids": "./dist/ids/index.js" },
});
const code = result.outputFiles[0]?.contents ?? new Uint8Array();
const gzipped = gzipSync(code).length;
console.log(
  `isValidSiret from cmq-kit/ids: ${code.length} B minified, ${gzipped} B min+gzip (budget ${BUDGET_BYTES} B)`,
);
if (gzipped > BUDGET_BYTES) process.exit(1);
