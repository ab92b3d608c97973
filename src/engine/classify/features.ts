// Which rules fire on a sentence. Rules are indexed by their anchor tokens, so each sentence
// runs only the regexes that could match it (most rules are skipped on most sentences).
import { normalizeForMatch } from '../match/normalize.ts';
import type { ModelRule } from './model.ts';

export class RuleMatcher {
  private readonly regexes: RegExp[];
  private readonly byAnchor = new Map<string, number[]>();
  private readonly unanchored: number[] = [];

  constructor(private readonly rules: readonly ModelRule[]) {
    this.regexes = rules.map((rule) => new RegExp(rule.source));
    rules.forEach((rule, i) => {
      if (rule.anchors === null) {
        this.unanchored.push(i);
        return;
      }
      for (const token of rule.anchors) {
        const list = this.byAnchor.get(token);
        if (list) list.push(i);
        else this.byAnchor.set(token, [i]);
      }
    });
  }

  /** Indexes (into the rules given to the constructor) of the rules that fire, ascending. */
  fire(sentence: string): number[] {
    const normalized = normalizeForMatch(sentence);
    const candidates = new Set<number>(this.unanchored);
    for (const token of normalized.split(' ')) {
      const list = this.byAnchor.get(token);
      if (list) for (const i of list) candidates.add(i);
    }
    const fired: number[] = [];
    for (const i of candidates) if (this.regexes[i]?.test(normalized)) fired.push(i);
    return fired.sort((a, b) => a - b);
  }

  rule(i: number): ModelRule {
    const rule = this.rules[i];
    if (rule === undefined) throw new RangeError(`no rule ${i}`);
    return rule;
  }
}
