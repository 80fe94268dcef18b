import {
  type Campus,
  checkCampusNetwork,
  contributionsSummary,
  labelStatusAt,
  type Membership,
  type Partner,
  type PartnerKind,
} from "cmq-kit/campus";
import { luhnCheckDigit, uaiCheckLetter } from "cmq-kit/ids";
import { type BenchRow, formatMs, meanTimeMs } from "./harness.js";

const PARTNERS = 5_000;
const MEMBERSHIPS = 20_000;
const KINDS: PartnerKind[] = [
  "company",
  "company",
  "company",
  "upper-secondary-school",
  "higher-education",
  "apprentice-training-centre",
  "research",
  "continuing-training",
  "association",
  "local-authority",
];

/** A network of 5,000 partners with valid, distinct identifiers and 20,000 memberships. */
function largeNetwork(): { campus: Campus; partners: Partner[] } {
  const partners: Partner[] = Array.from({ length: PARTNERS }, (_, i) => {
    const kind = KINDS[i % KINDS.length] as PartnerKind;
    const payload = `1${String(i).padStart(12, "0")}`;
    const partner: Partner = {
      id: `p${i}`,
      name: `Partner ${i}`,
      kind,
      siret: payload + luhnCheckDigit(payload),
    };
    if (kind === "upper-secondary-school" || kind === "higher-education") {
      const seven = `07${String(i).padStart(5, "0")}`;
      partner.uai = seven + uaiCheckLetter(seven);
    }
    return partner;
  });
  const members: Membership[] = Array.from({ length: MEMBERSHIPS }, (_, i) => {
    const year = 2014 + (i % 10);
    const membership: Membership = {
      partnerId: `p${i % PARTNERS}`,
      roles: i === 1 ? ["carrier", "governance"] : i % 7 === 0 ? ["member", "host"] : ["member"],
      from: `${year}-09-01`,
      contributions: [{ kind: i % 2 === 0 ? "placements" : "skills-sponsorship", hours: 35 }],
    };
    if (i % 3 === 0) membership.to = `${year + 4}-08-31`;
    return membership;
  });
  return {
    campus: {
      id: "large",
      name: "Large campus",
      sector: "materials",
      labels: [{ category: "cmq", decidedOn: "2020-01-01", durationYears: 5 }],
      members,
    },
    partners,
  };
}

/** The network check and the summaries on a large network. */
export async function benches(): Promise<BenchRow[]> {
  const { campus, partners } = largeNetwork();
  const on = "2024-01-15";
  const check = checkCampusNetwork(campus, partners, { on });
  if (!check.ok) throw new Error(`bench network is invalid: ${check.issues[0]?.message}`);
  const network = await meanTimeMs("checkCampusNetwork", () =>
    checkCampusNetwork(campus, partners, { on }),
  );
  const summary = await meanTimeMs("contributionsSummary", () =>
    contributionsSummary(campus, partners, { on }),
  );
  const labels = {
    labels: Array.from({ length: 1_000 }, (_, i) => ({
      category: "cmq" as const,
      decidedOn: `${2020 + (i % 5)}-0${1 + (i % 9)}-01`,
      durationYears: 1 + (i % 5),
    })),
  };
  const status = await meanTimeMs("labelStatusAt", () => labelStatusAt(labels, { on }));
  return [
    {
      name: "checkCampusNetwork, 5,000 partners, 20,000 memberships",
      goal: "≤ 20 ms",
      measured: formatMs(network),
      met: network <= 20,
    },
    {
      name: "contributionsSummary, same network",
      goal: "",
      measured: formatMs(summary),
      met: null,
    },
    {
      name: "labelStatusAt, 1,000 decisions",
      goal: "",
      measured: formatMs(status),
      met: null,
    },
  ];
}
