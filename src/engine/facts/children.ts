// (9a) Children: the ages named, whether the service is meant for them, what happens to a
// child's data, and how to report it.
import { AGE_WORDS, CHILDREN_CONTEXT, CHILDREN_RULES, UNDER_AGE } from '../../rules/facts/audiences.ts';
import { channelsNear, mergeChannels } from './channels.ts';
import type { FactContext } from './context.ts';
import { cite, FactList, insertSorted } from './evidence.ts';
import type { Channel, Children, ChildrenStatement, ChildrenStatementKind } from './types.ts';

const KIND_ORDER = new Map(CHILDREN_RULES.map((r, i) => [r.kind, i]));

function ageOf(groups: Record<string, string | undefined> | undefined): number | null {
  const raw = (groups?.['age'] ?? groups?.['age2'] ?? '').toLowerCase();
  if (raw === '') return null;
  return /^\d+$/.test(raw) ? Number(raw) : (AGE_WORDS[raw] ?? null);
}

export function extractChildren(ctx: FactContext): Children {
  const statements = new FactList<string, ChildrenStatement>(() => ({ kind: 'min-age', age: null, evidence: [], ruleIds: [] }));
  const how: Channel[] = [];
  ctx.texts.forEach((text, i) => {
    if (!ctx.test(CHILDREN_CONTEXT.pattern, i) && !ctx.hasLabel(i, 'International and Specific Audiences')) return;
    for (const rule of CHILDREN_RULES) {
      const m = ctx.matches(rule.pattern, i)[0];
      if (!m) continue;
      // "will not knowingly collect … from children under the age of 13": the age follows.
      const age = ageOf(m.groups) ?? ageOf(UNDER_AGE.pattern.exec(text.slice(m.index))?.groups);
      const kind: ChildrenStatementKind = rule.kind;
      const statement = statements.get(`${kind} ${age ?? ''}`);
      Object.assign(statement, { kind, age });
      cite(statement, i, rule.id);
      if (kind === 'report-contact') {
        const near = channelsNear(ctx, i);
        mergeChannels(how, near.channels);
        for (const j of near.evidence) insertSorted(statement.evidence, j);
      }
    }
  });
  return { statements: statements.values().sort((a, b) => (KIND_ORDER.get(a.kind) ?? 0) - (KIND_ORDER.get(b.kind) ?? 0)), how };
}
