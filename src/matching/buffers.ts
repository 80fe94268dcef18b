/**
 * One allocation cut into the large arrays of a compilation. V8 runs a full garbage collection
 * (which marks the caller's whole heap: about a second for a national-scale input) each time
 * memory outside its heap grows by some tens of megabytes; allocating everything at once, before
 * the learners are read, costs one collection instead of one per array. Pages that are never
 * written (the room reserved for the worst case) take no memory.
 *
 * @internal
 */
export class Arena {
  private readonly data: Int32Array;
  private used = 0;
  /** An arena of `size` words. */
  constructor(size: number) {
    this.data = new Int32Array(size);
  }
  /** The next `length` words (zeros). */
  take(length: number): Int32Array {
    const from = this.used;
    this.used = from + length;
    return this.data.subarray(from, this.used);
  }
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
