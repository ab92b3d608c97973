// What they promise not to keep: no logs of your activity, content they cannot read (end-to-end
// encryption), no account needed. Only the provider's plain promises count: "if you do not log
// in" or "we cannot guarantee end-to-end encryption" are not promises.
import { END_TO_END, NO_ACCOUNT, NO_LOGS } from '../../rules/claims/minimise.ts';
import type { FactRule } from '../../rules/facts/types.ts';
import { AnswerBuilder, yesIf } from './answer.ts';
import type { ReadContext } from './context.ts';
import type { QuestionModule } from './module.ts';
import type { Answer, Claims, YesOnly } from './types.ts';

function promise(ctx: ReadContext, rule: FactRule, negationIsThePromise: boolean): Answer<YesOnly> {
  const b = new AnswerBuilder<YesOnly>('yes');
  ctx.texts.forEach((_text, i) => {
    const m = ctx.matches(rule.pattern, i)[0];
    if (!m) return;
    const r = ctx.reading(i, m.index + m[0].length - 1, m.index + m[0].length);
    if (r.conditional && !/^without|^no\b/i.test(m[0])) return;
    if (r.definition || r.objectOfRight || r.actor === 'others') return;
    // "do not log" is the promise itself; for the others a negation denies it.
    if (!negationIsThePromise && r.negated && !/cannot|can not|unable|not able|no way|no ability|not (?:need|have) to|not required|no\b/i.test(m[0])) return;
    b.cite(i, rule.id);
  });
  return yesIf(b);
}

/** The end-to-end promise, read once: the collect question reads it too (content the provider
 *  cannot read is not collected). */
export function readEndToEnd(ctx: ReadContext): Answer<YesOnly> {
  return ctx.memo('minimise e2e', () => promise(ctx, END_TO_END, false));
}

export function readMinimise(ctx: ReadContext): Claims['minimise'] {
  return {
    'no-logs': promise(ctx, NO_LOGS, true),
    e2e: readEndToEnd(ctx),
    'no-account': promise(ctx, NO_ACCOUNT, true),
  };
}

const TEXT = {
  'no-logs': 'Promises to keep no logs of what you do.',
  e2e: 'Encrypts your content end to end: it cannot read it.',
  'no-account': 'Can be used without an account or without giving personal details.',
} as const;

export const minimiseQuestion: QuestionModule<'minimise'> = {
  id: 'minimise',
  heading: 'What they promise not to keep',
  read: readMinimise,
  lines: (claim) =>
    (['no-logs', 'e2e', 'no-account'] as const)
      .filter((k) => claim[k].value === 'yes')
      .map((k) => ({ id: `minimise.${k}`, question: 'minimise' as const, text: TEXT[k], flag: 'good' as const, evidence: claim[k].evidence })),
  items: {
    'no-logs': { yes: { says: 'promises to keep no logs of your activity', rank: 1 }, 'not-stated': { says: 'makes no promise about activity logs', rank: 0 } },
    e2e: { yes: { says: 'encrypts your content end to end', rank: 1 }, 'not-stated': { says: "doesn't say your content is end-to-end encrypted", rank: 0 } },
    'no-account': { yes: { says: 'can be used without an account', rank: 1 }, 'not-stated': { says: "doesn't say it can be used without an account", rank: 0 } },
  },
};
