/**
 * The worked example of docs/interop.md, on the VRAI dataset: Léa's BTS CRSA blocks as Open
 * Badges 3.0 credentials, the licence pro as an ELM v3 qualification, and the IUT as a
 * schema.org organisation.
 *
 *     npx tsx examples/interop.ts
 */
import { readFileSync } from "node:fs";
import type { CampusDataset } from "cmq-kit/dataset";
import {
  createOpenBadgeIssuer,
  exportElmQualification,
  fromOpenBadgeCredential,
  type JsonObject,
  toSchemaOrgOrganization,
} from "cmq-kit/interop";

export function interopExample(): {
  badges: JsonObject[];
  qualification: JsonObject;
  iut: JsonObject;
} {
  const data = JSON.parse(
    readFileSync(new URL("./vrai.json", import.meta.url), "utf8"),
  ) as CampusDataset;
  const programmes = data.programmes ?? [];
  const partner = (id: string) => data.partners.find((p) => p.id === id);
  const cfa = partner("cfa-industrie-sud-bourgogne");
  const iut = partner("iut-creusot");
  const bts = programmes.find((p) => p.id === "bts-crsa");
  const lp = programmes.find((p) => p.id === "lp-rvi");
  if (cfa === undefined || iut === undefined || bts === undefined || lp === undefined)
    throw new Error("examples/vrai.json changed");

  // 1. Léa passed the BTS CRSA (her pathway's step ends on 2025-07-04): one badge per block,
  //    issued by the CFA where she was an apprentice.
  const issue = createOpenBadgeIssuer({
    issuer: cfa,
    programmes,
    issuedOn: "2025-07-10",
    salt: "itip-2025", // published in each badge; a per-campus secret is not needed
  });
  const badges = (bts.blocks ?? []).map((block) => {
    const result = issue(
      { on: "2025-07-04", programmeId: "bts-crsa", block: block.code },
      { id: "l-lea" },
    );
    if (!result.ok) throw new Error(result.issues.map((i) => i.message).join("\n"));
    return result.value;
  });
  // Read back, as another platform would: the achievement comes back unchanged.
  const back = fromOpenBadgeCredential(badges[0]);
  if (!back.ok || back.value.block !== "RNCP35341BC01") throw new Error("round trip");

  // 2. The licence pro as an ELM v3 qualification (ISCED-F 0714: electronics and automation).
  const qualification = exportElmQualification(lp, {
    titleEn: "Professional bachelor in industrial robotics and vision",
    iscedF: "0714",
  });
  if (!qualification.ok) throw new Error("ELM");
  // qualification.issues: one info, the NQF level the model cannot give.

  // 3. The IUT as a schema.org organisation, for its pages.
  return { badges, qualification: qualification.value, iut: toSchemaOrgOrganization(iut) };
}

if (
  process.argv[1] !== undefined &&
  import.meta.url.endsWith(process.argv[1].split("/").pop() ?? "")
) {
  const { badges, qualification, iut } = interopExample();
  console.log(JSON.stringify({ badge: badges[0], qualification, iut }, null, 2));
}
