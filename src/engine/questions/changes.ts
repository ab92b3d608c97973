// How they tell you of changes: notice (email, in-app, a prominent notice, asking consent),
// posted (only updating the page or its date), without notice, or the policy doesn't say. Read
// only in sentences about changing this policy: "we will notify you of a breach" is not about
// changes. A notice in any sentence beats posting ("we will revise the date … we may also email
// you" is a notice); "without notice" counts only when no notice route is given anywhere.
import { CHANGE_CONTEXT, CHANGE_RULES } from '../../rules/facts/changes.ts';
import { ADVANCE_POSTING, CHANGE_CONSENT, CHANGE_MAY_UPDATE, CHANGE_NOTICE, CHANGE_POSTED, NOTICE_BY_POSTING, NOTICE_IF_LAW, NOTICE_IF_LAW_AFTER, PERSONAL_ROUTE } from '../../rules/claims/changes.ts';
import { AnswerBuilder, notStated, yesIf } from './answer.ts';
import type { ReadContext } from './context.ts';
import type { QuestionModule } from './module.ts';
import type { Answer, ChangesValue, Claims, YesOnly } from './types.ts';

const OLD_NOTICE = new Set(['notice-direct', 'notice-on-site', 'material-notice', 'material-consent']);

/** A heading about changes ("Changes to this policy", "Updates"). */
const CHANGE_HEADING = /\b(?:chang|updat|revis|modif|amend)\w*/i;
/** Someone else gives the notice: "we ask the third party to notify you". */
const OTHERS_NOTIFY = /\b(?:third[- ]part(?:y|ies)|partners?|vendors?|they|them|the (?:company|recipient|buyer|acquirer))\s+(?:to\s+|will\s+|may\s+|shall\s+|must\s+)?$/i;

/** A sentence naming this policy. */
const NAMES_POLICY = /\b(?:this|our|the) (?:privacy )?(?:policy|statement|notice)\b/i;
/** A sentence naming the policy or its changes. */
const NAMES_CHANGE = /\b(?:policy|statement|notice|chang|updat|revis|modif|amend)\w*/i;

/** Is the notice match `m` of sentence `i` a notice beyond the page? Not when denied or the
 *  object of a right, nor when its only route is the page ("we will let you know by revising the
 *  date", "prior notice by posting it on our website"). */
function isNotice(ctx: ReadContext, i: number, m: RegExpExecArray): boolean {
  const r = ctx.reading(i, m.index, m.index + m[0].length);
  // "we may choose to notify you" is ours to do, not a right of yours.
  if (r.negated || (r.objectOfRight && r.actor !== 'we')) return false;
  const text = ctx.texts[i] ?? '';
  // "If required by law, we will also notify you by email": only the law's notice (posted).
  if (NOTICE_IF_LAW.test(text.slice(0, m.index)) || NOTICE_IF_LAW_AFTER.test(text.slice(m.index + m[0].length))) return false;
  // "we ask the third party to notify you": someone else's notice.
  if (OTHERS_NOTIFY.test(text.slice(Math.max(0, m.index - 40), m.index))) return false;
  // "an updated notice on the website" is the privacy notice itself, posted.
  if (/^notice\b/i.test(m[0]) && /\b(?:updated|revised|new|amended|privacy)\s+$/i.test(text.slice(Math.max(0, m.index - 12), m.index))) return false;
  const rest = text.slice(m.index + m[0].length);
  return !NOTICE_BY_POSTING.test(rest) || PERSONAL_ROUTE.test(rest);
}

export function readChanges(ctx: ReadContext): Claims['changes'] {
  const notice = new AnswerBuilder<ChangesValue>('notice');
  const posted = new AnswerBuilder<ChangesValue>('posted');
  const mayUpdate = new AnswerBuilder<ChangesValue>('posted');
  const without = new AnswerBuilder<ChangesValue>('without-notice');
  const continued = new AnswerBuilder<YesOnly>('yes');
  // About changes: says so in words, or the classifier's label where the heading is about
  // changes or the sentence names the policy (not "emails to inform you of important changes to
  // your account" under another heading).
  const about = (i: number): boolean =>
    ctx.test(CHANGE_CONTEXT.pattern, i) || (ctx.hasLabel(i, 'Policy Change') && (CHANGE_HEADING.test(ctx.heading(i)) || NAMES_POLICY.test(ctx.texts[i] ?? '')));
  const aboutAt = ctx.texts.map((_t, i) => about(i));
  // A sentence after one about changes, under the same heading, that names a change and says how
  // it is made known: "This policy may undergo updates. … If relevant changes are made, we will
  // request new consent."
  const follows = (i: number): boolean => {
    for (const j of [i - 1, i - 2]) {
      if (j >= 0 && aboutAt[j] && ctx.sentences[j]?.headingIndex === ctx.sentences[i]?.headingIndex) return NAMES_CHANGE.test(ctx.texts[i] ?? '');
    }
    return false;
  };
  // The deciding sentence first: one under a heading about changes, then one that says in words
  // it is about changes, then the rest (a purpose list "notifying you about changes to our
  // policy", a label-only sentence).
  const read = ctx.texts.map((_t, i) => i).filter((i) => aboutAt[i] || (follows(i) && (ctx.test(CHANGE_NOTICE.pattern, i) || ctx.test(CHANGE_POSTED.pattern, i))));
  const rank = new Map(read.map((i) => [i, CHANGE_HEADING.test(ctx.heading(i)) ? 0 : ctx.test(CHANGE_CONTEXT.pattern, i) ? 1 : 2]));
  read.sort((a, b) => (rank.get(a) ?? 2) - (rank.get(b) ?? 2) || a - b);
  read.forEach((i) => {
    for (const rule of ctx.firing(CHANGE_RULES, i)) {
      if (rule.kind === 'continued-use') continued.cite(i, rule.id);
      else if (rule.kind === 'without-notice') without.cite(i, rule.id);
      else if (rule.kind === 'posting-only') posted.cite(i, rule.id);
      else if (OLD_NOTICE.has(rule.kind)) {
        const m = ctx.matches(rule.pattern, i)[0];
        if (m && isNotice(ctx, i, m)) notice.cite(i, rule.id);
      }
    }
    if (ctx.matches(CHANGE_NOTICE.pattern, i).some((m) => isNotice(ctx, i, m))) notice.cite(i, CHANGE_NOTICE.id);
    // Worded as a denial ("we will not, without your consent, use …"): the clause reading's
    // negation is the promise itself.
    const consent = ctx.matches(CHANGE_CONSENT.pattern, i)[0];
    if (consent && !NOTICE_IF_LAW.test((ctx.texts[i] ?? '').slice(0, consent.index))) notice.cite(i, CHANGE_CONSENT.id);
    if (ctx.test(CHANGE_POSTED.pattern, i)) posted.cite(i, CHANGE_POSTED.id);
    if (ctx.test(CHANGE_MAY_UPDATE.pattern, i)) mayUpdate.cite(i, CHANGE_MAY_UPDATE.id);
  });
  let changes: Answer<ChangesValue>;
  if (notice.hasEvidence) changes = notice.citeAll(posted.cited).build();
  // Posting the new policy before it applies is a route: "without prior notice" then means no
  // notice beyond the page.
  else if (without.hasEvidence && !posted.cited.some((i) => ADVANCE_POSTING.test(ctx.texts[i] ?? ''))) changes = without.build();
  else if (posted.hasEvidence) changes = posted.citeAll(mayUpdate.cited).citeAll(without.cited).build();
  else if (mayUpdate.hasEvidence) changes = mayUpdate.build();
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
