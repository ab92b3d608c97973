// How they tell you of changes: notice (email, in-app, a prominent notice, asking consent),
// posted (only updating the page or its date), without notice, or the policy doesn't say. Read
// only in sentences about changing this policy: "we will notify you of a breach" is not about
// changes. A notice in any sentence beats posting ("we will revise the date … we may also email
// you" is a notice); "without notice" counts only when no notice route is given anywhere.
import { CHANGE_CONTEXT, CHANGE_RULES } from '../../rules/facts/changes.ts';
import { CHANGE_NOTICE, CHANGE_POSTED } from '../../rules/claims/changes.ts';
import { AnswerBuilder, notStated, yesIf } from './answer.ts';
import type { ReadContext } from './context.ts';
import type { QuestionModule } from './module.ts';
import type { Answer, ChangesValue, Claims, YesOnly } from './types.ts';

const OLD_NOTICE = new Set(['notice-direct', 'notice-on-site', 'material-notice', 'material-consent']);

export function readChanges(ctx: ReadContext): Claims['changes'] {
  const notice = new AnswerBuilder<ChangesValue>('notice');
  const posted = new AnswerBuilder<ChangesValue>('posted');
  const without = new AnswerBuilder<ChangesValue>('without-notice');
  const continued = new AnswerBuilder<YesOnly>('yes');
  const about = (i: number): boolean => ctx.hasLabel(i, 'Policy Change') || ctx.test(CHANGE_CONTEXT.pattern, i);
  ctx.texts.forEach((_text, i) => {
    if (!about(i) && !(i > 0 && about(i - 1) && ctx.test(CHANGE_NOTICE.pattern, i))) return;
    for (const rule of ctx.firing(CHANGE_RULES, i)) {
      if (rule.kind === 'continued-use') continued.cite(i, rule.id);
      else if (rule.kind === 'without-notice') without.cite(i, rule.id);
      else if (rule.kind === 'posting-only') posted.cite(i, rule.id);
      else if (OLD_NOTICE.has(rule.kind)) {
        const m = ctx.matches(rule.pattern, i)[0];
        if (m && !ctx.reading(i, m.index, m.index + m[0].length).negated) notice.cite(i, rule.id);
      }
    }
    for (const m of ctx.matches(CHANGE_NOTICE.pattern, i)) {
      const r = ctx.reading(i, m.index, m.index + m[0].length);
      if (r.negated || r.objectOfRight) continue;
      notice.cite(i, CHANGE_NOTICE.id);
      break;
    }
    if (ctx.test(CHANGE_POSTED.pattern, i)) posted.cite(i, CHANGE_POSTED.id);
  });
  let changes: Answer<ChangesValue>;
  if (notice.hasEvidence) changes = notice.citeAll(posted.cited).build();
  else if (without.hasEvidence) changes = without.build();
  else if (posted.hasEvidence) changes = posted.build();
  else changes = notStated<ChangesValue>() as Answer<ChangesValue>;
  return { changes, 'continued-use': yesIf(continued) };
}

export const changesQuestion: QuestionModule<'changes'> = {
  id: 'changes',
  heading: 'How they tell you of changes',
  read: readChanges,
  lines: (claim) => {
    const c = claim.changes;
    const lines = [
      c.value === 'notice' ? { id: 'changes.notice', question: 'changes' as const, text: 'Says it will tell you about changes to the policy, not only post them.', flag: 'good' as const, evidence: c.evidence }
      : c.value === 'posted' ? { id: 'changes.posted', question: 'changes' as const, text: 'Posts changes on the policy page (and its date); it doesn\'t say it will tell you.', flag: 'caution' as const, evidence: c.evidence }
      : c.value === 'without-notice' ? { id: 'changes.without-notice', question: 'changes' as const, text: 'Says it can change the policy without telling you.', flag: 'bad' as const, evidence: c.evidence }
      : { id: 'changes.not-stated', question: 'changes' as const, text: "The policy doesn't say how you will hear of changes.", evidence: [] },
    ];
    if (claim['continued-use'].value === 'yes') lines.push({ id: 'changes.continued-use', question: 'changes' as const, text: 'Using the service after a change counts as accepting it.', flag: 'caution' as const, evidence: claim['continued-use'].evidence });
    return lines;
  },
  items: {
    changes: {
      notice: { says: 'will tell you about changes', rank: 2 },
      posted: { says: 'only posts changes on its page', rank: 1 },
      'not-stated': { says: "doesn't say how you hear of changes", rank: 0 },
      'without-notice': { says: 'may change the policy without telling you', rank: -1 },
    },
  },
};
