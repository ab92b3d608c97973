// (9b) Where people live: California (CCPA, "Shine the Light"), the EU, data transferred to
// the United States, and waivers of home-country law. California statements carry the ways to
// make a request written with them.
import { REGION_RULES } from '../../rules/facts/audiences.ts';
import { channelsNear, mergeChannels } from './channels.ts';
import type { FactContext } from './context.ts';
import { cite, FactList, insertSorted } from './evidence.ts';
import type { RegionKind, RegionStatement } from './types.ts';

const KIND_ORDER = new Map(REGION_RULES.map((r, i) => [r.kind, i]));

export function extractRegions(ctx: FactContext): RegionStatement[] {
  const statements = new FactList<RegionKind, RegionStatement>((kind) => ({ kind, how: [], evidence: [], ruleIds: [] }));
  ctx.texts.forEach((_text, i) => {
    for (const rule of ctx.firing(REGION_RULES, i)) {
      const statement = statements.get(rule.kind);
      cite(statement, i, rule.id);
      if (rule.kind.startsWith('california')) {
        const near = channelsNear(ctx, i);
        mergeChannels(statement.how, near.channels.filter((c) => c.kind !== 'browser' && c.kind !== 'email-link'));
        for (const j of near.evidence) insertSorted(statement.evidence, j);
      }
    }
  });
  return statements.values().sort((a, b) => (KIND_ORDER.get(a.kind) ?? 0) - (KIND_ORDER.get(b.kind) ?? 0));
}
