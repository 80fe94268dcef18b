/**
 * One valid call per public function that needs related arguments (a problem and its
 * allocation, a registry and a code…). The campaign starts from these calls and makes one
 * argument, or one value deep inside an argument, hostile. Functions not listed here get their
 * arguments drawn from the pool.
 */
import { VALID as V } from "./pool.js";

const on = V.date;
const fr = V.frenchOptions;

/** Valid arguments by export name. The last argument is the options object where there is one. */
export const SAMPLES: Readonly<Record<string, readonly unknown[]>> = {
  validateDataset: [V.dataset, fr],
  validateDatasetJson: [JSON.stringify(V.dataset), fr],
  parseDataset: [V.dataset, fr],
  checkDatasetShape: [V.dataset, fr],
  validatePathway: [V.pathway, { ...fr, programmes: V.programmes, learner: V.learner }],
  parsePathway: [V.pathway, { ...fr, programmes: V.programmes, learner: V.learner }],
  auditPathway: [V.pathway, { ...fr, programmes: V.programmes, learner: V.learner }],
  pfmpAllowance: [V.pathway, { ...fr, programmes: V.programmes }],
  checkPlacementHosts: [V.pathways, V.partners, fr],
  internshipGratification: [V.step, fr],
  buildProgrammeCatalogue: [V.programmes, fr],
  suggestNextProgrammes: [V.learner, V.programmes, fr],
  suggestBlocksForGaps: [
    [{ code: "x", required: 3, actual: 1, essential: true }],
    V.programmes,
    fr,
  ],
  evaluateRequirement: [V.requirement, V.achievements, fr],
  describeRequirement: [V.requirement, fr],
  checkCampusNetwork: [V.campus, V.partners, fr],
  assessExcellence: [V.campus, V.partners, fr],
  contributionsSummary: [V.campus, V.partners, fr],
  validatePartners: [V.partners, fr],
  classifyPartner: [V.partner, fr],
  labelStatusAt: [V.campus, fr],
  validateLabelDecision: [V.campus.labels?.[0], fr],
  scoreMatch: [V.learner, V.project, fr],
  rankProjects: [V.learner, V.projects, fr],
  rankLearners: [V.project, V.learners, fr],
  buildAllocationProblem: [V.learners, V.projects, fr],
  validateAllocationProblem: [V.problem, fr],
  allocate: [V.problem, { ...fr, optimal: "supervisor" }],
  findBlockingPairs: [V.problem, V.matches, fr],
  explainAllocation: [V.problem, V.allocation, V.learner.id, fr],
  explainAllocations: [V.problem, V.allocation, fr],
  allocationReport: [V.problem, V.allocation, fr],
  allocateAndReport: [V.problem, { ...fr, optimal: "supervisor", only: "refused", limit: 2 }],
  allocateMaxScore: [
    {
      learners: [{ id: "a" }, { id: "b" }],
      projects: [{ id: "p", capacity: 1 }],
      scores: [
        { learnerId: "a", projectId: "p", score: 0.5 },
        { learnerId: "b", projectId: "p", score: 0.7 },
      ],
    },
    fr,
  ],
  linearSumAssignment: [V.matrix, { ...fr, maximize: true }],
  allocationSvg: [V.report, fr],
  networkSvg: [V.campus, V.partners, fr],
  pathwayTimelineSvg: [V.pathway, { ...fr, programmes: V.programmes, learner: V.learner }],
  campusReport: [V.dataset, fr],
  readRncpExport: [V.rncpTables, fr],
  readEstablishmentDirectory: [V.establishmentsCsv, fr],
  programmeFromCertification: [V.registry, V.rncp, fr],
  checkCertificationInRegistry: [V.registry, V.rncp, { on }, fr],
  checkBlockInRegistry: [V.registry, `${V.rncp}BC01`, { on }, fr],
  checkEstablishmentInRegistry: [V.registry, V.uai, { on }, fr],
  partnerFromEstablishment: [V.registry, V.uai, fr],
  toOpenBadgeAchievement: [V.programme, { ...fr, issuer: V.partner }],
  toSchemaOrgProgram: [V.programme, V.partner, fr],
  toElmLearningOpportunity: [V.programme, V.partner, fr],
  validateIdentifier: [V.kind, V.siret, fr],
  parseIdentifier: [V.kind, V.siret, fr],
  normalizeIdentifier: [V.kind, V.siret],
  parameterAt: [V.parameterName, on, fr],
  localizeIssue: [V.issue, "fr"],
  hasErrors: [V.issues],
};
