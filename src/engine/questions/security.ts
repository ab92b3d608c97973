// How they protect it: specific measures (encryption, access limits, audits …), only general
// words ("reasonable measures"), or nothing; whether they tell you of a breach; and the caveats
// (no guarantee, liability disclaimed, data sent without a secure connection).
import {
  BREACH_NOTIFICATION, LIABILITY_DISCLAIMER, MEASURES_NEEDING_CONTEXT, NO_GUARANTEE, SECURITY_CONTEXT, SECURITY_MEASURE_RULES, UNSECURED_TRANSMISSION,
} from '../../rules/facts/security.ts';
import { BREACH_TO_PERSON, EXTRA_MEASURE_RULES } from '../../rules/claims/security.ts';
import type { FactRule } from '../../rules/facts/types.ts';
import type { SecurityMeasureKind } from '../facts/types.ts';
import { AnswerBuilder, notStated, yesIf } from './answer.ts';
import type { ReadContext } from './context.ts';
import type { QuestionModule } from './module.ts';
import { listJoin } from './words.ts';
import type { Answer, Claims, SecurityValue, YesOnly } from './types.ts';

const MEASURES = [...SECURITY_MEASURE_RULES, ...EXTRA_MEASURE_RULES];
/** Only general words: they count as 'general', never as 'specific'. */
const GENERAL_KINDS: ReadonlySet<string> = new Set(['safeguards', 'secure-storage']);
const CAVEATS: readonly FactRule[] = [NO_GUARANTEE, LIABILITY_DISCLAIMER, UNSECURED_TRANSMISSION];

export function readSecurity(ctx: ReadContext): Claims['security'] {
  const specific = new AnswerBuilder<SecurityValue>('specific');
  const general = new AnswerBuilder<SecurityValue>('general');
  const breach = new AnswerBuilder<YesOnly>('yes');
  const caveats = new Map<FactRule, AnswerBuilder<YesOnly>>(CAVEATS.map((c) => [c, new AnswerBuilder<YesOnly>('yes')]));
  ctx.texts.forEach((text, i) => {
    const about = ctx.hasLabel(i, 'Data Security') || ctx.test(SECURITY_CONTEXT.pattern, i);
    for (const rule of ctx.firing(MEASURES, i)) {
      if (!about && MEASURES_NEEDING_CONTEXT.has(rule.kind as SecurityMeasureKind)) continue;
      const m = ctx.matches(rule.pattern, i)[0];
      if (!m) continue;
      const r = ctx.reading(i, m.index, m.index + m[0].length);
      if (r.negated || r.conditional || r.actor === 'you') continue;
      if (GENERAL_KINDS.has(rule.kind)) general.cite(i, rule.id);
      else specific.cite(i, rule.id).detail(rule.name, i);
    }
    if (about && ctx.test(BREACH_NOTIFICATION.pattern, i) && BREACH_TO_PERSON.test(text)) {
      const m = ctx.matches(BREACH_NOTIFICATION.pattern, i)[0];
      const r = m ? ctx.reading(i, m.index, m.index + m[0].length) : null;
      if (r && !r.negated) breach.cite(i, BREACH_NOTIFICATION.id);
    }
    for (const rule of ctx.firing(CAVEATS, i)) caveats.get(rule)?.cite(i, rule.id);
  });
  const measures: Answer<SecurityValue> = specific.hasEvidence ? specific.citeAll(general.cited).build() : general.hasEvidence ? general.build() : notStated<SecurityValue>() as Answer<SecurityValue>;
  return {
    measures,
    'breach-notice': yesIf(breach),
    'no-guarantee': yesIf(caveats.get(NO_GUARANTEE)!),
    disclaimer: yesIf(caveats.get(LIABILITY_DISCLAIMER)!),
    unsecured: yesIf(caveats.get(UNSECURED_TRANSMISSION)!),
  };
}

export const securityQuestion: QuestionModule<'security'> = {
  id: 'security',
  heading: 'How they protect it',
  read: readSecurity,
  lines: (claim) => {
    const lines = [];
    const m = claim.measures;
    if (m.value === 'specific') lines.push({ id: 'security.specific', question: 'security' as const, text: `Protects data with ${listJoin(m.details.slice(0, 4).map((d) => d.text))}.`, flag: 'good' as const, evidence: m.evidence });
    else if (m.value === 'general') lines.push({ id: 'security.general', question: 'security' as const, text: 'Says it protects your data, without naming how.', evidence: m.evidence });
    else lines.push({ id: 'security.not-stated', question: 'security' as const, text: "The policy doesn't say how it protects your data.", evidence: [] });
    if (claim['breach-notice'].value === 'yes') lines.push({ id: 'security.breach-notice', question: 'security' as const, text: 'Says it will tell you about a data breach.', flag: 'good' as const, evidence: claim['breach-notice'].evidence });
    if (claim.unsecured.value === 'yes') lines.push({ id: 'security.unsecured', question: 'security' as const, text: 'Some data you send travels without a secure connection.', flag: 'bad' as const, evidence: claim.unsecured.evidence });
    if (claim.disclaimer.value === 'yes') lines.push({ id: 'security.disclaimer', question: 'security' as const, text: "Says it isn't responsible if others break in and take your data.", flag: 'caution' as const, evidence: claim.disclaimer.evidence });
    return lines;
  },
  items: {
    measures: {
      specific: { says: 'names how it protects your data', rank: 2 },
      general: { says: 'says it protects your data without naming how', rank: 1 },
      'not-stated': { says: "doesn't say how it protects your data", rank: 0 },
    },
    'breach-notice': { yes: { says: 'will tell you about a data breach', rank: 1 }, 'not-stated': { says: "doesn't say it will tell you about a breach", rank: 0 } },
  },
};
