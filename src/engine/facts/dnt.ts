// (10) The browser's Do Not Track signal. A denial outranks a mention; a denial that says only
// "such signals" counts when the sentence before or its heading names Do Not Track.
import { DNT_HONOURED, DNT_MENTIONED, DNT_NOT_HONOURED, DNT_NOT_HONOURED_REFERRING } from '../../rules/facts/dnt.ts';
import type { FactContext } from './context.ts';
import { cite } from './evidence.ts';
import type { DoNotTrack } from './types.ts';

const BY_STRENGTH = [
  { rule: DNT_NOT_HONOURED, stance: 'not-honoured' },
  { rule: DNT_HONOURED, stance: 'honoured' },
  { rule: DNT_MENTIONED, stance: 'mentioned' },
] as const;

function afterDntMention(ctx: FactContext, i: number): boolean {
  return (i > 0 && ctx.test(DNT_MENTIONED.pattern, i - 1)) || DNT_MENTIONED.pattern.test(ctx.heading(i));
}

export function extractDoNotTrack(ctx: FactContext): DoNotTrack {
  for (const { rule, stance } of BY_STRENGTH) {
    const found: DoNotTrack = { stance, evidence: [], ruleIds: [] };
    ctx.texts.forEach((_text, i) => {
      if (ctx.test(rule.pattern, i)) cite(found, i, rule.id);
      else if (rule === DNT_NOT_HONOURED && ctx.test(DNT_NOT_HONOURED_REFERRING.pattern, i) && afterDntMention(ctx, i)) cite(found, i, DNT_NOT_HONOURED_REFERRING.id);
    });
    if (found.evidence.length > 0) return found;
  }
  return { stance: 'silent', evidence: [], ruleIds: [] };
}
