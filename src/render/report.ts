/**
 * The campus report: one self-contained HTML document with the label status, the network, the
 * excellence aid, the contributions, each pathway with its timeline and issues, and the
 * allocation with its explanations.
 *
 * @module
 */
import {
  assessExcellence,
  CONTRIBUTION_KINDS,
  type ContributionKind,
  contributionsSummary,
  EXCELLENCE_CRITERIA,
  labelStatusAt,
} from "../campus/index.js";
import { validateDataset } from "../dataset/index.js";
import {
  allocate,
  allocationReport,
  buildAllocationProblem,
  explainAllocations,
  type ProjectOffer,
} from "../matching/index.js";
import type { Learner } from "../pathway/index.js";
import {
  formatPath,
  type IsoDate,
  type Issue,
  isIsoDate,
  type LocaleOptions,
  localeOf,
} from "../shared/index.js";
import { allocationSvg } from "./allocation.js";
import { escapeXml } from "./escape.js";
import { countBySeverity, type DrawnIssue, readIssues } from "./issues.js";
import { labelText } from "./labels.js";
import { networkSvg } from "./network.js";
import { attempt, fieldOf, listOf, numberField, stringField } from "./read.js";
import { type ReportTexts, reportTextsOf } from "./report-texts.js";
import { type RenderTexts, textsOf } from "./texts.js";
import { pathwayTimelineSvg } from "./timeline.js";
import { el } from "./xml.js";

/**
 * Options of {@link campusReport}.
 *
 * @example
 * ```ts
 * const options: CampusReportOptions = { on: "2026-01-15", locale: "fr" };
 * ```
 */
export interface CampusReportOptions extends LocaleOptions {
  /** The day the report describes: label status, memberships in force, rules in force. */
  on: IsoDate;
  /** The most pathways drawn with a timeline (500 by default); the others get a line each. */
  maxPathways?: number;
  /** The most rows of one table (issues, partners, explanations; 500 by default); the rest are counted. */
  maxRows?: number;
}

const MAX_READ = 1_000_000;

interface Context {
  texts: RenderTexts;
  report: ReportTexts;
  locale: "en" | "fr";
  on: IsoDate;
  maxRows: number;
  maxPathways: number;
}

/** Child content of an HTML element (never self-closing: HTML5 allows that on void elements only). */
function h(name: string, attributes: Record<string, string | number | undefined>, children = "") {
  return el(name, attributes, children);
}

function t(text: string): string {
  return escapeXml(labelText(text));
}

/**
 * Writes the campus report: one self-contained HTML5 document (also well-formed XML) with a
 * table of contents and these sections — label status (with the decisions), network (the
 * {@link networkSvg} picture and its issues), excellence (the {@link assessExcellence} aid),
 * contributions, each pathway with its {@link pathwayTimelineSvg} timeline and its issues, the
 * allocation (the {@link allocationSvg} picture, from `buildAllocationProblem` and `allocate`,
 * with each learner's explanation), and the other issues of the data (from `validateDataset`).
 *
 * The document makes no network request: no external font, script, style or image, and a
 * Content-Security-Policy that forbids them. It prints on A4 with a page break before each
 * section. Every text from the data is escaped. Never throws: a section that cannot be computed
 * says so, and the others are written.
 *
 * @param dataset - anything; a {@link CampusDataset} when valid.
 * @param options - `on` (the day), `locale`, `maxPathways`, `maxRows`.
 * @returns the HTML document.
 * @example
 * ```ts
 * import { readFileSync } from "node:fs";
 *
 * const dataset: unknown = JSON.parse(readFileSync("examples/vrai.json", "utf8"));
 * const html = campusReport(dataset, { on: "2026-01-15", locale: "fr" });
 * html.startsWith("<!DOCTYPE html>"); //=> true
 * ```
 */
export function campusReport(dataset: unknown, options: CampusReportOptions): string {
  const locale = localeOf(options);
  const onValue = fieldOf(options, "on");
  const context: Context = {
    texts: textsOf(locale),
    report: reportTextsOf(locale),
    locale,
    on: isIsoDate(onValue) ? onValue : "",
    maxRows: limit(numberField(options, "maxRows"), 500),
    maxPathways: limit(numberField(options, "maxPathways"), 500),
  };
  const { report } = context;
  const validated: readonly Issue[] = attempt(
    () => validateDataset(dataset, { on: onValue as IsoDate, locale }).issues,
    [],
  );
  // The report's own validation, not an option: every issue counts, past the cap of a picture's
  // (a list longer than the library reads anywhere is cut, not dropped).
  const issues = readIssues(validated.slice(0, MAX_READ), MAX_READ).issues;
  const bySection = issuesBySection(issues);
  const campus = fieldOf(dataset, "campus");
  const campusName = stringField(campus, "name") ?? stringField(campus, "id") ?? "?";
  const sections: { id: string; title: string; body: string }[] = [
    {
      id: "label",
      title: report.label,
      body: attempt(() => labelSection(campus, bySection.label, context), fallback(context)),
    },
    {
      id: "network",
      title: report.network,
      body: attempt(() => networkSection(dataset, bySection.network, context), fallback(context)),
    },
    {
      id: "excellence",
      title: report.excellence,
      body: attempt(() => excellenceSection(dataset, context), fallback(context)),
    },
    {
      id: "contributions",
      title: report.contributions,
      body: attempt(() => contributionsSection(dataset, context), fallback(context)),
    },
    {
      id: "pathways",
      title: report.pathways,
      body: attempt(() => pathwaysSection(dataset, bySection.pathways, context), fallback(context)),
    },
    {
      id: "allocation",
      title: report.allocation,
      body: attempt(() => allocationSection(dataset, context), fallback(context)),
    },
    { id: "issues", title: report.dataIssues, body: issueTable(bySection.other, context) },
  ];
  const counts = countBySeverity(issues);
  const title = report.title(campusName);
  const head =
    el("meta", { charset: "utf-8" }) +
    el("meta", { name: "viewport", content: "width=device-width, initial-scale=1" }) +
    el("meta", {
      "http-equiv": "Content-Security-Policy",
      content: "default-src 'none'; style-src 'unsafe-inline'; img-src data:",
    }) +
    el("meta", { name: "generator", content: "cmq-kit" }) +
    h("title", {}, t(title)) +
    h("style", {}, STYLE);
  const toc = h(
    "nav",
    { "aria-labelledby": "contents" },
    h("h2", { id: "contents" }, escapeXml(report.contents)) +
      h(
        "ol",
        {},
        sections.map((s) => h("li", {}, h("a", { href: `#${s.id}` }, escapeXml(s.title)))).join(""),
      ),
  );
  const header = h(
    "header",
    {},
    h("h1", {}, t(title)) +
      h(
        "p",
        { class: "muted" },
        escapeXml(report.generated(context.on === "" ? "?" : context.texts.date(context.on))),
      ) +
      h("p", {}, escapeXml(report.issueCount(counts.error, counts.warning, counts.info))),
  );
  const main = sections
    .map((s) =>
      h("section", { id: s.id, class: "chapter" }, h("h2", {}, escapeXml(s.title)) + s.body),
    )
    .join("\n");
  return `<!DOCTYPE html>\n${h(
    "html",
    { xmlns: "http://www.w3.org/1999/xhtml", lang: locale },
    h("head", {}, head) + h("body", {}, header + toc + h("main", {}, main)),
  )}\n`;
}

function limit(value: number | undefined, fallbackValue: number): number {
  return value === undefined ? fallbackValue : Math.round(Math.min(1_000_000, Math.max(0, value)));
}

function fallback(context: Context): string {
  return h("p", { class: "muted" }, escapeXml(context.report.unreadable));
}

const STYLE = `
:root { color-scheme: light; --ink: #1a1a1a; --muted: #595959; --line: #d9d9d9; }
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif; color: var(--ink); margin: 0 auto; max-width: 1000px; padding: 1.5rem; line-height: 1.45; }
h1 { font-size: 1.6rem; margin: 0 0 .3rem; } h2 { font-size: 1.3rem; border-bottom: 2px solid var(--ink); padding-bottom: .2rem; margin-top: 2rem; } h3 { font-size: 1.05rem; margin-top: 1.5rem; }
.muted { color: var(--muted); }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; font-size: .9rem; }
th, td { border: 1px solid var(--line); padding: .25rem .45rem; text-align: left; vertical-align: top; }
th { background: #f2f2f2; } td.num { text-align: right; font-variant-numeric: tabular-nums; }
.sev-error { color: #a33d00; font-weight: bold; } .sev-warning { color: #7a5400; font-weight: bold; } .sev-info { color: #005a8c; }
figure { margin: .5rem 0; } figure svg { max-width: 100%; height: auto; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; } dt { font-weight: bold; } dd { margin: 0; }
nav ol { columns: 2; }
@page { size: A4; margin: 15mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 10pt; }
  section.chapter { break-before: page; }
  .pathway, figure, tr { break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
}
`;

const SEVERITY_SYMBOL = { error: "◆", warning: "▲", info: "●" } as const;

/**
 * A table of issues (severity, place, message, code), at most `maxRows` rows; `numbered` adds a
 * first column with each issue's number, the one its marker shows in the picture above.
 */
function issueTable(
  issues: readonly DrawnIssue[],
  context: Context,
  prefix: (string | number)[] = [],
  numbered = false,
): string {
  const { report, texts } = context;
  if (issues.length === 0) return h("p", { class: "muted" }, escapeXml(report.noIssue));
  const shown = issues.slice(0, context.maxRows);
  const rows = shown
    .map((issue) =>
      h(
        "tr",
        {},
        (numbered ? h("td", { class: "num" }, String(issue.number)) : "") +
          h(
            "td",
            { class: `sev-${issue.severity}` },
            escapeXml(`${SEVERITY_SYMBOL[issue.severity]} ${texts.severity[issue.severity]}`),
          ) +
          h("td", {}, h("code", {}, t(formatPath([...prefix, ...issue.path])))) +
          h("td", {}, t(issue.message)) +
          h("td", {}, h("code", {}, t(issue.code))),
      ),
    )
    .join("");
  const more =
    issues.length > shown.length
      ? h("p", { class: "muted" }, escapeXml(report.more(issues.length - shown.length)))
      : "";
  return (
    h(
      "table",
      {},
      h(
        "thead",
        {},
        h(
          "tr",
          {},
          [
            ...(numbered ? [report.number] : []),
            report.severity,
            report.where,
            report.message,
            report.code,
          ]
            .map((c) => h("th", {}, escapeXml(c)))
            .join(""),
        ),
      ) + h("tbody", {}, rows),
    ) + more
  );
}

/** The issues of the data, sorted by the section of the report that lists them. */
interface IssuesBySection {
  /** Under `campus.labels`: the label status. */
  label: DrawnIssue[];
  /** Elsewhere under `campus`, and under `partners`: the network. */
  network: DrawnIssue[];
  /** Under `pathways[i]`, by index `i`, in order: each pathway's own. */
  pathways: Map<number, DrawnIssue[]>;
  /** Anywhere but `campus`, `partners` and `pathways`: the other issues of the data. */
  other: DrawnIssue[];
}

/**
 * Sorts the issues by section in one pass, keeping their order. An issue under `pathways`
 * without a numeric index belongs to no section (no pathway, and not "other" either).
 */
function issuesBySection(issues: readonly DrawnIssue[]): IssuesBySection {
  const sorted: IssuesBySection = { label: [], network: [], pathways: new Map(), other: [] };
  for (const issue of issues) {
    const [head, next] = issue.path;
    if (head === "campus") (next === "labels" ? sorted.label : sorted.network).push(issue);
    else if (head === "partners") sorted.network.push(issue);
    else if (head !== "pathways") sorted.other.push(issue);
    else if (typeof next === "number") {
      const own = sorted.pathways.get(next);
      if (own === undefined) sorted.pathways.set(next, [issue]);
      else own.push(issue);
    }
  }
  return sorted;
}

function labelSection(campus: unknown, own: readonly DrawnIssue[], context: Context): string {
  const { report, texts, on } = context;
  let body = "";
  if (on !== "") {
    const status = labelStatusAt(campus as never, { on, locale: context.locale });
    const rows: [string, string][] = [
      [report.stateLine, report.state[status.state] ?? status.state],
    ];
    if (status.category !== undefined)
      rows.push([report.categoryLine, report.category[status.category] ?? status.category]);
    if (status.validFrom !== undefined && status.validUntil !== undefined)
      rows.push([
        report.validity,
        `${texts.date(status.validFrom)} → ${texts.date(status.validUntil)}`,
      ]);
    if (status.daysLeft !== undefined) rows.push([report.daysLeft, texts.number(status.daysLeft)]);
    if (status.next !== undefined)
      rows.push([
        report.nextLabel,
        `${report.category[status.next.category]} ${texts.date(status.next.validFrom)} → ${texts.date(status.next.validUntil)}`,
      ]);
    body += h(
      "dl",
      { class: `state-${status.state}` },
      rows.map(([k, v]) => h("dt", {}, escapeXml(k)) + h("dd", {}, t(v))).join(""),
    );
  }
  const decisions = listOf(fieldOf(campus, "labels"), context.maxRows).items;
  if (decisions.length > 0) {
    body += h("h3", {}, escapeXml(report.decisions));
    body += table(
      [report.categoryLine, report.decidedOn, report.validFrom, report.duration, report.reference],
      decisions.map((d) => {
        const category = stringField(d, "category");
        const years = numberField(d, "durationYears");
        return [
          category === "cmq" || category === "cmq-excellence"
            ? report.category[category]
            : (category ?? "?"),
          dateText(stringField(d, "decidedOn"), texts),
          dateText(stringField(d, "validFrom") ?? stringField(d, "decidedOn"), texts),
          years === undefined ? "?" : report.years(years),
          stringField(d, "reference") ?? "",
        ];
      }),
    );
  }
  return body + issueTable(own, context);
}

function dateText(value: string | undefined, texts: RenderTexts): string {
  return isIsoDate(value) ? texts.date(value) : (value ?? "?");
}

function table(
  headings: readonly string[],
  rows: readonly (readonly string[])[],
  numeric: readonly number[] = [],
): string {
  return h(
    "table",
    {},
    h("thead", {}, h("tr", {}, headings.map((c) => h("th", {}, escapeXml(c))).join(""))) +
      h(
        "tbody",
        {},
        rows
          .map((row) =>
            h(
              "tr",
              {},
              row
                .map((cell, k) => h("td", numeric.includes(k) ? { class: "num" } : {}, t(cell)))
                .join(""),
            ),
          )
          .join(""),
      ),
  );
}

function networkSection(dataset: unknown, own: readonly DrawnIssue[], context: Context): string {
  const svg = networkSvg(fieldOf(dataset, "campus"), fieldOf(dataset, "partners"), {
    on: context.on,
    locale: context.locale,
    idPrefix: "network",
  });
  return h("figure", {}, svg) + issueTable(own, context);
}

function excellenceSection(dataset: unknown, context: Context): string {
  const { report, locale } = context;
  const criteria = assessExcellence(fieldOf(dataset, "campus"), fieldOf(dataset, "partners"), {
    on: context.on,
    locale,
  });
  return (
    h("p", { class: "muted" }, escapeXml(report.excellenceNote)) +
    table(
      [report.criterion, report.met, report.evidence],
      criteria.map((c) => [
        EXCELLENCE_CRITERIA[c.id]?.[locale] ?? c.id,
        c.met === true
          ? report.metValue.yes
          : c.met === false
            ? report.metValue.no
            : report.metValue.unknown,
        c.evidence,
      ]),
    )
  );
}

function contributionsSection(dataset: unknown, context: Context): string {
  const { report, texts, locale } = context;
  const summary = contributionsSummary(fieldOf(dataset, "campus"), fieldOf(dataset, "partners"), {
    on: context.on,
    locale,
  });
  const money = (n: number) => texts.number(Math.round(n));
  const kinds = (Object.keys(summary.byContributionKind) as ContributionKind[]).filter(
    (kind) => summary.byContributionKind[kind].count > 0,
  );
  const byKind = table(
    [report.kind, report.amount, report.hours, report.count],
    [
      ...kinds.map((kind) => {
        const row = summary.byContributionKind[kind];
        return [
          CONTRIBUTION_KINDS[kind][locale],
          money(row.amountEur),
          texts.number(row.hours),
          String(row.count),
        ];
      }),
      [
        report.total,
        money(summary.total.amountEur),
        texts.number(summary.total.hours),
        String(summary.total.count),
      ],
    ],
    [1, 2, 3],
  );
  const partners = summary.byPartner.slice(0, context.maxRows);
  const byPartner = table(
    [report.partner, report.amount, report.hours, report.count],
    partners.map((p) => [
      p.name ?? `${p.partnerId} (${report.unattributed})`,
      money(p.amountEur),
      texts.number(p.hours),
      String(p.count),
    ]),
    [1, 2, 3],
  );
  const more =
    summary.byPartner.length > partners.length
      ? h(
          "p",
          { class: "muted" },
          escapeXml(report.more(summary.byPartner.length - partners.length)),
        )
      : "";
  return byKind + byPartner + more;
}

function pathwaysSection(
  dataset: unknown,
  byPathway: ReadonlyMap<number, readonly DrawnIssue[]>,
  context: Context,
): string {
  const { report, locale } = context;
  const pathways = listOf(fieldOf(dataset, "pathways"), MAX_READ).items;
  if (pathways.length === 0) return h("p", { class: "muted" }, escapeXml(report.noPathway));
  const learners = learnersOfTimelines(fieldOf(dataset, "learners"), pathways, context.maxPathways);
  const programmes = fieldOf(dataset, "programmes");
  const partners = fieldOf(dataset, "partners");
  const summaries = new Map<string, string>();
  return pathways
    .map((pathway, index) => {
      const id = stringField(pathway, "id") ?? `#${index + 1}`;
      const learnerId = stringField(pathway, "learnerId") ?? "?";
      const inData = byPathway.get(index) ?? [];
      const heading = `<h3 id="pathway-${index}">${t(report.pathwayHeading(id, learnerId))}</h3>`;
      if (index >= context.maxPathways)
        return `<div class="pathway">${heading}${issueSummary(inData, summaries, report)}</div>`;
      const own = inData.map((issue, k) => ({
        ...issue,
        path: issue.path.slice(2),
        number: k + 1,
      }));
      const learner = learners.get(learnerId);
      const svg = pathwayTimelineSvg(pathway, {
        programmes: programmes as never,
        partners: partners as never,
        issues: own as Issue[],
        // The table under the picture lists the issues in full, numbered as its markers.
        listIssues: false,
        locale,
        idPrefix: `pw${index}`,
        ...(learner === undefined ? {} : { learner: learner as Learner }),
      });
      // Joined, not concatenated: `join` writes one flat string, where `+` would keep the
      // picture's tree of thousands of pieces alive for the garbage collector to copy again
      // while the next pictures are drawn (7% of the report of 20,000 learners).
      return [
        '<div class="pathway">',
        heading,
        "<figure>",
        svg,
        "</figure>",
        issueTable(own, context, ["pathways", index], true),
        "</div>",
      ].join("");
    })
    .join("\n");
}

/**
 * The learners named by the pathways drawn with a timeline (the first `drawn`), by id, the first
 * learner with an id winning: the others are not looked up, and the reading stops once all are
 * found.
 */
function learnersOfTimelines(
  learners: unknown,
  pathways: readonly unknown[],
  drawn: number,
): Map<string, unknown> {
  const wanted = new Set<string>();
  for (const pathway of pathways.slice(0, drawn))
    wanted.add(stringField(pathway, "learnerId") ?? "?");
  const found = new Map<string, unknown>();
  for (const learner of listOf(learners, MAX_READ).items) {
    if (found.size === wanted.size) break;
    const id = stringField(learner, "id");
    if (id !== undefined && wanted.has(id) && !found.has(id)) found.set(id, learner);
  }
  return found;
}

/**
 * The paragraph counting a pathway's issues by severity, written once per distinct count: a
 * large dataset repeats a few counts over thousands of pathways.
 */
function issueSummary(
  issues: readonly DrawnIssue[],
  written: Map<string, string>,
  report: ReportTexts,
): string {
  const counts = countBySeverity(issues);
  const key = `${counts.error} ${counts.warning} ${counts.info}`;
  let summary = written.get(key);
  if (summary === undefined) {
    summary = h("p", {}, escapeXml(report.issueCount(counts.error, counts.warning, counts.info)));
    written.set(key, summary);
  }
  return summary;
}

function allocationSection(dataset: unknown, context: Context): string {
  const { report, locale } = context;
  const learners = listOf(fieldOf(dataset, "learners"), MAX_READ).items;
  const projects = listOf(fieldOf(dataset, "projects"), MAX_READ).items;
  if (learners.length === 0 || projects.length === 0)
    return h("p", { class: "muted" }, escapeXml(report.noAllocation));
  const failed = (issues: readonly Issue[]) =>
    h("p", {}, escapeXml(report.allocationFailed)) + issueTable(readIssues(issues).issues, context);
  const built = buildAllocationProblem(learners as Learner[], projects as ProjectOffer[], {
    locale,
  });
  if (!built.ok) return failed(built.issues);
  const problem = built.value.problem;
  const allocation = allocate(problem, { locale });
  if (!allocation.ok) return failed(allocation.issues);
  const summary = allocationReport(problem, allocation.value, { locale });
  if (!summary.ok) return failed(summary.issues);
  const svg = allocationSvg(summary.value, {
    projects: projects as ProjectOffer[],
    locale,
    idPrefix: "allocation",
  });
  // Only the rows printed are explained; every learner of the problem has one explanation.
  const explanations = explainAllocations(problem, allocation.value, {
    locale,
    limit: context.maxRows,
  });
  const rows = explanations.ok ? explanations.value : [];
  const explained = explanations.ok ? problem.learners.length : 0;
  const table =
    rows.length === 0
      ? ""
      : h("h3", {}, escapeXml(report.explanations)) +
        h(
          "table",
          {},
          h(
            "thead",
            {},
            h(
              "tr",
              {},
              [report.learner, report.result, report.why]
                .map((c) => h("th", {}, escapeXml(c)))
                .join(""),
            ),
          ) +
            h(
              "tbody",
              {},
              rows
                .map((row) =>
                  h(
                    "tr",
                    {},
                    h("td", {}, t(row.learnerId)) +
                      h(
                        "td",
                        {},
                        t(
                          row.projectId === null
                            ? report.unassigned
                            : report.assignedTo(row.projectId, row.choice),
                        ),
                      ) +
                      h(
                        "td",
                        {},
                        row.refusals.length === 0
                          ? ""
                          : h(
                              "ul",
                              {},
                              row.refusals
                                .map((refusal) => h("li", {}, t(refusal.message)))
                                .join(""),
                            ),
                      ),
                  ),
                )
                .join(""),
            ),
        );
  const more =
    explained > rows.length
      ? h("p", { class: "muted" }, escapeXml(report.more(explained - rows.length)))
      : "";
  return h("figure", {}, svg) + table + more;
}
