// The one convention test for rules (style guide §4), for the three kinds there are today:
// classification rules (src/rules/classify, token patterns), the detector's rules
// (src/engine/detect, its regex dialect) and fact rules (src/rules/facts, RegExp). Each has
// unique stable ids named after its label or family, a gloss a person can read, and examples
// run both ways; and every pattern of a classification or detector rule is fired by one of its
// rule's examples, so that `policylens explain` can show which wording matched. (Claim rules have their own,
// test/engine/questions/claim-rules.test.ts, since their examples run through the reading.)
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/rules/index.ts';
import { DEFAULT_PRIOR } from '../../src/rules/types.ts';
import { FACT_RULES } from '../../src/rules/facts/index.ts';
import { compileModelRules, ruleMatches } from '../../src/engine/classify/train.ts';
import { expandWithCompromise } from '../../src/engine/match/lemmas.ts';
import { normalizeForMatch } from '../../src/engine/match/normalize.ts';
import { normalizeForFacts } from '../../src/engine/facts/context.ts';
import { LABEL_KEYS, LABELS } from '../../src/engine/labels.ts';
import { compilePatterns } from '../../src/engine/detect/compile.ts';
import { findMatches, lower } from '../../src/engine/detect/match.ts';
import { signalRules } from '../../src/rules/detect/signals/index.ts';
import { vocabulary } from '../../src/rules/detect/vocabulary/index.ts';
import { patternsWithoutExample, RULE_FILES } from '../../scripts/lib/pattern-examples.ts';

/**
 * Patterns no sentence can fire, kept because removing them would change the detector's or the
 * classifier's output ids or order: `<rule id>[<index>]`, each with why. The test fails when
 * one of them gets an example (then it is not dead: take it off this list).
 */
const DEAD_PATTERNS: ReadonlyMap<string, string> = new Map<string, string>([
  // None now. terms.licence[4] was 'sub-?licen[cs]*', which a word end made match only
  // "sublicen(s)"; it is 'sub-?licen*' since 2026-12-07.
]);

describe('every pattern has an example that fires it', () => {
  it.each(RULE_FILES.map((f) => [f.path, f] as const))('%s', (_path, file) => {
    const gaps = patternsWithoutExample(file).map((g) => `${g.ruleId}[${g.index}]`);
    const pattern = (key: string): string | undefined => {
      const [, id, index] = /^(.+)\[(\d+)\]$/.exec(key) ?? [];
      return file.rules.find((r) => r.id === id)?.patterns[Number(index)];
    };
    expect(gaps.filter((g) => !DEAD_PATTERNS.has(g)).map((g) => `${g} ${pattern(g) ?? ''}`), 'patterns no match example of their rule fires: add one that does').toEqual([]);
    const dead = [...DEAD_PATTERNS.keys()].filter((k) => pattern(k) !== undefined);
    expect(dead.filter((k) => !gaps.includes(k)), 'a listed dead pattern now has an example: take it off DEAD_PATTERNS').toEqual([]);
    expect(dead.filter((k) => pattern(k) !== DEAD_PATTERNS.get(k)), 'a listed dead pattern changed').toEqual([]);
  });

  it('lists every classification and detection rule once', () => {
    const listed = RULE_FILES.flatMap((f) => f.rules.map((r) => r.id)).sort();
    expect(listed).toEqual([...RULES, ...vocabulary, ...signalRules].map((r) => r.id).sort());
  });
});

describe('classification rules', () => {
  it('have unique ids', () => {
    const seen = new Set<string>();
    const duplicates = RULES.map((r) => r.id).filter((id) => (seen.has(id) ? true : (seen.add(id), false)));
    expect(duplicates, 'duplicate rule ids').toEqual([]);
  });

  it('are named after their label key', () => {
    const misnamed = RULES.filter((r) => !r.id.startsWith(`${LABEL_KEYS[r.label]}.`) || !/^[a-z-]+\.[a-z0-9-]+$/.test(r.id));
    expect(misnamed.map((r) => r.id), 'ids must be <label key>.<kebab-slug>').toEqual([]);
  });

  it('cover every label', () => {
    const missing = LABELS.filter((label) => !RULES.some((r) => r.label === label));
    expect(missing, 'labels without any rule').toEqual([]);
  });

  it('declare look-alikes by kind, with a prior against the label', () => {
    const lookalike = (r: (typeof RULES)[number]): boolean => (r.kind ?? 'practice') === 'lookalike';
    const against = (r: (typeof RULES)[number]): boolean => (r.prior ?? DEFAULT_PRIOR) < 0;
    expect(RULES.filter((r) => lookalike(r) !== against(r)).map((r) => r.id), "kind 'lookalike' if and only if a negative prior").toEqual([]);
    expect(RULES.filter((r) => r.id.endsWith('-lookalike') && !lookalike(r)).map((r) => r.id), "an id ending in -lookalike declares kind 'lookalike'").toEqual([]);
  });

  it('give every rule a gloss and examples both ways', () => {
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

describe('detector rules', () => {
  const allRules = [...vocabulary, ...signalRules];

  it('have unique ids', () => {
    const ids = allRules.map((r) => r.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i), 'duplicate ids').toEqual([]);
  });

  it('name vocabulary rules after their family', () => {
    for (const rule of vocabulary) expect(rule.id.startsWith(`${rule.family}.`), rule.id).toBe(true);
  });

  it('give every rule a gloss and at least one example each way', () => {
    for (const rule of allRules) {
      expect(rule.gloss.length, `${rule.id} gloss`).toBeGreaterThan(0);
      expect(rule.examples.match.length, `${rule.id} match examples`).toBeGreaterThan(0);
      expect(rule.examples.noMatch.length, `${rule.id} noMatch examples`).toBeGreaterThan(0);
    }
  });

  it('weigh vocabulary hits positively (the family gives the direction) and signals by the side they speak for', () => {
    for (const rule of vocabulary) expect(rule.weight, rule.id).toBeGreaterThan(0);
    for (const rule of signalRules) expect(Math.sign(rule.weight), rule.id).toBe(rule.speaksFor === 'policy' ? 1 : -1);
  });

  it('are plain data (JSON round trip)', () => {
    expect(JSON.parse(JSON.stringify(allRules))).toEqual(allRules);
  });

  it.each(allRules.map((rule) => [rule.id, rule] as const))('%s: examples match and near misses do not', (_id, rule) => {
    const regex = compilePatterns(rule.id, rule.patterns);
    for (const s of rule.examples.match) expect(findMatches(regex, lower(s)).length, `"${s}" should match`).toBeGreaterThan(0);
    for (const s of rule.examples.noMatch) expect(findMatches(regex, lower(s)), `"${s}" should not match`).toEqual([]);
  });
});

describe('fact rules', () => {
  it('have unique ids', () => {
    const seen = new Set<string>();
    const duplicates = FACT_RULES.map((r) => r.id).filter((id) => (seen.has(id) ? true : (seen.add(id), false)));
    expect(duplicates, 'duplicate fact rule ids').toEqual([]);
  });

  it('are named <family>.<slug>', () => {
    const misnamed = FACT_RULES.filter((r) => !/^[a-z-]+(?:\.[a-z0-9-]+)+$/.test(r.id));
    expect(misnamed.map((r) => r.id)).toEqual([]);
  });

  it('use only stateless patterns (no g or y flag)', () => {
    expect(FACT_RULES.filter((r) => /[gy]/.test(r.pattern.flags)).map((r) => r.id)).toEqual([]);
  });

  it('give every rule a gloss and examples both ways', () => {
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
