import { constants, deflateRawSync } from "node:zlib";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { inflateRaw } from "../../src/registry/inflate.js";
import {
  crc32,
  decodeUtf8,
  decodeUtf8Slowly,
  extractZipEntry,
  listZip,
} from "../../src/registry/zip.js";
import { makeZip } from "./make-zip.js";

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe("inflateRaw", () => {
  it("inflates what node:zlib deflates, at every level and strategy", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.uint8Array({ maxLength: 3000 }),
          fc.string({ maxLength: 3000 }).map((s) => new TextEncoder().encode(s.repeat(3))),
        ),
        fc.integer({ min: 0, max: 9 }),
        fc.constantFrom(
          constants.Z_DEFAULT_STRATEGY,
          constants.Z_FIXED,
          constants.Z_HUFFMAN_ONLY,
          constants.Z_RLE,
        ),
        (data, level, strategy) => {
          const packed = new Uint8Array(deflateRawSync(data, { level, strategy }));
          const out = inflateRaw(packed, data.length);
          expect(out.ok).toBe(true);
          if (out.ok) expect(Buffer.from(out.bytes).equals(Buffer.from(data))).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });

  it("inflates large text with long matches, stored blocks and a growing output", () => {
    const data = new TextEncoder().encode("RNCP35340;Technicien;ACTIVE\n".repeat(20_000));
    for (const level of [0, 1, 9]) {
      const out = inflateRaw(new Uint8Array(deflateRawSync(data, { level })), 0);
      expect(out.ok && out.bytes.length).toBe(data.length);
    }
    const random = new Uint8Array(200_000).map((_, i) => (i * 2654435761) >>> 24);
    const out = inflateRaw(new Uint8Array(deflateRawSync(random, { level: 1 })));
    expect(out.ok && Buffer.from(out.bytes).equals(Buffer.from(random))).toBe(true);
  });

  it("reports truncated, corrupt and oversized data, never throws", () => {
    const packed = new Uint8Array(deflateRawSync(new TextEncoder().encode("hello ".repeat(500))));
    expect(inflateRaw(packed.subarray(0, packed.length - 3))).toEqual({
      ok: false,
      reason: "truncated",
    });
    expect(inflateRaw(new Uint8Array([0x07]))).toEqual({ ok: false, reason: "invalid-block-type" });
    expect(inflateRaw(new Uint8Array([0x01, 0x05, 0x00, 0x00, 0x00]))).toEqual({
      ok: false,
      reason: "invalid-stored-length",
    });
    expect(inflateRaw(new Uint8Array([]))).toEqual({ ok: false, reason: "truncated" });
    expect(inflateRaw(packed, 10, 100)).toEqual({ ok: false, reason: "output-too-large" });
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 500 }), (junk) => {
        const out = inflateRaw(junk, 0, 1_000_000);
        expect(typeof out.ok).toBe("boolean");
      }),
      { numRuns: 2000 },
    );
  });
});

describe("listZip and extractZipEntry", () => {
  const zip = makeZip([
    { name: "export_fiches_CSV_Blocs_De_Compétences_2026_12_06.csv", data: "a;b\n1;2\n" },
    { name: "stored.txt", data: "plain", method: 0 },
    { name: "legacy-é.txt", data: "x", legacyName: true },
  ]);

  it("lists and extracts stored and deflated entries", () => {
    const listing = listZip(zip);
    expect(listing.ok).toBe(true);
    if (!listing.ok) return;
    expect(listing.entries.map((e) => e.name)).toEqual([
      "export_fiches_CSV_Blocs_De_Compétences_2026_12_06.csv".normalize("NFC"),
      "stored.txt",
      "legacy-é.txt",
    ]);
    const [first, second] = listing.entries;
    const a = extractZipEntry(zip, first as never, 1e6);
    const b = extractZipEntry(zip, second as never, 1e6);
    expect(a.ok && text(a.bytes)).toBe("a;b\n1;2\n");
    expect(b.ok && text(b.bytes)).toBe("plain");
    expect(extractZipEntry(zip, first as never, 3)).toMatchObject({
      ok: false,
      reason: "too-large",
    });
  });

  it("refuses empty, garbage, truncated and corrupt zips with a reason and an offset", () => {
    expect(listZip(new Uint8Array(0))).toEqual({ ok: false, reason: "not-a-zip", offset: 0 });
    expect(listZip(new TextEncoder().encode("not a zip at all"))).toMatchObject({
      reason: "not-a-zip",
    });
    expect(listZip(zip.subarray(0, zip.length - 30))).toMatchObject({ reason: "truncated" });
    const corrupt = zip.slice();
    const listing = listZip(corrupt);
    if (!listing.ok) throw new Error("listing");
    const entry = listing.entries[1];
    if (entry === undefined) throw new Error("entry");
    corrupt[entry.headerOffset + 30 + 10] = 0x58; // one byte of "plain"
    expect(extractZipEntry(corrupt, entry, 1e6)).toMatchObject({ reason: "crc-mismatch" });
    expect(extractZipEntry(zip, { ...entry, method: 12 }, 1e6)).toMatchObject({
      reason: "unsupported-method",
    });
    expect(extractZipEntry(zip, { ...entry, size: 2 }, 1e6)).toMatchObject({
      reason: "size-mismatch",
    });
    expect(extractZipEntry(zip, { ...entry, headerOffset: 3 }, 1e6)).toMatchObject({
      reason: "truncated",
    });
    expect(extractZipEntry(zip, { ...entry, compressedSize: 1e9 }, 1e6)).toMatchObject({
      reason: "truncated",
    });
  });

  it("refuses ZIP64, encrypted and lying directories", () => {
    const edit = (at: (z: Uint8Array, eocd: number) => void) => {
      const copy = zip.slice();
      at(copy, copy.length - 22);
      return listZip(copy);
    };
    expect(edit((z, e) => z.set([0xff, 0xff], e + 10))).toMatchObject({
      reason: "zip64-unsupported",
    });
    expect(edit((z, e) => z.set([0xff, 0xff, 0xff, 0x7f], e + 16))).toMatchObject({
      reason: "truncated",
    });
    expect(edit((z, e) => z.set([5], e + 10))).toMatchObject({ reason: "truncated" });
    const listing = listZip(zip);
    if (!listing.ok) throw new Error("listing");
    const directory = zip.length - 22 - (listing.entries.length > 0 ? 0 : 0);
    expect(directory).toBeGreaterThan(0);
    const start = new DataView(zip.buffer).getUint32(zip.length - 6, true);
    expect(edit((z) => z.set([0x01], start + 8))).toMatchObject({ reason: "encrypted" });
    expect(edit((z) => z.set([0xff, 0xff, 0xff, 0xff], start + 24))).toMatchObject({
      reason: "zip64-unsupported",
    });
    expect(edit((z) => z.set([0xff, 0xff], start + 28))).toMatchObject({ reason: "truncated" });
  });

  it("never throws on random bytes or cut zips", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), fc.nat(zip.length), (junk, cut) => {
        for (const bytes of [junk, zip.subarray(0, cut)]) {
          const listing = listZip(bytes);
          if (listing.ok) for (const e of listing.entries) extractZipEntry(bytes, e, 1e6);
        }
      }),
    );
  });
});

describe("crc32 and UTF-8", () => {
  it("computes the standard check value", () => {
    expect(crc32(new TextEncoder().encode("123456789"))).toBe(0xcbf43926);
  });

  it("decodes UTF-8 without TextDecoder the same way", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: "binary" }).map((s) => new TextEncoder().encode(s)),
          fc.uint8Array(),
        ),
        (bytes) => {
          expect(decodeUtf8Slowly(bytes)).toBe(decodeUtf8(bytes));
        },
      ),
    );
    const big = new TextEncoder().encode("é🙂".repeat(10_000));
    expect(decodeUtf8Slowly(big)).toBe(decodeUtf8(big));
  });
});
