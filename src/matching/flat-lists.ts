/**
 * The learners' lists in flat typed arrays: learner `i`'s entries are
 * `projects[from[i] … from[i] + length[i])` with their `scores`, best first. Filled learner by
 * learner in any order, without an object per entry.
 *
 * @internal
 * @module
 */

/**
 * Flat lists of (project, score) entries.
 *
 * @example
 * ```ts
 * const lists = new FlatLists(1);
 * lists.reserve(1);
 * lists.open(0);
 * lists.push(3, 0.5);
 * lists.close(0);
 * lists.length[0]; //=> 1
 * ```
 * @internal
 */
export class FlatLists {
  readonly from: Int32Array;
  readonly length: Int32Array;
  projects = new Int32Array(1024);
  scores = new Float64Array(1024);
  /** How many entries are written. */
  size = 0;

  constructor(learnerCount: number) {
    this.from = new Int32Array(learnerCount);
    this.length = new Int32Array(learnerCount);
  }

  /** Room for `n` more entries after {@link size}. */
  reserve(n: number): void {
    const needed = this.size + n;
    if (needed <= this.projects.length) return;
    let capacity = this.projects.length;
    while (capacity < needed) capacity *= 2;
    const projects = new Int32Array(capacity);
    projects.set(this.projects.subarray(0, this.size));
    this.projects = projects;
    const scores = new Float64Array(capacity);
    scores.set(this.scores.subarray(0, this.size));
    this.scores = scores;
  }

  /** Starts learner `i`'s list at the end of the entries. */
  open(i: number): void {
    this.from[i] = this.size;
  }

  /** Appends one entry (after {@link reserve}). */
  push(project: number, score: number): void {
    this.projects[this.size] = project;
    this.scores[this.size++] = score;
  }

  /** Counts `count` entries written directly after the others (after {@link reserve}). */
  wrote(count: number): void {
    this.size += count;
  }

  /** Ends learner `i`'s list. */
  close(i: number): void {
    this.length[i] = this.size - (this.from[i] as number);
  }
}
