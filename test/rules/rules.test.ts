// House conventions for rules (style guide §4): unique stable ids named after their label,
// patterns that compile, a gloss a person can read, and every example run both ways.
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/rules/index.ts';
import { DEFAULT_PRIOR } from '../../src/rules/types.ts';
import { compileModelRules, ruleMatches } from '../../src/engine/classify/train.ts';
import { expandWithCompromise } from '../../src/engine/match/lemmas.ts';
import { normalizeForMatch } from '../../src/engine/match/normalize.ts';
import { LABEL_KEYS, LABELS } from '../../src/engine/labels.ts';

describe('rule registry', () => {
  it('has unique ids', () => {
    const seen = new Set<string>();
    const duplicates = RULES.map((r) => r.id).filter((id) => (seen.has(id) ? true : (seen.add(id), false)));
    expect(duplicates, 'duplicate rule ids').toEqual([]);
  });

  it('names every rule after its label key', () => {
    const misnamed = RULES.filter((r) => !r.id.startsWith(`${LABEL_KEYS[r.label]}.`) || !/^[a-z-]+\.[a-z0-9-]+$/.test(r.id));
    expect(misnamed.map((r) => r.id), 'ids must be <label key>.<kebab-slug>').toEqual([]);
  });

  it('covers every label', () => {
    const missing = LABELS.filter((label) => !RULES.some((r) => r.label === label));
    expect(missing, 'labels without any rule').toEqual([]);
  });

  it('declares look-alikes by kind, with a prior against the label', () => {
    const lookalike = (r: (typeof RULES)[number]): boolean => (r.kind ?? 'practice') === 'lookalike';
    const against = (r: (typeof RULES)[number]): boolean => (r.prior ?? DEFAULT_PRIOR) < 0;
    expect(RULES.filter((r) => lookalike(r) !== against(r)).map((r) => r.id), "kind 'lookalike' if and only if a negative prior").toEqual([]);
    expect(RULES.filter((r) => r.id.endsWith('-lookalike') && !lookalike(r)).map((r) => r.id), "an id ending in -lookalike declares kind 'lookalike'").toEqual([]);
  });

  it('gives every rule a gloss and examples both ways', () => {
    const incomplete = RULES.filter((r) => r.gloss.trim().length < 10 || r.examples.match.length === 0 || r.examples.noMatch.length === 0);
    expect(incomplete.map((r) => r.id), 'rules need a gloss, a match example and a noMatch example').toEqual([]);
  });
});

describe.each(RULES.map((rule) => [rule.id, rule] as const))('rule %s', (_id, rule) => {
  const [compiled] = compileModelRules([rule], expandWithCompromise);
  if (compiled === undefined) throw new Error(`rule ${rule.id} did not compile`);
  it.each(rule.examples.match.map((s) => [s]))('matches: %s', (sentence) => {
    expect(ruleMatches(compiled, normalizeForMatch(sentence)), `${rule.id} should match`).toBe(true);
  });
  it.each(rule.examples.noMatch.map((s) => [s]))('does not match: %s', (sentence) => {
    expect(ruleMatches(compiled, normalizeForMatch(sentence)), `${rule.id} should not match`).toBe(false);
  });
});
