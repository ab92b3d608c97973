// Whether others track you: yes when the policy names third-party trackers on its service or
// says it follows you across other sites and apps; no when it says nobody does (and nothing
// says otherwise); not stated otherwise. Self-hosted analytics are not tracking by others.
import { ABOUT_THE_DOCUMENT, BLOCKED_BY_YOU_BEFORE, CROSS_SITE, CROSS_SITE_SENSE, NAMED_TOOLS_CASED, NO_TRACKING, SERVICES_YOU_USE_AFTER, THIRD_PARTY_TRACKERS, TRACKING_WORD } from '../../rules/claims/tracking.ts';
import { AnswerBuilder, notStated } from './answer.ts';
import type { ReadContext } from './context.ts';
import type { QuestionModule } from './module.ts';
import type { Answer, Claims, YesNo } from './types.ts';

/** Self-hosted or first-party tools: no third party receives the data. */
const SELF_HOSTED = /\bself-hosted\b|\bon our own servers\b|\bhosted by us\b|\bfirst-party\b|\bmatomo\b(?=[^.]*\b(?:our own|self-hosted|on-premise)\b)/i;

/** The provider's own platform or service as the subject ("Our ad platform", "Acme's
 *  advertising platform does not track you"): a denial by the provider, though "platform" is
 *  also a word for others. */
const OWN_THING_SUBJECT = /^\W*(?:our|(?:[A-Z][\w.&-]*\s){0,2}[A-Z][\w.&-]*'s)\s+(?:own\s+)?(?:[\w-]+\s+)?(?:platform|services?|apps?|applications?|websites?|sites?|network|products?)\b/;

export function readTracking(ctx: ReadContext): Claims['tracking'] {
  const yes = new AnswerBuilder<YesNo>('yes');
  const no = new AnswerBuilder<YesNo>('no');
  ctx.texts.forEach((text, i) => {
    if (!ctx.test(TRACKING_WORD, i) || ctx.test(ABOUT_THE_DOCUMENT, i)) return;
    const denial = ctx.matches(NO_TRACKING.pattern, i)[0];
    if (denial) {
      const r = ctx.reading(i, denial.index + denial[0].length - 1, denial.index + denial[0].length);
      const provider = r.actor !== 'others' || OWN_THING_SUBJECT.test(text);
      if ((r.negated || /^only|^no\b/i.test(denial[0])) && !r.conditional && !r.minors && !r.narrowItem && provider) { no.cite(i, NO_TRACKING.id); return; }
    }
    for (const rule of [THIRD_PARTY_TRACKERS, CROSS_SITE]) {
      if (rule === CROSS_SITE && !ctx.test(CROSS_SITE_SENSE, i)) continue;
      const m = ctx.matches(rule.pattern, i).find((match) => {
        const r = ctx.reading(i, match.index, match.index + match[0].length);
        // "Our advertising platform does not track you": the negation sits inside a long match,
        // before its verb or its trackers.
        const tail = /\S+$/.exec(match[0]);
        const tailAt = match.index + (tail?.index ?? 0);
        const negatedInside = tailAt > match.index && ctx.reading(i, tailAt, match.index + match[0].length).negated;
        const blockedByYou = BLOCKED_BY_YOU_BEFORE.test(text.slice(Math.max(0, match.index - 60), match.index))
          || (rule === CROSS_SITE && /^from\b/i.test(match[0]) && SERVICES_YOU_USE_AFTER.test(text.slice(match.index + match[0].length)));
        return !r.negated && !negatedInside && !blockedByYou && !r.definition && !(r.conditional && r.actor === 'you') && !r.objectOfRight;
      });
      if (m && !SELF_HOSTED.test(text)) { yes.cite(i, rule.id); break; }
    }
    if (!yes.cited.includes(i) && !SELF_HOSTED.test(text)) {
      const named = NAMED_TOOLS_CASED.exec(text);
      if (named) {
        const r = ctx.reading(i, named.index, named.index + named[0].length);
        if (!r.negated && !r.definition && !r.objectOfRight && !(r.conditional && r.actor === 'you')) yes.cite(i, THIRD_PARTY_TRACKERS.id);
      }
    }
  });
  const tracking: Answer<YesNo> = yes.hasEvidence ? yes.build() : no.hasEvidence ? no.build() : notStated<YesNo>() as Answer<YesNo>;
  return { tracking };
}

export const trackingQuestion: QuestionModule<'tracking'> = {
  id: 'tracking',
  heading: 'Whether others track you',
  read: readTracking,
  lines: ({ tracking }) => [
    tracking.value === 'yes' ? { id: 'tracking.yes', question: 'tracking', text: 'Lets other companies track you on its service (cookies, pixels or similar) or follows you across other sites.', flag: 'caution', evidence: tracking.evidence }
    : tracking.value === 'no' ? { id: 'tracking.no', question: 'tracking', text: 'Says no other company tracks you on its service.', flag: 'good', evidence: tracking.evidence }
    : { id: 'tracking.not-stated', question: 'tracking', text: "The policy doesn't say whether other companies track you on its service.", evidence: [] },
  ],
  items: {
    tracking: {
      no: { says: 'says no other company tracks you', rank: 1 },
      'not-stated': { says: "doesn't say whether others track you", rank: 0 },
      yes: { says: 'lets other companies track you', rank: -1 },
    },
  },
};
