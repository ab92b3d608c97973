// How to reach them about privacy: email, postal address (any country), phone, a web form or
// contact page, a data-protection officer or privacy team. "Not stated" only after looking for
// every one of them: the answer is the list the policy gives, and the line shows the addresses
// and numbers themselves, the ones offered for privacy questions first.
//
// What is not a way to reach them: a regulator's or dispute body's address, number or site
// ("you can complain to the Data Protection Commission, 21 Fitzwilliam Square…"), a map link,
// a "when you contact us by email or the contact form, we keep your message" sentence (what they
// collect), and an opt-out link (a choice, read by the choices question).
import {
  AUTHORITY_SITE, CONTACT_AS_DATA, CONTACT_LINK, CONTACT_PAGE, CUED_PHONE, CUSTOMER_TEAM, DPO, EMAIL_LINK, FORM_LINK, HIDDEN_EMAIL, INTL_PHONE, INTL_POSTAL,
  NOT_A_PAGE, OPT_OUT_LINK, PRIVACY_ASK, PRIVACY_VALUE, SECURITY_REPORT, TEAM_WITH_ADDRESS, VANITY_PHONE,
} from '../../rules/claims/contact.ts';
import { HOME_PAGE } from '../../rules/claims/rights.ts';
import { CHANNEL_RULES } from '../../rules/facts/channels.ts';
import { HIDDEN_EMAIL as HIDDEN_ADDRESS } from '../facts/channels.ts';
import { addressSpans, authorityAt, extractContact } from '../facts/contact.ts';
import { allMatches } from '../facts/evidence.ts';
import { AnswerBuilder, notStated } from './answer.ts';
import {
  ASKS, CONTACT_HEADING, DIGIT, HIDDEN, HOST, LINK_WORD, PAGE, PHONE_WORD, PLUS, REQUEST, Sentences, SLASH, TEAM,
} from './contact-sentences.ts';
import type { ReadContext } from './context.ts';
import type { QuestionModule } from './module.ts';
import type { Answer, Claims, YesOnly } from './types.ts';

type Route = keyof Claims['contact'];

/** One way to reach them, where it is written. */
interface Found {
  value: string;
  /** Sentences naming it; the first is where it is offered. */
  sentences: number[];
  ruleIds: string[];
  /** Higher is shown first: offered for privacy questions (2), in a contact sentence (1), else 0. */
  weight: number;
  /** Shown only when nothing more concrete is found for the route (a "by email" link). */
  fallback?: boolean;
}

const WEB_FORM_RULE = CHANNEL_RULES.find((r) => r.kind === 'web-form');
/** A web address without "http" or "www": "apple.com/legal/privacy/contact". */
const BARE_URL = /\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|org|net|io|co|ie|uk|de|fr|eu|nl|be|ch|at|se|no|dk|fi|es|it|pt|pl|ca|au|gov|edu|app|me|tv)\/[\w/.%?=&#-]*[\w/]/i;
/** A privacy or help site named by its host alone: "submit your request through privacy.example.com". */
const PORTAL_HOST = /(?<![\w.@/-])(?:privacy|privacyportal|dsar|requests?|help|support)\.[a-z0-9-]+\.(?:com|org|net|io|ai|co|eu|de|fr|uk|ie)\b(?![\w/@-])/i;
const CONTACT_SECTION = /\bcontact|\breach (?:us|out)\b|\bget in touch\b|\bquestions\b/i;
/** "exercise your rights": a sentence about making requests. */
const EXERCISE = /\bexercis\w* (?:your|these|those|any|such|the|this|that)\b/i;

/** "by email" as a whole line is at most this long. */
const LINK_LINE_MAX = 30;


/** Where `value` is written in sentence `i` (case-insensitive), 0 when not found. */
function positionOf(ctx: ReadContext, i: number, value: string): number {
  const at = (ctx.texts[i] ?? '').toLowerCase().indexOf(value.toLowerCase());
  return at < 0 ? 0 : at;
}

/** The route is the provider's: not a regulator's, in any sentence that names it. */
function theirs(ctx: ReadContext, sentences: readonly number[], value: string): number[] {
  return sentences.filter((i) => !authorityAt(ctx, i, positionOf(ctx, i, value)));
}

/** The earliest sentence (a loop: spreading a page's worth of indexes into Math.min overflows the stack). */
function first(sentences: readonly number[]): number {
  let min = Infinity;
  for (const s of sentences) if (s < min) min = s;
  return min;
}

class Routes {
  private readonly found = new Map<Route, Map<string, Found>>();
  /** Each route's sentences as a set: "Email us." on every line of a long page stays linear. */
  private readonly seen = new Map<Found, Set<number>>();

  add(route: Route, value: string, sentences: readonly number[], ruleId: string, weight: number, fallback = false): void {
    if (sentences.length === 0) return;
    let byValue = this.found.get(route);
    if (!byValue) {
      byValue = new Map();
      this.found.set(route, byValue);
    }
    const key = route === 'phone' ? value.replace(/[^\dA-Z]/gi, '').replace(/^1(?=\d{10}$)/, '') : value.toLowerCase().replace(/\s+/g, ' ');
    const had = byValue.get(key);
    if (had) {
      let seen = this.seen.get(had);
      if (!seen) {
        seen = new Set(had.sentences);
        this.seen.set(had, seen);
      }
      for (const s of sentences) {
        if (seen.has(s)) continue;
        seen.add(s);
        had.sentences.push(s);
      }
      if (!had.ruleIds.includes(ruleId)) had.ruleIds.push(ruleId);
      had.weight = Math.max(had.weight, weight);
      had.fallback = had.fallback === true && fallback;
    } else byValue.set(key, { value: tidy(value), sentences: [...sentences], ruleIds: [ruleId], weight, fallback });
  }

  has(route: Route): boolean {
    return (this.found.get(route)?.size ?? 0) > 0;
  }

  hasConcrete(route: Route): boolean {
    return [...(this.found.get(route)?.values() ?? [])].some((f) => f.fallback !== true);
  }

  /** The provider's own web domain: the one most of its email and web addresses use. */
  private ownDomain(): string | undefined {
    const counts = new Map<string, number>();
    for (const route of ['email', 'form'] as const) {
      for (const f of this.found.get(route)?.values() ?? []) {
        const domain = domainOf(f.value);
        // Each address or link counts once: one address repeated fifty times is one vendor's.
        if (domain !== undefined) counts.set(domain, (counts.get(domain) ?? 0) + 1);
      }
    }
    let best: string | undefined;
    for (const [domain, n] of counts) if (best === undefined || n > (counts.get(best) ?? 0)) best = domain;
    return best;
  }

  answer(route: Route, own = this.ownDomain()): Answer<YesOnly> {
    const all = [...(this.found.get(route)?.values() ?? [])];
    if (all.length === 0) return notStated<YesOnly>();
    // A fallback (a "by email" link) is shown only when nothing concrete is; an address that
    // is part of a longer one found too is dropped.
    const concrete = all.filter((f) => f.fallback !== true);
    const bare = (f: Found): string => f.value.toLowerCase().replace(/^the /, '');
    const kept = (concrete.length > 0 ? concrete : all).filter((f, _, list) => !list.some((g) => g !== f && bare(g).length > bare(f).length && bare(g).includes(bare(f))));
    // Offered for privacy questions, about privacy, at their own domain: shown first.
    const rank = (f: Found): number => f.weight < 0 ? f.weight : f.weight + (PRIVACY_VALUE.test(f.value) ? 1 : 0) + (own !== undefined && domainOf(f.value) === own ? 1 : 0);
    kept.sort((a, b) => rank(b) - rank(a) || b.sentences.length - a.sentences.length || first(a.sentences) - first(b.sentences));
    const builder = new AnswerBuilder<YesOnly>('yes');
    for (const f of kept) builder.cite(f.sentences[0] ?? 0, f.ruleIds[0]).detail(f.value, f.sentences);
    for (const f of all) for (const id of f.ruleIds) builder.citeAll(f.sentences, id);
    return builder.build();
  }
}

export function readContact(ctx: ReadContext): Claims['contact'] {
  const found = extractContact(ctx);
  const routes = new Routes();
  const at = new Sentences(ctx);

  // Emails and phone numbers are ways to reach them wherever they are written, unless a
  // regulator's.
  for (const e of found.emails) {
    // Hidden and spelt-out addresses are read below, in the form a person can use.
    if (e.value === HIDDEN_ADDRESS || /[[(]\s?at\s?[\])]/i.test(e.value)) continue;
    const mine = theirs(ctx, e.evidence, e.value);
    if (!/@example\.(?:com|org|net)$/i.test(e.value)) routes.add('email', e.value, at.offered(mine), 'channel.email', at.best(mine));
  }
  for (const p of found.phones.filter((x) => x.plausible)) {
    const mine = theirs(ctx, p.evidence, p.value);
    routes.add('phone', p.value, at.offered(mine), 'channel.phone', at.best(mine));
  }
  for (const a of found.postal) {
    const mine = theirs(ctx, a.evidence, a.value);
    routes.add('postal', a.value, at.offered(mine), 'channel.postal', at.best(mine));
  }
  for (const a of addressSpans(ctx)) {
    // Whose address: read at its end, so that a name opening it ("the Data Protection
    // Commission, 21 … Square") counts.
    if (authorityAt(ctx, a.evidence[a.evidence.length - 1] ?? 0, a.end)) continue;
    routes.add('postal', a.value, a.evidence, INTL_POSTAL.id, at.best(a.evidence));
  }
  for (const o of found.officers) {
    const mine = theirs(ctx, o.evidence, o.value);
    routes.add('dpo', o.value, at.offered(mine), 'channel.officer', at.best(mine));
  }
  ctx.texts.forEach((text, i) => readSentence(ctx, at, routes, text, i));
  // Web forms and links in sentences that invite contact or requests.
  for (const f of [...found.webForms, ...found.urls]) {
    if (NOT_A_PAGE.test(f.value) || OPT_OUT_LINK.test(f.value) || AUTHORITY_SITE.test(f.value) || HOME_PAGE.test(f.value)) continue;
    const team = /\bteam$/i.test(f.value);
    const mine = theirs(ctx, f.evidence, f.value.replace(/^the /, '')).filter((i) => !CONTACT_AS_DATA.test(ctx.texts[i] ?? '') && !SECURITY_REPORT.test(ctx.texts[i] ?? '') && !(team && TEAM_WITH_ADDRESS.test(ctx.texts[i] ?? '')));
    routes.add('form', f.value, at.offered(mine), WEB_FORM_RULE && !/^(?:https?:|www\.)/i.test(f.value) ? WEB_FORM_RULE.id : 'channel.url', at.best(mine));
  }
  // "If you have questions about this policy, you can contact us." with no address anywhere,
  // in the section on how to contact them: on the page those words are the link to their
  // contact page. Elsewhere ("If your child gave us data, please contact us.") they may be
  // plain words of a template with no link behind them.
  if (!routes.hasConcrete('email') && !routes.has('form')) {
    ctx.texts.forEach((text, i) => {
      const m = /contact|reach/i.test(text) && CONTACT_SECTION.test(ctx.heading(i)) ? allMatches(CONTACT_LINK.pattern, text)[0] : undefined;
      if (!m || !PRIVACY_ASK.test(text) || CONTACT_AS_DATA.test(text) || authorityAt(ctx, i, m.index)) return;
      if (/\b(?:below|above|section|details|at|by|via|using|through)\b/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 40))) return;
      routes.add('form', 'the "contact us" link in the policy', [i], CONTACT_LINK.id, at.weight(i));
    });
  }
  return { email: routes.answer('email'), postal: routes.answer('postal'), phone: routes.answer('phone'), form: routes.answer('form'), dpo: routes.answer('dpo') };
}

/** The routes written in one sentence that the channel finder does not read: numbers outside
 *  North America, hidden email addresses, "by email" links, officers, contact pages and portals. */
function readSentence(ctx: ReadContext, at: Sentences, routes: Routes, text: string, i: number): void {
  const dpo = ctx.matches(DPO.pattern, i)[0];
  if (dpo && (at.inviting(i) || /@|contact|reach|appointed|designated/i.test(text)) && !authorityAt(ctx, i, dpo.index)) routes.add('dpo', dpo[0], [i], DPO.id, at.weight(i));
  // Each route below runs only on sentences with the words it needs (Sentences.has).
  for (const [rule, needs] of [[INTL_PHONE, PLUS], [CUED_PHONE, PHONE_WORD], [VANITY_PHONE, DIGIT]] as const) {
    if (!at.has(i, DIGIT) || !at.has(i, needs)) continue;
    for (const m of allMatches(rule.pattern, text)) {
      const number = (m[1] ?? m[0]).trim();
      const count = number.replace(/\D/g, '').length;
      if ((rule !== VANITY_PHONE && (count < 7 || count > 15)) || authorityAt(ctx, i, m.index)) continue;
      routes.add('phone', number, [i], rule.id, at.weight(i));
    }
  }
  // Hidden addresses: "[email protected]" (the page shows the address) and "name (at) host".
  if (at.has(i, HIDDEN)) {
    for (const m of allMatches(HIDDEN_EMAIL.pattern, text)) {
      if (authorityAt(ctx, i, m.index)) continue;
      const spelt = /^([\w.+-]+)\s?[[(]\s?at\s?[\])]\s?(.+)$/i.exec(m[0]);
      const value = spelt ? `${spelt[1] ?? ''}@${(spelt[2] ?? '').replace(/\s?[[(]\s?dot\s?[\])]\s?/gi, '.').replace(/\s/g, '')}` : 'the address shown on the policy page';
      // The hidden address is shown only when no address is written out.
      routes.add('email', value, [i], HIDDEN_EMAIL.id, spelt ? at.weight(i) : -1);
    }
  }
  if (text.length <= LINK_LINE_MAX && EMAIL_LINK.pattern.test(text.trim()) && (at.inviting(Math.max(0, i - 1)) || CONTACT_HEADING.test(ctx.heading(i)) || DPO.pattern.test(ctx.texts[i - 1] ?? ''))) {
    if (!authorityAt(ctx, i, 0)) routes.add('email', 'the "by email" link in the policy', [i], EMAIL_LINK.id, 1, true);
  }
  if (!at.has(i, PAGE | TEAM | ASKS | SLASH | LINK_WORD | HOST) || CONTACT_AS_DATA.test(text) || SECURITY_REPORT.test(text)) return;
  const host = at.has(i, HOST) && (at.inviting(i) || REQUEST.test(text) || EXERCISE.test(text)) ? PORTAL_HOST.exec(text) : null;
  if (host && !authorityAt(ctx, i, host.index) && !AUTHORITY_SITE.test(host[0]) && !OPT_OUT_LINK.test(text)) routes.add('form', host[0], [i], 'channel.url', at.weight(i));
  // "… using the 'Submit a request' link here", "please use this form": the words are the link.
  const link = at.has(i, LINK_WORD) && (at.inviting(i) || REQUEST.test(text) || EXERCISE.test(text)) ? allMatches(FORM_LINK.pattern, text)[0] : undefined;
  if (link && !authorityAt(ctx, i, link.index) && !OPT_OUT_LINK.test(text)) routes.add('form', 'the request link in the policy', [i], FORM_LINK.id, at.weight(i));
  const page = at.has(i, PAGE) ? allMatches(CONTACT_PAGE.pattern, text)[0] : undefined;
  if (page && at.inviting(i) && !authorityAt(ctx, i, page.index) && !OPT_OUT_LINK.test(page[0])) routes.add('form', pageName(page[0]), [i], CONTACT_PAGE.id, at.weight(i));
  const team = at.has(i, TEAM) ? allMatches(CUSTOMER_TEAM.pattern, text)[0] : undefined;
  if (team && at.inviting(i) && PRIVACY_ASK.test(text) && !authorityAt(ctx, i, team.index)) {
    routes.add('form', `${team[0].replace(/^contact(?:ing)? (?:our |the )?/i, '')} (linked in the policy)`, [i], CUSTOMER_TEAM.id, at.weight(i));
  }
  if (at.has(i, SLASH) && at.inviting(i)) {
    for (const bare of allMatches(BARE_URL, text)) {
      if (/@/.test(text.slice(Math.max(0, bare.index - 1), bare.index)) || authorityAt(ctx, i, bare.index) || NOT_A_PAGE.test(bare[0]) || AUTHORITY_SITE.test(bare[0])) continue;
      routes.add('form', bare[0], [i], 'channel.url', at.weight(i));
    }
  }
  // A privacy portal or help centre named in a sentence about making requests, even one that
  // does not say "contact": "make requests … through our Privacy Center".
  if (WEB_FORM_RULE && at.has(i, ASKS) && REQUEST.test(text)) {
    for (const m of ctx.matches(WEB_FORM_RULE.pattern, i)) {
      if (OPT_OUT_LINK.test(m[0]) || /click here/i.test(m[0]) || authorityAt(ctx, i, m.index)) continue;
      routes.add('form', pageName(m[0]), [i], WEB_FORM_RULE.id, at.weight(i));
    }
  }
}

/** "our Support Portal" → "the Support Portal"; "contact us online" → "their online contact page". */
function pageName(matched: string): string {
  if (/\bonline$/i.test(matched)) return 'the online contact page';
  const submit = /\b(?:our|the) ([\w -]+)$/i.exec(matched);
  return `the ${(submit?.[1] ?? matched).trim()}`;
}

/** The last two labels of the host of an email or web address ("privacy@mail.example.com" →
 *  "example.com"); undefined for other values. */
function domainOf(value: string): string | undefined {
  const host = /@([\w.-]+)$/.exec(value)?.[1] ?? /^(?:https?:\/\/)?([\w-]+(?:\.[\w-]+)+)(?:[/?#]|$)/i.exec(value)?.[1];
  return host?.toLowerCase().split('.').slice(-2).join('.');
}

/** A value as a person reads it: no markdown link brackets, single spaces. */
function tidy(value: string): string {
  return value.replace(/\]\([^)]*\)/g, '').replace(/[[\]*]/g, '').replace(/\s+/g, ' ').trim().replace(/[.,;:]+$/, '');
}

/** Any way to reach them at all. */
export function anyContact(claim: Claims['contact']): boolean {
  return (Object.values(claim) as Answer<YesOnly>[]).some((a) => a.value === 'yes');
}

const ROUTE_NAMES: Readonly<Record<Route, string>> = { email: 'Email', postal: 'Post', phone: 'Phone', form: 'Web', dpo: 'Privacy officer' };
/** How many of each route's details the line shows. */
const SHOWN: Readonly<Record<Route, number>> = { email: 2, form: 2, phone: 2, postal: 1, dpo: 1 };

export const contactQuestion: QuestionModule<'contact'> = {
  id: 'contact',
  heading: 'How to reach them',
  read: readContact,
  lines: (claim) => {
    const given = (['email', 'form', 'phone', 'postal', 'dpo'] as const).filter((r) => claim[r].value === 'yes');
    if (given.length === 0) return [{ id: 'contact.not-stated', question: 'contact', text: 'The policy gives no email, address, phone number or form for privacy questions.', flag: 'caution', evidence: [] }];
    const parts = given.flatMap((r) => {
      const values = claim[r].details.slice(0, SHOWN[r]).map((d) => d.text);
      return values.length > 0 ? [`${ROUTE_NAMES[r]}: ${values.join(', ')}`] : [];
    });
    return [{ id: 'contact.routes', question: 'contact', text: `${parts.join('; ')}.`, flag: 'good', evidence: given.flatMap((r) => claim[r].evidence.slice(0, 2)) }];
  },
  items: {
    email: { yes: { says: 'gives an email address', rank: 1 }, 'not-stated': { says: 'gives no email address', rank: 0 } },
    postal: { yes: { says: 'gives a postal address', rank: 1 }, 'not-stated': { says: 'gives no postal address', rank: 0 } },
    phone: { yes: { says: 'gives a phone number', rank: 1 }, 'not-stated': { says: 'gives no phone number', rank: 0 } },
    form: { yes: { says: 'gives a web form or contact page', rank: 1 }, 'not-stated': { says: 'gives no web form', rank: 0 } },
    dpo: { yes: { says: 'names a privacy officer or team', rank: 1 }, 'not-stated': { says: 'names no privacy officer', rank: 0 } },
  },
  detailItems: ['email', 'postal', 'phone'],
};
