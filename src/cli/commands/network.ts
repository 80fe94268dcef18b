import {
  checkCampusNetwork,
  isMembershipInForce,
  MembershipSchema,
  PARTNER_KINDS,
  PARTNER_ROLE_NAMES,
  type PartnerKind,
  type PartnerRole,
} from "../../campus/index.js";
import { countOf } from "../../shared/index.js";
import type { Command, CommandContext } from "../command.js";
import { renderIssues, renderVerdict } from "../render.js";
import { type CampusData, campusCommand } from "./campus-data.js";

/**
 * One member in force, as `network` shows it.
 */
interface NetworkMember {
  /** The partner's id. */
  partnerId: string;
  /** Its name. */
  name: string;
  /** Its roles in the campus. */
  roles: PartnerRole[];
}

/**
 * The members in force of one kind of partner.
 */
interface NetworkGroup {
  /** The kind of partner. */
  kind: PartnerKind;
  /** Its name in the requested language. */
  name: string;
  /** Its members in force, by name. */
  members: NetworkMember[];
}

/**
 * `cmq-kit network <file.json> [--on YYYY-MM-DD] [--format text|json]`: the campus network on a
 * date (default: today), `checkCampusNetwork`: the members in force grouped by kind of partner
 * with their roles, then every issue (unknown partners, identifiers, composition of the network).
 * Malformed parts of the file are located issues, not a stop. Exit 0 when no error, 1 when errors
 * were found, 2 when the file cannot be read or is not JSON.
 *
 * @example
 * ```ts
 * import { type CliIo, nodeIo } from "../io.js";
 * import { runCli } from "../program.js";
 * // The real io, with standard output and error kept in a string.
 * let out = "";
 * const io: CliIo = { ...nodeIo(), out: (text) => void (out += text), err: (text) => void (out += text) };
 * await runCli(["network", "examples/vrai.json", "--on", "2026-01-15", "--locale", "fr"], io); //=> 0
 * out.split("\n")[0];
 * //=> "Campus des métiers et des qualifications d'excellence ITIP : valide, 0 erreur, 0 avertissement, 0 information (vérifié au 2026-01-15)"
 * ```
 */
export const networkCommand: Command = campusCommand("network", (data, context) => {
  const { locale, style, texts } = context;
  const result = checkCampusNetwork(data.campus, data.partners, { on: data.on, locale });
  const groups = membersByKind(data, context);
  return {
    json: { ok: result.ok, members: groups, issues: result.issues },
    text: () =>
      renderVerdict(data.title, result.issues, style, texts, data.on) +
      `\n${renderGroups(context, groups)}\n${renderIssues(result.issues, style, texts)}`,
    exitCode: result.ok ? 0 : 1,
  };
});

/** The well-formed memberships in force on the day whose partner is known, grouped by kind. */
function membersByKind(data: CampusData, context: CommandContext): NetworkGroup[] {
  const members =
    typeof data.campus === "object" && data.campus !== null
      ? (data.campus as { members?: unknown }).members
      : undefined;
  const byKind = new Map<PartnerKind, Map<string, NetworkMember>>();
  for (const item of Array.isArray(members) ? members : []) {
    const parsed = MembershipSchema.safeParse(item);
    if (!parsed.success || !isMembershipInForce(parsed.data, data.on)) continue;
    const partner = data.partnersById.get(parsed.data.partnerId);
    if (partner === undefined) continue;
    const group = byKind.get(partner.kind) ?? new Map<string, NetworkMember>();
    byKind.set(partner.kind, group);
    const member = group.get(partner.id) ?? {
      partnerId: partner.id,
      name: partner.name,
      roles: [],
    };
    for (const role of parsed.data.roles) if (!member.roles.includes(role)) member.roles.push(role);
    group.set(partner.id, member);
  }
  return (Object.keys(PARTNER_KINDS) as PartnerKind[])
    .filter((kind) => byKind.has(kind))
    .map((kind) => ({
      kind,
      name: PARTNER_KINDS[kind][context.locale],
      members: [...(byKind.get(kind)?.values() ?? [])].sort((a, b) =>
        a.name.localeCompare(b.name, context.locale),
      ),
    }));
}

function renderGroups(context: CommandContext, groups: readonly NetworkGroup[]): string {
  const { locale, style, texts } = context;
  const fr = locale === "fr";
  const total = groups.reduce((sum, group) => sum + group.members.length, 0);
  const heading = fr
    ? `Membres en vigueur${texts.colon}${countOf(total, "fr", { one: "membre", other: "membres" })}`
    : `Members in force${texts.colon}${countOf(total, "en", { one: "member", other: "members" })}`;
  const lines = [style.bold(heading)];
  if (groups.length === 0) lines.push(`  ${fr ? "aucun" : "none"}`);
  for (const group of groups) {
    lines.push(`  ${group.name} (${group.members.length})`);
    for (const member of group.members) {
      const roles = member.roles.map((role) => PARTNER_ROLE_NAMES[role][locale]).join(", ");
      lines.push(
        `    ${member.name} ${style.dim(`[${member.partnerId}]`)}${roles === "" ? "" : ` — ${roles}`}`,
      );
    }
  }
  return `${lines.join("\n")}\n`;
}
