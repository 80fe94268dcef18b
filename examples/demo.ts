/**
 * `npm run demo`: what cmq-kit does, on examples/vrai.json (the CMQ d'excellence ITIP and its VRAI
 * project). It runs the `cmq-kit` program, as a user would, and calls the library where the
 * program has no command (the network and excellence overview).
 */
import { readFileSync } from "node:fs";
import {
  assessExcellence,
  checkCampusNetwork,
  isMembershipInForce,
  PARTNER_KINDS,
} from "cmq-kit/campus";
import { parseDataset } from "cmq-kit/dataset";
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

heading(`2. The partner network on ${ON}`);
const dataset = parseDataset(JSON.parse(readFileSync(FILE, "utf8")), { on: ON });
const network = checkCampusNetwork(dataset.campus, dataset.partners, { on: ON });
const inForce = dataset.campus.members.filter((membership) =>
  isMembershipInForce(membership, { on: ON }),
);
const kinds = new Map<string, number>();
for (const membership of inForce) {
  const kind = dataset.partners.find((partner) => partner.id === membership.partnerId)?.kind;
  if (kind !== undefined) kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
}
io.out(`${inForce.length} memberships in force:\n`);
for (const [kind, count] of kinds)
  io.out(
    `  ${String(count).padStart(2)} × ${PARTNER_KINDS[kind as keyof typeof PARTNER_KINDS].en}\n`,
  );
io.out(
  `checkCampusNetwork: ${network.ok ? "ok" : "errors"}; ${network.issues.map((issue) => `${issue.severity} ${issue.code}`).join(", ") || "no issue"}\n`,
);
io.out("\nassessExcellence (an aid, not the official decision):\n");
for (const finding of assessExcellence(dataset.campus, dataset.partners, { on: ON })) {
  const verdict = finding.met === null ? "?" : finding.met ? "\u2713" : "\u2717";
  io.out(`  ${verdict} ${finding.id}: ${finding.evidence}\n`);
}

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
io.out("\nMore: docs/getting-started.md, docs/cli.md, and `npx cmq-kit --help`.\n");
