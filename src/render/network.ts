/**
 * A campus network drawn: the members in force on a day, grouped by kind of partner, with the
 * carrier and the governance roles shown.
 *
 * @module
 */
import { PARTNER_KINDS, type Partner, type PartnerKind } from "../campus/index.js";
import { type IsoDate, isIsoDate, type LocaleOptions, localeOf } from "../shared/index.js";
import { escapeXml } from "./escape.js";
import { drawList } from "./issues.js";
import { fittedText } from "./labels.js";
import { GREY, OKABE_ITO } from "./palette.js";
import { attempt, dateField, fieldOf, listOf, stringField, stringsField } from "./read.js";
import { svgDocument } from "./svg-document.js";
import { textWidth } from "./text-width.js";
import { type RenderTexts, textsOf } from "./texts.js";
import { el, safeIdPrefix } from "./xml.js";

/**
 * Options of {@link networkSvg}.
 *
 * @example
 * ```ts
 * const options: NetworkSvgOptions = { on: "2026-01-15", locale: "fr" };
 * ```
 */
export interface NetworkSvgOptions extends LocaleOptions {
  /** The day: memberships in force then (`from` ≤ `on` ≤ `to`) are drawn. */
  on: IsoDate;
  /** Width of the picture in pixels (320 to 10,000; 960 by default). */
  width?: number;
  /** The most members listed in one group (30 by default); the rest are counted. */
  maxRows?: number;
  /** Prefix of the ids inside the picture (letters, digits, `-`, `_`). */
  idPrefix?: string;
}

const MAX_READ = 100_000;

/** A member in force, as drawn. */
interface Member {
  partnerId: string;
  name: string;
  roles: string[];
}

/** Group key: a partner kind, or `"unknown"` for a membership whose partner is not listed. */
type GroupKey = PartnerKind | "unknown";

interface ReadNetwork {
  campusName: string;
  on: string | undefined;
  groups: Map<GroupKey, Member[]>;
  carriers: string[];
  governance: number;
  unreadable: string[];
}

/**
 * Draws a campus network as an SVG document: the memberships in force on `options.on`, grouped
 * by kind of partner (in the order of {@link PARTNER_KINDS}; partners missing from the list in a
 * group of their own), one card per kind. The carrier is marked with a star and the word
 * "carrier", members of the governance with the word "governance", in colour and in text.
 *
 * Never throws: memberships or partners that cannot be read are listed under "Not drawn".
 *
 * @param campus - anything; a {@link Campus} when valid.
 * @param partners - anything; the partners ({@link Partner}[]) its memberships refer to.
 * @param options - `on`, `locale`, `width`, `maxRows`, `idPrefix`.
 * @returns an SVG document.
 * @example
 * ```ts
 * const svg = networkSvg(CMQ_ITIP.campus, CMQ_ITIP.partners, { on: "2022-09-01", locale: "fr" });
 * svg.includes("Porteur"); //=> true
 * ```
 */
export function networkSvg(campus: unknown, partners: unknown, options: NetworkSvgOptions): string {
  const locale = localeOf(options);
  const texts = textsOf(locale);
  const widthValue = fieldOf(options, "width");
  const width =
    typeof widthValue === "number" && Number.isFinite(widthValue)
      ? Math.round(Math.min(10_000, Math.max(320, widthValue)))
      : 960;
  const rowsValue = fieldOf(options, "maxRows");
  const maxRows =
    typeof rowsValue === "number" && Number.isFinite(rowsValue)
      ? Math.round(Math.min(10_000, Math.max(1, rowsValue)))
      : 30;
  const id = safeIdPrefix(fieldOf(options, "idPrefix"), "cmq-network");
  const read = readNetwork(campus, partners, fieldOf(options, "on"), texts);
  return attempt(
    () => draw(read, { texts, width, maxRows, id, locale }),
    svgDocument({ width, height: 40 }, id, texts.network.title(read.campusName, "?"), "", ""),
  );
}

function readNetwork(
  campus: unknown,
  partners: unknown,
  onValue: unknown,
  texts: RenderTexts,
): ReadNetwork {
  const t = texts.network;
  const unreadable: string[] = [];
  const on = isIsoDate(onValue) ? onValue : undefined;
  if (on === undefined) unreadable.push(t.badDate);
  const byId = new Map<string, { name: string; kind: PartnerKind }>();
  const partnerList = listOf(partners, MAX_READ);
  if (!partnerList.isList) unreadable.push(t.partnersNotList);
  partnerList.items.forEach((item, index) => {
    const partnerId = stringField(item, "id");
    const kind = stringField(item, "kind");
    if (partnerId === undefined || kind === undefined || !Object.hasOwn(PARTNER_KINDS, kind)) {
      unreadable.push(t.badPartner(index, partnerId));
      return;
    }
    if (!byId.has(partnerId))
      byId.set(partnerId, {
        name: stringField(item, "name") ?? partnerId,
        kind: kind as PartnerKind,
      });
  });
  const groups = new Map<GroupKey, Member[]>();
  const carriers: string[] = [];
  let governance = 0;
  const members = listOf(fieldOf(campus, "members"), MAX_READ);
  if (!members.isList) unreadable.push(t.membersNotList);
  members.items.forEach((item, index) => {
    const partnerId = stringField(item, "partnerId");
    const from = dateField(item, "from");
    const toValue = fieldOf(item, "to");
    const to = dateField(item, "to");
    if (
      partnerId === undefined ||
      from === undefined ||
      (toValue !== undefined && to === undefined)
    ) {
      unreadable.push(t.badMembership(index, partnerId));
      return;
    }
    if (on === undefined || from > on || (to !== undefined && on > to)) return;
    const roles = stringsField(item, "roles", 16);
    const partner = byId.get(partnerId);
    const key: GroupKey = partner === undefined ? "unknown" : partner.kind;
    const member = { partnerId, name: partner?.name ?? partnerId, roles };
    const group = groups.get(key) ?? [];
    group.push(member);
    groups.set(key, group);
    if (roles.includes("carrier")) carriers.push(member.name);
    if (roles.includes("governance")) governance++;
  });
  return {
    campusName: stringField(campus, "name") ?? stringField(campus, "id") ?? "?",
    on,
    groups,
    carriers,
    governance,
    unreadable,
  };
}

interface Context {
  texts: RenderTexts;
  width: number;
  maxRows: number;
  id: string;
  locale: "en" | "fr";
}

const CARD_GAP = 12;
const HEADER = 26;
const ROW = 18;

function draw(read: ReadNetwork, context: Context): string {
  const { texts, width, id, locale } = context;
  const t = texts.network;
  const title = t.title(read.campusName, read.on === undefined ? "?" : texts.date(read.on));
  let body = fittedText(
    title,
    { x: 16, y: 24, "font-weight": "bold", fill: GREY.text },
    width - 32,
    16,
  );
  const total = [...read.groups.values()].reduce((sum, group) => sum + group.length, 0);
  const summary = t.summary(total, read.groups.size, read.carriers, read.governance);
  body += fittedText(summary, { x: 16, y: 44, fill: GREY.muted }, width - 32, 12);
  body += drawRoleLegend({ x: 16, y: 66 }, texts);
  const columns = Math.max(1, Math.floor((width - 32 + CARD_GAP) / (280 + CARD_GAP)));
  const cardWidth = (width - 32 - (columns - 1) * CARD_GAP) / columns;
  const heights = new Array<number>(columns).fill(84);
  const order: GroupKey[] = [...(Object.keys(PARTNER_KINDS) as PartnerKind[]), "unknown"];
  for (const key of order) {
    const members = read.groups.get(key);
    if (members === undefined) continue;
    const column = heights.indexOf(Math.min(...heights));
    const x = 16 + column * (cardWidth + CARD_GAP);
    const y = heights[column] as number;
    const name = key === "unknown" ? t.unknownPartner : PARTNER_KINDS[key][locale];
    const card = drawCard(name, key, members, { x, y, width: cardWidth }, context);
    body += card.svg;
    heights[column] = card.bottom + CARD_GAP;
  }
  if (read.groups.size === 0)
    body += el("text", { x: 16, y: 100, "font-size": 12, fill: GREY.muted }, escapeXml(t.noMember));
  const bottom = Math.max(read.groups.size === 0 ? 110 : 0, ...heights);
  const notDrawn = drawList(
    `${texts.notDrawn} (${read.unreadable.length})`,
    read.unreadable.map((text) => ({ text })),
    { x: 16, y: bottom, width: width - 32 },
    texts,
  );
  body += notDrawn.svg;
  return svgDocument({ width, height: notDrawn.y + 12 }, id, title, summary, body);
}

function drawRoleLegend(at: { x: number; y: number }, texts: RenderTexts): string {
  const t = texts.network;
  const carrier = badge(t.carrier, "★", OKABE_ITO.orange, at.x, at.y);
  const governance = badge(t.governance, "G", OKABE_ITO.skyBlue, at.x + carrier.width + 16, at.y);
  return el("g", { "aria-label": texts.legend }, carrier.svg + governance.svg);
}

/** A role badge: a coloured rounded box with a symbol and a word. */
function badge(word: string, symbol: string, fill: string, x: number, y: number) {
  const text = `${symbol} ${word}`;
  const width = textWidth(text, 10) + 8;
  const svg =
    el("rect", {
      x,
      y: y - 10,
      width,
      height: 14,
      rx: 7,
      fill,
      stroke: OKABE_ITO.black,
      "stroke-width": 0.5,
    }) + el("text", { x: x + 4, y, "font-size": 10, fill: OKABE_ITO.black }, escapeXml(text));
  return { svg, width };
}

function drawCard(
  name: string,
  key: GroupKey,
  members: readonly Member[],
  frame: { x: number; y: number; width: number },
  context: Context,
): { svg: string; bottom: number } {
  const { texts } = context;
  const t = texts.network;
  const shown = members.slice(0, context.maxRows);
  const extra = members.length - shown.length;
  const height = HEADER + shown.length * ROW + (extra > 0 ? ROW : 0) + 8;
  let svg = el("rect", {
    x: frame.x,
    y: frame.y,
    width: frame.width,
    height,
    rx: 4,
    fill: "#FFFFFF",
    stroke: GREY.line,
    "stroke-width": 1,
  });
  svg += el("rect", {
    x: frame.x,
    y: frame.y,
    width: frame.width,
    height: HEADER - 4,
    rx: 4,
    fill: GREY.band,
  });
  const count = String(members.length);
  svg += fittedText(
    name,
    { x: frame.x + 8, y: frame.y + 16, "font-weight": "bold", fill: GREY.text },
    frame.width - 24 - textWidth(count, 12),
    12,
  );
  svg += el(
    "text",
    {
      x: frame.x + frame.width - 8,
      y: frame.y + 16,
      "text-anchor": "end",
      "font-size": 12,
      "font-weight": "bold",
      fill: GREY.text,
    },
    count,
  );
  let y = frame.y + HEADER;
  for (const member of shown) {
    y += ROW;
    let right = frame.x + frame.width - 8;
    let badges = "";
    const roles: [string, string, string, string][] = [];
    if (member.roles.includes("carrier")) roles.push(["carrier", t.carrier, "★", OKABE_ITO.orange]);
    if (member.roles.includes("governance"))
      roles.push(["governance", t.governance, "G", OKABE_ITO.skyBlue]);
    for (const [, word, symbol, fill] of roles.reverse()) {
      const width = textWidth(`${symbol} ${word}`, 10) + 8;
      right -= width;
      badges += badge(word, symbol, fill, right, y - 3).svg;
      right -= 4;
    }
    const tooltip = `${member.name} (${member.partnerId})${member.roles.length === 0 ? "" : ` — ${member.roles.map((role) => t.role(role)).join(", ")}`}`;
    svg += el(
      "g",
      { "data-partner": member.partnerId, "data-roles": member.roles.join(" ") },
      el("title", {}, escapeXml(tooltip)) +
        fittedText(member.name, { x: frame.x + 8, y, fill: GREY.text }, right - frame.x - 12, 11) +
        badges,
    );
  }
  if (extra > 0) {
    y += ROW;
    svg += el(
      "text",
      { x: frame.x + 8, y, "font-size": 11, fill: GREY.muted },
      escapeXml(texts.more(extra)),
    );
  }
  return { svg: el("g", { "data-group": key }, svg), bottom: frame.y + height };
}
