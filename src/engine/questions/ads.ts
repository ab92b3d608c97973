// Whether they use your data for ads: yes (it or its ad partners choose ads by your data), no
// (no ads, or none chosen by personal data), or the policy doesn't say. A denial counts only
// from the provider and for everyone; "if you opt in, we show personalised ads" is still an
// admission that they do, for those who do.
import {
  AD_WORD, ADS_OPT_OUT, ADS_WORD, COMPANY_NOUN_AFTER, FIRST_PERSON_WORD, MARKETING_MESSAGES, NO_ADS, NO_SHARING_FOR_ADS, OPT_OUT_CAVEAT, OPTING_OUT, POINTER_CONDITION, TARGETED_ADS,
} from '../../rules/claims/ads.ts';
import { AnswerBuilder, notStated } from './answer.ts';
import type { ReadContext } from './context.ts';
import type { QuestionModule } from './module.ts';
import type { Answer, Claims, YesNo } from './types.ts';

/** Anonymous or aggregate data handed to advertisers ("may disclose Anonymous Information to
 *  advertisers for targeting"): not the person's data used for the ads they see. */
const DISCLOSES_ANONYMOUS = /\b(?:anonymous|aggregated?|de-?identified|non-?personal|statistical)\s+(?:\w+\s+)?(?:information|data|statistics)\b[^.;]{0,80}?\bto\s+(?:third parties|advertisers|partners)|\b(?:disclose|share|provide|sell|transfer)\w*\s+(?:\w+\s+){0,2}(?:anonymous|aggregated?|de-?identified|non-?personal)\b/i;

export function readAds(ctx: ReadContext): Claims['ads'] {
  const yes = new AnswerBuilder<YesNo>('yes');
  const optOuts = new AnswerBuilder<YesNo>('yes');
  const no = new AnswerBuilder<YesNo>('no');
  let sharingForAdsDenied = false;
  ctx.texts.forEach((text, i) => {
    if (!ctx.test(ADS_WORD, i)) return;
    const noSharing = NO_SHARING_FOR_ADS.exec(text);
    if (noSharing && !/\bsensitive\b/i.test(noSharing[0])) {
      const verb = /\b(?:sell|share|disclose)\w*/i.exec(noSharing[0]);
      const at = noSharing.index + (verb?.index ?? 0);
      const r = ctx.reading(i, at, at + (verb?.[0].length ?? 1));
      if (r.negated && !r.conditional && !r.minors && r.actor !== 'others' && r.actor !== 'you') sharingForAdsDenied = true;
    }
    // "Opting out does not prevent you from seeing ads; they are only less tailored": the ads go
    // on, so the way out is no denial; it implies the ads.
    const caveat = OPT_OUT_CAVEAT.test(text) && OPTING_OUT.test(text);
    if (caveat && !TARGETED_ADS.pattern.test(text)) {
      optOuts.cite(i, TARGETED_ADS.id);
      return;
    }
    const denial = caveat ? undefined : ctx.matches(NO_ADS.pattern, i)[0];
    if (denial) {
      const word = /\b(?:ads|advert\w*|ad tracking|ad-free|marketing)\b/i.exec(denial[0]);
      const at = denial.index + (word?.index ?? 0);
      const r = ctx.reading(i, at, at + (word?.[0].length ?? 1));
      // "does not use advertising when a Do Not Track signal is sent": a denial under a condition.
      const onlyWhen = /^[^.;]{0,60}?\b(?:when|if|once|whenever)\b/i.test(text.slice(denial.index + denial[0].length));
      if ((r.negated || /ad-free|contextual/i.test(denial[0])) && !r.conditional && !onlyWhen && !r.minors && r.actor !== 'others' && !r.objectOfRight) {
        no.cite(i, NO_ADS.id);
        return;
      }
    }
    for (const m of ctx.matches(TARGETED_ADS.pattern, i)) {
      const r = ctx.reading(i, m.index, m.index + m[0].length);
      // A long match ("show ads ... based on", "ad partners ... cookies") may hold its own
      // negation: "advertisements that are not targeted ... based on the context".
      const tail = /\S+$/.exec(m[0]);
      const tailAt = m.index + (tail?.index ?? 0);
      const negatedInside = tailAt > m.index && ctx.reading(i, tailAt, m.index + m[0].length).negated;
      if (r.negated || negatedInside || r.definition || r.minors) continue;
      // Anonymous or aggregate data given to advertisers is not your data used for ads.
      if (r.deidentified && DISCLOSES_ANONYMOUS.test(text) && !/\bpersonal\b/i.test(text)) continue;
      // "Targeted marketing by mail, email or SMS" is direct marketing, not ads.
      if (!AD_WORD.test(m[0]) && !AD_WORD.test(text) && MARKETING_MESSAGES.test(text)) continue;
      // "(including behavioral advertising services)": a kind of company, not a use of data.
      if (COMPANY_NOUN_AFTER.test(text.slice(m.index + m[0].length)) && !FIRST_PERSON_WORD.test(text)) continue;
      // "If you would like more information about interest-based advertising, visit …": a pointer.
      const pointer = POINTER_CONDITION.exec(text);
      if (pointer && !text.slice(pointer[0].length, m.index).includes(',')) continue;
      if (r.objectOfRight || ADS_OPT_OUT.test(text)) { optOuts.cite(i, TARGETED_ADS.id); break; }
      if (r.conditional && r.actor !== 'you') continue;
      yes.cite(i, TARGETED_ADS.id);
      break;
    }
    if (!yes.cited.includes(i) && ADS_OPT_OUT.test(text)) optOuts.cite(i, TARGETED_ADS.id);
  });
  let ads: Answer<YesNo>;
  if (yes.hasEvidence) ads = yes.citeAll(optOuts.cited).build();
  // A way out implies the ads, unless the policy denies sharing data for them (the way out is
  // then a law's template: "you have the right to opt out of … sharing for cross-context
  // behavioral advertising … we do not share your information for that purpose").
  else if (optOuts.hasEvidence && !no.hasEvidence && !sharingForAdsDenied) ads = optOuts.build();
  else if (no.hasEvidence) ads = no.build();
  else ads = notStated<YesNo>() as Answer<YesNo>;
  return { ads };
}

export const adsQuestion: QuestionModule<'ads'> = {
  id: 'ads',
  heading: 'Whether they use it for ads',
  read: readAds,
  lines: ({ ads }) => [
    ads.value === 'yes' ? { id: 'ads.yes', question: 'ads', text: 'Uses your data to choose the ads you see, or lets ad partners do so.', flag: 'caution', evidence: ads.evidence }
    : ads.value === 'no' ? { id: 'ads.no', question: 'ads', text: 'Says it does not use your data for advertising.', flag: 'good', evidence: ads.evidence }
    : { id: 'ads.not-stated', question: 'ads', text: "The policy doesn't say whether it uses your data for ads.", evidence: [] },
  ],
  items: {
    ads: {
      no: { says: 'does not use your data for ads', rank: 1 },
      'not-stated': { says: "doesn't say whether it uses your data for ads", rank: 0 },
      yes: { says: 'uses your data for targeted ads', rank: -1 },
    },
  },
};
