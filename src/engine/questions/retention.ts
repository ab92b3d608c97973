// How long they keep it: the periods the policy states with what each applies to ("payment
// transaction ids: 20 days"), whether it may keep data indefinitely, and whether it keeps data
// "as long as needed". A period is read only in a sentence about keeping or deleting data, and
// it applies to what that sentence names, never to "your data" by default unless the sentence
// speaks of personal data as a whole. A denial ("we do not store these cookies permanently")
// is never an indefinite retention.
import {
  NUMBER_WORDS, PERIOD_RULES, RETENTION_CONTEXT, RETENTION_POLICY_RULES, RETENTION_PRONOUN, RETENTION_SUBJECTS, UNITS,
} from '../../rules/facts/retention.ts';
import { GENERIC_SUBJECT, KEPT_OBJECT, KEPT_SUBJECT, NOT_KEPT } from '../../rules/claims/retention.ts';
import { AnswerBuilder, yesIf } from './answer.ts';
import type { ReadContext } from './context.ts';
import type { QuestionModule } from './module.ts';
import type { Answer, Claims, Stated, YesOnly } from './types.ts';

const DAYS: Readonly<Record<string, number>> = { day: 1, week: 7, month: 30, year: 365 };

function amountOf(groups: Record<string, string | undefined>): number | null {
  if (groups['digits']) return Number(groups['digits']);
  const num = (groups['num'] ?? '').toLowerCase();
  if (/^\d+$/.test(num)) return Number(num);
  return NUMBER_WORDS[num] ?? null;
}

function boundOf(bound: string | undefined): string {
  if (!bound) return '';
  return /least|minimum/i.test(bound) ? 'at least ' : /about|approximately/i.test(bound) ? 'about ' : 'up to ';
}

function tidySubject(raw: string): string | null {
  const what = raw.trim().replace(/^(?:we|you|they|it)\s+(?:may\s+|will\s+|also\s+)*/i, '').replace(/^(?:the|your|our|such|this|these|those|any|all)\s+/i, '').trim();
  if (what.length < 3 || what.split(/\s+/).length > 8) return null;
  if (GENERIC_SUBJECT.test(what)) return 'your data';
  return what.toLowerCase();
}

/** What the sentence's period is about: a named subject, the noun the verb governs, or — for
 *  "retain it" — the subject of the sentence before or of its heading. */
function subjectOf(ctx: ReadContext, i: number): { name: string; from: number; ruleId: string } | null {
  const text = ctx.texts[i] ?? '';
  const own = RETENTION_SUBJECTS.find((s) => ctx.test(s.pattern, i));
  const generic = KEPT_OBJECT.exec(text)?.groups?.['what'] ?? KEPT_SUBJECT.exec(text)?.groups?.['what'];
  const named = generic ? tidySubject(generic) : null;
  if (named && named !== 'your data') return { name: named, from: i, ruleId: 'retention.subject.named' };
  if (own) return { name: own.name, from: i, ruleId: own.id };
  if (named) return { name: named, from: i, ruleId: 'retention.subject.named' };
  if (i === 0 || !ctx.test(RETENTION_PRONOUN.pattern, i)) return null;
  const before = RETENTION_SUBJECTS.find((s) => s.pattern.test(ctx.texts[i - 1] ?? ''));
  if (before) return { name: before.name, from: i - 1, ruleId: before.id };
  const headingIndex = ctx.sentences[i]?.headingIndex;
  const inHeading = headingIndex === undefined ? undefined : RETENTION_SUBJECTS.find((s) => s.pattern.test(ctx.heading(i)));
  return inHeading && headingIndex !== undefined ? { name: inHeading.name, from: headingIndex, ruleId: inHeading.id } : null;
}

export function readRetention(ctx: ReadContext): Claims['retention'] {
  const periods = new AnswerBuilder<Stated>('stated');
  const indefinite = new AnswerBuilder<YesOnly>('yes');
  const asNeeded = new AnswerBuilder<YesOnly>('yes');
  ctx.texts.forEach((text, i) => {
    if (!ctx.hasLabel(i, 'Data Retention') && !ctx.test(RETENTION_CONTEXT.pattern, i)) return;
    for (const rule of PERIOD_RULES) {
      for (const m of ctx.matches(rule.pattern, i)) {
        const groups = m.groups ?? {};
        const amount = amountOf(groups);
        const unit = UNITS[(groups['unit'] ?? '').toLowerCase()];
        if (amount === null || !unit) continue;
        const r = ctx.reading(i, m.index, m.index + m[0].length);
        if (r.negated || r.conditional || r.minors) continue;
        const subject = subjectOf(ctx, i);
        const what = subject?.name ?? 'some data';
        const span = `${boundOf(groups['bound'])}${amount} ${unit}${amount === 1 ? '' : 's'}`;
        periods.cite(i, rule.id).detail(`${what}: ${span}`, subject && subject.from !== i ? [i, subject.from] : i, { amount: amount * (DAYS[unit] ?? 1) });
        if (subject) periods.cite(subject.from, subject.ruleId);
      }
    }
    for (const rule of RETENTION_POLICY_RULES) {
      const m = ctx.matches(rule.pattern, i)[0];
      if (!m) continue;
      const r = ctx.reading(i, m.index, m.index + m[0].length);
      if (rule.kind === 'indefinite') {
        if (r.negated || NOT_KEPT.test(text) || r.conditional || r.deidentified || r.minors) continue;
        indefinite.cite(i, rule.id);
      } else if (!r.conditional) {
        asNeeded.cite(i, rule.id);
      }
    }
  });
  return {
    periods: periods.hasEvidence ? periods.build() : { value: 'not-stated', details: [], evidence: [], ruleIds: [] },
    indefinite: yesIf(indefinite),
    'as-needed': yesIf(asNeeded),
  };
}

/** The longest period stated, in days (0 when none). */
export function longestPeriod(periods: Answer<Stated>): number {
  return Math.max(0, ...periods.details.map((d) => d.amount ?? 0));
}

export const retentionQuestion: QuestionModule<'retention'> = {
  id: 'retention',
  heading: 'How long they keep it',
  read: readRetention,
  lines: (claim) => {
    const lines = [];
    if (claim.periods.value === 'stated') {
      const shown = claim.periods.details.slice(0, 4).map((d) => d.text.replace(/^(.*): (.*)$/, '$1 for $2'));
      const more = claim.periods.details.length > 4 ? ` and ${claim.periods.details.length - 4} more periods` : '';
      lines.push({ id: 'retention.periods', question: 'retention' as const, text: `Keeps ${shown.join('; ')}${more}.`, evidence: claim.periods.evidence });
    }
    if (claim.indefinite.value === 'yes') {
      lines.push({ id: 'retention.indefinite', question: 'retention' as const, text: 'May keep some of your data indefinitely.', flag: 'bad' as const, evidence: claim.indefinite.evidence });
    }
    if (claim['as-needed'].value === 'yes') {
      const what = claim.periods.value === 'stated' ? 'Keeps other data' : 'Keeps your data';
      lines.push({ id: 'retention.as-needed', question: 'retention' as const, text: `${what} as long as it needs it or the law requires, with no fixed period.`, flag: 'caution' as const, evidence: claim['as-needed'].evidence });
    }
    if (lines.length === 0) lines.push({ id: 'retention.not-stated', question: 'retention' as const, text: "The policy doesn't say how long it keeps your data.", evidence: [] });
    return lines;
  },
  items: {
    periods: { stated: { says: 'states how long it keeps data', rank: 1 }, 'not-stated': { says: "doesn't state any period", rank: 0 } },
    indefinite: { yes: { says: 'may keep data indefinitely', rank: -1 }, 'not-stated': { says: "doesn't say it keeps data indefinitely", rank: 0 } },
    'as-needed': { yes: { says: 'keeps data as long as it needs it', rank: 0 }, 'not-stated': { says: "doesn't say it keeps data as long as needed", rank: 0 } },
  },
  detailItems: ['periods'],
};
