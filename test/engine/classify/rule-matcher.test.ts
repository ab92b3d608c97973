// RuleMatcher skips a pattern's regex when the sentence lacks a token set or an adjacent pair
// the pattern requires. The skip must never hide a match: on every seed sentence and every
// rule example, the rules that fire are exactly those whose regexes match when all are run.
import { describe, expect, it } from 'vitest';
import { RuleMatcher } from '../../../src/engine/classify/features.ts';
import { SHIPPED_MODEL } from '../../../src/engine/classify/shipped-model.ts';
import { normalizeForMatch } from '../../../src/engine/match/normalize.ts';
import { RULES } from '../../../src/rules/index.ts';
import { compileModelRules } from '../../../src/engine/classify/train.ts';
import { expandWithCompromise } from '../../../src/engine/match/lemmas.ts';
import { segment } from '../../../src/engine/text/segment.ts';
import { SEED_TEXTS } from '../text/seed-texts.ts';

const regexes = SHIPPED_MODEL.rules.map((rule) => rule.patterns.map((pattern) => new RegExp(pattern.source)));

/** Every rule whose regexes match, by running them all. */
function bruteForce(sentence: string): number[] {
  const normalized = normalizeForMatch(sentence);
  return regexes.flatMap((patterns, r) => (patterns.some((regex) => regex.test(normalized)) ? [r] : []));
}

describe('RuleMatcher', () => {
  const matcher = new RuleMatcher(SHIPPED_MODEL.rules);
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
