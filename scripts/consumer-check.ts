/**
 * `npm run test:consumer`: packs the package as npm would publish it, installs the tarball (with
 * zod) into a fresh project in a temporary folder, and checks there that an ESM import and a CJS
 * require of every entry point work, that the JSON Schema, the demo dataset
 * (`cmq-kit/examples/vrai.json`, imported as JSON), the matching guide's worked example
 * (`cmq-kit/examples/worked-example`) and the CSV templates resolve, and that the program runs.
 * Run by `npm test` after the build.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const ENTRY_POINTS = [
  "cmq-kit",
  "cmq-kit/ids",
  "cmq-kit/campus",
  "cmq-kit/pathway",
  "cmq-kit/matching",
  "cmq-kit/dataset",
  "cmq-kit/render",
];
const zodVersion = (
  JSON.parse(readFileSync("package.json", "utf8")) as { devDependencies: { zod: string } }
).devDependencies.zod;

const npm = process.platform === "win32" ? "npm.cmd" : "npm";
const dir = mkdtempSync(join(tmpdir(), "cmq-kit-consumer-"));
try {
  const tarball =
    execFileSync(npm, ["pack", "--silent", "--pack-destination", dir], { encoding: "utf8" })
      .trim()
      .split("\n")
      .pop() ?? "";
  writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "consumer", private: true }));
  execFileSync(
    npm,
    ["install", "--no-audit", "--no-fund", "--silent", join(dir, tarball), `zod@${zodVersion}`],
    { cwd: dir, stdio: "inherit" },
  );
  writeFileSync(
    join(dir, "esm.mjs"),
    `${ENTRY_POINTS.map((entry, i) => `import * as m${i} from "${entry}";`).join("\n")}
import schema from "cmq-kit/schemas/campus-dataset.schema.json" with { type: "json" };
import vrai from "cmq-kit/examples/vrai.json" with { type: "json" };
import { learners, offers } from "cmq-kit/examples/worked-example";
import { readFileSync } from "node:fs";
const modules = [${ENTRY_POINTS.map((_, i) => `m${i}`).join(", ")}];
if (modules.some((m) => Object.keys(m).length === 0)) throw new Error("an entry point is empty");
if (!m1.isValidSiret("55210055400013")) throw new Error("isValidSiret");
if (schema.$id === undefined) throw new Error("schema");
if (!m5.validateDataset(vrai, { on: "2026-01-15" }).ok) throw new Error("examples/vrai.json");
if (!m4.buildAllocationProblem(learners, offers).ok) throw new Error("examples/worked-example");
for (const name of ["partenaires", "apprenants"]) {
  const url = new URL(import.meta.resolve("cmq-kit/templates/" + name + ".csv"));
  if (!readFileSync(url, "utf8").startsWith("identifiant;")) throw new Error("template " + name);
}
console.log("ESM: " + modules.map((m) => Object.keys(m).length).join(", ") + " exports");
`,
  );
  writeFileSync(
    join(dir, "cjs.cjs"),
    `const modules = ${JSON.stringify(ENTRY_POINTS)}.map((entry) => require(entry));
if (modules.some((m) => Object.keys(m).length === 0)) throw new Error("an entry point is empty");
if (require("cmq-kit/ids").normalizeUai(" 0710010a ") !== "0710010A") throw new Error("normalizeUai");
if (require("cmq-kit/schemas/campus-dataset.schema.json").$id === undefined) throw new Error("schema");
if (require("cmq-kit/examples/vrai.json").campus.id !== "cmq-itip") throw new Error("examples/vrai.json");
if (require("cmq-kit/examples/worked-example").maya.id !== "maya") throw new Error("examples/worked-example");
console.log("CJS: " + modules.map((m) => Object.keys(m).length).join(", ") + " exports");
`,
  );
  execFileSync(process.execPath, ["esm.mjs"], { cwd: dir, stdio: "inherit" });
  execFileSync(process.execPath, ["cjs.cjs"], { cwd: dir, stdio: "inherit" });
  const version = execFileSync(join(dir, "node_modules", ".bin", "cmq-kit"), ["--version"], {
    encoding: "utf8",
  });
  console.log(`program: cmq-kit --version → ${version.trim()}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
