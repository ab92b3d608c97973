// (10) The browser's Do Not Track signal. A denial outranks a mention.
import { DNT_HONOURED, DNT_MENTIONED, DNT_NOT_HONOURED } from '../../rules/facts/dnt.ts';
import type { FactContext } from './context.ts';
import { cite } from './evidence.ts';
import type { DoNotTrack } from './types.ts';

const BY_STRENGTH = [
  { rule: DNT_NOT_HONOURED, stance: 'not-honoured' },
  { rule: DNT_HONOURED, stance: 'honoured' },
  { rule: DNT_MENTIONED, stance: 'mentioned' },
] as const;

export function extractDoNotTrack(ctx: FactContext): DoNotTrack {
  for (const { rule, stance } of BY_STRENGTH) {
    const found: DoNotTrack = { stance, evidence: [], ruleIds: [] };
    ctx.texts.forEach((_text, i) => {
      if (ctx.test(rule.pattern, i)) cite(found, i, rule.id);
    });
    if (found.evidence.length > 0) return found;
  }
  return { stance: 'silent', evidence: [], ruleIds: [] };
}
