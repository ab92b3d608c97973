// All fact-rule anchors (anchors.ts) in one Aho-Corasick automaton, built once: one pass over a
// sentence finds every anchor it contains, and a rule is then checked with a few array reads
// instead of one `includes` per anchor. On the five seeds this cut the facts pass from ~20 ms
// to a few, since most rules are skipped on most sentences.
//
// mark() goes one step further for a whole policy: it turns the anchors a sentence contains
// straight into one flag per indexed pattern, so that asking "may this pattern match sentence
// i?" (~47,000 times on the five seeds) is one Map lookup and one array read, not a loop over
// the pattern's anchors.
import { anchorFormulaOf, anchorsOf, mayMatch } from './anchors.ts';

export class AnchorIndex {
  /** Character code → alphabet class (0: a character no anchor has). A Map here cost a
   *  hash lookup per character of every sentence; the table is 128 KB, built once. */
  private readonly classOf = new Uint16Array(65536);
  private classCount = 0;
  private readonly width: number;
  /** Full transition table: state * width + class → state. */
  private readonly next: Uint16Array | Int32Array;
  /** Anchor ids that end at each state (including through failure links), as compressed rows:
   *  state s's ids are foundIds[foundStart[s], foundStart[s + 1]). Flat typed arrays instead of
   *  an array per state and per anchor: mark() handles ~10,000 anchor hits on the five seeds,
   *  and the pointer chasing was most of its cost (AC pass 0.3 ms, hits ~0.75 ms). */
  private readonly foundStart: Int32Array;
  private readonly foundIds: Int32Array;
  /** Per state: does any anchor end there? Saves reading `found` on most characters. */
  private readonly ends: Uint8Array;
  private readonly idsOf = new Map<RegExp, Int32Array | null>();
  readonly anchorCount: number;
  /** Indexed pattern → its position in mark()'s flags. */
  private readonly patternIndex = new Map<RegExp, number>();
  /** Per anchor id: the indexed patterns it lets through (compressed rows, as foundIds). */
  private readonly patternsStart: Int32Array;
  private readonly patternIds: Int32Array;
  /** Indexed patterns without anchors: they may match anything. */
  private readonly unanchored: number[] = [];
  /** Patterns whose formula needs more than one anchor set in some alternative: their flag,
   *  raised by any first-set anchor, is then checked against the whole formula. */
  private readonly refinedFormula: (Int32Array[][] | null)[] = [];
  /** Per pattern: 1 when refinedFormula has a formula for it. */
  private readonly refined: Uint8Array;
  /** Scratch for mark(): the refined patterns flagged in the current sentence. */
  private readonly toRefine: number[] = [];
  private readonly formulaOf = new Map<RegExp, Int32Array[][]>();
  /** Per anchor id: the last mark() call that found it. */
  private readonly anchorStamp: Int32Array;
  private stamp = 0;

  constructor(rules: ReadonlyArray<{ pattern: RegExp; anchors?: readonly string[] }>) {
    const anchorIds = new Map<string, number>();
    const idOf = (a: string): number => {
      if (!anchorIds.has(a)) anchorIds.set(a, anchorIds.size);
      return anchorIds.get(a) ?? 0;
    };
    for (const { pattern, anchors: given } of rules) {
      const anchors = anchorsOf(pattern, given);
      const formula = anchorFormulaOf(pattern, given);
      if (anchors === null || formula === null) {
        this.idsOf.set(pattern, null);
        continue;
      }
      this.idsOf.set(pattern, Int32Array.from(anchors.map(idOf)));
      // Every set's anchors go into the automaton, so checking a formula is array reads. (With
      // includes() for the sets after the first, the ~3,500 checks per analysis of the seeds
      // cost more than the regex runs they saved.)
      this.formulaOf.set(pattern, formula.map((sets) => sets.map((set) => Int32Array.from(set.map(idOf)))));
    }
    this.anchorCount = anchorIds.size;
    this.anchorStamp = new Int32Array(this.anchorCount);
    const patternsOf: number[][] = Array.from({ length: this.anchorCount }, () => []);
    for (const [pattern, ids] of this.idsOf) {
      const p = this.patternIndex.size;
      this.patternIndex.set(pattern, p);
      if (ids === null) this.unanchored.push(p);
      else for (const id of new Set(ids)) patternsOf[id]?.push(p);
      const alternatives = this.formulaOf.get(pattern);
      this.refinedFormula.push(alternatives?.some((sets) => sets.length > 1) ? alternatives : null);
    }
    [this.patternsStart, this.patternIds] = compressedRows(patternsOf);
    this.refined = Uint8Array.from(this.refinedFormula, (f) => (f ? 1 : 0));
    for (const anchor of anchorIds.keys()) {
      for (const ch of anchor) if (this.classOf[ch.charCodeAt(0)] === 0) this.classOf[ch.charCodeAt(0)] = ++this.classCount;
    }
    this.width = this.classCount + 1;

    // The trie of anchors.
    const goto: Map<number, number>[] = [new Map()];
    const ends: number[][] = [[]];
    for (const [anchor, id] of anchorIds) {
      let state = 0;
      for (const ch of anchor) {
        const c = this.classOf[ch.charCodeAt(0)] ?? 0;
        const edges = goto[state] ?? new Map<number, number>();
        let to = edges.get(c);
        if (to === undefined) {
          to = goto.length;
          edges.set(c, to);
          goto.push(new Map());
          ends.push([]);
        }
        state = to;
      }
      ends[state]?.push(id);
    }

    // Breadth first: failure links, merged outputs and the full transition table.
    // Two bytes a transition while the states fit: half the table, fewer cache misses in scan.
    this.next = goto.length <= 0xffff ? new Uint16Array(goto.length * this.width) : new Int32Array(goto.length * this.width);
    const fail = new Int32Array(goto.length);
    const queue: number[] = [];
    for (let c = 0; c < this.width; c++) {
      const to = goto[0]?.get(c) ?? 0;
      this.next[c] = to;
      if (to !== 0) queue.push(to);
    }
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head] ?? 0;
      for (let c = 0; c < this.width; c++) {
        const to = goto[state]?.get(c);
        const viaFail = this.next[(fail[state] ?? 0) * this.width + c] ?? 0;
        if (to === undefined) {
          this.next[state * this.width + c] = viaFail;
        } else {
          this.next[state * this.width + c] = to;
          fail[to] = viaFail;
          ends[to]?.push(...(ends[viaFail] ?? []));
          queue.push(to);
        }
      }
    }
    [this.foundStart, this.foundIds] = compressedRows(ends);
    this.ends = Uint8Array.from(ends, (list) => (list.length > 0 ? 1 : 0));
  }

  /** How many patterns mark() gives a flag to. */
  get patternCount(): number {
    return this.patternIndex.size;
  }

  /** Position of `pattern` in mark()'s flags; -1 when it is not indexed. */
  indexOf(pattern: RegExp): number {
    return this.patternIndex.get(pattern) ?? -1;
  }

  /** Sets flags[offset + indexOf(pattern)] to 1 for every indexed pattern that may match the
   *  sentence whose lower-cased text is `lower` (the others are left as they are: pass zeros). */
  mark(lower: string, flags: Uint8Array, offset: number): void {
    const stamp = ++this.stamp;
    for (const p of this.unanchored) flags[offset + p] = 1;
    // Fields read into locals: the per-character loop then reads no property of `this`, which
    // V8 does not hoist itself past the stores into `flags` (~30% of mark() on the seeds).
    const { next, classOf, width, ends, foundStart, foundIds, anchorStamp, patternsStart, patternIds, refined, toRefine } = this;
    toRefine.length = 0;
    const length = lower.length;
    let state = 0;
    for (let i = 0; i < length; i++) {
      state = next[state * width + (classOf[lower.charCodeAt(i)] ?? 0)] ?? 0;
      if (ends[state] === 0) continue;
      const idsEnd = foundStart[state + 1] ?? 0;
      for (let k = foundStart[state] ?? 0; k < idsEnd; k++) {
        const id = foundIds[k] ?? 0;
        if (anchorStamp[id] === stamp) continue;
        anchorStamp[id] = stamp;
        const patternsEnd = patternsStart[id + 1] ?? 0;
        for (let j = patternsStart[id] ?? 0; j < patternsEnd; j++) {
          const p = patternIds[j] ?? 0;
          if (flags[offset + p] === 1) continue;
          flags[offset + p] = 1;
          if (refined[p] === 1) toRefine.push(p);
        }
      }
    }
    // Only now is every anchor of the sentence known.
    for (const p of toRefine) if (!holds(this.refinedFormula[p] ?? [], anchorStamp, stamp)) flags[offset + p] = 0;
  }

  /** Which anchors occur in `lower` (a lower-cased sentence): one flag per anchor id. */
  scan(lower: string): Uint8Array {
    const present = new Uint8Array(this.anchorCount);
    let state = 0;
    for (let i = 0; i < lower.length; i++) {
      state = this.next[state * this.width + (this.classOf[lower.charCodeAt(i)] ?? 0)] ?? 0;
      const end = this.foundStart[state + 1] ?? 0;
      for (let k = this.foundStart[state] ?? 0; k < end; k++) present[this.foundIds[k] ?? 0] = 1;
    }
    return present;
  }

  /** False only when `pattern` cannot match a sentence with these anchors present. */
  mayMatch(pattern: RegExp, present: Uint8Array, lower: string): boolean {
    const ids = this.idsOf.get(pattern);
    if (ids === undefined) return mayMatch(pattern, lower); // not indexed: check the slow way
    if (ids === null) return true;
    return holds(this.formulaOf.get(pattern) ?? [], present, 1);
  }
}

/** Lists stored end to end: list i is items[starts[i], starts[i + 1]). */
function compressedRows(lists: readonly (readonly number[])[]): [Int32Array, Int32Array] {
  const starts = new Int32Array(lists.length + 1);
  lists.forEach((list, i) => (starts[i + 1] = (starts[i] ?? 0) + list.length));
  return [starts, Int32Array.from(lists.flat())];
}

/** Some alternative has, for each of its anchor sets, an anchor id whose mark equals `mark`
 *  (a presence flag, or mark()'s stamp). Loops, not some/every: it runs per flagged pattern. */
function holds(alternatives: readonly (readonly Int32Array[])[], marks: Uint8Array | Int32Array, mark: number): boolean {
  for (const sets of alternatives) {
    let all = true;
    for (const set of sets) {
      let any = false;
      for (let k = 0; k < set.length && !any; k++) any = marks[set[k] ?? 0] === mark;
      if (!any) {
        all = false;
        break;
      }
    }
    if (all) return true;
  }
  return false;
}
