// Who gets it: for each kind of recipient, yes (cited), no (the policy says it doesn't give
// them data), or not stated.
//
// A mention counts in a sentence about giving data out (labelled Third Party Sharing/Collection,
// with a sharing verb, under a sharing heading, or an item of a list a sharing sentence
// introduces) unless it is read as something else: a source of data ("we collect information
// from partners", "partners who provide us with"), a party acting with the provider ("we or our
// affiliates"), a party collecting on its own (tracking), a list's intro ("with third parties as
// described below"), the object of a right ("ask us to restrict sharing with third parties"), or
// sharing the person directs. A mention after a denial ("we do not share … with advertisers")
// is a "no" for it. Parties that only ever get aggregate or de-identified data do not get *your*
// data: not stated, unless a denial says no.
//
// Who a mention names: "partners" are business partners (other companies) unless they work for
// the provider (service providers) or get data for advertising (advertisers); "them" / "these
// providers" are the recipients the sentence before named; "if we have to by law" is a
// disclosure to the authorities, read only after a verb of giving data out. The plainest
// statement is cited first (a sharing verb with personal data, before a list item, a title line,
// a "them" or a mention in the exception of a denial).
//
// Promises that name no one (Clarification 1 of the labelling guide): a blanket denial ("we will
// not disclose your personal data to any third parties") or an exclusive clause ("we only share
// your data with suppliers who help us", "only if required by law"), policy-wide and allowing
// only narrow recipients, answer "no" for advertisers, data brokers and other third parties
// unless a sentence gives them data; a blanket denial with no exception also for service
// providers. A clause that points to a list elsewhere ("except as set forth below"), allows open
// kinds of recipient ("partners"), or speaks of one item, one region or children does not count.
//
// What a mention is (its sentence's context, its recipient, the denial over it) is read in
// ./share-mentions.ts; promises that name no one in ./share-promises.ts. This file reads the
// sentences into the answer.
import { DEIDENTIFIED, VENDOR_LIMITS, VENDORS } from '../../rules/facts/recipients.ts';
import { ABOUT_THE_PARTY, ACCOUNT_WITH, ACTS_WITH_US, AD_SHARING_OPT_OUT, BLANKET_DENIAL, COLLECTS_ITSELF, DEFINES, EXCLUSIVE_SHARING, GENERAL_DATA, INTRO_TO_LIST, ITS_OWN, LAW_EXCEPTION, LAW_OCCASION, LEGAL_BASIS, NOT_A_PARTY, NOT_PARTY_NOUN, ON_THIRD_PARTY_SITE, POSSESSOR_OF, PUBLIC_ELSEWHERE, PUBLIC_INPUT_BEFORE, PUBLIC_SOURCE_AFTER, BOUND_PARTY, DATA_ACQUIRED_AFTER, DATA_MERGED_AFTER, PRODUCT_AVAILABLE_BEFORE, DISCLOSURE_NOUN, OTHERS_SUBJECT, PROTECTED_PARTY, QUOTED_TITLE_AFTER, QUOTED_TITLE_BEFORE, PROVIDER_RIGHT, INCIDENT, SELL_ONLY, SHARE_VERB, WITH_EACH_OTHER, YOU_POST } from '../../rules/claims/share/index.ts';
import type { Reading } from '../clause/read.ts';
import { CLAUSE_INITIAL_CONDITIONS, CONDITIONS, NARROW_MINORS, NEGATIONS, OBJECT_OF_RIGHT } from '../../rules/claims/clause-cues.ts';
import { AnswerBuilder, notStated } from './answer.ts';
import type { ReadContext } from './context.ts';
import type { QuestionModule } from './module.ts';
import { listJoin } from './words.ts';
import { SHARE_ITEMS, type Answer, type Claims, type ShareItem, type YesNo, type YesOnly } from './types.ts';
import { RULES, type Cue, cuesIn, denialAt, type Cues, directionOf, fromGoverned, isSource, youDirect, outboundBefore, sentenceContext, itemOf, antecedent } from './share-mentions.ts';
import { ownName } from './own-name.ts';
import { type SharePromise, OPEN_KIND, promiseIn } from './share-promises.ts';

/** Read in any sentence; the others only in a sentence about giving data out (the first check,
 *  so that most rules never run on most sentences). */
const STANDALONE_RULES = RULES.filter((rule) => rule.standalone);
const CONTEXT_RULES = RULES.filter((rule) => !rule.standalone);
/** Words without which the clause reader finds nothing to report (no negation, condition,
 *  question or right): a sentence without any of them reads plainly, and the reader (the costly
 *  part of this answer) is not run on it. Built from the reader's own cue lists. */
const READER_CUE = new RegExp(
  `\\b(?:${[...new Set([...NEGATIONS, ...CLAUSE_INITIAL_CONDITIONS, ...[...CONDITIONS, ...OBJECT_OF_RIGHT].map((p) => p.join('\\W+'))])].join('|')})\\b|\\?|n't|cannot`,
  'i',
);
/** Children as the scope, as the reader reads it (its minors cue). */
const MINORS_CUE = new RegExp(`\\b(?:${NARROW_MINORS.join('|')})\\b|\\bunder (?:the age of )?(?:1[0-8]|2[01])\\b`, 'i');
const PLAIN: Pick<Reading, 'negated' | 'conditional' | 'objectOfRight' | 'minors'> = { negated: false, conditional: false, objectOfRight: false, minors: false };

export const SHARE_NAMES: Readonly<Record<ShareItem, string>> = {
  'service-providers': 'service providers',
  affiliates: 'companies in its group',
  advertisers: 'advertisers',
  authorities: 'the authorities (police, courts, regulators)',
  'business-transfer': 'a buyer of the business',
  public: 'the public or other users',
  'data-brokers': 'data brokers',
  'other-third-parties': 'other companies',
  analytics: 'analytics companies',
  'emergency-services': 'emergency services',
  'credit-agencies': 'credit agencies',
};

interface Mention {
  item: ShareItem;
  sentence: number;
  ruleId: string;
  /** How plainly the sentence gives data to the party: 3 a statement of sharing personal data,
   *  2 a sharing sentence, 1 a list item or a labelled sentence. The strongest is cited first. */
  strength: number;
  deidentified: boolean;
}


const DEIDENTIFIED_MORE = /\bnon-?personal\w*|\bnon-?(?:personally[- ])?identif\w*|\b(?:do|does) not (?:personally )?identify\b|\bnot (?:personally )?identif(?:y|iable)\b/i;

export function readShare(ctx: ReadContext): Claims['share'] {
  const mentions: Mention[] = [];
  const denials = new Map<ShareItem, AnswerBuilder<YesNo>>();
  const promises: SharePromise[] = [];
  const vendorLimits = new AnswerBuilder<YesOnly>('yes');
  /** Sentences offering a way out of sharing for targeted ads: the weakest sign of it. */
  const adOptOuts: number[] = [];
  ctx.texts.forEach((text, i) => {
    if (ctx.test(VENDOR_LIMITS.pattern, i) && (ctx.hasLabel(i, 'Third Party Sharing/Collection') || ctx.test(VENDORS.pattern, i))) vendorLimits.cite(i, VENDOR_LIMITS.id);
    if (ctx.sentences[i]?.isHeading) return;
    if (/opt/i.test(text) && AD_SHARING_OPT_OUT.test(text) && !DEFINES.test(text) && !MINORS_CUE.test(text)) adOptOuts.push(i);
    const promise = promiseIn(ctx, i);
    if (promise) promises.push(promise);
    const standalone = ctx.firing(STANDALONE_RULES, i);
    const contextual = ctx.firing(CONTEXT_RULES, i);
    // The sentence's context decides only whether the contextual rules count: not worked out
    // when no rule fires.
    if (standalone.length === 0 && contextual.length === 0) return;
    const context = sentenceContext(ctx, i);
    const fired = context === 'share' ? [...contextual, ...standalone] : standalone;
    if (fired.length === 0) return;
    // Data reaching others through a breach or an attack is not sharing.
    if (INCIDENT.test(text)) return;
    // Worked out once a mention needs them: most sentences' matches are turned away before.
    let cuesMemo: Cues | null = null;
    const cuesOf = (): Cues => (cuesMemo ??= directionOf(text));
    let denialMemo: Cue[] | null = null;
    const denialCuesOf = (): Cue[] => (denialMemo ??= cuesIn(ctx, i));
    // Readings of this sentence by offset: the mentions of one sentence share their verbs.
    const readings = new Map<string, Pick<Reading, 'negated' | 'conditional' | 'objectOfRight' | 'minors'>>();
    const plain = !READER_CUE.test(text);
    const minors = MINORS_CUE.test(text);
    const readingAt = (start: number, stop: number): Pick<Reading, 'negated' | 'conditional' | 'objectOfRight' | 'minors'> => {
      if (plain) return minors ? { ...PLAIN, minors } : PLAIN;
      const key = `${start}:${stop}`;
      let reading = readings.get(key);
      if (!reading) readings.set(key, (reading = ctx.reading(i, start, stop)));
      return reading;
    };
    const businessSale = fired.some((rule) => rule.kind === 'business-transfer');
    // The wording of a promise, kept or not ("we only share … with third parties where …").
    const promiseWording = promise !== null || ctx.test(EXCLUSIVE_SHARING.pattern, i) || ctx.test(BLANKET_DENIAL.pattern, i);
    let sentenceFacts: { deidentified: boolean; general: boolean; definition: boolean } | null = null;
    const facts = (): { deidentified: boolean; general: boolean; definition: boolean } => (sentenceFacts ??= {
      deidentified: ctx.test(DEIDENTIFIED.pattern, i) || DEIDENTIFIED_MORE.test(text),
      general: GENERAL_DATA.test(text),
      // The reader's definition cue also takes "the Terms of Use" for one.
      definition: DEFINES.test(text),
    });
    for (const rule of fired) {
      const found = new Set<ShareItem>();
      for (const m of ctx.matches(rule.pattern, i)) {
        const at = m.index;
        const end = at + m[0].length;
        const item = rule.id === 'share.anaphor' ? antecedent(ctx, i, text, end) : itemOf(rule, text, at, end);
        if (!item || found.has(item)) continue;
        // "You may use the services of other providers": the person's choice, not the provider's.
        if (rule.id === 'share.services-of' && /\byou\s+(?:\w+\s+){0,2}$/i.test(text.slice(Math.max(0, at - 30), at))) continue;
        // "… will be publicly available": public by design only when it is what the person posts.
        if (rule.id === 'share.posts-public' && !YOU_POST.test(text.slice(Math.max(0, at - 150), at))) continue;
        if (item === 'public' && (PUBLIC_ELSEWHERE.test(text.slice(Math.max(0, at - 200), at)) || ON_THIRD_PARTY_SITE.test(text.slice(end)) || PRODUCT_AVAILABLE_BEFORE.test(text.slice(Math.max(0, at - 80), at)))) continue;
        // "Not merged with other Google data", "information acquired from agencies": data, not a deal.
        if (item === 'business-transfer' && ((/^merged$/i.test(m[0]) && DATA_MERGED_AFTER.test(text.slice(end))) || (/^acquired$/i.test(m[0]) && DATA_ACQUIRED_AFTER.test(text.slice(end))))) continue;
        // Public data the provider takes in ("trained on publicly available data", "uses public
        // posts"), or made public by the person as a legal basis for processing: not made public.
        if (item === 'public' && (LEGAL_BASIS.test(text) || (rule.id !== 'share.other-users' && /\bpublic(?:ly)?\b/i.test(m[0]) && (PUBLIC_SOURCE_AFTER.test(text.slice(end, end + 40)) || (PUBLIC_INPUT_BEFORE.test(text.slice(Math.max(0, at - 120), at)) && !YOU_POST.test(text.slice(Math.max(0, at - 150), at))))))) continue;
        const before = text.slice(Math.max(0, at - 60), at);
        const after = text.slice(end, end + 120);
        // Advertising services that analyse use to deliver ads collect it themselves: recipients.
        if (!(item === 'public' && rule.standalone) && (rule.id === 'share.ad-services' || rule.id === 'share.ad-tech' ? fromGoverned(text, at) : isSource(item, text, at, end, cuesOf()))) continue;
        if (item !== 'advertisers' && ACTS_WITH_US.test(before) && !(item === 'affiliates' && WITH_EACH_OTHER.test(after))) continue;
        if (ITS_OWN.test(after) || POSSESSOR_OF.test(after) || ABOUT_THE_PARTY.test(before) || PROTECTED_PARTY.test(text.slice(Math.max(0, at - 140), at)) || (QUOTED_TITLE_BEFORE.test(before) && QUOTED_TITLE_AFTER.test(after)) || (item !== 'public' && NOT_A_PARTY.test(before)) || ACCOUNT_WITH.test(after)) continue;
        if ((item === 'other-third-parties' || item === 'service-providers' || item === 'affiliates') && COLLECTS_ITSELF.test(after)) continue;
        const cue = outboundBefore(cuesOf(), at);
        if (rule.id === 'share.anaphor' && !cue) continue;
        // "These services may share information with Google and partners": others give it;
        // "information you provide to a third-party payment service": the person gives it.
        // (What the person posts is what makes it public: that one counts.)
        if (cue && (OTHERS_SUBJECT.test(text.slice(Math.max(0, cue.at - 40), cue.at)) || BOUND_PARTY.test(text.slice(Math.max(0, cue.at - 80), cue.at)) || (item !== 'public' && /\byou\s+(?:\w+\s+)?$/i.test(text.slice(Math.max(0, cue.at - 16), cue.at))))) continue;
        // (Sponsors read as other companies need the same: "sponsors are requested to comply".)
        if (item === 'other-third-parties' && rule.id !== 'share.anaphor') {
          // A bare "third parties" or "partners": only where data is plainly given to them
          // ("share … with", "disclose … to", "allow … to"); for "third parties", not the buyer of
          // a business sale, the intro to a list, a thing ("third-party apps") or a promise's
          // own wording.
          const governed = cue !== null && (/\b(?:to|with|among|between)\b/i.test(text.slice(cue.end, at)) || /^(?:allow|enabl|permit)/i.test(text.slice(cue.at, cue.end)));
          if (!governed || (rule.id !== 'share.partners' && (businessSale || INTRO_TO_LIST.test(after) || NOT_PARTY_NOUN.test(after) || promiseWording))) continue;
        }
        // "If we have to by law": the law is the occasion; read it only where data is given out.
        const lawOnly = rule.id === 'share.authorities' && LAW_OCCASION.test(m[0]);
        if (lawOnly && !(cue && at - cue.end < 150 && SHARE_VERB.test(text.slice(cue.at, cue.end))) && !DISCLOSURE_NOUN.test(text.slice(Math.max(0, at - 80), at))) continue;
        const r = readingAt(at, end);
        // Children's data only does not answer for the whole policy (what is public aside).
        if (r.minors && item !== 'public') continue;
        const rv = cue ? readingAt(cue.at, cue.end) : r;
        const ofRight = (r.objectOfRight || rv.objectOfRight) && !PROVIDER_RIGHT.test(text.slice(0, cue?.at ?? at));
        if (facts().definition || ofRight) continue;
        if (item !== 'public' && youDirect(text, at, end)) continue;
        const denialCues = denialCuesOf();
        const excepted = cue !== null && denialCues.some((c) => !c.denial && c.at > cue.at && c.at < at);
        const denial = denialAt(text, denialCues, at) ?? (rv.negated && cue && !excepted ? { at: cue.at, denial: true, sellOnly: SELL_ONLY.test(text.slice(cue.at, cue.end)) } : null);
        // "We don't use the Meta pixel" says nothing of other advertisers; "Google ads" in Google's
        // own policy are its own ads.
        if (rule.id === 'share.ad-tech' && (denial || r.negated || rv.negated || ownName(ctx, /^\w+/.exec(m[0])?.[0] ?? ''))) continue;
        // "We do not sell your data to third parties" promises no sale, not no sharing: it
        // answers for data brokers only.
        if (denial?.sellOnly && item !== 'data-brokers') continue;
        if (denial) {
          // "Not accessible to all users", "never viewed by anyone but you": about who may see
          // one thing, not a promise that nothing is public.
          if (item === 'public') continue;
          // "We will not disclose your data to the authorities unless the law obliges us to": a
          // disclosure when the law requires it, which is what this answer is about.
          if (item === 'authorities' && LAW_EXCEPTION.test(text.slice(end))) {
            mentions.push({ item, sentence: i, ruleId: rule.id, strength: 2, deidentified: false });
            found.add(item);
            continue;
          }
          // Not a denial of this answer: a hypothetical, children only, aggregate data only, or
          // others as the subject ("third parties do not share …").
          if (r.conditional || facts().deidentified || OTHERS_SUBJECT.test(text.slice(Math.max(0, denial.at - 40), denial.at + 1))) continue;
          let b = denials.get(item);
          if (!b) denials.set(item, (b = new AnswerBuilder<YesNo>('no')));
          b.cite(i, rule.id);
          continue;
        }
        if (item === 'public' && r.negated) continue;
        // A named recipient in a full sentence reads plainer than a law phrase, a "them" or a
        // title line. A mention in the exception of a denial ("we do not share … except …") is a
        // recipient, but the sentence reads first as a denial: cite a plain one before it.
        const afterDenial = denialCues.some((c) => c.denial && c.at < at);
        const base = lawOnly || rule.id === 'share.anaphor' ? 1 : cue ? (facts().general ? 3 : 2) : rule.standalone ? 2 : 1;
        const strength = base + (text.length >= 60 ? 0.5 : 0) - (afterDenial ? 1.5 : 0);
        mentions.push({ item, sentence: i, ruleId: rule.id, strength, deidentified: facts().deidentified });
        found.add(item);
      }
    }
  });
  // A clause pointing to the policy's own list is a closed list only if the list names no open
  // kind of recipient (business partners, independent controllers): Clarification 1.
  const openKind = mentions.some((m) => m.ruleId === 'share.partners' && m.item === 'other-third-parties' && !m.deidentified) || ctx.texts.some((_t, i) => ctx.test(OPEN_KIND, i));
  if (openKind) promises.splice(0, promises.length, ...promises.filter((p) => !p.pointer));
  const claim = {} as Record<ShareItem, Answer<YesNo>>;
  for (const item of SHARE_ITEMS) {
    const given = mentions.filter((m) => m.item === item && !m.deidentified);
    if (given.length > 0) {
      const b = new AnswerBuilder<YesNo>('yes');
      // The plainest statement first; among equals, the first in the policy.
      for (const m of [...given].sort((a, c) => c.strength - a.strength || a.sentence - c.sentence)) b.cite(m.sentence, m.ruleId);
      claim[item] = b.build();
      continue;
    }
    const denied = denials.get(item);
    const promised = promises.filter((p) => p.covers.includes(item));
    // "You can opt out of the sharing of your data for targeted advertising": it is shared for
    // ads, unless the policy says it is not.
    if (item === 'advertisers' && !denied && promised.length === 0 && adOptOuts.length > 0) {
      const b = new AnswerBuilder<YesNo>('yes');
      for (const i of adOptOuts) b.cite(i, 'share.ad-sharing-opt-out');
      claim[item] = b.build();
      continue;
    }
    if (denied || promised.length > 0) {
      const b = denied ?? new AnswerBuilder<YesNo>('no');
      for (const p of promised) b.cite(p.sentence, p.ruleId);
      claim[item] = b.build();
      continue;
    }
    claim[item] = notStated<YesNo>() as Answer<YesNo>;
  }
  return { ...claim, 'vendor-limits': vendorLimits.hasEvidence ? vendorLimits.build() : notStated<YesOnly>() as Answer<YesOnly> };
}

const LINE_ORDER: readonly ShareItem[] = [
  'service-providers', 'affiliates', 'advertisers', 'analytics', 'data-brokers', 'other-third-parties', 'authorities', 'business-transfer',
  'public', 'emergency-services', 'credit-agencies',
];
/** Recipients that make a policy worse for the person, most first. */
const RANK: Readonly<Record<ShareItem, number>> = {
  'data-brokers': -4, advertisers: -3, 'other-third-parties': -2, analytics: -1, public: -1, affiliates: -1, 'credit-agencies': -1,
  'service-providers': -0.5, authorities: -0.5, 'business-transfer': -0.5, 'emergency-services': 0,
};

export const shareQuestion: QuestionModule<'share'> = {
  id: 'share',
  heading: 'Who gets it',
  read: readShare,
  lines: (claim) => {
    const given = LINE_ORDER.filter((item) => claim[item].value === 'yes');
    const refused = LINE_ORDER.filter((item) => claim[item].value === 'no');
    const lines = [];
    if (given.length === 0) {
      lines.push({ id: 'share.not-stated', question: 'share' as const, text: "The policy doesn't say who it shares your data with.", evidence: [] });
    } else {
      const risky = given.filter((item) => RANK[item] <= -2);
      lines.push({
        id: 'share.recipients',
        question: 'share' as const,
        text: `Shares your data with ${listJoin(given.map((item) => SHARE_NAMES[item]))}.`,
        ...(risky.length > 0 ? { flag: 'caution' as const } : {}),
        // The riskiest recipients' sentences first: they are what a person checks.
        evidence: [...given].sort((a, b) => RANK[a] - RANK[b]).flatMap((item) => claim[item].evidence.slice(0, 2)),
      });
    }
    if (refused.length > 0) {
      lines.push({
        id: 'share.refuses',
        question: 'share' as const,
        text: `Says it does not give your data to ${listJoin(refused.map((item) => SHARE_NAMES[item]), 'or')}.`,
        flag: 'good' as const,
        evidence: refused.flatMap((item) => claim[item].evidence),
      });
    }
    if (claim['vendor-limits'].value === 'yes' && given.includes('service-providers')) {
      lines.push({ id: 'share.vendor-limits', question: 'share' as const, text: 'Binds its service providers to use your data only for it.', evidence: claim['vendor-limits'].evidence });
    }
    return lines;
  },
  items: Object.fromEntries(SHARE_ITEMS.map((item) => [item, {
    yes: { says: `shares your data with ${SHARE_NAMES[item]}`, rank: RANK[item] },
    no: { says: `does not share your data with ${SHARE_NAMES[item]}`, rank: 1 },
    'not-stated': { says: `doesn't mention sharing with ${SHARE_NAMES[item]}`, rank: 0 },
  }])) as QuestionModule<'share'>['items'],
};
