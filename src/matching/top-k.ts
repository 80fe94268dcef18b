/**
 * The best `capacity` entries of a stream, by descending score, then ascending tie-break key,
 * then ascending project index: a binary heap with the worst entry at its root, held in typed
 * arrays, so that listing a learner allocates nothing.
 *
 * @internal
 * @module
 */

/**
 * A bounded selection of (project, score) entries.
 *
 * @example
 * ```ts
 * const top = new TopK([0, 0, 0]);
 * top.reset(2);
 * top.offer(0, 0.5); top.offer(1, 0.9); top.offer(2, 0.7);
 * const projects = new Int32Array(2); const scores = new Float64Array(2);
 * top.drain(projects, scores, 0); //=> 2
 * [...projects]; //=> [1, 2]
 * ```
 * @internal
 */
export class TopK {
  /** How many entries are held. */
  size = 0;
  private capacity = 0;
  private project = new Int32Array(32);
  private score = new Float64Array(32);

  /** @param keys - each project's tie-break key. */
  constructor(private readonly keys: ArrayLike<number>) {}

  /** Empties the selection, to keep at most `capacity` entries (`Infinity`: all). */
  reset(capacity: number): void {
    this.size = 0;
    this.capacity = capacity;
    this.floor = Number.NEGATIVE_INFINITY;
  }

  /** The score an entry must reach to enter: the worst one's when full, else -Infinity. */
  floor = Number.NEGATIVE_INFINITY;

  /** Whether entry `a` ranks below entry `b` (heap positions). */
  private worse(a: number, b: number): boolean {
    const sa = this.score[a] as number;
    const sb = this.score[b] as number;
    if (sa !== sb) return sa < sb;
    const pa = this.project[a] as number;
    const pb = this.project[b] as number;
    const ka = this.keys[pa] as number;
    const kb = this.keys[pb] as number;
    return ka !== kb ? ka > kb : pa > pb;
  }

  /** Offers an entry: kept when there is room or it ranks above the worst one, which then leaves. */
  offer(project: number, score: number): void {
    if (this.size < this.capacity) {
      if (this.size === this.project.length) this.grow();
      const at = this.size++;
      this.project[at] = project;
      this.score[at] = score;
      this.siftUp(at);
      if (this.size >= this.capacity) this.floor = this.score[0] as number;
      return;
    }
    if (this.size === 0) return;
    if (!this.ranksAbove(project, score, this.project[0] as number, this.score[0] as number))
      return;
    this.project[0] = project;
    this.score[0] = score;
    this.siftDown(0);
    this.floor = this.score[0] as number;
  }

  /** Whether (project, score) ranks above (other, otherScore). */
  private ranksAbove(project: number, score: number, other: number, otherScore: number): boolean {
    if (score !== otherScore) return score > otherScore;
    const k = this.keys[project] as number;
    const ko = this.keys[other] as number;
    return k !== ko ? k < ko : project < other;
  }

  private grow(): void {
    const project = new Int32Array(2 * this.project.length);
    project.set(this.project);
    this.project = project;
    const score = new Float64Array(2 * this.score.length);
    score.set(this.score);
    this.score = score;
  }

  private swap(a: number, b: number): void {
    const p = this.project[a] as number;
    this.project[a] = this.project[b] as number;
    this.project[b] = p;
    const s = this.score[a] as number;
    this.score[a] = this.score[b] as number;
    this.score[b] = s;
  }

  private siftUp(at: number): void {
    while (at > 0) {
      const parent = (at - 1) >> 1;
      if (!this.worse(at, parent)) return;
      this.swap(at, parent);
      at = parent;
    }
  }

  private siftDown(at: number): void {
    for (;;) {
      const left = 2 * at + 1;
      if (left >= this.size) return;
      const right = left + 1;
      const child = right < this.size && this.worse(right, left) ? right : left;
      if (!this.worse(child, at)) return;
      this.swap(at, child);
      at = child;
    }
  }

  /**
   * Writes the entries best first into `projects` and `scores` from `at` on, and empties the
   * selection; returns how many.
   */
  drain(projects: Int32Array, scores: Float64Array, at: number): number {
    const count = this.size;
    this.floor = Number.NEGATIVE_INFINITY;
    while (this.size > 0) {
      const last = --this.size;
      projects[at + last] = this.project[0] as number;
      scores[at + last] = this.score[0] as number;
      this.swap(0, last);
      this.siftDown(0);
    }
    return count;
  }
}
