/**
 * `npm run size` (and the last step of `npm test`, after the build): bundles small apps that use
 * the built package (`dist/`) as a browser app would, with esbuild (minified, ESM, zod and
 * date-fns bundled), and checks each one's gzipped size against its budget. Exits with status 1
 * when a budget is exceeded, so that CI fails.
 *
 * Run `npm run build` first; this script measures `dist/` as it is and never rebuilds.
 */
import { existsSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

interface Budget {
  /** What the app uses, as printed. */
  name: string;
  /** The app's source. */
  contents: string;
  /** The largest gzipped size allowed, in bytes. */
  budget: number;
  /** Packages that must not be in the bundle at all. */
  forbidden?: readonly string[];
}

const BUDGETS: readonly Budget[] = [
  {
    name: "validatePathway + allocate (zod, date-fns bundled)",
    contents:
      'import { validatePathway } from "cmq-kit/pathway"; import { allocate } from "cmq-kit/matching"; console.log(validatePathway, allocate);',
    budget: 60_000,
  },
  {
    name: "isValidSiret (zod must not be imported)",
    contents:
      'import { isValidSiret } from "cmq-kit/ids"; console.log(isValidSiret("55210055400013"));',
    budget: 1_000,
    forbidden: ["zod", "date-fns"],
  },
];

const ALIASES: Record<string, string> = {
  "cmq-kit/ids": "./dist/ids/index.js",
  "cmq-kit/pathway": "./dist/pathway/index.js",
  "cmq-kit/matching": "./dist/matching/index.js",
};

/** Bundles one app and measures it: minified bytes, gzipped bytes, and the packages it holds. */
async function measure(
  contents: string,
): Promise<{ minified: number; gzipped: number; packages: Set<string> }> {
  const result = await build({
    stdin: { contents, resolveDir: process.cwd() },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    write: false,
    metafile: true,
    logLevel: "error",
    alias: ALIASES,
  });
  const code = result.outputFiles[0]?.contents ?? new Uint8Array();
  const packages = new Set<string>();
  for (const output of Object.values(result.metafile.outputs)) {
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
      const match = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input);
      if (match?.[1] !== undefined && bytesInOutput > 0) packages.add(match[1]);
    }
  }
  return { minified: code.length, gzipped: gzipSync(code).length, packages };
}

function kB(bytes: number): string {
  return `${(bytes / 1000).toFixed(2)} kB`;
}

if (!existsSync("dist/pathway/index.js")) {
  console.error("size: dist/ is missing; run `npm run build` first.");
  process.exit(1);
}

let failed = false;
for (const { name, contents, budget, forbidden = [] } of BUDGETS) {
  const { minified, gzipped, packages } = await measure(contents);
  const over = gzipped > budget;
  const intruders = forbidden.filter((name) => packages.has(name));
  const verdict = over || intruders.length > 0 ? "FAIL" : "ok";
  console.log(
    `${verdict.padEnd(4)} ${name}: ${kB(gzipped)} min+gzip (budget ${kB(budget)}), ${kB(minified)} minified`,
  );
  if (intruders.length > 0) console.log(`     bundles ${intruders.join(", ")}, which it must not`);
  failed ||= verdict === "FAIL";
}
if (failed) process.exit(1);
