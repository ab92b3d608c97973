// Rule id → the plain-language gloss shown in the tooltip. The content script is one
// self-contained file (no dynamic import), so the rules are bundled statically; the lookup
// table is only built the first time highlights are switched on.
import { RULES } from '../../rules/index.ts';

let glosses: Map<string, string> | undefined;

export function glossOf(ruleId: string): string | undefined {
  glosses ??= new Map(RULES.map((rule) => [rule.id, rule.gloss]));
  return glosses.get(ruleId);
}
