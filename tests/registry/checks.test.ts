import { describe, expect, it } from "vitest";
import { validateDataset } from "../../src/dataset/index.js";
import { createRegistry } from "../../src/registry/index.js";
import { formatPath } from "../../src/shared/index.js";
import { GHOST_UAI, registryDataset, testRegistry } from "./dataset-fixture.js";

const ON = "2026-01-15";

function registryIssues(data: unknown, registry: unknown, locale: "en" | "fr" = "en") {
  return validateDataset(data, { on: ON, locale, registry } as never)
    .issues.filter((i) => i.code.startsWith("registry."))
    .map((i) => `${formatPath(i.path)} ${i.code}: ${i.message}`);
}

describe("validateDataset with a registry", () => {
  it("finds the seeded defects at the right places", () => {
    expect(registryIssues(registryDataset(), testRegistry())).toEqual([
      "campus.members[1] registry.closed_establishment: 0710011B (Lycée professionnel Alexandre Dumaine) is closed from 2019-06-30, while the membership has no end.",
      "partners[2].siret registry.siret_mismatch: SIRET 19711234100015 here, but the directory gives 19021234100019 for UAI 0212345K (Lycée Hippolyte Fontaine).",
      `partners[3].uai registry.unknown_uai: UAI ${GHOST_UAI} is not in the directory (Annuaire de l'éducation).`,
      "programmes[0].blocks[1].code registry.unknown_block: Block RNCP35340BC09 is not in the registry.",
      "programmes[1].rncp registry.inactive_certification: RNCP34000 is INACTIVE since 2024-09-01 (registration ended), before 2026-01-15.",
      "programmes[1].rncp registry.level_mismatch: Level 5 here, but the registry gives RNCP34000 level 4.",
      "programmes[2].rncp registry.inactive_certification: RNCP36000: its registration ended on 2025-09-01, before 2026-01-15.",
      "programmes[3].rncp registry.unknown_certification: RNCP11111 is not in the registry (RNCP).",
      "pathways[0].steps[2] registry.closed_establishment: 0710011B (Lycée professionnel Alexandre Dumaine) is closed from 2019-06-30, before 2026-01-30.",
      "pathways[0].steps[4] registry.inactive_certification: RNCP34000 is INACTIVE since 2024-09-01 (registration ended), before 2024-09-02.",
    ]);
  });

  it("writes the messages in French", () => {
    const french = registryIssues(registryDataset(), testRegistry(), "fr");
    expect(french[0]).toBe(
      "campus.members[1] registry.closed_establishment: 0710011B (Lycée professionnel Alexandre Dumaine) est fermé à partir du 2019-06-30, alors que l'adhésion n'a pas de fin.",
    );
    expect(french).toContain(
      "programmes[1].rncp registry.inactive_certification: RNCP34000 est INACTIVE depuis le 2024-09-01 (fin d'enregistrement), avant le 2026-01-15.",
    );
  });

  it("never reports a kind of record the registry does not hold", () => {
    const empty = createRegistry({});
    expect(registryIssues(registryDataset(), empty)).toEqual([]);
    const registry = testRegistry();
    const rncpOnly = createRegistry({
      certifications: registry.certifications.filter((c) => c.code.startsWith("RNCP")),
    });
    expect(registryIssues(registryDataset(), rncpOnly).some((i) => i.includes("RS5678"))).toBe(
      false,
    );
    // An RS code in `rncp` is refused by ProgrammeSchema (ids.invalid_format): the programme is
    // read without it, so the registry is not asked about it.
    const declared = createRegistry({ certifications: [], holds: ["rs", "bogus" as never] });
    expect(registryIssues(registryDataset(), declared)).toEqual([]);
    expect(
      validateDataset(registryDataset(), { on: ON, registry: declared }).issues.map((i) => [
        i.code,
        formatPath(i.path),
      ]),
    ).toContainEqual(["ids.invalid_format", "programmes[4].rncp"]);
    const schoolsOnly = createRegistry({
      establishments: registry.establishments.filter((e) => e.source === "annuaire"),
    });
    const issues = registryIssues(registryDataset(), schoolsOnly);
    expect(issues.some((i) => i.includes("0750001U"))).toBe(false);
    expect(issues.some((i) => i.includes("unknown_uai"))).toBe(true);
  });

  it("refuses a registry option that is not one, and survives a throwing one", () => {
    const result = validateDataset(registryDataset(), { on: ON, registry: { holds: 1 } } as never);
    expect(result.issues.map((i) => [i.code, i.params?.option])).toContainEqual([
      "dataset.invalid_option",
      "registry",
    ]);
    const throwing = {
      certification() {
        throw new Error("boom");
      },
      block() {
        throw new Error("boom");
      },
      establishment() {
        throw new Error("boom");
      },
      holds: () => true,
    };
    const issues = registryIssues(registryDataset(), throwing);
    expect(issues.filter((i) => i.includes("unknown_certification"))).toHaveLength(4);
  });
});
