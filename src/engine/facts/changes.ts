// (8) How the policy may change and how people hear of it.
import { CHANGE_CONTEXT, CHANGE_RULES } from '../../rules/facts/changes.ts';
import type { FactContext } from './context.ts';
import { cite, FactList } from './evidence.ts';
import type { ChangeKind, Changes, ChangeStatement } from './types.ts';

const KIND_ORDER = new Map(CHANGE_RULES.map((r, i) => [r.kind, i]));

export function extractChanges(ctx: FactContext): Changes {
  const statements = new FactList<ChangeKind, ChangeStatement>((kind) => ({ kind, evidence: [], ruleIds: [] }));
  ctx.texts.forEach((_text, i) => {
    if (!ctx.hasLabel(i, 'Policy Change') && !ctx.test(CHANGE_CONTEXT.pattern, i)) return;
    for (const rule of ctx.firing(CHANGE_RULES, i)) cite(statements.get(rule.kind), i, rule.id);
  });
  return { statements: statements.values().sort((a, b) => (KIND_ORDER.get(a.kind) ?? 0) - (KIND_ORDER.get(b.kind) ?? 0)) };
}
