/**
 * `npm run demo`: what cmq-kit does, on examples/vrai.json (the CMQ d'excellence ITIP and its VRAI
 * project). It runs the `cmq-kit` program, as a user would.
 */
import { nodeIo } from "../src/cli/io.js";
import { runCli } from "../src/cli/program.js";

const FILE = "examples/vrai.json";
const ON = "2026-01-15";
const io = nodeIo();

function heading(title: string): void {
  io.out(`\n\u2501\u2501 ${title} ${"\u2501".repeat(Math.max(0, 76 - title.length))}\n\n`);
}

async function run(title: string, args: string[]): Promise<void> {
  heading(title);
  io.out(`$ cmq-kit ${args.join(" ")}\n`);
  const code = await runCli(args, io);
  io.out(`(exit code ${code})\n`);
}

io.out("cmq-kit demo: the CMQ d'excellence ITIP (Le Creusot) and its VRAI project\n");

await run(`1. Label status on ${ON}`, ["status", FILE, "--on", ON]);
await run("   … and when the renewal comes due (French)", [
  "status",
  FILE,
  "--on",
  "2029-10-01",
  "--locale",
  "fr",
]);

await run(`2. The partner network on ${ON}`, ["network", FILE, "--on", ON]);
await run("   … the excellence criteria, an aid (French)", [
  "excellence",
  FILE,
  "--on",
  ON,
  "--locale",
  "fr",
]);
await run("   … and what the partners contribute", ["contributions", FILE, "--on", ON]);

await run(
  "3. The whole dataset checked (shape, identifiers, label, network, pathways, references)",
  ["validate", FILE, "--on", ON],
);
await run(
  "4. Léa's pathway: bac pro MELEC, BTS under apprenticeship, licence pro, semester abroad",
  ["audit", FILE, "--pathway", "p-lea", "--on", ON],
);
await run("5. Learners allocated to the partners' projects (stable, learner-optimal)", [
  "match",
  FILE,
]);
await run("   … and for the maximum total score (French)", [
  "match",
  FILE,
  "--max-score",
  "--locale",
  "fr",
]);
io.out("\nMore: docs/getting-started.md, docs/cli.md, and `npx cmq-kit --help`.\n");
