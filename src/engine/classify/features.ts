// Which rules fire on a sentence. Each pattern is indexed by the rarest token set it requires;
// a sentence gathers the patterns its tokens select, checks their other required sets against
// its tokens, and only then runs the regex, so most regexes never run on most sentences.
// Tokens and required sets are small integers and per-sentence marks are epoch-stamped arrays
// (no Set or string hashing in the loop): on the five seeds this cut matching from ~40 ms to
// a few ms (npm run bench). The sentence's tokens are found by TokenTable without splitting it,
// and the index lives in flat typed arrays: ~9.5 ms → ~7.5 ms for fire() on the five seeds.
// A pattern's adjacent pairs (match/pattern.ts) are checked last, against the sentence's
// adjacent tokens kept in a small hash set, before its regex runs.
import { normalizeForMatch } from '../match/normalize.ts';
import type { ModelRule } from './model.ts';
import { TokenTable } from './token-table.ts';

/** Lists of ints stored end to end (compressed rows): list i is items[offsets[i], offsets[i + 1]). */
interface IntLists {
  offsets: Int32Array;
  items: Int32Array;
}

/** IntLists as plain arrays, for JSON. */
export interface IntListsData {
  offsets: number[];
  items: number[];
}

function packLists(lists: readonly (readonly number[])[]): IntListsData {
  const offsets = [0];
  for (const list of lists) offsets.push((offsets[offsets.length - 1] ?? 0) + list.length);
  return { offsets, items: lists.flat() };
}

function intLists({ offsets, items }: IntListsData): IntLists {
  return { offsets: Int32Array.from(offsets), items: Int32Array.from(items) };
}

/**
 * Everything RuleMatcher needs, as plain data: what layoutMatcher() derives from the compiled
 * rules, computed at build time (src/engine/compiled) and loaded with one JSON.parse, so a
 * worker that starts cold does not derive it again.
 */
export interface MatcherLayout {
  ruleCount: number;
  /** Per pattern: its rule index and its regex source. */
  patternRule: number[];
  patternSource: string[];
  /** Per pattern: the ids of the token sets it requires (its first one is what indexes it). */
  patternRequires: IntListsData;
  /** Every token any requirement names; a token's id is its position. */
  tokens: string[];
  /** Required token sets, deduplicated, as token ids. */
  tokenSets: IntListsData;
  /** Token id → the patterns indexed under it. */
  byToken: IntListsData;
  /** Per pattern: ids of its adjacent pairs; per pair, its two token sets (ids into tokenSets). */
  patternPairs: IntListsData;
  pairBefore: number[];
  pairAfter: number[];
  /** Patterns with no required set: tried on every sentence. */
  unindexed: number[];
}

/** The matcher's layout for compiled rules: token, set and pair ids, and the index by token. */
export function layoutMatcher(rules: readonly ModelRule[]): MatcherLayout {
  const tokenIds = new Map<string, number>();
  const setIds = new Map<string, number>();
  const sets: number[][] = [];
  const byToken: number[][] = [];
  const requires: number[][] = [];
  const pairIds = new Map<string, number>();
  const pairSets: [number, number][] = [];
  const pairsOf: number[][] = [];
  const patternRule: number[] = [];
  const patternSource: string[] = [];
  const unindexed: number[] = [];
  const tokenId = (token: string): number => {
    let id = tokenIds.get(token);
    if (id === undefined) {
      id = tokenIds.size;
      tokenIds.set(token, id);
      byToken.push([]);
    }
    return id;
  };
  const setId = (set: readonly string[]): number => {
    const key = set.join(' ');
    let id = setIds.get(key);
    if (id === undefined) {
      id = sets.push(set.map(tokenId)) - 1;
      setIds.set(key, id);
    }
    return id;
  };
  rules.forEach((rule, r) => {
    for (const pattern of rule.patterns) {
      requires.push(pattern.requires.map(setId));
      pairsOf.push((pattern.pairs ?? []).map(([before, after]) => {
        const sides: [number, number] = [setId(before), setId(after)];
        const key = sides.join(' ');
        let id = pairIds.get(key);
        if (id === undefined) {
          id = pairSets.push(sides) - 1;
          pairIds.set(key, id);
        }
        return id;
      }));
      const p = patternRule.push(r) - 1;
      patternSource.push(pattern.source);
      const key = pattern.requires[0];
      if (key === undefined) unindexed.push(p);
      else for (const token of key) byToken[tokenId(token)]?.push(p);
    }
  });
  return {
    ruleCount: rules.length,
    patternRule,
    patternSource,
    patternRequires: packLists(requires),
    tokens: [...tokenIds.keys()],
    tokenSets: packLists(sets),
    byToken: packLists(byToken),
    patternPairs: packLists(pairsOf),
    pairBefore: pairSets.map(([before]) => before),
    pairAfter: pairSets.map(([, after]) => after),
    unindexed,
  };
}

export class RuleMatcher {
  /** Per pattern: its rule index, its regex (made on first use: most never run on a given
   *  policy, and a cold worker need not parse them), and the ids of the token sets it requires. */
  private readonly patternRule: Int32Array;
  private readonly patternSource: readonly string[];
  private readonly patternRegex: (RegExp | undefined)[];
  private readonly patternRequires: IntLists;
  /** Every token any requirement names; ids are positions in the table. */
  private readonly tokens: TokenTable;
  /** Required token sets, deduplicated, as token ids. */
  private readonly tokenSets: IntLists;
  /** Token id → patterns indexed under it. */
  private readonly byToken: IntLists;
  /** Per pattern: ids of its adjacent pairs; per pair, its two token sets (ids into tokenSets). */
  private readonly patternPairs: IntLists;
  private readonly pairBefore: Int32Array;
  private readonly pairAfter: Int32Array;
  private readonly unindexed: Int32Array;
  // Per-sentence scratch, stamped with the sentence's epoch instead of being cleared.
  private epoch = 0;
  private readonly tokenSeen: Int32Array;
  private readonly setChecked: Int32Array;
  private readonly setPresent: Uint8Array;
  private readonly patternSeen: Int32Array;
  private readonly ruleFired: Int32Array;
  private readonly pairChecked: Int32Array;
  private readonly pairPresent: Uint8Array;
  private tokenScratch = new Int32Array(256);
  private sequenceScratch = new Int32Array(256);
  /** The sentence's adjacent token pairs as keys before * tokenCount + after, open addressing
   *  (slot valid when its stamp is the epoch); sized to at least twice the pieces. */
  private bigramKeys = new Int32Array(1024);
  private bigramStamps = new Int32Array(1024);

  /** From compiled rules, or from their layout (layoutMatcher, precomputed at build time). */
  constructor(source: readonly ModelRule[] | MatcherLayout) {
    const layout = Array.isArray(source) ? layoutMatcher(source as readonly ModelRule[]) : (source as MatcherLayout);
    this.patternRule = Int32Array.from(layout.patternRule);
    this.patternSource = layout.patternSource;
    this.patternRegex = new Array<RegExp | undefined>(layout.patternSource.length);
    this.patternRequires = intLists(layout.patternRequires);
    this.patternPairs = intLists(layout.patternPairs);
    this.pairBefore = Int32Array.from(layout.pairBefore);
    this.pairAfter = Int32Array.from(layout.pairAfter);
    this.pairChecked = new Int32Array(layout.pairBefore.length);
    this.pairPresent = new Uint8Array(layout.pairBefore.length);
    this.tokens = new TokenTable(layout.tokens);
    this.tokenSets = intLists(layout.tokenSets);
    this.byToken = intLists(layout.byToken);
    this.unindexed = Int32Array.from(layout.unindexed);
    this.tokenSeen = new Int32Array(layout.tokens.length);
    this.setChecked = new Int32Array(layout.tokenSets.offsets.length - 1);
    this.setPresent = new Uint8Array(layout.tokenSets.offsets.length - 1);
    this.patternSeen = new Int32Array(layout.patternRule.length);
    this.ruleFired = new Int32Array(layout.ruleCount);
  }

  /** Indexes (into the rules given to the constructor) of the rules that fire, ascending.
   *  Indexed loops over locals and no closures: this runs for every sentence of every policy,
   *  ~21,000 candidate patterns on the five seeds. */
  fire(sentence: string): number[] {
    const epoch = ++this.epoch;
    const normalized = normalizeForMatch(sentence);
    const fired: number[] = [];
    const { patternRule, ruleFired, patternSeen, tokenSeen } = this;
    // One lookup per token: mark it seen and keep its id once for the candidate pass.
    if (this.tokenScratch.length < normalized.length + 2) {
      this.tokenScratch = new Int32Array(normalized.length * 2 + 2);
      this.sequenceScratch = new Int32Array(normalized.length * 2 + 2);
    }
    const ids = this.tokenScratch;
    const found = this.tokens.scan(normalized, ids, this.sequenceScratch);
    this.markBigrams(epoch);
    let count = 0;
    for (let t = 0; t < found; t++) {
      const id = ids[t] ?? 0;
      if (tokenSeen[id] === epoch) continue;
      tokenSeen[id] = epoch;
      ids[count++] = id;
    }
    // Patterns indexed under no token (none in the shipped model) are tried on every sentence.
    for (let i = 0; i < this.unindexed.length; i++) {
      const p = this.unindexed[i] ?? 0;
      if (this.meetsRequirements(p, epoch) && this.meetsPairs(p, epoch)) this.tryRegex(p, normalized, epoch, fired);
    }
    const { offsets, items } = this.byToken;
    for (let t = 0; t < count; t++) {
      const id = ids[t] ?? 0;
      const end = offsets[id + 1] ?? 0;
      for (let i = offsets[id] ?? 0; i < end; i++) {
        const p = items[i] ?? 0;
        if (patternSeen[p] === epoch) continue;
        patternSeen[p] = epoch;
        if (ruleFired[patternRule[p] ?? 0] === epoch) continue;
        // Its first set is the one it is indexed under, present since a token of it selected it.
        if (this.meetsRequirements(p, epoch, 1) && this.meetsPairs(p, epoch)) this.tryRegex(p, normalized, epoch, fired);
      }
    }
    return sortAscending(fired);
  }

  /** Runs pattern p's regex unless its rule has already fired on this sentence. */
  private tryRegex(p: number, normalized: string, epoch: number, fired: number[]): void {
    const rule = this.patternRule[p] ?? 0;
    if (this.ruleFired[rule] === epoch) return;
    const regex = (this.patternRegex[p] ??= new RegExp(this.patternSource[p] ?? ''));
    if (regex.test(normalized)) {
      this.ruleFired[rule] = epoch;
      fired.push(rule);
    }
  }

  /** Whether every token set pattern p requires, after the first `known` ones, has a token on
   *  this sentence; each set is looked up once a sentence. */
  private meetsRequirements(p: number, epoch: number, known = 0): boolean {
    const { offsets, items } = this.patternRequires;
    const end = offsets[p + 1] ?? 0;
    for (let r = (offsets[p] ?? 0) + known; r < end; r++) {
      const set = items[r] ?? 0;
      if (this.setChecked[set] !== epoch) {
        this.setChecked[set] = epoch;
        this.setPresent[set] = this.anyTokenSeen(set, epoch) ? 1 : 0;
      }
      if (this.setPresent[set] === 0) return false;
    }
    return true;
  }

  /** Puts the last scan's adjacent known-token pairs in the bigram hash set. */
  private markBigrams(epoch: number): void {
    const sequence = this.sequenceScratch;
    const length = this.tokens.sequenceLength;
    if (this.bigramKeys.length < length * 2) {
      let size = this.bigramKeys.length;
      while (size < length * 2) size *= 2;
      this.bigramKeys = new Int32Array(size);
      this.bigramStamps = new Int32Array(size);
    }
    const keys = this.bigramKeys;
    const stamps = this.bigramStamps;
    const mask = keys.length - 1;
    const width = this.tokens.size;
    for (let t = 0; t + 1 < length; t++) {
      const before = sequence[t] ?? -1;
      const after = sequence[t + 1] ?? -1;
      if (before < 0 || after < 0) continue;
      const key = before * width + after;
      let slot = (Math.imul(key, 0x9e3779b1) >>> 0) & mask;
      while (stamps[slot] === epoch && keys[slot] !== key) slot = (slot + 1) & mask;
      stamps[slot] = epoch;
      keys[slot] = key;
    }
  }

  private hasBigram(before: number, after: number, epoch: number): boolean {
    const keys = this.bigramKeys;
    const stamps = this.bigramStamps;
    const mask = keys.length - 1;
    const key = before * this.tokens.size + after;
    for (let slot = (Math.imul(key, 0x9e3779b1) >>> 0) & mask; stamps[slot] === epoch; slot = (slot + 1) & mask) {
      if (keys[slot] === key) return true;
    }
    return false;
  }

  /** Whether each of pattern p's adjacent pairs occurs in the sentence (memoised per pair). */
  private meetsPairs(p: number, epoch: number): boolean {
    const { offsets, items } = this.patternPairs;
    const end = offsets[p + 1] ?? 0;
    for (let k = offsets[p] ?? 0; k < end; k++) {
      const pair = items[k] ?? 0;
      if (this.pairChecked[pair] !== epoch) {
        this.pairChecked[pair] = epoch;
        this.pairPresent[pair] = this.anyBigram(this.pairBefore[pair] ?? 0, this.pairAfter[pair] ?? 0, epoch) ? 1 : 0;
      }
      if (this.pairPresent[pair] === 0) return false;
    }
    return true;
  }

  /** Some seen token of set `before` directly followed by a seen token of set `after`. */
  private anyBigram(before: number, after: number, epoch: number): boolean {
    const { offsets, items } = this.tokenSets;
    const beforeEnd = offsets[before + 1] ?? 0;
    const afterEnd = offsets[after + 1] ?? 0;
    for (let i = offsets[before] ?? 0; i < beforeEnd; i++) {
      const b = items[i] ?? 0;
      if (this.tokenSeen[b] !== epoch) continue;
      for (let j = offsets[after] ?? 0; j < afterEnd; j++) {
        const a = items[j] ?? 0;
        if (this.tokenSeen[a] === epoch && this.hasBigram(b, a, epoch)) return true;
      }
    }
    return false;
  }

  private anyTokenSeen(set: number, epoch: number): boolean {
    const { offsets, items } = this.tokenSets;
    const end = offsets[set + 1] ?? 0;
    for (let i = offsets[set] ?? 0; i < end; i++) if (this.tokenSeen[items[i] ?? 0] === epoch) return true;
    return false;
  }
}

/** `list.sort((a, b) => a - b)` for the few distinct rules a sentence fires (a dozen at most
 *  on the seeds): an insertion sort in place, without the comparator calls of Array#sort. */
function sortAscending(list: number[]): number[] {
  for (let i = 1; i < list.length; i++) {
    const value = list[i] ?? 0;
    let j = i - 1;
    while (j >= 0 && (list[j] ?? 0) > value) {
      list[j + 1] = list[j] ?? 0;
      j--;
    }
    list[j + 1] = value;
  }
  return list;
}
