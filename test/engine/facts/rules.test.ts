// House conventions for fact rules (style guide §4): unique stable ids, stateless patterns, a
// gloss a person can read, and every example run both ways on text normalised as the engine does.
import { describe, expect, it } from 'vitest';
import { FACT_RULES } from '../../../src/rules/facts/index.ts';
import { normalizeForFacts } from '../../../src/engine/facts/context.ts';

describe('fact rule registry', () => {
  it('has unique ids', () => {
    const seen = new Set<string>();
    const duplicates = FACT_RULES.map((r) => r.id).filter((id) => (seen.has(id) ? true : (seen.add(id), false)));
    expect(duplicates, 'duplicate fact rule ids').toEqual([]);
  });

  it('names every rule <family>.<slug>', () => {
    const misnamed = FACT_RULES.filter((r) => !/^[a-z-]+(?:\.[a-z0-9-]+)+$/.test(r.id));
    expect(misnamed.map((r) => r.id)).toEqual([]);
  });

  it('uses only stateless patterns (no g or y flag)', () => {
    expect(FACT_RULES.filter((r) => /[gy]/.test(r.pattern.flags)).map((r) => r.id)).toEqual([]);
  });

  it('gives every rule a gloss and examples both ways', () => {
    const incomplete = FACT_RULES.filter((r) => r.gloss.trim().length < 8 || r.examples.match.length === 0 || r.examples.noMatch.length === 0);
    expect(incomplete.map((r) => r.id), 'rules need a gloss, a match and a noMatch example').toEqual([]);
  });
});

describe.each(FACT_RULES.map((rule) => [rule.id, rule] as const))('fact rule %s', (_id, rule) => {
  it.each(rule.examples.match.map((s) => [s]))('matches: %s', (sentence) => {
    expect(rule.pattern.test(normalizeForFacts(sentence)), `${rule.id} should match`).toBe(true);
  });
  it.each(rule.examples.noMatch.map((s) => [s]))('does not match: %s', (sentence) => {
    expect(rule.pattern.test(normalizeForFacts(sentence)), `${rule.id} should not match`).toBe(false);
  });
});
