// Share: what a mention of a recipient in a sentence is. The recipient rules in reading order,
// the sentence's context (a sharing sentence, a source of data, neither: its verbs, its heading,
// the list it is an item of), the denial that governs a mention, whether the mention is a source
// or sharing the person directs, which recipient it names and who "them" are. Used by ./share.ts.
import { RECIPIENT_RULES, SHARE_CONTEXT, SHARE_DENIAL, SHARE_EXCEPTION } from '../../rules/facts/recipients.ts';
import { ACTS_WITH_US, AD_PURPOSE, AD_PURPOSE_BEFORE, COLLECTS_ITSELF, DIRECTION_CUE, EXTRA_RECIPIENT_RULES, FOR_MONEY, FROM_BROKEN, FROM_PREPOSITION, GIVES_US, KIND_TO_ITEM, MORE_SPECIFIC, NOT_A_PARTNER, NOT_SHARE_HEADING, DISCLOSURE_CONTEXT, PASSIVE_DENIAL, PERMIT_DENIAL, REQUEST_FROM, SELL_ONLY, SHARE_HEADING, WORKS_FOR_US, YOU_CONSENT_EACH, YOU_DIRECT, YOU_DIRECT_SHARING, type ShareRule } from '../../rules/claims/share/index.ts';
import type { ReadContext } from './context.ts';
import type { ShareItem } from './types.ts';

export const RULES: readonly ShareRule[] = [
  ...RECIPIENT_RULES.map((rule) => ({ ...rule, kind: KIND_TO_ITEM[rule.kind] ?? (rule.kind as ShareItem) })),
  ...EXTRA_RECIPIENT_RULES,
];

/** How far back a list item may be from the line that introduces it. */
const LIST_REACH = 10;

export interface Cue {
  at: number;
  denial: boolean;
  /** A denial of selling or renting only: a no-sale promise, not a promise not to share. */
  sellOnly?: boolean;
}

export function cuesIn(ctx: ReadContext, i: number): Cue[] {
  const text = ctx.texts[i] ?? '';
  return [
    ...[...ctx.matches(SHARE_DENIAL.pattern, i), ...text.matchAll(PASSIVE_DENIAL), ...text.matchAll(PERMIT_DENIAL)].map((m) => ({ at: m.index, denial: true, sellOnly: SELL_ONLY.test(m[0]) || FOR_MONEY.test(text.slice(m.index)) })),
    ...ctx.matches(SHARE_EXCEPTION.pattern, i).map((m) => ({ at: m.index, denial: false })),
  ].sort((a, b) => a.at - b.at);
}

/** The denial governing a mention at `at`: the last cue before it, in the same clause, if it is
 *  a denial. */
export function denialAt(text: string, cues: readonly Cue[], at: number): Cue | null {
  let denied: Cue | null = null;
  for (const cue of cues) {
    if (cue.at >= at) break;
    denied = cue.denial ? cue : null;
  }
  if (!denied) return null;
  // A new clause between the denial and the mention ("we don't sell it; we share it with …").
  const between = text.slice(denied.at, at);
  return /[;:]|\.\s|\b(?:but|however|although|whereas|while)\b/i.test(between) ? null : denied;
}

export interface Cues {
  /** [start, end, inbound] of each direction cue, in order. */
  all: { at: number; end: number; inbound: boolean }[];
  inbound: boolean;
  outbound: boolean;
}

export function directionOf(text: string): Cues {
  const all = [...text.matchAll(DIRECTION_CUE)].map((m) => ({ at: m.index, end: m.index + m[0].length, inbound: m.groups?.['in'] !== undefined }));
  return { all, inbound: all.some((c) => c.inbound), outbound: all.some((c) => !c.inbound) };
}

/** The mention is the object of "from", maybe after a list of names: "information from partners,
 *  vendors and publishers". */
export function fromGoverned(text: string, at: number): boolean {
  let from = -1;
  for (const m of text.slice(0, at).matchAll(FROM_PREPOSITION)) from = m.index;
  if (from < 0) return false;
  // "a request from law enforcement": the one who asks is the one who gets it.
  if (REQUEST_FROM.test(text.slice(Math.max(0, from - 40), from))) return false;
  const between = text.slice(text.indexOf(' ', from) + 1 || from, at).replace(/^by\s+/i, '');
  return between.length <= 120 && !FROM_BROKEN.test(between);
}

/** The mention is where data comes from: "from partners", "partners who provide us with", or
 *  a sentence that only brings data in. An advertiser collecting with its own cookies on the
 *  service ("we and our advertising partners use cookies to collect …") is a recipient. */
export function isSource(item: ShareItem, text: string, at: number, end: number, cues: Cues): boolean {
  if (fromGoverned(text, at) || GIVES_US.test(text.slice(end))) return true;
  if (item === 'advertisers' && (ACTS_WITH_US.test(text.slice(Math.max(0, at - 60), at)) || COLLECTS_ITSELF.test(text.slice(end, end + 120)))) return false;
  return cues.inbound && !cues.outbound;
}

/** The person directs this sharing: "if you choose to connect …" in the mention's clause before
 *  it, or right after it ("… or others at your direction"; a comma ends what it qualifies). */
export function youDirect(text: string, at: number, end: number): boolean {
  const before = text.slice(Math.max(0, at - 120), at);
  if (YOU_DIRECT_SHARING.test(text.slice(Math.max(0, at - 200), at)) || YOU_CONSENT_EACH.test(text)) return true;
  const clauseStart = Math.max(before.lastIndexOf(';'), before.lastIndexOf(':'), before.lastIndexOf('. '), before.search(/,\s+(?:and\s+)?we\b(?!.*,\s+(?:and\s+)?we\b)/i));
  if (YOU_DIRECT.test(before.slice(clauseStart + 1))) return true;
  const after = /^[^,;:.]{0,60}/.exec(text.slice(end))?.[0] ?? '';
  return YOU_DIRECT.test(after);
}

/** The last outbound cue before `at`, if any. */
export function outboundBefore(cues: Cues, at: number): { at: number; end: number } | null {
  let found: { at: number; end: number } | null = null;
  for (const c of cues.all) {
    if (c.at >= at) break;
    if (!c.inbound) found = c;
  }
  return found;
}

type Context = 'share' | 'source' | 'none';

/** The sentence introducing the list `i` is an item of ("We may share it with:"), if any. */
function listIntro(ctx: ReadContext, i: number): number | null {
  const heading = ctx.sentences[i]?.headingIndex;
  for (let j = i - 1; j >= 0 && j >= i - LIST_REACH; j--) {
    if (ctx.sentences[j]?.headingIndex !== heading || ctx.sentences[j]?.isHeading) return null;
    const text = ctx.texts[j] ?? '';
    if (text.endsWith(':')) return j;
    // Prose between: the list, if any, has ended.
    if (text.length > 150 && /[.!?]$/.test(text)) return null;
  }
  return null;
}

export function sentenceContext(ctx: ReadContext, i: number): Context {
  const own = ctx.hasLabel(i, 'Third Party Sharing/Collection');
  if (ctx.test(SHARE_CONTEXT.pattern, i) || DISCLOSURE_CONTEXT.test(ctx.texts[i] ?? '')) return 'share';
  const intro = listIntro(ctx, i);
  if (intro !== null) {
    const introContext = ctx.memo(`share-intro ${intro}`, (): Context => {
      const cues = directionOf(ctx.texts[intro] ?? '');
      if (cues.inbound && !cues.outbound) return 'source';
      return ctx.test(SHARE_CONTEXT.pattern, intro) || /\brecipients?\b/i.test(ctx.texts[intro] ?? '') ? 'share' : 'none';
    });
    if (introContext !== 'none') return introContext;
  }
  if (own) return 'share';
  const heading = ctx.heading(i);
  if (heading && ctx.memo(`share-heading ${ctx.sentences[i]?.headingIndex ?? ''}`, () => SHARE_HEADING.test(heading) && !NOT_SHARE_HEADING.test(heading))) return 'share';
  return 'none';
}

/** The recipient a match speaks for, or null when the match names no recipient. */
/** Does the sentence name "third parties" before `at` as working for the provider? */
function sameWorkersBefore(text: string, at: number): boolean {
  for (const m of text.slice(0, at).matchAll(/\bthird[- ]part(?:y|ies)\b/gi)) {
    const end = m.index + m[0].length;
    if (WORKS_FOR_US.test(text.slice(end, end + 140))) return true;
  }
  return false;
}

export function itemOf(rule: ShareRule, text: string, at: number, end: number): ShareItem | null {
  const match = text.slice(at, end);
  const before = text.slice(Math.max(0, at - 40), at);
  const after = text.slice(end, end + 140);
  // "partners" are business partners (share.partners), unless they work for the provider.
  if (rule.kind === 'service-providers' && /partners$/i.test(match)) return null;
  // "Google, as a third party vendor, uses cookies to serve ads": an ad company, not a vendor
  // working for the provider.
  if (rule.kind === 'service-providers' && /vendors?$/i.test(match) && AD_PURPOSE.test(after)) return 'advertisers';
  if (rule.id === 'share.partners' && NOT_A_PARTNER.test(before)) return null;
  // "Third-party marketers", "third-party service providers": the kind named after it answers.
  if (rule.id === 'share.third-parties' && MORE_SPECIFIC.test(text.slice(end, end + 40))) return null;
  // "An affiliate" the person joins ("want to affiliate themselves to a club"): a verb.
  if (rule.id === 'share.affiliates' && /^affiliate$/i.test(match) && (/^\s+(?:themselves|yourself|himself|herself|itself|with)\b/i.test(after) || /\bto\s+$/i.test(before))) return null;
  // "The buyer and its financial advisors": someone else's advisers.
  if (rule.id === 'share.advisers' && /\b(?:its|their|his|her)\s+$/i.test(before)) return null;
  // Event or contest sponsors get what the person gives them to attend, not data for ads.
  if (rule.kind === 'advertisers' && /sponsors$/i.test(match) && !AD_PURPOSE.test(after)) return 'other-third-parties';
  if (rule.kind === 'other-third-parties') {
    // Partners or third parties that work for the provider, or that get data for advertising.
    if (AD_PURPOSE.test(after) || AD_PURPOSE_BEFORE.test(text.slice(0, at))) return 'advertisers';
    if (WORKS_FOR_US.test(after)) return 'service-providers';
    // "We rely on third parties to process payments and must therefore share payment
    // information with third parties": a second "third parties" is the same ones.
    if (/^third[- ]part/i.test(match) && sameWorkersBefore(text, at)) return 'service-providers';
  }
  return rule.kind;
}

/** Who "them" / "these providers" are: the purpose after it says (advertising, work for the
 *  provider), or else the recipient the sentence before named last. */
export function antecedent(ctx: ReadContext, i: number, text: string, end: number): ShareItem | null {
  const after = text.slice(end, end + 140);
  if (AD_PURPOSE.test(after)) return 'advertisers';
  if (WORKS_FOR_US.test(after)) return 'service-providers';
  const j = i - 1;
  if (j < 0 || ctx.sentences[j]?.headingIndex !== ctx.sentences[i]?.headingIndex) return null;
  const previous = ctx.texts[j] ?? '';
  let last: { at: number; item: ShareItem } | null = null;
  let denials: Cue[] | null = null;
  for (const rule of ctx.firing(RULES, j)) {
    if (rule.id === 'share.anaphor') continue;
    for (const m of ctx.matches(rule.pattern, j)) {
      // A party the sentence before says gets nothing is not who "them" are.
      if (denialAt(previous, (denials ??= cuesIn(ctx, j)), m.index)) continue;
      const item = itemOf(rule, previous, m.index, m.index + m[0].length);
      if (item && item !== 'public' && (!last || m.index > last.at)) last = { at: m.index, item };
    }
  }
  return last?.item ?? null;
}
