/**
 * The registry checks of a pathway (CONTRACT §7): the certification of each programme step and
 * each block step, judged on the step's start, against an official registry given as
 * `options.registry`.
 *
 * @module
 */
import {
  checkBlockInRegistry,
  checkCertificationInRegistry,
  isRegistryLookup,
  type RegistryLookup,
} from "../ids/index.js";
import {
  createIssue,
  describeValue,
  type Issue,
  type IssuePath,
  type Locale,
  readSafely,
} from "../shared/index.js";
import { PATHWAY_MESSAGES, type PathwayIssueCode } from "./codes.js";
import type { PathwayFrame } from "./frame.js";

/**
 * The registry of a call, or `undefined` without one; a value that is not a registry is a
 * `pathway.invalid_option` at `["registry"]` and no registry check is made. Never throws.
 *
 * @internal
 */
export function readRegistryOption(
  options: unknown,
  locale: Locale,
): { registry: RegistryLookup | undefined; issues: Issue<PathwayIssueCode>[] } {
  const given = readSafely(() => (options as { registry?: unknown } | undefined)?.registry, null);
  if (given === undefined) return { registry: undefined, issues: [] };
  if (isRegistryLookup(given)) return { registry: given, issues: [] };
  const issue = createIssue(
    PATHWAY_MESSAGES,
    "pathway.invalid_option",
    ["registry"],
    { option: "registry", problem: "bad_registry", received: describeValue(given) },
    locale,
  );
  return { registry: undefined, issues: [issue] };
}

/**
 * Checks each programme step's certification (its programme's `rncp`: unknown, inactive on the
 * step's start, a level that differs) and each block step's block against the registry. A kind
 * of record the registry does not hold is never "unknown".
 *
 * @internal
 */
export function checkPathwayInRegistry(
  frame: PathwayFrame,
  registry: RegistryLookup,
  basePath: IssuePath,
  locale: Locale,
  issues: Issue<PathwayIssueCode>[],
): void {
  for (const record of frame.records) {
    const step = record.step;
    const path = [...basePath, "steps", record.index];
    if (step.kind === "programme") {
      const programme = frame.catalogue.get(step.programmeId);
      if (programme?.rncp === undefined) continue;
      const found = checkCertificationInRegistry(
        registry,
        programme.rncp,
        { on: step.start, level: programme.level },
        { path, locale },
      );
      for (const issue of found) issues.push(issue as Issue<PathwayIssueCode>);
    } else if (step.kind === "block") {
      const found = checkBlockInRegistry(
        registry,
        step.block,
        { on: step.start },
        { path, locale },
      );
      for (const issue of found) issues.push(issue as Issue<PathwayIssueCode>);
    }
  }
}
