// All fact-rule anchors (anchors.ts) in one Aho-Corasick automaton: one pass over a sentence
// finds every anchor it contains, and a rule is then checked with a few array reads instead of
// one `includes` per anchor. On the five seeds this cut the facts pass from ~20 ms to a few,
// since most rules are skipped on most sentences.
//
// mark() goes one step further for a whole policy: it turns the anchors a sentence contains
// straight into one flag per indexed pattern, so that asking "may this pattern match sentence
// i?" (~47,000 times on the five seeds) is one Map lookup and one array read, not a loop over
// the pattern's anchors.
//
// Reading the anchors off ~260 regex sources and building the automaton took most of a cold
// worker's first facts pass, so both are done at build time (layoutAnchors, in
// src/engine/compiled) and the index is rebuilt from that plain data: the automaton's trie
// edges and failure links, from which the full transition table is filled in one sweep.
import { anchorFormulaOf, mayMatch } from './anchors.ts';

/** A pattern to index, with the anchors its rule gives (for patterns they cannot be read off). */
export interface AnchoredPattern {
  pattern: RegExp;
  anchors?: readonly string[] | undefined;
}

/** The index as plain data (JSON), for patterns given in one order; see AnchorIndex. */
export interface AnchorLayout {
  /** The anchors; an anchor's id is its position. */
  anchors: string[];
  /** Per distinct pattern, in first-seen order: any of the alternatives, each a list of anchor
   *  sets (as anchor ids) all of which it needs a member of (anchorFormulaOf); null: it may
   *  match anything. */
  formulas: (number[][][] | null)[];
  /** The automaton's alphabet: class c (from 1) is the character classChars[c - 1]. */
  classChars: string;
  /** Per state after the root, in breadth-first order: its parent, the class of the edge from
   *  it, and its failure link. */
  parent: number[];
  edge: number[];
  fail: number[];
  /** Anchor ids that end at each state (through failure links too), as compressed rows. */
  foundStart: number[];
  foundIds: number[];
}

/** The patterns of `rules`, each once, in first-seen order. */
function distinctPatterns(rules: readonly AnchoredPattern[]): AnchoredPattern[] {
  const seen = new Set<RegExp>();
  const distinct: AnchoredPattern[] = [];
  for (const rule of rules) {
    if (seen.has(rule.pattern)) continue;
    seen.add(rule.pattern);
    distinct.push(rule);
  }
  return distinct;
}

/** Reads every pattern's anchors and builds the automaton: the work done at build time. */
export function layoutAnchors(rules: readonly AnchoredPattern[]): AnchorLayout {
  const anchorIds = new Map<string, number>();
  const idOf = (a: string): number => {
    let id = anchorIds.get(a);
    if (id === undefined) {
      id = anchorIds.size;
      anchorIds.set(a, id);
    }
    return id;
  };
  // Every set's anchors go into the automaton, so checking a formula is array reads. (With
  // includes() for the sets after the first, the ~3,500 checks per analysis of the seeds cost
  // more than the regex runs they saved.)
  const formulas = distinctPatterns(rules).map(({ pattern, anchors }) => anchorFormulaOf(pattern, anchors)?.map((sets) => sets.map((set) => set.map(idOf))) ?? null);
  const anchors = [...anchorIds.keys()];
  const classOf = new Map<string, number>();
  for (const anchor of anchors) for (const ch of anchor) if (!classOf.has(ch)) classOf.set(ch, classOf.size + 1);

  // The trie, then its states renumbered breadth first with their failure links.
  const goto: Map<number, number>[] = [new Map()];
  const ends: number[][] = [[]];
  anchors.forEach((anchor, id) => {
    let state = 0;
    for (const ch of anchor) {
      const c = classOf.get(ch) ?? 0;
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
  });
  const order = [0];
  const renumbered = new Int32Array(goto.length);
  const parentOf = new Int32Array(goto.length);
  const edgeOf = new Int32Array(goto.length);
  const failOf = new Int32Array(goto.length);
  for (let head = 0; head < order.length; head++) {
    const state = order[head] ?? 0;
    for (const [c, to] of goto[state] ?? []) {
      // The failure link: the longest proper suffix of `to`'s string that is a trie state.
      let f = state === 0 ? -1 : (failOf[state] ?? 0);
      while (f >= 0 && !goto[f]?.has(c)) f = f === 0 ? -1 : (failOf[f] ?? 0);
      failOf[to] = f < 0 ? 0 : (goto[f]?.get(c) ?? 0);
      ends[to]?.push(...(ends[failOf[to] ?? 0] ?? []));
      parentOf[to] = state;
      edgeOf[to] = c;
      renumbered[to] = order.push(to) - 1;
    }
  }
  const rest = order.slice(1);
  const parent = rest.map((state) => renumbered[parentOf[state] ?? 0] ?? 0);
  const edge = rest.map((state) => edgeOf[state] ?? 0);
  const fail = rest.map((state) => renumbered[failOf[state] ?? 0] ?? 0);
  const found = order.map((state) => ends[state] ?? []);
  const foundStart = [0];
  for (const list of found) foundStart.push((foundStart[foundStart.length - 1] ?? 0) + list.length);
  return { anchors, formulas, classChars: [...classOf.keys()].join(''), parent, edge, fail, foundStart, foundIds: found.flat() };
}

export class AnchorIndex {
  /** Character code → alphabet class (0: a character no anchor has). A Map here cost a
   *  hash lookup per character of every sentence; the table is 128 KB, built once. */
  private readonly classOf = new Uint16Array(65536);
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
  readonly anchorCount: number;
  /** Indexed pattern → its position in mark()'s flags. */
  private readonly patternIndex = new Map<RegExp, number>();
  /** Per indexed pattern: its formula as anchor ids (null: it may match anything). */
  private readonly formulas: (Int32Array[][] | null)[];
  /** Per anchor id: the indexed patterns it lets through (compressed rows, as foundIds). */
  private readonly patternsStart: Int32Array;
  private readonly patternIds: Int32Array;
  /** Indexed patterns without anchors: they may match anything. */
  private readonly unanchored: number[] = [];
  /** The alternatives of the patterns whose formula needs more than one anchor set in some
   *  alternative ("refined"), each with an id: its pattern, and its sets as set ids (every set
   *  of every refined alternative has an id). Per anchor id, as compressed rows: the sets it is
   *  in, and the alternatives whose first set it is in. mark() stamps a set when one of its
   *  anchors is found and collects the alternatives whose first set is found; at the end of the
   *  sentence an alternative holds when each of its sets is stamped: one read per set, instead
   *  of scanning every alternative's anchors for every flagged pattern (formulas with dozens of
   *  alternatives made that ~40% of mark()). */
  private readonly altPattern: Int32Array;
  private readonly altSets: Int32Array[];
  private readonly setsStart: Int32Array;
  private readonly setIds: Int32Array;
  private readonly altsStart: Int32Array;
  private readonly altIds: Int32Array;
  /** Per set id / alternative id: the last mark() call that found it. */
  private readonly setStamp: Int32Array;
  private readonly altStamp: Int32Array;
  /** Scratch for mark(): the refined alternatives whose first set the sentence has. */
  private readonly candidates: number[] = [];
  /** Per anchor id: the last mark() call that found it. */
  private readonly anchorStamp: Int32Array;
  private stamp = 0;

  /** Indexes the patterns of `rules`, from `layout` when given (layoutAnchors of the same rules,
   *  made at build time), else reading their anchors now. */
  constructor(rules: readonly AnchoredPattern[], layout?: AnchorLayout) {
    const patterns = distinctPatterns(rules);
    const data = layout ?? layoutAnchors(patterns);
    if (data.formulas.length !== patterns.length) throw new Error(`anchor layout for ${data.formulas.length} patterns, given ${patterns.length}: rebuild it`);
    this.anchorCount = data.anchors.length;
    this.anchorStamp = new Int32Array(this.anchorCount);
    this.formulas = data.formulas.map((formula) => formula?.map((sets) => sets.map((set) => Int32Array.from(set))) ?? null);
    const patternsOf: number[][] = Array.from({ length: this.anchorCount }, () => []);
    const setsOf: number[][] = Array.from({ length: this.anchorCount }, () => []);
    const altsOf: number[][] = Array.from({ length: this.anchorCount }, () => []);
    const altPattern: number[] = [];
    const altSets: Int32Array[] = [];
    let setCount = 0;
    patterns.forEach(({ pattern }, p) => {
      this.patternIndex.set(pattern, p);
      const formula = data.formulas[p];
      if (!formula) this.unanchored.push(p);
      else if (formula.some((sets) => sets.length > 1)) {
        for (const sets of formula) {
          const alt = altPattern.push(p) - 1;
          altSets.push(Int32Array.from(sets, (set) => {
            const id = setCount++;
            for (const a of new Set(set)) setsOf[a]?.push(id);
            return id;
          }));
          for (const a of new Set(sets[0] ?? [])) altsOf[a]?.push(alt);
        }
      }
      // A pattern is raised by the anchors of each alternative's first set (anchorsOf).
      else for (const id of new Set(formula.flatMap((sets) => sets[0] ?? []))) patternsOf[id]?.push(p);
    });
    [this.patternsStart, this.patternIds] = compressedRows(patternsOf);
    [this.setsStart, this.setIds] = compressedRows(setsOf);
    [this.altsStart, this.altIds] = compressedRows(altsOf);
    this.altPattern = Int32Array.from(altPattern);
    this.altSets = altSets;
    this.setStamp = new Int32Array(setCount);
    this.altStamp = new Int32Array(altPattern.length);

    for (let c = 0; c < data.classChars.length; c++) this.classOf[data.classChars.charCodeAt(c)] = c + 1;
    const width = data.classChars.length + 1;
    const states = data.parent.length + 1;
    this.width = width;
    // Two bytes a transition while the states fit: half the table, fewer cache misses in scan.
    const next = states <= 0xffff ? new Uint16Array(states * width) : new Int32Array(states * width);
    // The trie's own edges first; then, breadth first, each state's other transitions are its
    // failure state's (already complete: a failure state is always nearer the root). No edge
    // leads back to the root, so 0 marks a transition still to fill.
    for (let s = 1; s < states; s++) next[(data.parent[s - 1] ?? 0) * width + (data.edge[s - 1] ?? 0)] = s;
    for (let s = 1; s < states; s++) {
      const row = s * width;
      const failRow = (data.fail[s - 1] ?? 0) * width;
      for (let c = 0; c < width; c++) if (next[row + c] === 0) next[row + c] = next[failRow + c] ?? 0;
    }
    this.next = next;
    this.foundStart = Int32Array.from(data.foundStart);
    this.foundIds = Int32Array.from(data.foundIds);
    this.ends = new Uint8Array(states);
    for (let s = 0; s < states; s++) this.ends[s] = (data.foundStart[s + 1] ?? 0) > (data.foundStart[s] ?? 0) ? 1 : 0;
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
    const { next, classOf, width, ends, foundStart, foundIds, anchorStamp, patternsStart, patternIds, setsStart, setIds, setStamp, altsStart, altIds, altStamp, candidates } = this;
    candidates.length = 0;
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
        for (let j = patternsStart[id] ?? 0; j < patternsEnd; j++) flags[offset + (patternIds[j] ?? 0)] = 1;
        const setsEnd = setsStart[id + 1] ?? 0;
        for (let j = setsStart[id] ?? 0; j < setsEnd; j++) setStamp[setIds[j] ?? 0] = stamp;
        const altsEnd = altsStart[id + 1] ?? 0;
        for (let j = altsStart[id] ?? 0; j < altsEnd; j++) {
          const alt = altIds[j] ?? 0;
          if (altStamp[alt] === stamp) continue;
          altStamp[alt] = stamp;
          candidates.push(alt);
        }
      }
    }
    // Only now is every anchor of the sentence known.
    const { altPattern, altSets } = this;
    for (const alt of candidates) {
      const flag = offset + (altPattern[alt] ?? 0);
      if (flags[flag] === 1) continue;
      const sets = altSets[alt] ?? NO_SETS;
      let all = true;
      for (let k = 0; k < sets.length && all; k++) all = setStamp[sets[k] ?? 0] === stamp;
      if (all) flags[flag] = 1;
    }
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
    const p = this.patternIndex.get(pattern);
    if (p === undefined) return mayMatch(pattern, lower); // not indexed: check the slow way
    const formula = this.formulas[p];
    return formula ? holds(formula, present, 1) : true;
  }
}

const NO_SETS = new Int32Array(0);

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
