// Which pattern of a classification rule matched a sentence, for `policylens explain`: a rule
// such as third-party.we-share-with has twenty wordings under one id (and one gloss, the line
// the popup and the tooltip show), so explain names the wording by its index in the rule and
// by the rule's example that it fires (or, for a pattern without one, by its source). Read off
// the shipped engine's compiled patterns, matched as the classifier matches them; it changes
// nothing the engine says.
import { shippedEngine } from '../engine/compiled/shipped.ts';
import { normalizeForMatch } from '../engine/match/normalize.ts';
import { RULES } from '../rules/index.ts';

export interface PatternMatch {
  /** 0-based index in the rule's `patterns`. */
  index: number;
  count: number;
  /** The rule's first match example this pattern fires, if any. */
  example?: string;
  /** The pattern as the rule file writes it. */
  pattern: string;
}

let sources: Map<string, string[]> | undefined;

/** The compiled RegExp sources of each rule's patterns, in the rule's order. */
function patternSources(): Map<string, string[]> {
  if (sources) return sources;
  const { ruleIds, matcher } = shippedEngine().classifier;
  sources = new Map();
  matcher.patternRule.forEach((r, p) => {
    const id = ruleIds[r] ?? '';
    const list = sources?.get(id) ?? [];
    list.push(matcher.patternSource[p] ?? '');
    sources?.set(id, list);
  });
  return sources;
}

const BY_ID = new Map(RULES.map((r) => [r.id, r]));

/** The patterns of rule `ruleId` that match `sentence` (none when it fired on the heading). */
export function patternsMatched(ruleId: string, sentence: string): PatternMatch[] {
  const rule = BY_ID.get(ruleId);
  const list = patternSources().get(ruleId);
  if (!rule || !list) return [];
  if (list.length !== rule.patterns.length) throw new Error(`rule ${ruleId}: the shipped engine has ${list.length} patterns, the rule ${rule.patterns.length}`);
  const regexes = list.map((source) => new RegExp(source));
  const normalized = normalizeForMatch(sentence);
  // Per example, the patterns it fires: a pattern is shown by the example that fires it and as
  // few of the rule's other patterns as can be (the most telling one), the first on a tie.
  const firedBy = rule.examples.match.map((s) => {
    const n = normalizeForMatch(s);
    return { s, fires: regexes.map((r) => r.test(n)) };
  });
  const out: PatternMatch[] = [];
  regexes.forEach((regex, index) => {
    if (!regex.test(normalized)) return;
    let example: string | undefined;
    let fewest = Infinity;
    for (const e of firedBy) {
      const n = e.fires.filter(Boolean).length;
      if (e.fires[index] === true && n < fewest) [example, fewest] = [e.s, n];
    }
    out.push({ index, count: list.length, pattern: rule.patterns[index] ?? '', ...(example !== undefined ? { example } : {}) });
  });
  return out;
}

/** One line: "pattern 3 of 21, as in "<example>"" or "pattern 3 of 21: <source>" (1-based). */
export function describePattern(m: PatternMatch): string {
  const which = `pattern ${m.index + 1} of ${m.count}`;
  return m.example !== undefined ? `${which}, as in "${m.example}"` : `${which}: ${m.pattern}`;
}
