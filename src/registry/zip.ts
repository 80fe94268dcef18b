/**
 * A minimal zip reader: the central directory, stored and deflated entries, CRC-32 checked.
 * Enough for the published RNCP export; ZIP64, encryption and multi-disk archives are refused
 * with a reason.
 *
 * @module
 */
import { type InflateFailure, inflateRaw } from "./inflate.js";

/** Why a zip could not be read. */
export type ZipFailure =
  | "not-a-zip"
  | "truncated"
  | "zip64-unsupported"
  | "encrypted"
  | "unsupported-method"
  | "crc-mismatch"
  | "size-mismatch"
  | "too-large"
  | InflateFailure;

/**
 * One file of a zip, as its central directory describes it.
 *
 * @example
 * ```ts
 * const entry: ZipEntry = { name: "a.csv", method: 8, compressedSize: 10, size: 20, crc: 0, headerOffset: 0 };
 * ```
 */
export interface ZipEntry {
  /** The file name, NFC-normalised. */
  name: string;
  /** Compression method: 0 stored, 8 deflated. */
  method: number;
  /** Size of the stored data in bytes. */
  compressedSize: number;
  /** Size of the file in bytes. */
  size: number;
  /** CRC-32 of the file. */
  crc: number;
  /** Offset of the entry's local header in the zip. */
  headerOffset: number;
}

/**
 * A zip's entries, or why it could not be read and where (`offset` in bytes).
 *
 * @example
 * ```ts
 * const listing: ZipListing = { ok: false, reason: "not-a-zip", offset: 0 };
 * ```
 */
export type ZipListing =
  | { ok: true; entries: ZipEntry[] }
  | { ok: false; reason: ZipFailure; offset: number };

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

function u16(bytes: Uint8Array, at: number): number {
  return (bytes[at] as number) | ((bytes[at + 1] as number) << 8);
}

function u32(bytes: Uint8Array, at: number): number {
  return (u16(bytes, at) | (u16(bytes, at + 2) << 16)) >>> 0;
}

/**
 * Lists the entries of a zip from its central directory. Never throws.
 *
 * @param bytes - the whole zip file.
 * @returns the entries, or a failure with its byte offset.
 * @example
 * ```ts
 * listZip(new Uint8Array(0)); //=> { ok: false, reason: "not-a-zip", offset: 0 }
 * ```
 */
export function listZip(bytes: Uint8Array): ZipListing {
  const n = bytes.length;
  let eocd = -1;
  for (let at = n - 22; at >= Math.max(0, n - 22 - 65_535); at--) {
    if (u32(bytes, at) === EOCD) {
      eocd = at;
      break;
    }
  }
  if (eocd < 0) {
    const looksLikeZip = n >= 4 && u32(bytes, 0) === LOCAL;
    return { ok: false, reason: looksLikeZip ? "truncated" : "not-a-zip", offset: n };
  }
  const count = u16(bytes, eocd + 10);
  const directorySize = u32(bytes, eocd + 12);
  const directoryOffset = u32(bytes, eocd + 16);
  if (count === 0xffff || directoryOffset === 0xffffffff) {
    return { ok: false, reason: "zip64-unsupported", offset: eocd };
  }
  if (directoryOffset + directorySize > eocd) {
    return { ok: false, reason: "truncated", offset: directoryOffset };
  }
  const entries: ZipEntry[] = [];
  let at = directoryOffset;
  for (let k = 0; k < count; k++) {
    if (at + 46 > eocd || u32(bytes, at) !== CENTRAL) {
      return { ok: false, reason: "truncated", offset: at };
    }
    const flags = u16(bytes, at + 8);
    const nameLength = u16(bytes, at + 28);
    const extraLength = u16(bytes, at + 30);
    const commentLength = u16(bytes, at + 32);
    if (at + 46 + nameLength > eocd) return { ok: false, reason: "truncated", offset: at };
    const rawName = bytes.subarray(at + 46, at + 46 + nameLength);
    const name = (
      (flags & 0x800) !== 0 ? decodeUtf8(rawName) : decodeLegacyName(rawName)
    ).normalize("NFC");
    const entry: ZipEntry = {
      name,
      method: u16(bytes, at + 10),
      crc: u32(bytes, at + 16),
      compressedSize: u32(bytes, at + 20),
      size: u32(bytes, at + 24),
      headerOffset: u32(bytes, at + 42),
    };
    if ((flags & 1) !== 0) return { ok: false, reason: "encrypted", offset: at };
    if (entry.size === 0xffffffff || entry.compressedSize === 0xffffffff) {
      return { ok: false, reason: "zip64-unsupported", offset: at };
    }
    entries.push(entry);
    at += 46 + nameLength + extraLength + commentLength;
  }
  return { ok: true, entries };
}

/**
 * Names without the UTF-8 flag are CP437 by the zip specification, but many tools write UTF-8
 * without setting it: UTF-8 when the bytes are valid UTF-8, else Latin-1.
 */
function decodeLegacyName(bytes: Uint8Array): string {
  const text = decodeUtf8(bytes);
  return text.includes("\uFFFD") ? String.fromCharCode(...bytes) : text;
}

/**
 * Extracts one entry's bytes, inflating and checking its CRC-32 and size. Never throws.
 *
 * @param bytes - the whole zip file.
 * @param entry - an entry listed by {@link listZip}.
 * @param maxSize - the largest file accepted, in bytes.
 * @returns the file's bytes, or a failure with its byte offset.
 * @example
 * ```ts no-run
 * // no-run: reads a zip from disk.
 * import { readFileSync } from "node:fs";
 * const zipBytes = new Uint8Array(readFileSync("export-fiches-csv-2026-12-07.zip"));
 * const listing = listZip(zipBytes);
 * const [first] = listing.ok ? listing.entries : [];
 * if (first) extractZipEntry(zipBytes, first, 1e9);
 * ```
 */
export function extractZipEntry(
  bytes: Uint8Array,
  entry: ZipEntry,
  maxSize: number,
): { ok: true; bytes: Uint8Array } | { ok: false; reason: ZipFailure; offset: number } {
  const at = entry.headerOffset;
  if (at + 30 > bytes.length || u32(bytes, at) !== LOCAL) {
    return { ok: false, reason: "truncated", offset: at };
  }
  if (entry.size > maxSize) return { ok: false, reason: "too-large", offset: at };
  const start = at + 30 + u16(bytes, at + 26) + u16(bytes, at + 28);
  const end = start + entry.compressedSize;
  if (end > bytes.length) return { ok: false, reason: "truncated", offset: bytes.length };
  const data = bytes.subarray(start, end);
  let out: Uint8Array;
  if (entry.method === 0) out = data;
  else if (entry.method === 8) {
    const inflated = inflateRaw(data, entry.size, maxSize);
    if (!inflated.ok) return { ok: false, reason: inflated.reason, offset: start };
    out = inflated.bytes;
  } else return { ok: false, reason: "unsupported-method", offset: at };
  if (out.length !== entry.size) return { ok: false, reason: "size-mismatch", offset: start };
  if (crc32(out) !== entry.crc) return { ok: false, reason: "crc-mismatch", offset: start };
  return { ok: true, bytes: out };
}

let crcTable: Uint32Array | undefined;

/**
 * CRC-32 (ISO 3309, as zip uses it).
 *
 * @param bytes - the data.
 * @returns the CRC as an unsigned 32-bit number.
 * @example
 * ```ts
 * crc32(new TextEncoder().encode("123456789")); //=> 0xcbf43926
 * ```
 */
export function crc32(bytes: Uint8Array): number {
  if (crcTable === undefined) {
    crcTable = new Uint32Array(256);
    for (let k = 0; k < 256; k++) {
      let c = k;
      for (let j = 0; j < 8; j++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[k] = c >>> 0;
    }
  }
  const table = crcTable;
  let crc = 0xffffffff;
  for (let k = 0; k < bytes.length; k++) {
    crc = (table[(crc ^ (bytes[k] as number)) & 0xff] as number) ^ (crc >>> 8);
  }
  return (crc ^ 0xffffffff) >>> 0;
}

interface Utf8Decoder {
  decode(bytes: Uint8Array): string;
}

/** The platform's TextDecoder (every supported browser and Node has one), found without DOM types. */
const platformDecoder: Utf8Decoder | undefined = /* @__PURE__ */ (() => {
  const Decoder = (globalThis as { TextDecoder?: new (label: string) => Utf8Decoder }).TextDecoder;
  return Decoder === undefined ? undefined : new Decoder("utf-8");
})();

/**
 * Decodes UTF-8 bytes (a leading byte-order mark is kept as U+FEFF; bad sequences become
 * U+FFFD), with the platform's TextDecoder when there is one.
 *
 * @param bytes - UTF-8 bytes.
 * @returns the text.
 * @example
 * ```ts
 * decodeUtf8(new Uint8Array([0x4c, 0x79, 0x63, 0xc3, 0xa9, 0x65])); //=> "Lycée"
 * ```
 */
export function decodeUtf8(bytes: Uint8Array): string {
  return platformDecoder !== undefined ? platformDecoder.decode(bytes) : decodeUtf8Slowly(bytes);
}

/**
 * UTF-8 decoding in plain JavaScript, for platforms without TextDecoder.
 *
 * @param bytes - UTF-8 bytes.
 * @returns the text; bad sequences become U+FFFD.
 * @example
 * ```ts
 * decodeUtf8Slowly(new Uint8Array([0xe2, 0x82, 0xac])); //=> "€"
 * ```
 */
export function decodeUtf8Slowly(bytes: Uint8Array): string {
  const units: number[] = [];
  let text = "";
  const n = bytes.length;
  let k = 0;
  while (k < n) {
    const b = bytes[k] as number;
    let code = 0xfffd;
    let size = 1;
    if (b < 0x80) code = b;
    else if (b >= 0xc2 && b < 0xe0) [code, size] = sequence(bytes, k, 2, b & 0x1f, 0x80, 0xbf);
    else if (b >= 0xe0 && b < 0xf0) {
      const low = b === 0xe0 ? 0xa0 : 0x80;
      [code, size] = sequence(bytes, k, 3, b & 0x0f, low, b === 0xed ? 0x9f : 0xbf);
    } else if (b >= 0xf0 && b < 0xf5) {
      const low = b === 0xf0 ? 0x90 : 0x80;
      [code, size] = sequence(bytes, k, 4, b & 0x07, low, b === 0xf4 ? 0x8f : 0xbf);
    }
    k += size;
    if (code >= 0x10000) {
      code -= 0x10000;
      units.push(0xd800 + (code >> 10), 0xdc00 + (code & 0x3ff));
    } else units.push(code);
    if (units.length >= 8192) {
      text += String.fromCharCode(...units);
      units.length = 0;
    }
  }
  return text + String.fromCharCode(...units);
}

/**
 * One multi-byte sequence as the WHATWG decoder reads it: the first continuation byte must lie in
 * `low…high` (which rules out overlong forms, surrogates and code points past U+10FFFF); on a bad
 * byte, U+FFFD replaces what was read and decoding resumes at that byte.
 */
function sequence(
  bytes: Uint8Array,
  k: number,
  size: number,
  lead: number,
  low: number,
  high: number,
): [number, number] {
  let code = lead;
  for (let j = 1; j < size; j++) {
    const b = bytes[k + j];
    const ok = b !== undefined && (j === 1 ? b >= low && b <= high : (b & 0xc0) === 0x80);
    if (!ok) return [0xfffd, j];
    code = (code << 6) | ((b as number) & 0x3f);
  }
  return [code, size];
}
