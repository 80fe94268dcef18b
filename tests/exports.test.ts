import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ENTRY_POINTS, EXAMPLE_ENTRY_POINTS as ENTRY_POINTS_OF_EXAMPLES } from "../tsup.config.js";

const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as {
  exports: Record<string, unknown>;
  typesVersions: Record<string, Record<string, string[]>>;
  dependencies: Record<string, string>;
  peerDependencies: Record<string, string>;
  sideEffects: boolean;
  files: string[];
  bin: Record<string, string>;
};
const typedoc = JSON.parse(readFileSync(new URL("../typedoc.json", import.meta.url), "utf8")) as {
  entryPoints: string[];
};

/** Subpath names ("" for the root) as each of the four lists sees them. */
const fromTsup = Object.keys(ENTRY_POINTS).map((entry) =>
  entry === "index" ? "" : entry.replace(/\/index$/, ""),
);
const fromExports = Object.keys(pkg.exports)
  .filter((key) => key !== "./package.json" && !/^\.\/(schemas|examples|templates)\//.test(key))
  .map((key) => key.replace(/^\.\/?/, ""));
const fromTypesVersions = [
  "",
  ...Object.keys(pkg.typesVersions["*"] ?? {}).filter((key) => !key.startsWith("examples/")),
];
const fromTypedoc = typedoc.entryPoints.map((file) =>
  file.replace(/^src\/(index\.ts)?/, "").replace(/\/index\.ts$/, ""),
);

describe("entry points", () => {
  it("agree across tsup, package.json exports, typesVersions and typedoc", () => {
    const sorted = (list: string[]) => [...list].sort();
    expect(sorted(fromExports)).toEqual(sorted(fromTsup));
    expect(sorted(fromTypesVersions)).toEqual(sorted(fromTsup));
    expect(sorted(fromTypedoc)).toEqual(sorted(fromTsup));
  });

  it("point each subpath at the files tsup writes", () => {
    for (const [entry, source] of Object.entries(ENTRY_POINTS)) {
      const key = entry === "index" ? "." : `./${entry.replace(/\/index$/, "")}`;
      expect(source).toBe(`src/${entry}.ts`);
      expect(pkg.exports[key]).toEqual({
        import: { types: `./dist/${entry}.d.ts`, default: `./dist/${entry}.js` },
        require: { types: `./dist/${entry}.d.cts`, default: `./dist/${entry}.cjs` },
      });
      if (entry !== "index") {
        expect(pkg.typesVersions["*"]?.[entry.replace(/\/index$/, "")]).toEqual([
          `./dist/${entry}.d.cts`,
        ]);
      }
    }
  });

  it("ship the dataset's JSON Schema as cmq-kit/schemas/campus-dataset.schema.json", () => {
    expect(pkg.exports["./schemas/campus-dataset.schema.json"]).toBe(
      "./schemas/campus-dataset.schema.json",
    );
    expect(pkg.files).toContain("schemas");
    expect(pkg.bin).toEqual({ "cmq-kit": "./dist/cli/main.js" });
  });

  it("ship and export the demo dataset and the CSV templates", () => {
    expect(pkg.files).toEqual(expect.arrayContaining(["examples/vrai.json", "templates"]));
    expect(pkg.exports["./examples/vrai.json"]).toBe("./examples/vrai.json");
    expect(pkg.exports["./templates/*.csv"]).toBe("./templates/*.csv");
    // The templates the registry's CSV importers read are there.
    for (const name of ["partenaires.csv", "apprenants.csv"]) {
      expect(readFileSync(new URL(`../templates/${name}`, import.meta.url), "utf8")).toMatch(/^id/);
    }
    // Only the dataset: the scripts of examples/ are not part of the package.
    expect(pkg.files).not.toContain("examples");
  });

  it("ship the matching guide's worked example, built into dist/examples/", () => {
    const entry = "examples/worked-example";
    expect(ENTRY_POINTS_OF_EXAMPLES).toEqual({ [entry]: `${entry}.ts` });
    expect(pkg.exports[`./${entry}`]).toEqual({
      import: { types: `./dist/${entry}.d.ts`, default: `./dist/${entry}.js` },
      require: { types: `./dist/${entry}.d.cts`, default: `./dist/${entry}.cjs` },
    });
    expect(pkg.typesVersions["*"]?.[entry]).toEqual([`./dist/${entry}.d.cts`]);
    expect(pkg.files).toContain("dist");
  });

  it("say where the repository, the issues and the home page are", () => {
    const meta = pkg as unknown as Record<string, unknown>;
    expect(meta.repository).toEqual({
      type: "git",
      url: "git+https://github.com/cmq-kit/cmq-kit.git",
    });
    expect(meta.bugs).toEqual({ url: "https://github.com/cmq-kit/cmq-kit/issues" });
    expect(meta.homepage).toBe("https://github.com/cmq-kit/cmq-kit#readme");
  });

  it("README links work on the registry page: no relative links, guides that exist", () => {
    const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
    const targets = [...readme.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1] as string);
    expect(targets.length).toBeGreaterThan(10);
    for (const target of targets) {
      expect(target, target).toMatch(/^(https:\/\/|#)/);
      const guide = /^https:\/\/github\.com\/cmq-kit\/cmq-kit\/blob\/main\/(.+?)(#.*)?$/.exec(
        target,
      );
      if (guide !== null) {
        expect(
          () => readFileSync(new URL(`../${guide[1]}`, import.meta.url)),
          target,
        ).not.toThrow();
      }
    }
  });

  it("depend on zod (peer) and date-fns only, without side effects", () => {
    expect(Object.keys(pkg.dependencies)).toEqual(["date-fns"]);
    expect(pkg.peerDependencies).toEqual({ zod: "^4.0.0" });
    expect(pkg.sideEffects).toBe(false);
  });
});

const MODULES = [
  "ids",
  "campus",
  "pathway",
  "matching",
  "dataset",
  "registry",
  "interop",
  "render",
] as const;

describe("public names", () => {
  it("cmq-kit re-exports every module and the shared ground", async () => {
    const root = await import("../src/index.js");
    for (const module of MODULES) {
      const barrel = await import(`../src/${module}/index.ts`);
      for (const name of Object.keys(barrel))
        expect(root, `${module}: ${name}`).toHaveProperty(name);
    }
    expect(Object.keys(root)).toEqual(
      expect.arrayContaining([
        "ISSUE_CODES",
        "localizeIssue",
        "CmqError",
        "IsoDateSchema",
        "PeriodSchema",
        "addCalendarMonths",
        "academicYearOf",
        "countWeekdays",
        "formatPath",
      ]),
    );
  });
});
