// The one registry of quick-stage signals, compiled once.
import { compilePatterns } from '../compile.ts';
import type { SignalRule, SignalWhere } from '../vocabulary/types.ts';
import { headingRules } from './headings.ts';
import { linkRules } from './links.ts';
import { nameRules } from './names.ts';
import { urlRules } from './urls.ts';

export const signalRules: readonly SignalRule[] = [...nameRules, ...urlRules, ...headingRules, ...linkRules];

export interface CompiledSignal {
  rule: SignalRule;
  regex: RegExp;
}

const compiled = signalRules.map((rule) => ({ rule, regex: compilePatterns(rule.id, rule.patterns) }));

export function signalsFor(where: SignalWhere): readonly CompiledSignal[] {
  return compiled.filter((c) => c.rule.where === where);
}
