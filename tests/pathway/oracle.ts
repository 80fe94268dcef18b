/**
 * A brute-force evaluator of requirements, written straight from the definitions (no index, no
 * matching algorithm), to check `evaluateRequirement` against on small inputs.
 */
import fc from "fast-check";
import { DIPLOMAS } from "../../src/ids/index.js";
import type { Achievement, BlocksRequirement, Requirement } from "../../src/pathway/index.js";
import { toDayNumber } from "../../src/shared/index.js";

export interface OracleNode {
  satisfied: boolean;
  /** Day met: NaN when not met, -Infinity when met without any achievement. */
  day: number;
  children: OracleNode[];
  exclusiveLeaf: boolean;
}

const NOT_MET = Number.NaN;
const ALWAYS = Number.NEGATIVE_INFINITY;

function leaf(day: number | undefined): OracleNode {
  return {
    satisfied: day !== undefined,
    day: day ?? NOT_MET,
    children: [],
    exclusiveLeaf: false,
  };
}

function levelOf(a: Achievement): number {
  const diploma = a.diploma === undefined ? undefined : DIPLOMAS[a.diploma];
  return Math.max(a.level ?? 0, diploma === undefined || !diploma.ownLevel ? 0 : diploma.level);
}

function earliest(list: Achievement[], test: (a: Achievement) => boolean): number | undefined {
  const days = list.filter(test).map((a) => toDayNumber(a.on));
  return days.length === 0 ? undefined : Math.min(...days);
}

function isExclusive(r: Requirement): r is BlocksRequirement {
  return "blocks" in r && r.shareable !== true;
}

/** Every way to give each block to one of `slots` leaves or to none. */
function* assignments(blocks: string[], leaves: number): Generator<Map<string, number>> {
  const total = (leaves + 1) ** blocks.length;
  for (let code = 0; code < total; code++) {
    const map = new Map<string, number>();
    let rest = code;
    for (const block of blocks) {
      map.set(block, (rest % (leaves + 1)) - 1);
      rest = Math.floor(rest / (leaves + 1));
    }
    yield map;
  }
}

export function oracle(
  r: Requirement,
  all: Achievement[],
  from = Number.NEGATIVE_INFINITY,
  before = Number.POSITIVE_INFINITY,
): OracleNode {
  const list = all.filter((a) => {
    const day = toDayNumber(a.on);
    return day >= from && day < before;
  });
  if ("programme" in r) {
    return leaf(earliest(list, (a) => a.programmeId === r.programme && a.block === undefined));
  }
  if ("diploma" in r) return leaf(earliest(list, (a) => a.diploma === r.diploma));
  if ("block" in r) return leaf(earliest(list, (a) => a.block === r.block));
  if ("level" in r) return leaf(earliest(list, (a) => levelOf(a) >= r.level));
  if ("ects" in r) {
    if (r.ects <= 0) return { satisfied: true, day: ALWAYS, children: [], exclusiveLeaf: false };
    const sorted = [...list].sort((a, b) => toDayNumber(a.on) - toDayNumber(b.on));
    let sum = 0;
    for (const a of sorted) {
      sum += a.ects ?? 0;
      if (sum >= r.ects) return leaf(toDayNumber(a.on));
    }
    return leaf(undefined);
  }
  if ("blocks" in r) {
    const codes = [...new Set(r.blocks)];
    const need = r.min ?? codes.length;
    const days = codes
      .map((code) => earliest(list, (a) => a.block === code))
      .filter((d): d is number => d !== undefined)
      .sort((a, b) => a - b);
    const node: OracleNode =
      days.length >= need
        ? {
            satisfied: true,
            day: need === 0 ? ALWAYS : (days[need - 1] as number),
            children: [],
            exclusiveLeaf: false,
          }
        : leaf(undefined);
    return node;
  }
  if ("any" in r || "onlyOne" in r) {
    const options = "any" in r ? r.any : r.onlyOne;
    const children = options.map((o) => oracle(o, all, from, before));
    const met = children.filter((c) => c.satisfied);
    const satisfied = "any" in r ? met.length > 0 : met.length === 1;
    const day = satisfied ? Math.min(...met.map((c) => c.day)) : NOT_MET;
    return { satisfied, day, children, exclusiveLeaf: false };
  }
  if ("sequence" in r) {
    let start = from;
    const children: OracleNode[] = [];
    for (const item of r.sequence) {
      if (isExclusive(item))
        throw new Error("oracle: exclusive blocks in a sequence are not modelled");
      const child = oracle(item, all, start, before);
      children.push(child);
      if (child.satisfied) start = Math.max(start, child.day);
    }
    const satisfied = children.every((c) => c.satisfied);
    const day = satisfied ? Math.max(ALWAYS, ...children.map((c) => c.day)) : NOT_MET;
    return { satisfied, day, children, exclusiveLeaf: false };
  }
  // all / atLeast
  const options = "all" in r ? r.all : r.of;
  const required = "all" in r ? options.length : r.atLeast;
  const children = options.map((o) => {
    const node = oracle(o, all, from, before);
    return isExclusive(o) ? { ...node, exclusiveLeaf: true } : node;
  });
  const plain = children.filter(
    (c, i) => !isExclusive(options[i] as Requirement) && c.satisfied,
  ).length;
  const exclusive = options.flatMap((o, i) => (isExclusive(o) ? [i] : []));
  let best = 0;
  if (exclusive.length > 0) {
    const pool = [
      ...new Set(
        exclusive.flatMap((i) =>
          (options[i] as BlocksRequirement).blocks.filter(
            (code) => earliest(list, (a) => a.block === code) !== undefined,
          ),
        ),
      ),
    ];
    for (const assignment of assignments(pool, exclusive.length)) {
      let met = 0;
      exclusive.forEach((i, k) => {
        const leafReq = options[i] as BlocksRequirement;
        const codes = new Set(leafReq.blocks);
        const mine = pool.filter((b) => assignment.get(b) === k && codes.has(b)).length;
        if (mine >= (leafReq.min ?? codes.size)) met++;
      });
      best = Math.max(best, met);
    }
  }
  const count = plain + best;
  const satisfied = required <= 0 || count >= required;
  if (exclusive.length > 0 || !satisfied) {
    // With exclusive leaves the day depends on the allocation chosen: not compared.
    return { satisfied, day: NOT_MET, children, exclusiveLeaf: false };
  }
  const days = children
    .filter((c) => c.satisfied)
    .map((c) => c.day)
    .sort((a, b) => a - b);
  const day = required <= 0 ? ALWAYS : (days[required - 1] as number);
  return { satisfied, day, children, exclusiveLeaf: false };
}

// ---------------------------------------------------------------- generators

export const DAYS = ["2020-06-30", "2021-06-30", "2022-06-30", "2023-06-30"];
const PROGRAMME_IDS = ["P1", "P2"];
const BLOCK_CODES = ["A", "B", "C", "D"];

export const achievementArb: fc.Arbitrary<Achievement> = fc
  .record(
    {
      on: fc.constantFrom(...DAYS),
      programmeId: fc.constantFrom(...PROGRAMME_IDS),
      block: fc.constantFrom(...BLOCK_CODES),
      diploma: fc.constantFrom("cap" as const, "bac-pro" as const, "bts" as const),
      level: fc.constantFrom(3 as const, 4 as const, 5 as const, 6 as const),
      ects: fc.constantFrom(0, 30, 60),
    },
    { requiredKeys: ["on"] },
  )
  .map((a) => a as Achievement);

const leafArb: fc.Arbitrary<Requirement> = fc.oneof(
  fc.constantFrom(...PROGRAMME_IDS).map((programme) => ({ programme })),
  fc
    .constantFrom("cap" as const, "bac-pro" as const, "bts" as const)
    .map((diploma) => ({ diploma })),
  fc.constantFrom(3 as const, 4 as const, 5 as const, 6 as const).map((level) => ({ level })),
  fc.constantFrom(...BLOCK_CODES).map((block) => ({ block })),
  fc.constantFrom(0, 30, 60, 90, 120).map((ects) => ({ ects })),
);

const blocksLeafArb: fc.Arbitrary<Requirement> = fc
  .record({
    blocks: fc.subarray(BLOCK_CODES, { minLength: 1 }),
    min: fc.option(fc.nat(3), { nil: undefined }),
    shareable: fc.option(fc.boolean(), { nil: undefined }),
  })
  .map(({ blocks, min, shareable }) => {
    const leaf: BlocksRequirement = { blocks };
    if (min !== undefined) leaf.min = min;
    if (shareable !== undefined) leaf.shareable = shareable;
    return leaf;
  });

/** Requirement trees; `withBlocks` adds `blocks` leaves (and then leaves `sequence` out). */
export function requirementArb(withBlocks: boolean): fc.Arbitrary<Requirement> {
  const { tree } = fc.letrec<{ tree: Requirement; node: Requirement }>((tie) => ({
    tree: fc.oneof(
      { depthSize: "small", withCrossShrink: true },
      withBlocks ? fc.oneof(leafArb, blocksLeafArb) : leafArb,
      tie("node"),
    ),
    node: fc.oneof(
      fc.array(tie("tree"), { maxLength: 3 }).map((all) => ({ all })),
      fc.array(tie("tree"), { maxLength: 3 }).map((any) => ({ any })),
      fc
        .tuple(fc.nat(3), fc.array(tie("tree"), { maxLength: 4 }))
        .map(([atLeast, of]) => ({ atLeast, of })),
      fc.array(tie("tree"), { maxLength: 3 }).map((onlyOne) => ({ onlyOne })),
      ...(withBlocks
        ? []
        : [fc.array(tie("tree"), { maxLength: 3 }).map((sequence) => ({ sequence }))]),
    ),
  }));
  return tree;
}
