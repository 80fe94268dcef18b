/**
 * `auditPathway`: where a learner stands, on a date, towards the target programme of a pathway.
 *
 * @module
 */
import type { QualificationLevel } from "../ids/index.js";
import {
  createIssue,
  fromDayNumber,
  fromZodIssues,
  type IsoDate,
  IsoDateSchema,
  type Issue,
  type LocaleOptions,
  localeOf,
  pushAll,
  quote,
  type Result,
  readSafely,
  resultOf,
  sortIssues,
  toDayNumber,
} from "../shared/index.js";
import { contextIssues, type ProgrammeCatalogue, readCatalogue, readLearner } from "./catalogue.js";
import { PATHWAY_MESSAGES, type PathwayIssueCode } from "./codes.js";
import { evaluateOnFacts, type RequirementEvaluation, safeParse } from "./evaluate.js";
import { FactIndex } from "./facts.js";
import { buildFrame, type StepRecord } from "./frame.js";
import {
  type Learner,
  type Pathway,
  PathwaySchema,
  type Programme,
  type Requirement,
  type Step,
} from "./model.js";
import { readParameterOverrides } from "./overrides.js";
import type { ParameterOverrides } from "./parameters.js";
import { pathwayFacts } from "./validate.js";

/**
 * Options of {@link auditPathway}.
 *
 * @example
 * ```ts
 * const learner: Learner = { id: "l-lea", achievements: [{ on: "2023-07-07", diploma: "bac-pro" }] };
 * const { catalogue } = buildProgrammeCatalogue([{ id: "bts-crsa", title: "BTS CRSA", diploma: "bts", level: 5 }]);
 * const options: AuditPathwayOptions = { learner, programmes: catalogue, on: "2026-01-15" };
 * ```
 */
export interface AuditPathwayOptions extends LocaleOptions {
  /** The learner the pathway belongs to (checked at run time). */
  learner: Learner;
  /** The programme catalogue (a list, or a catalogue from {@link buildProgrammeCatalogue}). */
  programmes: readonly Programme[] | ProgrammeCatalogue;
  /**
   * The date of the audit: what is dated on or before it is acquired (a learner achievement on
   * its date, a step on its last day), the rest is planned.
   */
  on: IsoDate;
  /**
   * Overrides of the legal parameters, as for {@link validatePathway}. The audit applies no
   * legal rule, but it checks them, so that one options object serves both calls: a malformed
   * override is a `pathway.invalid_option` error.
   */
  parameters?: ParameterOverrides;
}

/**
 * A target block and what covers it.
 *
 * @example
 * ```ts
 * const block: AuditedBlock = { code: "RNCP35341BC01", title: "Conception", by: "block-step", on: "2027-01-29", stepIndex: 4 };
 * ```
 */
export interface AuditedBlock {
  /** Block code. */
  code: string;
  /** Block title, from the catalogue. */
  title?: string;
  /** What covers it first: a learner achievement, a block step, or a programme step of the target. */
  by: "achievement" | "block-step" | "programme-step";
  /** When it is (or will be) covered: the achievement's date or the step's last day. */
  on: IsoDate;
  /** Index of the covering step, when a step covers it. */
  stepIndex?: number;
}

/**
 * Progress towards the target of a pathway on a date.
 *
 * @example
 * ```ts
 * import { readFileSync } from "node:fs";
 * const { learners = [], pathways = [], programmes = [] } = parseDataset(
 *   JSON.parse(readFileSync("examples/vrai.json", "utf8")), { on: "2026-01-15" },
 * );
 * const pathway = pathways.find((candidate) => candidate.id === "p-lea");
 * const learner = learners.find((candidate) => candidate.id === pathway?.learnerId);
 * if (!pathway || !learner) throw new Error("Léa and her pathway are in examples/vrai.json");
 * const result = auditPathway(pathway, { learner, programmes, on: "2026-01-15" });
 * const audit: PathwayAudit | undefined = result.ok ? result.value : undefined;
 * audit?.level; //=> { reached: 5, planned: 6 }
 * ```
 */
export interface PathwayAudit {
  /** The date of the audit. */
  on: IsoDate;
  /** The target programme, or `null` when the pathway has none. */
  target: { programmeId: string; title: string; level: QualificationLevel } | null;
  /** The target's blocks: acquired by `on`, planned after it, or covered by nothing. */
  blocks: { acquired: AuditedBlock[]; planned: AuditedBlock[]; missing: string[] };
  /** ECTS earned by `on` and planned after it (learner achievements and steps). */
  ects: { earned: number; planned: number };
  /** Highest level reached by `on`, and highest level reached once every step is done. */
  level: { reached: QualificationLevel | null; planned: QualificationLevel | null };
  /**
   * The target's requirements: evaluated on what is acquired by `on`, and on what will be acquired
   * before the target programme step starts (`plannedFor`; every planned step when the pathway has
   * no step of the target programme). `null` when the target has no requirements.
   */
  prerequisites: {
    requirement: Requirement;
    acquired: RequirementEvaluation;
    planned: RequirementEvaluation;
    plannedFor: IsoDate | null;
  } | null;
  /**
   * Whether the target is reached by `on`: every block of it acquired (for a target without
   * blocks: the programme completed). `false` without a target.
   */
  complete: boolean;
}

/**
 * Audits a pathway on a date: the target's blocks acquired, planned and missing, ECTS earned and
 * planned, the highest level reached, and the target's prerequisites with their explanation.
 *
 * Coverage follows the contract (CONTRACT §4): a target block is covered by a learner
 * achievement of it, a block step of it, or a programme step of the target programme itself; a
 * project covers nothing. A block is acquired when its first cover is dated on or before `on`
 * (a step counts from its last day, as in {@link validatePathway}). Steps with an invalid period
 * or an unknown programme count for nothing in ECTS, levels and prerequisites.
 *
 * The audit does not judge the pathway: call {@link validatePathway} for its issues. It fails
 * only on malformed input (`pathway.invalid_input`, `pathway.invalid_context` — `on`, `learner`,
 * `programmes` — and `pathway.unknown_programme` for an unknown target). Never throws.
 *
 * @param pathway - the pathway (checked with {@link PathwaySchema}).
 * @param options - `learner`, `programmes`, `on`, `locale`.
 * @returns the audit, or the issues.
 * @example
 * ```ts
 * // Léa's pathway of examples/vrai.json: bac pro, BTS under apprenticeship, licence pro (step 7).
 * import { readFileSync } from "node:fs";
 * const { learners = [], pathways = [], programmes = [] } = parseDataset(
 *   JSON.parse(readFileSync("examples/vrai.json", "utf8")), { on: "2026-01-15" },
 * );
 * const pathway = pathways.find((candidate) => candidate.id === "p-lea");
 * const learner = learners.find((candidate) => candidate.id === pathway?.learnerId);
 * if (!pathway || !learner) throw new Error("Léa and her pathway are in examples/vrai.json");
 * const result = auditPathway(pathway, { learner, programmes, on: "2026-01-15" });
 * if (result.ok) result.value.blocks.planned[0];
 * //=> { code: "RNCP30106BC01", title: "Programmer un robot industriel", by: "programme-step", on: "2026-08-31", stepIndex: 7 }
 * if (result.ok) result.value.ects; //=> { earned: 120, planned: 60 }
 * ```
 */
export function auditPathway(
  pathway: unknown,
  options: AuditPathwayOptions,
): Result<PathwayAudit, PathwayIssueCode> {
  const locale = localeOf(options);
  const issues: Issue<PathwayIssueCode>[] = [];
  const context = readCatalogue(
    readSafely(() => options?.programmes, undefined),
    locale,
  );
  pushAll(issues, context.issues);
  const learner = readLearner(
    readSafely(() => options?.learner, undefined),
    locale,
  );
  pushAll(issues, learner.issues);
  const parameters = readParameterOverrides(options, locale);
  for (const issue of parameters.issues) issues.push(issue);
  const on = readSafely(() => options?.on, undefined);
  pushAll(issues, contextIssues(IsoDateSchema, on, ["on"], locale));
  const parsed = safeParse(PathwaySchema, pathway);
  if (!parsed.success) {
    pushAll(
      issues,
      fromZodIssues(parsed.issues, {
        invalidInputCode: "pathway.invalid_input",
        catalogue: PATHWAY_MESSAGES,
        locale,
      }) as Issue<PathwayIssueCode>[],
    );
  }
  if (!parsed.success || typeof on !== "string" || issues.some((i) => i.severity === "error")) {
    return { ok: false, issues: sortIssues(issues) };
  }
  const targetId = parsed.data.target?.programmeId;
  const target = targetId === undefined ? undefined : context.catalogue.get(targetId);
  if (targetId !== undefined && target === undefined) {
    issues.push(
      createIssue(
        PATHWAY_MESSAGES,
        "pathway.unknown_programme",
        ["target", "programmeId"],
        { id: null, programmeId: quote(targetId) },
        locale,
      ),
    );
    return { ok: false, issues };
  }
  const frame = buildFrame(
    parsed.data,
    context.catalogue,
    learner.learner,
    [],
    locale,
    [],
    parameters.parameters,
  );
  const programmes = frame.records.filter((r) => r.step.kind === "programme") as StepRecord<
    Extract<Step, { kind: "programme" }>
  >[];
  const blocks = frame.records.filter((r) => r.step.kind === "block") as StepRecord<
    Extract<Step, { kind: "block" }>
  >[];
  const facts = pathwayFacts(learner.learner, context.catalogue, programmes, blocks);
  const index = new FactIndex(facts);
  const day = toDayNumber(on);
  const open = Number.NEGATIVE_INFINITY;
  const all = Number.POSITIVE_INFINITY;
  const reached = index.highestLevel(open, day + 1);
  const planned = index.highestLevel(open, all);
  const earned = index.ects(open, day + 1);
  const audit: PathwayAudit = {
    on,
    target: null,
    blocks: { acquired: [], planned: [], missing: [] },
    ects: { earned, planned: index.ects(open, all) - earned },
    level: {
      reached: reached === 0 ? null : (reached as QualificationLevel),
      planned: planned === 0 ? null : (planned as QualificationLevel),
    },
    prerequisites: null,
    complete: false,
  };
  if (target !== undefined) {
    audit.target = { programmeId: target.id, title: target.title, level: target.level };
    auditBlocks(audit, target, parsed.data, learner.learner.achievements, day);
    audit.complete =
      (target.blocks ?? []).length > 0
        ? audit.blocks.planned.length === 0 && audit.blocks.missing.length === 0
        : index.programme(target.id, open, day + 1) !== undefined;
    if (target.requires !== undefined) {
      const targetSteps = programmes.filter((r) => r.step.programmeId === target.id);
      const first = targetSteps.reduce<StepRecord | undefined>(
        (best, r) => (best === undefined || r.start < best.start ? r : best),
        undefined,
      );
      audit.prerequisites = {
        requirement: target.requires,
        acquired: evaluateOnFacts(target.requires, index, day + 1),
        planned: evaluateOnFacts(target.requires, index, first?.start ?? all),
        plannedFor: first === undefined ? null : fromDayNumber(first.start),
      };
    }
  }
  return resultOf(audit, issues);
}

/** Sorts the target's blocks into acquired, planned and missing, by their first cover. */
function auditBlocks(
  audit: PathwayAudit,
  target: Programme,
  pathway: Pathway,
  achievements: readonly { on: IsoDate; block?: string | undefined }[],
  day: number,
): void {
  const first = new Map<string, AuditedBlock>();
  const offer = (candidate: AuditedBlock) => {
    const current = first.get(candidate.code);
    if (current === undefined || candidate.on < current.on) first.set(candidate.code, candidate);
  };
  const codes = new Set((target.blocks ?? []).map((block) => block.code));
  for (const achievement of achievements) {
    if (achievement.block !== undefined && codes.has(achievement.block)) {
      offer({ code: achievement.block, by: "achievement", on: achievement.on });
    }
  }
  pathway.steps.forEach((step, stepIndex) => {
    if (step.kind === "block" && codes.has(step.block)) {
      offer({ code: step.block, by: "block-step", on: step.end, stepIndex });
    }
    if (step.kind === "programme" && step.programmeId === target.id) {
      for (const code of codes) offer({ code, by: "programme-step", on: step.end, stepIndex });
    }
  });
  const listed = new Set<string>();
  for (const block of target.blocks ?? []) {
    if (listed.has(block.code)) continue;
    listed.add(block.code);
    const cover = first.get(block.code);
    if (cover === undefined) {
      audit.blocks.missing.push(block.code);
      continue;
    }
    const entry: AuditedBlock = { ...cover };
    if (block.title !== undefined) entry.title = block.title;
    if (toDayNumber(cover.on) <= day) audit.blocks.acquired.push(entry);
    else audit.blocks.planned.push(entry);
  }
}
