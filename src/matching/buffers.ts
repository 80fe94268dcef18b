/**
 * One allocation cut into the typed arrays of a call: the compiled problem's, then the solver's
 * and the output's scratch. V8 runs a scavenge before allocating a typed array whenever the young
 * typed arrays already hold tens of megabytes; a large array that lives through two of them is
 * moved to the old generation, where only a full garbage collection (which marks the caller's
 * whole heap: about a second for a national-scale input) frees it. Taking every array of a call
 * from one allocation, made once the sizes are known and followed by no other typed array,
 * lets the call's memory die young, freed by the next scavenge. Views past the end are
 * allocated on their own (same contents: zeros).
 *
 * @internal
 */
export class Arena {
  private readonly buffer: ArrayBuffer;
  /** Bytes used, a multiple of 8 (every view is 8-byte aligned). */
  private used = 0;
  /** An arena of `words` 32-bit words. */
  constructor(words: number) {
    this.buffer = new ArrayBuffer(words * 4);
  }
  /** The byte offset of the next `bytes` bytes, or -1 when they do not fit. */
  private place(bytes: number): number {
    const at = this.used;
    const end = at + Math.ceil(bytes / 8) * 8;
    if (end > this.buffer.byteLength) return -1;
    this.used = end;
    return at;
  }
  /** The next `length` words (zeros). */
  take(length: number): Int32Array {
    const at = this.place(length * 4);
    return at < 0 ? new Int32Array(length) : new Int32Array(this.buffer, at, length);
  }
  /** The next `length` unsigned words (zeros). */
  uint32(length: number): Uint32Array {
    const at = this.place(length * 4);
    return at < 0 ? new Uint32Array(length) : new Uint32Array(this.buffer, at, length);
  }
  /** The next `length` doubles (zeros). */
  float64(length: number): Float64Array {
    const at = this.place(length * 8);
    return at < 0 ? new Float64Array(length) : new Float64Array(this.buffer, at, length);
  }
  /** The next `length` bytes (zeros). */
  uint8(length: number): Uint8Array {
    const at = this.place(length);
    return at < 0 ? new Uint8Array(length) : new Uint8Array(this.buffer, at, length);
  }
}

/**
 * Words of {@link Arena} that `views` views of `words` words in all take at most (each view is
 * rounded up to 8 bytes).
 *
 * @internal
 */
export function arenaRoom(words: number, views: number): number {
  return words + views;
}

/** An Int32Array that grows by doubling. */
export class IntBuffer {
  data: Int32Array;
  length = 0;
  /** A buffer over `initial` (a view of a larger allocation), growing by doubling beyond it. */
  constructor(initial: Int32Array) {
    this.data = initial.length > 0 ? initial : new Int32Array(16);
  }
  push(value: number): void {
    if (this.length === this.data.length) {
      const next = new Int32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = value;
  }
  toArray(): Int32Array {
    return this.data.subarray(0, this.length);
  }
  /** Whether `value` was pushed at a position ≥ `from`. */
  holdsSince(value: number, from: number): boolean {
    const { data, length } = this;
    for (let x = from; x < length; x++) if (data[x] === value) return true;
    return false;
  }
}
