/**
 * Exporting the 20,000-learner bench dataset's achievements as Open Badges 3.0 credentials,
 * against `JSON.stringify` of the credentials (what any caller does next to send or store them).
 * Goal: the export costs at most the stringify (ratio ≤ 1). The achievements are those of the
 * learners' pathways: each finished programme step (bac pro, then BTS) is a badge.
 */
import { createOpenBadgeIssuer } from "cmq-kit/interop";
import type { Achievement } from "cmq-kit/pathway";
import { syntheticDataset } from "./fixtures/synthetic-dataset.js";
import { alternateTimesMs, type BenchRow, formatMs, median } from "./harness.js";

const LEARNERS = 20_000;
const ON = "2030-01-01";

export async function benches(): Promise<BenchRow[]> {
  const dataset = syntheticDataset(LEARNERS);
  const work: { achievement: Achievement; learner: { id: string } }[] = [];
  for (const pathway of dataset.pathways ?? [])
    for (const step of pathway.steps)
      if (step.kind === "programme" && step.end <= ON)
        work.push({
          achievement: { on: step.end, programmeId: step.programmeId },
          learner: { id: pathway.learnerId },
        });
  const issuer = dataset.partners.find((p) => p.id === "cfa");
  if (issuer === undefined) throw new Error("no issuer");
  let credentials: unknown[] = [];
  const exportAll = () => {
    const issue = createOpenBadgeIssuer({
      issuer,
      programmes: dataset.programmes ?? [],
      issuedOn: ON,
      salt: "bench",
    });
    credentials = work.map(({ achievement, learner }) => {
      const result = issue(achievement, learner);
      if (!result.ok) throw new Error(JSON.stringify(result.issues));
      return result.value;
    });
  };
  exportAll();
  const stringify = () => JSON.stringify(credentials);
  alternateTimesMs([exportAll, stringify], 2);
  const [exportTimes = [], stringifyTimes = []] = alternateTimesMs([exportAll, stringify], 7);
  const exportMs = median(exportTimes);
  const stringifyMs = median(stringifyTimes);
  const ratio = exportMs / stringifyMs;
  return [
    {
      name: `toOpenBadgeCredential, ${work.length.toLocaleString("en")} achievements of ${LEARNERS.toLocaleString("en")} learners, vs JSON.stringify of the result`,
      goal: "ratio ≤ 1.0",
      measured: `export ${formatMs(exportMs)}, stringify ${formatMs(stringifyMs)}: ratio ${ratio.toFixed(2)}`,
      met: ratio <= 1,
    },
  ];
}
