// RuleMatcher skips a pattern's regex when the sentence lacks a token set or an adjacent pair
// the pattern requires. The skip must never hide a match: on every seed sentence and every
// rule example, the rules that fire are exactly those whose regexes match when all are run.
import { describe, expect, it } from 'vitest';
import { RuleMatcher } from '../../../src/engine/classify/features.ts';
import { shippedEngine } from '../../../src/engine/compiled/shipped.ts';
import { normalizeForMatch } from '../../../src/engine/match/normalize.ts';
import { RULES } from '../../../src/rules/index.ts';
import { compileModelRules } from '../../../src/engine/classify/train.ts';
import { expandWithCompromise } from '../../../src/engine/match/lemmas.ts';
import { segment } from '../../../src/engine/text/segment.ts';
import { SEED_TEXTS } from '../text/seed-texts.ts';

const layout = shippedEngine().classifier.matcher;
const regexes = layout.patternSource.map((source) => new RegExp(source));

/** Every rule whose regexes match, by running them all. */
function bruteForce(sentence: string): number[] {
  const normalized = normalizeForMatch(sentence);
  const fired = new Set(regexes.flatMap((regex, p) => (regex.test(normalized) ? [layout.patternRule[p] ?? -1] : [])));
  return [...fired].sort((a, b) => a - b);
}

describe('RuleMatcher', () => {
  const matcher = new RuleMatcher(layout);
  const sentences = [
    ...SEED_TEXTS.flatMap(({ text }) => segment({ text }).sentences.map((s) => s.text)),
    ...RULES.flatMap((rule) => [...rule.examples.match, ...rule.examples.noMatch]),
  ];

  it('fires exactly the rules whose regexes match, on every seed sentence and rule example', () => {
    const wrong = sentences.filter((sentence) => matcher.fire(sentence).join(' ') !== bruteForce(sentence).join(' '));
    expect(wrong).toEqual([]);
    expect(sentences.length).toBeGreaterThan(1000);
  });

  it('fires a pattern with pairs where its pair is adjacent, not where its tokens are apart', () => {
    const [base] = RULES;
    if (base === undefined) throw new Error('no rules');
    const [rule] = compileModelRules([{ ...base, id: 'test.share-with', patterns: ['{share} with (vendors|partners)'] }], expandWithCompromise);
    if (rule === undefined) throw new Error('did not compile');
    expect(rule.patterns[0]?.pairs?.length).toBeGreaterThan(0);
    const one = new RuleMatcher([rule]);
    expect(one.fire('We share data with partners.')).toEqual([]);
    expect(one.fire('We shared with partners.')).toEqual([0]);
    expect(one.fire('Partners with whom we share.')).toEqual([]);
  });
});
