// Which rules fire on a sentence. Each pattern is indexed by the rarest token set it requires;
// a sentence gathers the patterns its tokens select, checks their other required sets against
// its tokens, and only then runs the regex, so most regexes never run on most sentences.
// Tokens and required sets are small integers and per-sentence marks are epoch-stamped arrays
// (no Set or string hashing in the loop): on the five seeds this cut matching from ~40 ms to
// a few ms (npm run bench).
import { normalizeForMatch } from '../match/normalize.ts';
import type { ModelRule } from './model.ts';

interface IndexedPattern {
  rule: number;
  regex: RegExp;
  /** Ids of the token sets this pattern requires (see tokenSets). */
  requires: Int32Array;
}

export class RuleMatcher {
  private readonly patterns: IndexedPattern[] = [];
  /** Token → id, for every token any requirement names. */
  private readonly tokenIds = new Map<string, number>();
  /** Required token sets, deduplicated, as token ids. */
  private readonly tokenSets: Int32Array[] = [];
  /** Token id → patterns indexed under it. */
  private readonly byToken: number[][] = [];
  private readonly unindexed: number[] = [];
  // Per-sentence scratch, stamped with the sentence's epoch instead of being cleared.
  private epoch = 0;
  private tokenSeen = new Int32Array(0);
  private setChecked = new Int32Array(0);
  private setPresent = new Uint8Array(0);
  private patternSeen = new Int32Array(0);
  private ruleFired = new Int32Array(0);
  private tokenScratch = new Int32Array(64);

  constructor(private readonly rules: readonly ModelRule[]) {
    const setIds = new Map<string, number>();
    const tokenId = (token: string): number => {
      let id = this.tokenIds.get(token);
      if (id === undefined) {
        id = this.tokenIds.size;
        this.tokenIds.set(token, id);
        this.byToken.push([]);
      }
      return id;
    };
    rules.forEach((rule, r) => {
      for (const pattern of rule.patterns) {
        const requires = pattern.requires.map((set) => {
          const key = set.join(' ');
          let id = setIds.get(key);
          if (id === undefined) {
            id = this.tokenSets.push(Int32Array.from(set, tokenId)) - 1;
            setIds.set(key, id);
          }
          return id;
        });
        const p = this.patterns.push({ rule: r, regex: new RegExp(pattern.source), requires: Int32Array.from(requires) }) - 1;
        const key = pattern.requires[0];
        if (key === undefined) this.unindexed.push(p);
        else for (const token of key) this.byToken[tokenId(token)]?.push(p);
      }
    });
    this.tokenSeen = new Int32Array(this.tokenIds.size);
    this.setChecked = new Int32Array(this.tokenSets.length);
    this.setPresent = new Uint8Array(this.tokenSets.length);
    this.patternSeen = new Int32Array(this.patterns.length);
    this.ruleFired = new Int32Array(rules.length);
  }

  /** Indexes (into the rules given to the constructor) of the rules that fire, ascending.
   *  Indexed loops and no closures: this runs for every sentence of every policy. */
  fire(sentence: string): number[] {
    const epoch = ++this.epoch;
    const normalized = normalizeForMatch(sentence);
    const fired: number[] = [];
    for (let i = 0; i < this.unindexed.length; i++) this.tryPattern(this.unindexed[i] ?? -1, normalized, epoch, fired);
    // One lookup per token: mark it seen and remember its id for the candidate pass.
    const tokens = normalized.split(' ');
    const ids = this.tokenScratch.length >= tokens.length ? this.tokenScratch : (this.tokenScratch = new Int32Array(tokens.length * 2));
    let count = 0;
    for (let t = 0; t < tokens.length; t++) {
      const id = this.tokenIds.get(tokens[t] ?? '');
      if (id === undefined || this.tokenSeen[id] === epoch) continue;
      this.tokenSeen[id] = epoch;
      ids[count++] = id;
    }
    for (let t = 0; t < count; t++) {
      const list = this.byToken[ids[t] ?? 0];
      if (list === undefined) continue;
      for (let i = 0; i < list.length; i++) {
        const p = list[i] ?? -1;
        if (this.patternSeen[p] === epoch) continue;
        this.patternSeen[p] = epoch;
        this.tryPattern(p, normalized, epoch, fired);
      }
    }
    return fired.sort((a, b) => a - b);
  }

  private tryPattern(p: number, normalized: string, epoch: number, fired: number[]): void {
    const pattern = this.patterns[p];
    if (pattern === undefined || this.ruleFired[pattern.rule] === epoch) return;
    if (!this.meetsRequirements(pattern.requires, epoch)) return;
    if (pattern.regex.test(normalized)) {
      this.ruleFired[pattern.rule] = epoch;
      fired.push(pattern.rule);
    }
  }

  private meetsRequirements(requires: Int32Array, epoch: number): boolean {
    for (let r = 0; r < requires.length; r++) {
      const set = requires[r] ?? 0;
      if (this.setChecked[set] !== epoch) {
        this.setChecked[set] = epoch;
        this.setPresent[set] = this.anyTokenSeen(this.tokenSets[set], epoch) ? 1 : 0;
      }
      if (this.setPresent[set] === 0) return false;
    }
    return true;
  }

  private anyTokenSeen(set: Int32Array | undefined, epoch: number): boolean {
    if (set === undefined) return false;
    for (let i = 0; i < set.length; i++) if (this.tokenSeen[set[i] ?? 0] === epoch) return true;
    return false;
  }

  rule(i: number): ModelRule {
    const rule = this.rules[i];
    if (rule === undefined) throw new RangeError(`no rule ${i}`);
    return rule;
  }
}
