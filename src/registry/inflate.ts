/**
 * A small synchronous inflate (DEFLATE, RFC 1951), for the entries of a zip file: stored, fixed
 * and dynamic Huffman blocks. Browsers' `DecompressionStream` is asynchronous and the readers'
 * contract is synchronous, hence this one.
 *
 * @module
 */

/** Why inflating failed. */
export type InflateFailure =
  | "truncated"
  | "invalid-block-type"
  | "invalid-stored-length"
  | "invalid-code-lengths"
  | "invalid-symbol"
  | "invalid-distance"
  | "output-too-large";

/**
 * The outcome of {@link inflateRaw}.
 *
 * @example
 * ```ts
 * const outcome: InflateOutcome = { ok: false, reason: "truncated" };
 * ```
 */
export type InflateOutcome =
  | { ok: true; bytes: Uint8Array }
  | { ok: false; reason: InflateFailure };

const LENGTH_BASE = [
  3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131,
  163, 195, 227, 258,
];
const LENGTH_EXTRA = [
  0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0,
];
const DIST_BASE = [
  1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049,
  3073, 4097, 6145, 8193, 12289, 16385, 24577,
];
const DIST_EXTRA = [
  0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13,
];
const CODE_LENGTH_ORDER = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];

/**
 * A decoding table indexed by the next `bits` input bits (least significant first): each entry
 * is `symbol << 4 | length`, 0 for a code that does not exist.
 */
interface Table {
  entries: Int32Array;
  bits: number;
}

/** Builds a table from code lengths; `undefined` when the lengths over-subscribe the code space. */
function buildTable(lengths: ArrayLike<number>): Table | undefined {
  const count = new Uint16Array(16);
  let maxBits = 0;
  for (let s = 0; s < lengths.length; s++) {
    const len = lengths[s] as number;
    count[len] = (count[len] as number) + 1;
    if (len > maxBits) maxBits = len;
  }
  count[0] = 0;
  let left = 1;
  for (let len = 1; len <= 15; len++) {
    left = left * 2 - (count[len] as number);
    if (left < 0) return undefined;
  }
  const next = new Uint16Array(16);
  let code = 0;
  for (let len = 1; len <= 15; len++) {
    code = (code + (count[len - 1] as number)) << 1;
    next[len] = code;
  }
  const bits = Math.max(maxBits, 1);
  const entries = new Int32Array(1 << bits);
  for (let s = 0; s < lengths.length; s++) {
    const len = lengths[s] as number;
    if (len === 0) continue;
    const c = next[len] as number;
    next[len] = c + 1;
    let reversed = 0;
    for (let k = 0; k < len; k++) reversed |= ((c >> k) & 1) << (len - 1 - k);
    for (let j = reversed; j < entries.length; j += 1 << len) entries[j] = (s << 4) | len;
  }
  return { entries, bits };
}

let fixedTables: { lit: Table; dist: Table } | undefined;

function fixed(): { lit: Table; dist: Table } {
  if (fixedTables === undefined) {
    const lit = new Uint8Array(288);
    lit.fill(8, 0, 144);
    lit.fill(9, 144, 256);
    lit.fill(7, 256, 280);
    lit.fill(8, 280, 288);
    fixedTables = {
      lit: buildTable(lit) as Table,
      dist: buildTable(new Uint8Array(30).fill(5)) as Table,
    };
  }
  return fixedTables;
}

class Failure {
  constructor(readonly reason: InflateFailure) {}
}

/**
 * Inflates raw DEFLATE data (no zlib or gzip header).
 *
 * @param input - the compressed bytes.
 * @param expectedSize - the size the output should have (from the zip's directory), used to size
 *   the output at once; the output may not grow beyond `maxSize`.
 * @param maxSize - the most bytes the output may hold.
 * @returns the bytes, or why they could not be inflated. Never throws.
 * @example
 * ```ts
 * inflateRaw(new Uint8Array([0x4b, 0x04, 0x00]), 1).ok; //=> true ("a")
 * ```
 */
export function inflateRaw(
  input: Uint8Array,
  expectedSize = 0,
  maxSize = 2 ** 31 - 1,
): InflateOutcome {
  let out = new Uint8Array(Math.min(Math.max(expectedSize, 1024), maxSize));
  let outLength = 0;
  let pos = 0; // byte position of the next unread byte
  let bitBuffer = 0;
  let bitCount = 0;
  const n = input.length;

  const need = (count: number) => {
    while (bitCount < count) {
      if (pos >= n) throw new Failure("truncated");
      bitBuffer |= (input[pos++] as number) << bitCount;
      bitCount += 8;
    }
  };
  const take = (count: number) => {
    need(count);
    const value = bitBuffer & ((1 << count) - 1);
    bitBuffer >>>= count;
    bitCount -= count;
    return value;
  };
  const decode = (table: Table) => {
    // Fill as many bits as available up to table.bits; a short code may sit at the very end.
    while (bitCount < table.bits && pos < n) {
      bitBuffer |= (input[pos++] as number) << bitCount;
      bitCount += 8;
    }
    const entry = table.entries[bitBuffer & ((1 << table.bits) - 1)] as number;
    const len = entry & 15;
    if (len === 0) throw new Failure("invalid-symbol");
    if (len > bitCount) throw new Failure("truncated");
    bitBuffer >>>= len;
    bitCount -= len;
    return entry >> 4;
  };
  const ensure = (extra: number) => {
    const wanted = outLength + extra;
    if (wanted <= out.length) return;
    if (wanted > maxSize) throw new Failure("output-too-large");
    const grown = new Uint8Array(Math.min(Math.max(wanted, out.length * 2), maxSize));
    grown.set(out.subarray(0, outLength));
    out = grown;
  };

  try {
    let last = 0;
    while (last === 0) {
      last = take(1);
      const type = take(2);
      if (type === 0) {
        // Whole bytes already loaded into the bit buffer are given back; the partial one is dropped.
        pos -= bitCount >>> 3;
        bitBuffer = 0;
        bitCount = 0;
        if (pos + 4 > n) throw new Failure("truncated");
        const len = (input[pos] as number) | ((input[pos + 1] as number) << 8);
        const nlen = (input[pos + 2] as number) | ((input[pos + 3] as number) << 8);
        if (len !== (~nlen & 0xffff)) throw new Failure("invalid-stored-length");
        pos += 4;
        if (pos + len > n) throw new Failure("truncated");
        ensure(len);
        out.set(input.subarray(pos, pos + len), outLength);
        outLength += len;
        pos += len;
        continue;
      }
      let lit: Table;
      let dist: Table;
      if (type === 1) ({ lit, dist } = fixed());
      else if (type === 2) ({ lit, dist } = dynamicTables(take, decode));
      else throw new Failure("invalid-block-type");
      for (;;) {
        const symbol = decode(lit);
        if (symbol < 256) {
          if (outLength >= out.length) ensure(1);
          out[outLength++] = symbol;
        } else if (symbol === 256) {
          break;
        } else {
          const li = symbol - 257;
          if (li >= 29) throw new Failure("invalid-symbol");
          const length = (LENGTH_BASE[li] as number) + take(LENGTH_EXTRA[li] as number);
          const di = decode(dist);
          if (di >= 30) throw new Failure("invalid-distance");
          const distance = (DIST_BASE[di] as number) + take(DIST_EXTRA[di] as number);
          if (distance > outLength) throw new Failure("invalid-distance");
          ensure(length);
          let from = outLength - distance;
          const end = outLength + length;
          while (outLength < end) out[outLength++] = out[from++] as number;
        }
      }
    }
  } catch (error) {
    // Anything else thrown is the output's allocation failing (a RangeError): too large.
    return { ok: false, reason: error instanceof Failure ? error.reason : "output-too-large" };
  }
  return { ok: true, bytes: out.length === outLength ? out : out.subarray(0, outLength) };
}

function dynamicTables(
  take: (count: number) => number,
  decode: (table: Table) => number,
): { lit: Table; dist: Table } {
  const hlit = take(5) + 257;
  const hdist = take(5) + 1;
  const hclen = take(4) + 4;
  const codeLengths = new Uint8Array(19);
  for (let k = 0; k < hclen; k++) codeLengths[CODE_LENGTH_ORDER[k] as number] = take(3);
  const lengthTable = buildTable(codeLengths);
  if (lengthTable === undefined) throw new Failure("invalid-code-lengths");
  const lengths = new Uint8Array(hlit + hdist);
  let k = 0;
  while (k < hlit + hdist) {
    const symbol = decode(lengthTable);
    if (symbol < 16) {
      lengths[k++] = symbol;
      continue;
    }
    let repeat: number;
    let value = 0;
    if (symbol === 16) {
      if (k === 0) throw new Failure("invalid-code-lengths");
      value = lengths[k - 1] as number;
      repeat = 3 + take(2);
    } else if (symbol === 17) repeat = 3 + take(3);
    else repeat = 11 + take(7);
    if (k + repeat > hlit + hdist) throw new Failure("invalid-code-lengths");
    lengths.fill(value, k, k + repeat);
    k += repeat;
  }
  if (lengths[256] === 0) throw new Failure("invalid-code-lengths");
  const lit = buildTable(lengths.subarray(0, hlit));
  const dist = buildTable(lengths.subarray(hlit));
  if (lit === undefined || dist === undefined) throw new Failure("invalid-code-lengths");
  return { lit, dist };
}
