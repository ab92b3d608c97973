// House conventions for claim rules (src/rules/claims): unique ids, a gloss, examples both ways,
// and each example read the way the product reads it: through the analysis of a one-sentence
// policy, where the rule must (or must not) be among the ids its question's claim cites.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/engine/analyze.ts';
import { normalizeForFacts } from '../../../src/engine/facts/context.ts';
import type { Answer } from '../../../src/engine/questions/types.ts';
import { CLAIM_RULES } from '../../../src/rules/claims/index.ts';
import { FACT_RULES } from '../../../src/rules/facts/index.ts';

function claimRuleIds(sentence: string, question: keyof ReturnType<typeof analyze>['claims']): string[] {
  const claim = analyze({ text: sentence }).claims[question] as unknown as Record<string, Answer>;
  return Object.values(claim).flatMap((a) => a.ruleIds);
}

describe('claim rule registry', () => {
  it('has ids unique among claim and fact rules', () => {
    const ids = [...CLAIM_RULES.map((r) => r.rule.id), ...FACT_RULES.map((r) => r.id)];
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('gives every rule a gloss and examples both ways, and stateless patterns', () => {
    const bad = CLAIM_RULES.filter(({ rule }) => rule.gloss.trim().length < 8 || rule.examples.match.length === 0 || rule.examples.noMatch.length === 0 || /[gy]/.test(rule.pattern.flags));
    expect(bad.map((r) => r.rule.id)).toEqual([]);
  });
});

describe.each(CLAIM_RULES.map((r) => [r.rule.id, r] as const))('claim rule %s', (_id, { rule, question, via }) => {
  it.each(rule.examples.match.map((s) => [s]))('reads: %s', (sentence) => {
    if (via === 'pattern') expect(rule.pattern.test(normalizeForFacts(sentence))).toBe(true);
    else expect(claimRuleIds(sentence, question)).toContain(rule.id);
  });
  it.each(rule.examples.noMatch.map((s) => [s]))('does not read: %s', (sentence) => {
    if (via === 'pattern') expect(rule.pattern.test(normalizeForFacts(sentence))).toBe(false);
    else expect(claimRuleIds(sentence, question)).not.toContain(rule.id);
  });
});
