// (4) How long data is kept: stated periods with what they apply to, and the open-ended
// policies ("as long as necessary", "as required by law", "indefinitely").
import {
  NUMBER_WORDS, PERIOD_RULES, RETENTION_CONTEXT, RETENTION_POLICY_RULES, RETENTION_PRONOUN, RETENTION_SUBJECTS, UNITS,
} from '../../rules/facts/retention.ts';
import type { FactContext } from './context.ts';
import { cite, FactList } from './evidence.ts';
import type { Retention, RetentionPeriod, RetentionPolicy, RetentionPolicyKind } from './types.ts';

function amountOf(groups: Record<string, string | undefined>): number | null {
  if (groups['digits']) return Number(groups['digits']);
  const num = (groups['num'] ?? '').toLowerCase();
  if (/^\d+$/.test(num)) return Number(num);
  return NUMBER_WORDS[num] ?? null;
}

function boundOf(bound: string | undefined): RetentionPeriod['bound'] {
  if (!bound) return 'exact';
  return /least|minimum/i.test(bound) ? 'at-least' : /about|approximately/i.test(bound) ? 'exact' : 'up-to';
}

/** What the sentence's period is about: named in it, or — for "retain it" — in the one before
 *  or, failing that, in its section heading ("Activity data" … "we strip names from this
 *  information after 60 days"). */
function subjectOf(ctx: FactContext, i: number): { name: string; from: number; ruleId: string } | null {
  const own = RETENTION_SUBJECTS.find((s) => ctx.test(s.pattern, i));
  if (own) return { name: own.name, from: i, ruleId: own.id };
  if (i === 0 || !ctx.test(RETENTION_PRONOUN.pattern, i)) return null;
  const before = RETENTION_SUBJECTS.find((s) => s.pattern.test(ctx.texts[i - 1] ?? ''));
  if (before) return { name: before.name, from: i - 1, ruleId: before.id };
  const headingIndex = ctx.sentences[i]?.headingIndex;
  const inHeading = headingIndex === undefined ? undefined : RETENTION_SUBJECTS.find((s) => s.pattern.test(ctx.heading(i)));
  return inHeading && headingIndex !== undefined ? { name: inHeading.name, from: headingIndex, ruleId: inHeading.id } : null;
}

export function extractRetention(ctx: FactContext): Retention {
  const periods = new FactList<string, RetentionPeriod>(() => ({ amount: 0, unit: 'day', bound: 'exact', appliesTo: null, evidence: [], ruleIds: [] }));
  const policies = new FactList<RetentionPolicyKind, RetentionPolicy>((kind) => ({ kind, evidence: [], ruleIds: [] }));
  ctx.texts.forEach((_text, i) => {
    if (!ctx.hasLabel(i, 'Data Retention') && !ctx.test(RETENTION_CONTEXT.pattern, i)) return;
    for (const rule of PERIOD_RULES) {
      for (const m of ctx.matches(rule.pattern, i)) {
        const groups = m.groups ?? {};
        const amount = amountOf(groups);
        const unit = UNITS[(groups['unit'] ?? '').toLowerCase()];
        if (amount === null || !unit) continue;
        const subject = subjectOf(ctx, i);
        const bound = boundOf(groups['bound']);
        const period = periods.get(`${bound} ${amount} ${unit} ${subject?.name ?? ''}`);
        Object.assign(period, { amount, unit, bound, appliesTo: subject?.name ?? null });
        cite(period, i, rule.id);
        if (subject) cite(period, subject.from, subject.ruleId);
      }
    }
    for (const rule of RETENTION_POLICY_RULES) {
      if (ctx.test(rule.pattern, i)) cite(policies.get(rule.kind), i, rule.id);
    }
  });
  const result = { periods: periods.values(), policies: policies.values() };
  return { ...result, stated: result.periods.length > 0 || result.policies.length > 0 };
}
