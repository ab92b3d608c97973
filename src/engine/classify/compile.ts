// Rules are compiled once into one RegExp each (the alternation of the rule's patterns).
// The compiled sources are stored in the generated model, so the shipped extension never runs
// the compromise-based lemma expansion; tests compile from the rule files and compare.
import type { Rule } from '../../rules/types.ts';
import type { Label } from '../labels.ts';
import { compilePattern, PatternError, type LemmaExpander } from '../match/pattern.ts';

export interface CompiledRule {
  id: string;
  label: Label;
  regex: RegExp;
}

export function compileRuleSource(rule: Rule, expand: LemmaExpander): string {
  if (rule.patterns.length === 0) throw new Error(`rule ${rule.id}: needs at least one pattern`);
  try {
    return rule.patterns.map((pattern) => `(?:${compilePattern(pattern, expand).source})`).join('|');
  } catch (error) {
    if (error instanceof PatternError) throw new Error(`rule ${rule.id}: ${error.message}`, { cause: error });
    throw error;
  }
}

export function compileRules(rules: readonly Rule[], expand: LemmaExpander): CompiledRule[] {
  return rules.map((rule) => ({ id: rule.id, label: rule.label, regex: new RegExp(compileRuleSource(rule, expand)) }));
}
