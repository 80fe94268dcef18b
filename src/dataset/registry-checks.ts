/**
 * The dataset's checks against an official registry (`options.registry`): programmes'
 * certifications and blocks, partners' UAI and SIRET, and the dates at which they are used.
 *
 * @module
 */
import {
  checkNetworkInRegistry,
  guardedRegistry,
  type Membership,
  type Partner,
} from "../campus/index.js";
import {
  checkBlockInRegistry,
  checkCertificationInRegistry,
  checkEstablishmentInRegistry,
  type RegistryCheckCode,
  type RegistryLookup,
} from "../ids/index.js";
import type { Pathway, Programme } from "../pathway/index.js";
import type { Issue, Locale } from "../shared/index.js";

/** The parts of a dataset the registry checks read, each entry with its index in the input. */
export interface RegistryCheckInput {
  /** The campus's well-formed memberships (a malformed one does not hide the others). */
  members: { index: number; value: Membership }[];
  partners: { index: number; value: Partner }[];
  programmes: { index: number; value: Programme }[];
  pathways: { index: number; value: Pathway }[];
  on: string;
  locale: Locale;
}

/**
 * Checks a dataset's programmes, partners, memberships and pathway steps against a registry.
 * The registry's own look-ups are guarded: a look-up that throws counts as "not found".
 *
 * - Programmes: `rncp` unknown, inactive on `on`, level mismatch; each block unknown.
 * - Pathway steps: a programme step's certification, or a block step's, inactive on the step's
 *   start.
 * - Partners with a UAI: unknown (lycées in the Annuaire, higher education in the ESR list),
 *   SIRET mismatch; closed before each of its memberships ends, or before each placement step
 *   it hosts ends.
 *
 * @param lookup - the registry.
 * @param input - the validated parts of the dataset.
 * @returns the issues, with paths into the dataset.
 */
export function checkDatasetAgainstRegistry(
  lookup: RegistryLookup,
  input: RegistryCheckInput,
): Issue<RegistryCheckCode>[] {
  const safe = guardedRegistry(lookup);
  const issues: Issue<RegistryCheckCode>[] = [];
  const { locale, on } = input;
  for (const { index, value } of input.programmes) {
    if (value.rncp !== undefined) {
      issues.push(
        ...checkCertificationInRegistry(
          safe,
          value.rncp,
          on === "" ? { level: value.level } : { level: value.level, on },
          { path: ["programmes", index, "rncp"], locale },
        ),
      );
    }
    value.blocks?.forEach((block, b) => {
      issues.push(
        ...checkBlockInRegistry(
          safe,
          block.code,
          {},
          {
            path: ["programmes", index, "blocks", b, "code"],
            locale,
          },
        ),
      );
    });
  }

  const programmes = new Map(input.programmes.map(({ value }) => [value.id, value]));
  const partnerById = new Map(input.partners.map((entry) => [entry.value.id, entry]));
  for (const { index: k, value: pathway } of input.pathways) {
    pathway.steps.forEach((step, s) => {
      const path = ["pathways", k, "steps", s];
      if (step.kind === "programme") {
        const rncp = programmes.get(step.programmeId)?.rncp;
        if (rncp !== undefined) {
          issues.push(
            ...onlyInactive(
              checkCertificationInRegistry(safe, rncp, { on: step.start }, { path, locale }),
            ),
          );
        }
      } else if (step.kind === "block") {
        issues.push(
          ...onlyInactive(
            checkBlockInRegistry(safe, step.block, { on: step.start }, { path, locale }),
          ),
        );
      } else if (
        step.kind === "internship" ||
        step.kind === "pfmp" ||
        step.kind === "apprenticeship"
      ) {
        const partnerId = step.kind === "apprenticeship" ? step.employerId : step.hostId;
        const partner = partnerById.get(partnerId)?.value;
        if (partner?.uai !== undefined) {
          issues.push(
            ...onlyClosure(
              checkEstablishmentInRegistry(
                safe,
                partner.uai,
                { until: step.end, periodPath: path },
                { locale },
              ),
            ),
          );
        }
      }
    });
  }

  issues.push(
    ...checkNetworkInRegistry(
      safe,
      input.partners,
      input.members,
      { partners: ["partners"], members: ["campus", "members"] },
      locale,
    ),
  );
  return issues;
}

function onlyInactive(issues: Issue<RegistryCheckCode>[]): Issue<RegistryCheckCode>[] {
  return issues.filter((issue) => issue.code === "registry.inactive_certification");
}

function onlyClosure(issues: Issue<RegistryCheckCode>[]): Issue<RegistryCheckCode>[] {
  return issues.filter((issue) => issue.code === "registry.closed_establishment");
}
