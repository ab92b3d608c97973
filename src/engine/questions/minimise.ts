// What they promise not to keep: no logs of your activity, content they cannot read (end-to-end
// encryption), no account needed. Only the provider's plain promises count: "if you do not log
// in" or "we cannot guarantee end-to-end encryption" are not promises, and people "without an
// account" are not a statement that the service can be used without one (Clarification 7).
// A policy that says it collects no contact details at all (collect.contact is "no") asks no
// personal details for an account either.
import { ACCOUNT_FOR_REQUESTS, COLLECTED_WITHOUT_ACCOUNT, E2E_MAYBE_IN_SOME, END_TO_END, FIRST_PERSON, NO_ACCOUNT, NO_ACCOUNT_PLAIN, NO_LOGS, PRODUCT_FEATURE, THIRD_PARTY_TOOL } from '../../rules/claims/minimise.ts';
import type { FactRule } from '../../rules/facts/types.ts';
import { AnswerBuilder, notStated, yesIf } from './answer.ts';
import type { ReadContext } from './context.ts';
import type { QuestionModule } from './module.ts';
import type { Answer, Claims, YesOnly } from './types.ts';

interface PromiseReading {
  /** "do not log" is the promise itself; for the others a negation denies it. */
  negationIsThePromise: boolean;
  /** Whose promise: others' ("the Network provides for anonymous participation") counts for
   *  the no-account promise, which is about the service, not about who acts. */
  othersCount?: boolean;
  /** Sentences matching this are cited first. */
  plain?: RegExp;
  /** Sentences matching one of these are about something else. */
  not?: readonly RegExp[];
  /** Someone else's statement, read around the match. */
  others?: (ctx: ReadContext, i: number, at: number) => boolean;
}

/** "Acme does not store any IP addresses" after "your browser connects to servers of Acme AG" for
 *  its share button: the plugin's company, named, not "we". */
function aboutAThirdPartyTool(ctx: ReadContext, i: number, at: number): boolean {
  const text = ctx.texts[i] ?? '';
  if (FIRST_PERSON.test(text.slice(0, at))) return false;
  const h = ctx.sentences[i]?.headingIndex;
  return [i, i - 1, i - 2].some((j) => j >= 0 && (j === i || ctx.sentences[j]?.headingIndex === h) && THIRD_PARTY_TOOL.test(ctx.texts[j] ?? ''));
}

function promise(ctx: ReadContext, rule: FactRule, how: PromiseReading): Answer<YesOnly> {
  const plain: number[] = [];
  const other: number[] = [];
  ctx.texts.forEach((_text, i) => {
    const m = ctx.matches(rule.pattern, i)[0];
    if (!m || how.not?.some((re) => re.test(ctx.texts[i] ?? '')) || how.others?.(ctx, i, m.index)) return;
    const r = ctx.reading(i, m.index + m[0].length - 1, m.index + m[0].length);
    if (r.conditional && !/^without|^no\b/i.test(m[0])) return;
    if (r.definition || r.objectOfRight || r.minors || (r.actor === 'others' && !how.othersCount)) return;
    if (!how.negationIsThePromise && r.negated && !/cannot|can not|unable|not able|no way|no ability|not (?:need|have) to|not required|no\b/i.test(m[0])) return;
    (how.plain?.test(m[0]) ? plain : other).push(i);
  });
  const b = new AnswerBuilder<YesOnly>('yes');
  b.citeAll([...plain, ...other], rule.id);
  return yesIf(b);
}

/** The end-to-end promise, read once: the collect question reads it too (content the provider
 *  cannot read is not collected). */
export function readEndToEnd(ctx: ReadContext): Answer<YesOnly> {
  return ctx.memo('minimise e2e', () => promise(ctx, END_TO_END, { negationIsThePromise: false, not: [E2E_MAYBE_IN_SOME] }));
}

/** Statements about a privacy request or one named product, not about using the service. */
const NOT_ABOUT_THE_SERVICE: readonly RegExp[] = [ACCOUNT_FOR_REQUESTS, PRODUCT_FEATURE];

function readNoAccount(ctx: ReadContext): Answer<YesOnly> {
  const stated = promise(ctx, NO_ACCOUNT, { negationIsThePromise: true, othersCount: true, plain: NO_ACCOUNT_PLAIN, not: NOT_ABOUT_THE_SERVICE });
  if (stated.value === 'yes') return ctx.texts.some((_t, i) => ctx.test(COLLECTED_WITHOUT_ACCOUNT, i)) ? notStated() : stated;
  const contact = ctx.claim('collect').contact;
  if (contact.value === 'no') return { value: 'yes', details: [], evidence: [...contact.evidence], ruleIds: [...contact.ruleIds] };
  return stated;
}

export function readMinimise(ctx: ReadContext): Claims['minimise'] {
  return {
    'no-logs': promise(ctx, NO_LOGS, { negationIsThePromise: true, others: aboutAThirdPartyTool }),
    e2e: readEndToEnd(ctx),
    'no-account': readNoAccount(ctx),
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
