// What you can turn off: marketing, personalised ads, cookies, the sale or "sharing" of your data
// (and, for phone companies, CPNI use, calls, directory listings, location), each with how.
// A choice counts unless its clause denies it ("you may not opt out of service messages").
import { CHOICE_RULES } from '../../rules/facts/choices.ts';
import { CHOICE_VERB, EXTRA_CHOICE_RULES, KIND_TO_ITEM, MARKETING_HEADING, MARKETING_WORDS, SALE_CONTEXT, SETTINGS_NAME, WITHDRAW_CONSENT } from '../../rules/claims/choices.ts';
// Ads, cookie and sale choices read across sentences (consent, pointers, the law's right alone).
import { AD_TRACKING_BEFORE, CONSENT_CHOICES, CONSENT_WITHDRAWN, LINK_NAME_THEN_DENIAL, NOT_AD_TRACKING, OPT_OUT_MEANS, POINTED_COOKIE_OPT_OUT, SALE_SUPPOSED, TRACKING_OPT_OUT } from '../../rules/claims/choices.ts';
import { channelsNear } from '../facts/channels.ts';
import { AnswerBuilder, notStated } from './answer.ts';
import type { ReadContext } from './context.ts';
import type { QuestionModule } from './module.ts';
import { channelPhrase, listJoin } from './words.ts';
import { CHOICE_ITEMS, type Answer, type ChoiceItem, type Claims, type YesNo } from './types.ts';

const RULES = [...CHOICE_RULES, ...EXTRA_CHOICE_RULES];

export const CHOICE_NAMES: Readonly<Record<ChoiceItem, string>> = {
  'marketing-opt-out': 'Stop marketing messages',
  'ads-opt-out': 'Turn off personalised ads',
  'cookie-controls': 'Control cookies',
  'sale-opt-out': 'Opt out of the sale or "sharing" of your data',
  cpni: 'Restrict use of your call records (CPNI: the phone company\'s records of your calls and services)',
  'do-not-call': 'Ask not to be called for marketing',
  'directory-listing': 'Keep your number out of phone directories',
  'location-controls': 'Turn off location in your device settings',
};

export function readChoices(ctx: ReadContext): Claims['choices'] {
  const found = new Map<ChoiceItem, AnswerBuilder<YesNo>>();
  // A policy that denies selling and "sharing" (the sell claim) offers no opt-out by naming the
  // law's right to one ("The CCPA gives you the right to opt out of the sale"): only a way to
  // use it counts then (a link, a page, a request, a signal).
  const deniesSale = ctx.claim('sell').sell.value === 'no';
  ctx.texts.forEach((text, i) => {
    const fired = ctx.firing(RULES, i);
    if (fired.length === 0) return;
    let near: ReturnType<typeof channelsNear> | null = null;
    for (const rule of fired) {
      let item = KIND_TO_ITEM[rule.kind] ?? (rule.kind as ChoiceItem);
      const m = ctx.matches(rule.pattern, i)[0];
      if (!m) continue;
      // "Opt out of interest-based advertising" is the ads choice, not marketing messages.
      if (item === 'marketing-opt-out' && rule.id === 'choice.marketing-opt-out' && /advertis/i.test(m[0]) && !MARKETING_WORDS.test(m[0])) item = 'ads-opt-out';
      // A settings page named without a verb ("Ad preferences", "device type, cookie
      // preferences, time zone") says nothing of what it lets you do.
      if (SETTINGS_NAME.test(m[0]) && m[0].length <= 40 && !CHOICE_VERB.test(text)) continue;
      // Restricting "sharing" is the sale choice only when selling, marketing or ads are meant.
      if (item === 'sale-opt-out' && rule.id !== 'choice.do-not-sell-link' && !SALE_CONTEXT.test(text)) continue;
      if (item === 'sale-opt-out' && deniesSale && rule.id !== 'choice.do-not-sell-link' && /\bright\b/i.test(text) && !OPT_OUT_MEANS.test(text)) continue;
      if (item === 'sale-opt-out' && deniesSale && (SALE_SUPPOSED.test(text) || LINK_NAME_THEN_DENIAL.test(text))) continue;
      const r = ctx.reading(i, m.index, m.index + m[0].length);
      // "You may not opt out of transactional emails": no choice. ("We do not sell your data"
      // does not match these rules; "Do Not Sell" is a link's name.)
      if (r.negated && !r.objectOfRight && rule.id !== 'choice.do-not-sell-link') continue;
      // "Partners may let you …" is theirs to offer; "Photos may send you marketing, depending on
      // your settings" is still your choice.
      if (r.actor === 'others' && !/\byour settings\b/i.test(m[0])) continue;
      let b = found.get(item);
      if (!b) found.set(item, (b = new AnswerBuilder<YesNo>('yes')));
      b.cite(i, rule.id);
      near ??= channelsNear(ctx, i);
      for (const c of near.channels) b.detail(channelPhrase(c), near.evidence, { kind: c.kind });
    }
  });
  // Withdrawing consent under a heading about marketing messages stops those messages.
  if (!found.has('marketing-opt-out')) {
    ctx.texts.forEach((text, i) => {
      if (!text.includes('onsent') || !WITHDRAW_CONSENT.test(text) || !MARKETING_HEADING.test(ctx.heading(i))) return;
      const at = text.search(/\bconsent\b/i);
      const r = ctx.reading(i, Math.max(0, at), Math.max(0, at) + 7);
      if (r.negated || r.actor === 'others') return;
      let b = found.get('marketing-opt-out');
      if (!b) found.set('marketing-opt-out', (b = new AnswerBuilder<YesNo>('yes')));
      b.cite(i, 'choice.marketing-consent');
      const near = channelsNear(ctx, i);
      for (const c of near.channels) b.detail(channelPhrase(c), near.evidence, { kind: c.kind });
    });
  }
  if (!found.has('ads-opt-out')) pointedAdOptOut(ctx, found);
  if (!found.has('ads-opt-out') && ctx.claim('ads').ads.value === 'yes') trackingOptOut(ctx, found);
  consentChoices(ctx, found);
  const claim = {} as Record<ChoiceItem, Answer<YesNo>>;
  for (const item of CHOICE_ITEMS) claim[item] = found.get(item)?.build() ?? (notStated<YesNo>() as Answer<YesNo>);
  return claim;
}

/** "To opt out of such cookies, see our Cookie Policy" after sentences on ad networks' cookies
 *  is the ads choice; the opt-out is cited first, then the sentence naming the ads. */
function pointedAdOptOut(ctx: ReadContext, found: Map<ChoiceItem, AnswerBuilder<YesNo>>): void {
  ctx.texts.some((text, i) => {
    const m = ctx.may(POINTED_COOKIE_OPT_OUT, i) ? POINTED_COOKIE_OPT_OUT.exec(text) : null;
    if (!m) return false;
    const r = ctx.reading(i, m.index, m.index + m[0].length);
    if (r.negated || r.minors || r.actor === 'others') return false;
    const before = [i - 1, i - 2].find((j) => j >= 0 && AD_TRACKING_BEFORE.test(ctx.texts[j] ?? ''));
    if (before === undefined && !AD_TRACKING_BEFORE.test(text)) return false;
    const b = new AnswerBuilder<YesNo>('yes').cite(i, 'choice.pointed-ad-opt-out');
    if (before !== undefined) b.cite(before);
    found.set('ads-opt-out', b);
    return true;
  });
}

/** In a policy that shows targeted ads, an opt-out of its tracking ("you can opt out of certain
 *  uses of tracking technologies") turns off the ad tracking: the ads choice. */
function trackingOptOut(ctx: ReadContext, found: Map<ChoiceItem, AnswerBuilder<YesNo>>): void {
  ctx.texts.some((text, i) => {
    const m = ctx.may(TRACKING_OPT_OUT, i) ? TRACKING_OPT_OUT.exec(text) : null;
    if (!m || NOT_AD_TRACKING.test(text)) return false;
    const r = ctx.reading(i, m.index, m.index + m[0].length);
    if (r.negated || r.minors || r.conditional || r.actor === 'others') return false;
    found.set('ads-opt-out', new AnswerBuilder<YesNo>('yes').cite(i, 'choice.tracking-opt-out'));
    return true;
  });
}

/** Consent as a choice (GUIDE clarification 11): personalised ads, optional cookies or sharing
 *  with third parties for their marketing, based on your consent, are choices when the policy
 *  says consent can be withdrawn. Read only for choices no sentence offers outright; the purpose
 *  is cited first, then the withdrawal. */
function consentChoices(ctx: ReadContext, found: Map<ChoiceItem, AnswerBuilder<YesNo>>): void {
  const wanted = CONSENT_CHOICES.filter((c) => !found.has(c.item));
  if (wanted.length === 0) return;
  let withdrawal = -1;
  const purposes = new Map<ChoiceItem, { at: number; id: string }>();
  ctx.texts.forEach((text, i) => {
    if (!/consent/i.test(text)) return;
    if (withdrawal < 0) {
      const w = CONSENT_WITHDRAWN.exec(text);
      const r = w ? ctx.reading(i, w.index, w.index + w[0].length) : null;
      if (r && !r.negated && !r.minors && r.actor !== 'others') withdrawal = i;
    }
    for (const c of wanted) {
      if (purposes.has(c.item)) continue;
      const m = c.pattern.exec(text);
      if (!m) continue;
      const r = ctx.reading(i, m.index, m.index + m[0].length);
      if (r.negated || r.minors || r.definition || r.actor === 'others') continue;
      purposes.set(c.item, { at: i, id: c.id });
    }
  });
  if (withdrawal < 0) return;
  for (const [item, p] of purposes) found.set(item, new AnswerBuilder<YesNo>('yes').cite(p.at, p.id).cite(withdrawal, p.id));
}

/** Choices made in your own browser or device: the provider offers nothing itself. */
const OWN_SETTINGS: ReadonlySet<ChoiceItem> = new Set(['location-controls']);

export const choicesQuestion: QuestionModule<'choices'> = {
  id: 'choices',
  heading: 'What you can turn off',
  read: readChoices,
  lines: (claim) => {
    const offered = CHOICE_ITEMS.filter((item) => claim[item].value === 'yes');
    if (offered.length === 0) return [{ id: 'choices.not-stated', question: 'choices', text: "The policy doesn't say how to opt out of marketing, ads or cookies.", evidence: [] }];
    return offered.map((item) => {
      const a = claim[item];
      const how = listJoin(a.details.slice(0, 2).map((d) => d.text), 'or');
      return {
        id: `choices.${item}`,
        question: 'choices' as const,
        text: how ? `${CHOICE_NAMES[item]}: ${how}.` : `${CHOICE_NAMES[item]}.`,
        ...(how && !OWN_SETTINGS.has(item) ? { flag: 'good' as const } : {}),
        evidence: a.evidence,
      };
    });
  },
  items: Object.fromEntries(CHOICE_ITEMS.map((item) => [item, {
    yes: { says: `lets you ${CHOICE_NAMES[item].charAt(0).toLowerCase()}${CHOICE_NAMES[item].slice(1)}`, rank: 1 },
    no: { says: `does not let you ${CHOICE_NAMES[item].charAt(0).toLowerCase()}${CHOICE_NAMES[item].slice(1)}`, rank: -1 },
    'not-stated': { says: `doesn't say you can ${CHOICE_NAMES[item].charAt(0).toLowerCase()}${CHOICE_NAMES[item].slice(1)}`, rank: 0 },
  }])) as QuestionModule<'choices'>['items'],
};
