// The anchor pre-check may skip a regex only when it cannot match: checked on every rule's
// examples and on every sentence of the five seeds, for both the one-off check and the index.
import { describe, expect, it } from 'vitest';
import { AnchorIndex } from '../../../src/engine/facts/anchor-index.ts';
import { anchorFormulaOf, anchorsOf, mayMatch } from '../../../src/engine/facts/anchors.ts';
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
    expect(anchorsOf(/\b(?:notify|inform|tell) you directly\b/)).toEqual([' you directly']);
    expect(anchorsOf(/\bsells (?:your )?personal (?:information|data)\b/), 'not a word on nearly every sentence').toEqual(['sells ']);
    expect(anchorsOf(/\b(?:notify|inform) you\b/)).toEqual(['notify', 'inform']);
  });

  it('keeps the literal spaces at a run’s edges, so a word is not found inside another', () => {
    const anchors = anchorsOf(/\b(?:web|online|request) form\b/) ?? [];
    expect(anchors).toEqual([' form']);
    expect(mayMatch(/\b(?:web|online|request) form\b/, 'more information about us')).toBe(false);
    expect(mayMatch(/\b(?:web|online|request) form\b/, 'use our web form')).toBe(true);
  });

  it('needs every required part of an alternative, not only its best anchor', () => {
    const pattern = /\bwe (?:share|disclose)\b[^.]*\bpartners\b|\bsold to\b/;
    expect(anchorFormulaOf(pattern), "'we' is too short to anchor on").toEqual([[['partners'], ['share', 'disclose']], [['sold to']]]);
    expect(mayMatch(pattern, 'our partners help us'), 'partners alone').toBe(false);
    expect(mayMatch(pattern, 'we share it with partners')).toBe(true);
    expect(mayMatch(pattern, 'it was sold to them'), 'another alternative').toBe(true);
    const index = new AnchorIndex([{ pattern }]);
    const flags = new Uint8Array(index.patternCount);
    index.mark('our partners help us', flags, 0);
    expect([...flags]).toEqual([0]);
    index.mark('we share it with partners', flags, 0);
    expect([...flags]).toEqual([1]);
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

describe('AnchorIndex.mark', () => {
  const index = new AnchorIndex(FACT_RULES);
  it('flags exactly the patterns mayMatch lets through', () => {
    const count = index.patternCount;
    const wrong: string[] = [];
    for (const text of texts) {
      const lower = text.toLowerCase();
      const flags = new Uint8Array(count);
      index.mark(lower, flags, 0);
      const present = index.scan(lower);
      for (const rule of FACT_RULES) {
        const flagged = flags[index.indexOf(rule.pattern)] === 1;
        if (flagged !== index.mayMatch(rule.pattern, present, lower)) wrong.push(`${rule.id}: ${text}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('writes only its own sentence’s flags', () => {
    const count = index.patternCount;
    const flags = new Uint8Array(count * 3);
    index.mark('we use cookies and collect your email address', flags, count);
    expect(flags.subarray(0, count).every((f) => f === 0)).toBe(true);
    expect(flags.subarray(count * 2).every((f) => f === 0)).toBe(true);
    expect(flags.subarray(count, count * 2).some((f) => f === 1)).toBe(true);
  });

  it('does not index patterns it was not given', () => {
    expect(index.indexOf(/\bnot a fact rule\b/)).toBe(-1);
  });
});
