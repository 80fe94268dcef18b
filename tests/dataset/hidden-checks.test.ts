import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkDatasetShape, DATASET_CODES, validateDataset } from "../../src/dataset/index.js";
import { createIssue, formatPath, type Issue } from "../../src/shared/index.js";
import { vrai } from "./producers.js";

const ON = "2026-01-15";

const at = (issue: Issue) => `${issue.code} @ ${formatPath(issue.path)}`;

function run(data: unknown, locale: "en" | "fr" = "en"): Issue[] {
  return validateDataset(data, { on: ON, locale }).issues;
}

/** vrai.json with a defect in every section, so that there is something to hide. */
function seeded() {
  const data = vrai();
  data.campus.labels[0].durationYears = 7;
  data.campus.members = data.campus.members.filter(
    (m: { roles: string[] }) => !m.roles.includes("carrier"),
  );
  data.partners[1].uai = "071999";
  data.partners[10].siret = "130 026 123 00014";
  data.programmes[4].rncp = "RNCP12";
  data.learners[0].birthDate = "1990-01-01";
  data.learners[1].preferences.push("ghost-project");
  data.projects[0].partnerId = "nowhere";
  return data;
}

describe("validateDataset: no check hides another (CONTRACT §6 rev. 2)", () => {
  it("a malformed label hides neither the identifiers nor the network", () => {
    const data = vrai();
    data.campus.labels[0].durationYears = "5";
    data.partners[1].uai = "071999";
    data.campus.members = data.campus.members.filter(
      (m: { roles: string[] }) => !m.roles.includes("carrier"),
    );
    expect(
      run(data)
        .filter((i) => i.severity === "error")
        .map(at),
    ).toEqual([
      "dataset.invalid_input @ campus.labels[0].durationYears",
      "network.no_carrier @ campus.members",
      "network.invalid_uai @ partners[1].uai",
    ]);
  });

  it("a bad identifier keeps its entry in every other check", () => {
    const data = vrai();
    const company = data.partners.findIndex((p: { kind: string }) => p.kind === "company");
    data.partners[company].siret = "130 026 123 00014";
    data.programmes[4].rncp = "RNCP1";
    const issues = run(data);
    expect(issues.filter((i) => i.severity === "error").map(at)).toEqual([
      `network.invalid_siret @ partners[${company}].siret`,
      "ids.invalid_format @ programmes[4].rncp",
    ]);
    expect(issues.map((i) => i.code)).not.toContain("dataset.check_skipped");
  });

  it("identifiers in loose form are accepted and returned canonical", () => {
    const data = vrai();
    const siret = data.partners.find((p: { siret?: string }) => p.siret !== undefined).siret;
    const index = data.partners.findIndex((p: { siret?: string }) => p.siret === siret);
    data.partners[index].siret = `${siret.slice(0, 3)} ${siret.slice(3, 6)} ${siret.slice(6)}`;
    const result = validateDataset(data, { on: ON });
    expect(result.ok && result.value.partners[index]?.siret).toBe(siret);
  });

  it("checkDatasetShape leaves identifier rules to validateDataset", () => {
    const data = vrai();
    const index = data.partners.findIndex((p: { siret?: string }) => p.siret !== undefined);
    const siret = data.partners[index].siret;
    data.partners[index].siret = "130 026 123 00014";
    data.programmes[4].rncp = "rncp 12";
    data.programmes[0].rncp = data.programmes[0].rncp.toLowerCase();
    const result = checkDatasetShape(data);
    expect(result.ok).toBe(true);
    expect(result.ok && result.value.partners[index]?.siret).toBeUndefined();
    expect(result.ok && result.value.programmes?.[4]?.rncp).toBeUndefined();
    expect(result.ok && result.value.programmes?.[0]?.rncp).toBe(vrai().programmes[0].rncp);
    data.partners[index].siret = `${siret.slice(0, 9)} ${siret.slice(9)}`;
    data.partners[0].kind = "bank";
    expect(checkDatasetShape(data).issues.map(at)).toEqual([
      "dataset.invalid_input @ partners[0].kind",
    ]);
  });

  it("says which check was skipped, and why, once", () => {
    const codes = (data: unknown, on = ON) =>
      validateDataset(data, { on })
        .issues.filter((i) => i.code === "dataset.check_skipped")
        .map((i) => [formatPath(i.path), i.params?.check, i.params?.reason, i.params?.id]);

    const noCampus = vrai();
    noCampus.campus = "ITIP";
    expect(codes(noCampus)).toEqual([
      ["campus", "network-composition", "campus-unreadable", undefined],
    ]);
    expect(codes(vrai(), "someday")).toEqual([
      ["campus.members", "network-composition", "invalid-on", undefined],
    ]);

    const learner = vrai();
    learner.learners[0].birthDate = 20040101;
    const unknown = vrai();
    unknown.pathways[0].learnerId = "nobody";
    expect(codes(learner)).toEqual([
      ["pathways[0]", "pathway-rules", "learner-malformed", "l-lea"],
    ]);
    expect(codes(unknown)).toEqual([["pathways[0]", "pathway-rules", "learner-unknown", "nobody"]]);

    const programme = vrai();
    const id = programme.pathways[0].steps[0].programmeId;
    const p = programme.programmes.findIndex((x: { id: string }) => x.id === id);
    programme.programmes[p].level = 12;
    const skipped = codes(programme);
    expect(skipped[0]).toEqual([
      "pathways[0]",
      "pathway-programme-rules",
      "programme-malformed",
      `"${id}"`,
    ]);
  });

  it("says when a malformed partner's host limits cannot be checked", () => {
    const data = vrai();
    const hostId = data.pathways
      .flatMap((p: { steps: { hostId?: string }[] }) => p.steps)
      .find((s: { hostId?: string }) => s.hostId !== undefined).hostId;
    const index = data.partners.findIndex((p: { id: string }) => p.id === hostId);
    data.partners[index].size = { headcount: -3 };
    const issues = run(data).filter((i) => i.code === "dataset.check_skipped");
    expect(issues.map(at)).toEqual([`dataset.check_skipped @ partners[${index}]`]);
    expect(issues[0]?.params).toMatchObject({ check: "host-limits", reason: "partner-malformed" });
    expect(run(data, "fr").find((i) => i.code === "dataset.check_skipped")?.message).toBe(
      `Non vérifié : les plafonds d'accueil de ce partenaire (stagiaires simultanés, par tuteur, délai de carence), car le partenaire « ${hostId} » est mal formé (voir ses anomalies).`,
    );
  });

  it("names a check or reason it does not know as given", () => {
    const params = { check: "other-check", reason: "other-reason" };
    const issue = createIssue(DATASET_CODES, "dataset.check_skipped", [], params, "en");
    expect(issue.message).toBe("Not checked: other-check, because other-reason.");
    expect(issue.severity).toBe("info");
  });

  it("messages exist in English and French", () => {
    const data = vrai();
    data.pathways[0].learnerId = "nobody";
    const en = run(data).find((i) => i.code === "dataset.check_skipped");
    const fr = run(data, "fr").find((i) => i.code === "dataset.check_skipped");
    expect(en?.message).toBe(
      'Not checked: the rules of this pathway (periods, placements, apprenticeship, prerequisites), because no learner has the id "nobody".',
    );
    expect(fr?.message).toBe(
      "Non vérifié : les règles de ce parcours (périodes, stages, apprentissage, prérequis), car aucun apprenant n'a l'identifiant « nobody ».",
    );
  });
});

/** Every path to a leaf (or an empty array/object) of a JSON value. */
function leaves(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value) && value.length > 0) {
    return value.flatMap((item, i) => leaves(item, [...path, i]));
  }
  if (typeof value === "object" && value !== null && Object.keys(value).length > 0) {
    return Object.entries(value).flatMap(([key, item]) => leaves(item, [...path, key]));
  }
  return [path];
}

function setAt(root: unknown, path: (string | number)[], value: unknown): void {
  let node = root as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = path[path.length - 1] as string | number;
  if (value === undefined) delete node[last];
  else node[last] = value;
}

/** An issue is accounted for when it is still there, or an info says its check was skipped. */
const SKIP_CODES = new Set(["dataset.check_skipped", "network.composition_not_checked"]);

describe("one-field mutations never hide the issues of other parts", () => {
  it("keeps every issue outside the mutated section, or says why not", () => {
    const base = seeded();
    const before = run(base);
    expect(before.filter((i) => i.severity === "error").length).toBeGreaterThan(6);
    const paths = leaves(base).filter((path) => path.length > 1);
    const failures: string[] = [];
    fc.assert(
      fc.property(
        fc.constantFrom(...paths),
        fc.constantFrom<unknown>("5", "", null, {}, [], -1, 1.5, undefined, "2024-02-30", [1]),
        (path, value) => {
          const data = seeded();
          setAt(data, path, value);
          const after = run(data);
          const present = new Set(after.map(at));
          // A reference the mutation broke is reported where the issue was (or below).
          const within = (issue: Issue) =>
            after.some((i) => issue.path.every((segment, k) => i.path[k] === segment));
          const skips = after.filter((i) => SKIP_CODES.has(i.code));
          for (const issue of before) {
            if (issue.path[0] === path[0] || present.has(at(issue))) continue;
            if (within(issue)) continue;
            const covered = skips.some((skip) =>
              skip.path.every((segment, k) => issue.path[k] === segment),
            );
            if (!covered)
              failures.push(`${formatPath(path)} = ${JSON.stringify(value)} hid ${at(issue)}`);
          }
        },
      ),
      { numRuns: 300 },
    );
    expect([...new Set(failures)]).toEqual([]);
  }, 120_000);
});
