// The anchor pre-check may skip a regex only when it cannot match: checked on every rule's
// examples and on every sentence of the five seeds, for both the one-off check and the index.
import { describe, expect, it } from 'vitest';
import { AnchorIndex } from '../../../src/engine/facts/anchor-index.ts';
import { anchorsOf, mayMatch } from '../../../src/engine/facts/anchors.ts';
import { normalizeForFacts } from '../../../src/engine/facts/context.ts';
import { FACT_RULES } from '../../../src/rules/facts/index.ts';
import { goldSentences, SEED_FILES } from './gold-sentences.ts';

const texts = [
  ...SEED_FILES.flatMap((file) => goldSentences(file).map((s) => normalizeForFacts(s.text))),
  ...FACT_RULES.flatMap((r) => [...r.examples.match, ...r.examples.noMatch].map(normalizeForFacts)),
];

describe('anchorsOf', () => {
  it('reads literal words and required groups off a pattern', () => {
    expect(anchorsOf(/\bcookies?\b/i)).toEqual(['cookie']);
    expect(anchorsOf(/\bcredit card\b|\bbank account\b/i)).toEqual(['credit card', 'bank account']);
    expect(anchorsOf(/\b(?:collect|gather)(?:s|ed)?\b/)).toEqual(['collect', 'gather']);
    expect(anchorsOf(/[^.]{0,60}\d{5}/), 'nothing literal to read').toBeNull();
  });

  it('prefers rarer words to short common ones', () => {
    expect(anchorsOf(/\b(?:notify|inform|tell) you directly\b/)).toEqual(['you directly']);
    expect(anchorsOf(/\b(?:notify|inform) you\b/)).toEqual(['notify', 'inform']);
  });

  it('takes a rule’s own anchors when given', () => {
    expect(anchorsOf(/\S+@\S+/, ['@'])).toEqual(['@']);
  });
});

describe('the anchor pre-check', () => {
  const index = new AnchorIndex(FACT_RULES);
  it('never turns away a sentence a rule matches', () => {
    const wrong: string[] = [];
    for (const rule of FACT_RULES) {
      for (const text of texts) {
        if (!rule.pattern.test(text)) continue;
        const lower = text.toLowerCase();
        if (!mayMatch(rule.pattern, lower, rule.anchors)) wrong.push(`${rule.id} (check): ${text}`);
        if (!index.mayMatch(rule.pattern, index.scan(lower), lower)) wrong.push(`${rule.id} (index): ${text}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('finds the same anchors with the index as with includes', () => {
    const rule = FACT_RULES.find((r) => r.id === 'collect.contact.email');
    if (!rule) throw new Error('rule missing');
    const lower = 'your e-mail address and phone';
    expect(index.mayMatch(rule.pattern, index.scan(lower), lower)).toBe(true);
    expect(index.mayMatch(rule.pattern, index.scan('your phone number'), 'your phone number')).toBe(false);
  });

  it('skips most rules on most sentences', () => {
    const seeds = SEED_FILES.flatMap((file) => goldSentences(file).map((s) => normalizeForFacts(s.text).toLowerCase()));
    let passed = 0;
    for (const lower of seeds) {
      const present = index.scan(lower);
      for (const rule of FACT_RULES) if (index.mayMatch(rule.pattern, present, lower)) passed++;
    }
    expect(passed / (seeds.length * FACT_RULES.length)).toBeLessThan(0.2);
  });
});
