// What you can ask for: see, delete, correct or take a copy of your data, and how to ask
// (email, form, settings, post, phone); who gets extra rights (California, the EU, other
// states); identity checks, a response time, no penalty for asking.
//
// A right counts in a sentence about rights: the User Access label, the rights wording (a right
// named outright: "the right of access", "Art. 15 GDPR"), a list under "you have the right to:",
// or a request in a rights section; unless its clause denies it ("you cannot delete") or others
// do it ("third parties may access"). Rights in rights wording are cited before those read only
// from the label or the section. A right given to parents over their child's data still counts (as
// one for some people), cited after the others.
//
// How to ask (the guide's clarification 5): the channels a request sentence names (its own
// addresses, or words: "by phone", "write to us", "complete this form"); what you can do
// yourself ("you can delete your account": settings); "you can also …" sentences after a
// request; and, when the rights passage sends you to "contact us" without an address, the
// contact section's email, form and phone, and its postal address when offered to write to.
// Channels for complaints to a regulator do not count.
import {
  RIGHT_RULES, RIGHTS_CONTEXT, RIGHTS_EXERCISE, RIGHTS_GENERIC, RIGHTS_RESPONSE_TIME, RIGHTS_VERIFICATION,
} from '../../rules/facts/rights.ts';
import { REGION_RULES } from '../../rules/facts/audiences.ts';
import {
  ACCESS_TAKEN_AWAY, ALSO_WAY, COMPLAINT_ONLY, GIVEN_ACCESS_BEFORE, HOME_PAGE, SINGLE_POINTER, CONTACT_INVITE, COOKIE_OBJECT, CONTACT_REFERRAL, EXTRA_RIGHT_RULES, HOW_OF_CHANNEL, HOW_WORD_RULES, IDENTIFIES_ONLY, NOT_SELF, NOT_YOUR_DATA, OTHER_REQUEST, REFERS_ON, REQUEST_CUE, WAY_LINE,
  RIGHT_NAMED, RIGHTS_CONTEXT_MORE, RIGHTS_HEADING, RIGHTS_LEAD_IN, SELF_SERVICE, SETTINGS_PLACE, type HowKind,
} from '../../rules/claims/rights.ts';
import { CONTACT_AS_DATA, CONTACT_LINK, CUED_PHONE, CUSTOMER_TEAM, INTL_PHONE, NOT_A_PAGE, SECURITY_REPORT, TEAM_WITH_ADDRESS } from '../../rules/claims/contact.ts';
import { channelsIn, channelsNear, HIDDEN_EMAIL } from '../facts/channels.ts';
import { addressSpans, authorityAt } from '../facts/contact.ts';
import { allMatches } from '../facts/evidence.ts';
import type { Channel } from '../facts/types.ts';
import { AnswerBuilder, yesIf } from './answer.ts';
import type { ReadContext } from './context.ts';
import type { QuestionModule } from './module.ts';
import { listJoin } from './words.ts';
import { RIGHT_ITEMS, type Answer, type Claims, type Detail, type RightItem, type Stated, type YesNo, type YesOnly } from './types.ts';

const RULES = [...RIGHT_RULES, ...EXTRA_RIGHT_RULES];
const REGION_NAMES: Readonly<Record<string, string>> = {
  'california-ccpa': 'California', 'california-shine-the-light': 'California', california: 'California', eu: 'the EU and UK', 'other-us-states': 'other US states',
};
/** How many sentences after "you have the right to:" are read as its list. */
const LIST_SPAN = 10;
/** A line this long after "contact us at:" is prose unless it starts as a way (WAY_LINE). */
const PROSE_LINE = 80;
/** How far after a request a "you can also …" sentence still adds a way to it. */
const ALSO_SPAN = 3;

/** A way to make a request: its kind, what the policy gives (an address, a place, a phrase), and
 *  the sentences naming it (the request first). */
interface HowItem {
  kind: HowKind;
  text: string;
  evidence: number[];
}

interface Way {
  items: RightItem[] | 'all';
  how: HowItem[];
  /** 0: a sentence on making a request or using a right; 1: one that names a way in passing.
   *  The first are cited first. */
  rank: number;
}

/** Someone else does it: "third parties may access", unless rights wording names the person
 *  before the match ("organizations and users of our Services have the ability to review"). */
function byOthers(ctx: ReadContext, i: number, at: number, actor: string): boolean {
  if (actor !== 'others') return false;
  const text = ctx.texts[i] ?? '';
  // "Most of our services allow you to change your profile": you do it.
  if (/\b(?:allows?|lets?|enables?|permits?) (?:you|users|members|customers) to (?:\w+ )?$/i.test(text.slice(Math.max(0, at - 40), at))) return false;
  if (!has(ctx, RIGHTS_CONTEXT_MORE.pattern, i)) return true;
  const before = text.slice(Math.max(0, at - 100), at);
  return !/\b(?:you|users?|customers?|members?|consumers?|individuals?|parents?|data subjects?)\b/i.test(before.slice(before.search(/[^.;]*$/)));
}

/** The provider does it to your data: "we reserve the right to access … your information",
 *  "we use cookies to access your information" (not "we give you access", not "request that we
 *  delete"). */
function byUs(text: string, at: number, objectOfRight: boolean): boolean {
  const before = text.slice(0, at);
  if (/\b(?:(?:reserves?|retains?)|[Ww]e (?:also )?have) the right to\s*$/.test(before)) return true;
  if (objectOfRight) return false;
  if (/\b(?:if you|at your request|upon (?:your )?request|on request|you (?:may|can) (?:ask|request))\b/i.test(before)) return false;
  // An item of a list of rights: "the right to (i) request access …; (ii) … that we hold; (iii)
  // request deletion".
  if (/\b(?:the|your|a|these) rights? to\b|\brights (?:available )?(?:may )?include\b/i.test(before) && /;\s*(?:\(?[ivx\d]{1,4}[.)]\s*)?(?:request|ask|obtain|to)\b[^;]*$/i.test(before)) return false;
  const we = before.search(/\bwe\b(?![^]*\bwe\b)/i);
  if (we < 0) return false;
  // The person named in an earlier item of a list ("… you enter; (b) to access your
  // information") is not the one acting in this one.
  const since = before.slice(we);
  const clause = since.slice(since.lastIndexOf(';') + 1);
  return !/\b(?:you|users?|customers?|members?|consumers?|individuals?|parents?)\b|\byour (?:ability|right|rights|choice|request)\b/i.test(clause);
}

/** "You can delete Flash cookies in the add-on's settings": cookies, not your data. */
function aboutCookies(text: string, end: number): boolean {
  const after = text.slice(end, end + 80).split(/[.;]/)[0] ?? '';
  return COOKIE_OBJECT.test(after) && !/\b(?:account|profile|personal (?:data|information))\b/i.test(after);
}

/** Does the sentence end with a colon ("contact us at:")? Cheaper than /:\s*$/ on every one. */
function endsWithColon(text: string): boolean {
  let k = text.length - 1;
  while (k >= 0 && (text[k] === ' ' || text[k] === '\n')) k--;
  return text[k] === ':';
}

/** A sentence pointing to the lines after it without a colon (POINTS_AHEAD's other wordings). */
const LEADS_ON = /\b(?:following|below) (?:address|ways|methods|means|contact)|\bcontact us in \w+ ways|\bor(?: by mail to)?$/i;

/** Cheap look for LEADS_ON's words before running it. */
function mayLeadOn(text: string): boolean {
  return text.includes('ollowing') || text.includes('below') || text.includes(' ways') || text.endsWith('or');
}

/** A quick look for any way named in words (HOW_WORD_RULES), before running them. */
const HOW_WORD_ANY = /\b(?:phone|call|mail|post|writ|letter|form|here|online|toll)/i;

/** Where the lines after "contact us at:" (sentence `lead`) stop being its list: a complaint,
 *  or prose past the first line ("As explained above, you may … by email@example.com") that
 *  is not itself a way ("Contact us via our toll-free line: …"). */
function endsLines(ctx: ReadContext, lead: number, j: number): boolean {
  const text = ctx.texts[j] ?? '';
  if (COMPLAINT_ONLY.test(text)) return true;
  return j > lead + 1 && text.length >= PROSE_LINE && !(ctx.sentences[j]?.text.includes('\n') ?? false) && !WAY_LINE.test(text);
}

/** Words one of which rights wording (RIGHTS_CONTEXT_MORE, RIGHT_NAMED) always has. */
const RIGHTS_WORDS = /[Rr]ight|[Rr]equest|[Aa]bilit|[Oo]ption|[Oo]pportun|[Pp]ortable|\b[Aa]rt|RIGHT|REQUEST/;

/** Does the pattern match sentence `i`? Each pattern runs at most once per sentence. */
function has(ctx: ReadContext, pattern: RegExp, i: number): boolean {
  const cache = ctx.memo('rights.tests', () => new Map<RegExp, Int8Array>());
  let seen = cache.get(pattern);
  if (!seen) cache.set(pattern, (seen = new Int8Array(ctx.texts.length)));
  // ctx.test first: it skips the regex on sentences without the pattern's words (the anchor
  // index); the module's own look for words after it, which keeps the answers as they were.
  if (seen[i] === 0) seen[i] = ctx.test(pattern, i) && (PREFILTER.get(pattern)?.test(ctx.texts[i] ?? '') ?? true) ? 1 : 2;
  return seen[i] === 1;
}

/** Words the module asks for beside a pattern's own. */
const PREFILTER = new Map<RegExp, RegExp>([
  [REQUEST_CUE.pattern, /[Rr]equest|[Ee]xercis|[Aa]sk us|[Dd]o (?:so|this)|[Uu]se (?:your|these|this) right|REQUEST|EXERCIS/],
  [SETTINGS_PLACE.pattern, /ccount|etting|rofile|ashboard|[Aa]pp\b|hannels|›|>/],
]);

/** The sentences read as being about rights, and which of them in rights wording (not only the
 *  label or the section). */
function rightsSentences(ctx: ReadContext): { about: boolean[]; worded: boolean[] } {
  const n = ctx.texts.length;
  const about = new Array<boolean>(n).fill(false);
  const worded = new Array<boolean>(n).fill(false);
  const rightsHeading = new Map<number, boolean>();
  let listLeft = 0;
  for (let i = 0; i < n; i++) {
    const text = ctx.texts[i] ?? '';
    const sentence = ctx.sentences[i];
    const heading = sentence?.isHeading ?? false;
    const colon = endsWithColon(text);
    const leadIn = colon && has(ctx, RIGHTS_LEAD_IN.pattern, i);
    if (heading && !RIGHTS_HEADING.test(text)) listLeft = 0;
    else if (!heading && listLeft > 0 && !leadIn && colon) listLeft = 0;
    const wordy = ctx.test(RIGHTS_CONTEXT.pattern, i) || ((has(ctx, RIGHTS_CONTEXT_MORE.pattern, i) || has(ctx, RIGHT_NAMED.pattern, i)) && RIGHTS_WORDS.test(text));
    const inList = listLeft > 0;
    if (listLeft > 0) listLeft--;
    if (leadIn) listLeft = LIST_SPAN;
    const h = sentence?.headingIndex;
    let underRights = false;
    if (h !== undefined) {
      underRights = rightsHeading.get(h) ?? RIGHTS_HEADING.test(ctx.texts[h] ?? '');
      rightsHeading.set(h, underRights);
    }
    const inSection = underRights && !wordy && !inList && (has(ctx, REQUEST_CUE.pattern, i) || has(ctx, SELF_SERVICE.pattern, i));
    worded[i] = wordy || inList;
    about[i] = worded[i] || inSection || ctx.hasLabel(i, 'User Access, Edit and Deletion');
  }
  return { about, worded };
}

/** The contact section's ways, for a rights passage that says "contact us": email, form and
 *  phone wherever the policy invites contact, a postal address when offered to write to. */
export function contactWays(ctx: ReadContext): HowItem[] {
  return ctx.memo('rights.contact-ways', () => {
    const found = new Map<string, HowItem>();
    const add = (kind: HowKind, text: string, evidence: readonly number[]): void => {
      const key = `${kind} ${text.toLowerCase()}`;
      const item = found.get(key) ?? { kind, text, evidence: [] };
      for (const e of evidence) if (!item.evidence.includes(e)) item.evidence.push(e);
      found.set(key, item);
    };
    let contactHeadingAt = -1;
    ctx.texts.forEach((text, i) => {
      if (text.length < 40 && /^(?:\d+\.?\s*)?(?:how (?:to|can you) )?(?:contact(?:ing)?|reach(?:ing)?) (?:us|information|details)\b|^questions\b/i.test(text)) contactHeadingAt = i;
      // Only lines with a channel, or leading to one, can give one (channels are read once per
      // policy and shared with the contact question).
      if (channelsIn(ctx, i).length === 0 && !endsWithColon(text) && !HOW_WORD_ANY.test(text) && !(mayLeadOn(text) && LEADS_ON.test(text))) return;
      // A sentence on opting out gives that choice's channels, not the contact section's.
      const underHeading = /\bcontact|\breach us\b|\bget in touch\b/i.test(ctx.heading(i)) || (contactHeadingAt >= 0 && i - contactHeadingAt <= 4);
      const invites = underHeading || ctx.hasLabel(i, 'Privacy contact information') || (CONTACT_INVITE.test(text) && !OTHER_REQUEST.test(text));
      // A place to report security flaws ("found a vulnerability? get in touch …") is not one.
      if (!invites || COMPLAINT_ONLY.test(text) || SECURITY_REPORT.test(text)) return;
      const near = channelsNear(ctx, i, (j) => endsLines(ctx, i, j));
      // An address is offered to write to when the line (or the one leading to it) says so.
      const writeTo = ctx.firing(HOW_WORD_RULES, i).some((r) => r.kind === 'postal') || /\b(?:write|mail|post)\b/i.test(text) || endsWithColon(text);
      for (const c of near.channels) {
        const kind = HOW_OF_CHANNEL[c.kind];
        if (!kind || kind === 'settings' || HOME_PAGE.test(c.value) || NOT_A_PAGE.test(c.value)) continue;
        if (kind === 'postal' && (!writeTo || IDENTIFIES_ONLY.test(text))) continue;
        add(kind, c.value, near.evidence);
      }
      // Numbers outside North America and addresses in any country, which the channel rules
      // do not read: in the line and the short lines it leads to.
      for (const w of worldWays(ctx, i)) {
        if (w.kind === 'postal' && (!writeTo || IDENTIFIES_ONLY.test(text))) continue;
        // A number the channel rules found already, written the same.
        if (w.kind === 'phone' && [...found.values()].some((f) => f.kind === 'phone' && f.text.replace(/\D/g, '').endsWith(w.text.replace(/\D/g, '').slice(-9)))) continue;
        add(w.kind, w.text, w.evidence);
      }
      for (const rule of ctx.firing(HOW_WORD_RULES, i)) if (rule.kind !== 'settings') add(rule.kind, rule.name, [i]);
    });
    return [...found.values()];
  });
}

/** How many short lines after "contact us at:" are read as its list. */
const LINES_AHEAD = 8;
/** A line longer than this is prose or a table run together, not an address line. */
const WORLD_LINE_MAX = 250;

/** Phone numbers with a country code or after "phone:", and postal addresses in any country, in
 *  line `i` and the short lines it leads to ("… contact details:" / "Phone: 020 …"); not a
 *  regulator's. */
function worldWays(ctx: ReadContext, i: number): HowItem[] {
  const text = ctx.texts[i] ?? '';
  const lines = [i];
  if (endsWithColon(text) || (mayLeadOn(text) && LEADS_ON.test(text))) {
    for (let j = i + 1; j < ctx.texts.length && j <= i + LINES_AHEAD; j++) {
      if (ctx.sentences[j]?.isHeading || endsLines(ctx, i, j) || (ctx.texts[j] ?? '').length >= PROSE_LINE * 2) break;
      lines.push(j);
    }
  }
  const out: HowItem[] = [];
  const spans = addressSpans(ctx);
  for (const j of lines) {
    const line = ctx.texts[j] ?? '';
    // A table row run together ("… Ltd. 5 Temasek Boulevard … Contact Online for Privacy
    // queries Pursuant to …") does not say whose address is for what.
    if (!/\d/.test(line) || line.length > WORLD_LINE_MAX) continue;
    for (const rule of [INTL_PHONE, CUED_PHONE]) {
      for (const m of allMatches(rule.pattern, line)) {
        const number = (m[1] ?? m[0]).trim();
        const digits = number.replace(/\D/g, '').length;
        if (digits >= 7 && digits <= 15 && !authorityAt(ctx, j, m.index)) out.push({ kind: 'phone', text: number, evidence: [i, j] });
      }
    }
    for (const a of spans) {
      if (a.evidence[a.evidence.length - 1] === j && !authorityAt(ctx, j, a.end)) out.push({ kind: 'postal', text: a.value, evidence: [i, ...a.evidence] });
    }
  }
  return out;
}

/** A "contact us" that names no address of its own ("contact us at x@y.z" does). */
function refersToContact(text: string): boolean {
  const m = CONTACT_REFERRAL.pattern.exec(text);
  if (m === null) return false;
  // "This policy explains how to contact us": a description, not a referral.
  if (/\bhow to\s*$/i.test(text.slice(0, m.index))) return false;
  const after = text.slice(m.index + m[0].length);
  // "contact us using the details above to appeal our decision": for appeals only.
  if (COMPLAINT_ONLY.test(after.slice(0, 80))) return false;
  return !/^\s*(?:at|via|by|on|through|using|here|online|:)(?:\s|$|[.,;:!])/i.test(after) || REFERS_ON.test(after);
}

/** The one kind of way a referral points to: "contact us at the email address below", "call us
 *  at the number listed in Contact Us" (the guide's clarification 14). "The address below" may
 *  be any of the contact details: no single kind. */
function pointedKind(text: string): HowKind | undefined {
  const m = SINGLE_POINTER.exec(text);
  if (!m) return undefined;
  const word = (m[1] ?? '').toLowerCase();
  return /mail/.test(word) ? 'email' : /form/.test(word) ? 'form' : 'phone';
}

/** The place in the service the sentence names ("your account settings" → "account settings"). */
function placeOf(ctx: ReadContext, i: number): string | undefined {
  const m = ctx.matches(SETTINGS_PLACE.pattern, i)[0]?.[0];
  return m?.replace(/^(?:in|through|via|using|under)\s+/i, '').replace(/^(?:your|the|our)\s+/i, '').replace(/\s*[>›]$/, '');
}

/** The ways sentence `i` names for a request, with what it says in words. */
export function waysIn(ctx: ReadContext, i: number, granted: readonly RightItem[]): HowItem[] {
  const text = ctx.texts[i] ?? '';
  const how: HowItem[] = [];
  const near = channelsNear(ctx, i, (j) => endsLines(ctx, i, j));
  // "We may collect what you send in communications with our support team": a team or form
  // named as where they collect data is not offered to ask through.
  const asData = CONTACT_AS_DATA.test(text);
  const own = near.channels.filter((c: Channel) => HOW_OF_CHANNEL[c.kind] !== undefined && !HOME_PAGE.test(c.value) && !NOT_A_PAGE.test(c.value) && !(c.kind === 'web-form' && (asData || (/\bteam$/i.test(c.value) && TEAM_WITH_ADDRESS.test(text)))));
  for (const c of own) how.push({ kind: HOW_OF_CHANNEL[c.kind] ?? 'form', text: c.value, evidence: near.evidence });
  for (const rule of ctx.firing(HOW_WORD_RULES, i)) how.push({ kind: rule.kind, text: rule.name, evidence: [i] });
  // "by contacting Customer Care": on the page the team's name links to its contact page.
  const team = /\b[Cc]ontact/.test(text) && !asData ? CUSTOMER_TEAM.pattern.exec(text) : null;
  if (team && !how.some((h) => h.kind === 'form')) how.push({ kind: 'form', text: team[0].replace(/^contact(?:ing)? (?:our |the )?/i, ''), evidence: [i] });
  // Not a title such as "How you can access and control your information".
  const title = /^how\b|\?\s*$/i.test(text) || (ctx.sentences[i]?.isHeading ?? false);
  const selfService = !title && has(ctx, SELF_SERVICE.pattern, i) && (!NOT_SELF.test(text) || has(ctx, SETTINGS_PLACE.pattern, i));
  if (selfService && (granted.length > 0 || has(ctx, SETTINGS_PLACE.pattern, i))) {
    how.push({ kind: 'settings', text: placeOf(ctx, i) ?? 'the service itself', evidence: [i] });
  } else if (has(ctx, SETTINGS_PLACE.pattern, i) && has(ctx, REQUEST_CUE.pattern, i)) {
    how.push({ kind: 'settings', text: placeOf(ctx, i) ?? 'settings', evidence: [i] });
  }
  if (!own.some((c) => HOW_OF_CHANNEL[c.kind] !== 'settings') && refersToContact(text)) {
    const only = pointedKind(text);
    // "Find out more and contact us about your rights." in the section on how to reach them, with
    // no address there: on the page the words are the link to their contact page.
    if (contactWays(ctx).length === 0 && /\bcontact|\breach (?:us|out)\b|\bget in touch\b/i.test(ctx.heading(i)) && CONTACT_LINK.pattern.test(text)) {
      how.push({ kind: 'form', text: 'the "contact us" link', evidence: [i] });
    }
    for (const c of contactWays(ctx)) {
      if ((only === undefined || c.kind === only) && !how.some((h) => h.kind === c.kind)) how.push({ ...c, evidence: [i, ...c.evidence.filter((e) => e !== i)] });
    }
  }
  return how;
}

export function readRights(ctx: ReadContext): Claims['rights'] {
  const strong = new Map<RightItem, AnswerBuilder<YesNo>>();
  const weak = new Map<RightItem, AnswerBuilder<YesNo>>();
  const ways: Way[] = [];
  const verification = new AnswerBuilder<YesOnly>('yes');
  const nonDiscrimination = new AnswerBuilder<YesOnly>('yes');
  const response = new AnswerBuilder<Stated>('stated');
  const regions = new AnswerBuilder<Stated>('stated');
  const { about, worded } = rightsSentences(ctx);
  let lastRequest: { at: number; items: RightItem[] | 'all' } | null = null;
  ctx.texts.forEach((text, i) => {
    for (const rule of ctx.firing(REGION_RULES, i)) {
      const name = REGION_NAMES[rule.kind];
      if (name) regions.cite(i, rule.id).detail(name, i);
    }
    if (!about[i]) {
      // "You can also write to us at …" after a request: another way to make it.
      if (lastRequest && i - lastRequest.at <= ALSO_SPAN && ALSO_WAY.test(text) && !COMPLAINT_ONLY.test(text)) {
        const how = waysIn(ctx, i, []);
        if (how.length > 0) ways.push({ items: lastRequest.items, how, rank: 0 });
      }
      return;
    }
    const granted: RightItem[] = [];
    for (const rule of ctx.firing(RULES, i)) {
      if (rule.kind === 'opt-out-sale') continue;
      if (rule.kind === 'non-discrimination') { nonDiscrimination.cite(i, rule.id); continue; }
      const item = rule.kind as RightItem;
      // One reading per right and sentence: a second rule for it only adds its id.
      if (granted.includes(item)) { (worded[i] ? strong : weak).get(item)?.cite(i, rule.id); continue; }
      const m = ctx.matches(rule.pattern, i)[0];
      if (!m) continue;
      const r = ctx.reading(i, m.index, m.index + m[0].length);
      if ((r.negated && !r.objectOfRight) || byOthers(ctx, i, m.index, r.actor) || byUs(text, m.index, r.objectOfRight)) continue;
      if (aboutCookies(text, m.index + m[0].length) || NOT_YOUR_DATA.test(text.slice(m.index + m[0].length))) continue;
      // Access to the service taken away, or people given access to what you share, viewing it.
      if (item === 'access' && (ACCESS_TAKEN_AWAY.test(text.slice(Math.max(0, m.index - 40), m.index)) || GIVEN_ACCESS_BEFORE.test(text.slice(Math.max(0, m.index - 100), m.index)))) continue;
      // Parents' rights over their child's data count when stated as rights.
      if (r.minors && !worded[i]) continue;
      const builders = worded[i] && !r.minors ? strong : weak;
      let b = builders.get(item);
      if (!b) builders.set(item, (b = new AnswerBuilder<YesNo>('yes')));
      b.cite(i, rule.id);
      granted.push(item);
    }
    const complaint = COMPLAINT_ONLY.test(text) && granted.length === 0 && !has(ctx, REQUEST_CUE.pattern, i);
    // Where only the label says rights, an account mentioned in passing ("so you can log into
    // your account") is not a way to make a request.
    const labelOnly = !worded[i] && !has(ctx, REQUEST_CUE.pattern, i) && !has(ctx, SELF_SERVICE.pattern, i);
    const how = complaint ? [] : waysIn(ctx, i, granted).filter((h) => !(labelOnly && h.kind === 'settings'));
    // "To exercise the rights above" is every right; "to suppress or limit our use" another one.
    const generic = ctx.test(RIGHTS_GENERIC.pattern, i) || (/\brights\b/i.test(text) && ctx.test(RIGHTS_EXERCISE.pattern, i))
      || (granted.length === 0 && (ctx.test(RIGHTS_EXERCISE.pattern, i) || has(ctx, REQUEST_CUE.pattern, i)) && !OTHER_REQUEST.test(text));
    const also = lastRequest && i - lastRequest.at <= ALSO_SPAN && ALSO_WAY.test(text) ? lastRequest.items : null;
    const items = generic ? 'all' : granted.length === 0 && also ? also : granted;
    if (how.length > 0) ways.push({ items, how, rank: ctx.test(RIGHTS_EXERCISE.pattern, i) || has(ctx, REQUEST_CUE.pattern, i) ? 0 : 1 });
    if (items === 'all' || items.length > 0) lastRequest = { at: i, items };
    if (ctx.test(RIGHTS_VERIFICATION.pattern, i)) verification.cite(i, RIGHTS_VERIFICATION.id);
    const days = RIGHTS_RESPONSE_TIME.pattern.exec(text)?.groups?.['days'];
    if (days && !response.hasEvidence) response.cite(i, RIGHTS_RESPONSE_TIME.id).detail(`${days} days`, i, { amount: Number(days) });
  });
  // Strong evidence first; a right read only from weak sentences still counts.
  const rights = new Map<RightItem, AnswerBuilder<YesNo>>();
  for (const item of RIGHT_ITEMS) {
    const s = strong.get(item);
    const w = weak.get(item);
    if (!s && !w) continue;
    const b = new AnswerBuilder<YesNo>('yes');
    for (const src of [s, w]) if (src) { const built = src.build(); for (const e of built.evidence) b.cite(e); for (const id of built.ruleIds) b.cite(built.evidence[0] ?? 0, id); }
    rights.set(item, b);
  }
  const how = new AnswerBuilder<Stated>('stated');
  for (const way of [...ways].sort((a, b) => a.rank - b.rank)) {
    const applies = way.items === 'all' ? [...rights.keys()] : way.items.filter((item) => rights.has(item));
    if (applies.length === 0) continue;
    for (const h of way.how) {
      for (const item of applies) rights.get(item)?.citeAll(h.evidence);
      how.citeAll(h.evidence, 'rights.how').detail(h.text, h.evidence, { kind: h.kind });
    }
  }
  const claim = {} as Record<RightItem, Answer<YesNo>>;
  for (const item of RIGHT_ITEMS) claim[item] = yesIf(rights.get(item) ?? new AnswerBuilder<YesNo>('yes')) as Answer<YesNo>;
  return {
    ...claim,
    how: how.hasEvidence ? how.build() : { value: 'not-stated', details: [], evidence: [], ruleIds: [] },
    'non-discrimination': yesIf(nonDiscrimination),
    verification: yesIf(verification),
    'response-time': response.hasEvidence ? response.build() : { value: 'not-stated', details: [], evidence: [], ruleIds: [] },
    regions: regions.hasEvidence ? regions.build() : { value: 'not-stated', details: [], evidence: [], ruleIds: [] },
  };
}

const VERBS: ReadonlyArray<[RightItem, string]> = [['access', 'see'], ['correct', 'correct'], ['delete', 'delete'], ['portability', 'take a copy of']];
const HOW_ORDER = ['settings', 'form', 'email', 'phone', 'postal'];

/** One way to ask as a phrase: the address when the policy gives one ("email privacy@x.com"),
 *  otherwise the kind of way ("call them", "write to them"). */
function howPhrase(d: Detail): string {
  const text = d.text;
  switch (d.kind) {
    case 'email':
      return /@|\(at\)|\[at\]/.test(text) ? `email ${text}` : text === HIDDEN_EMAIL ? 'email them (the address is in the policy)' : 'email them';
    case 'phone':
      return /\d/.test(text) ? `call ${text}` : 'call them';
    case 'postal':
      return /\d/.test(text) ? `write to ${text}` : 'write to them';
    case 'form':
      return /^(?:https?:|www\.)|^[\w-]+(?:\.[\w-]+)+(?:\/|$)/i.test(text) ? `go to ${text}` : /^the /i.test(text) ? `use ${text}` : 'use their web form';
    default:
      return /^(?:settings|the service itself)$/i.test(text) ? 'in your account or the app' : `in your ${text.replace(/^(?:your|the|our)\s+/i, '')}`;
  }
}

/** Does the detail give the place or address itself (not only "by phone")? */
function concrete(d: Detail): boolean {
  return d.kind === 'settings' ? !/^(?:settings|the service itself)$/i.test(d.text) : d.kind === 'form' ? /[./]|^the /i.test(d.text) : /\d|@|\(at\)/.test(d.text);
}

/** The ways to ask, most direct first, as phrases. */
export function howText(how: Answer<Stated>, max = 3): string {
  const sorted = [...how.details].sort((a, b) => HOW_ORDER.indexOf(a.kind ?? '') - HOW_ORDER.indexOf(b.kind ?? '') || Number(concrete(b)) - Number(concrete(a)));
  const kinds = new Set<string>();
  const chosen = sorted.filter((d) => (kinds.has(d.kind ?? '') ? false : (kinds.add(d.kind ?? ''), true))).slice(0, max);
  return listJoin(chosen.map(howPhrase), 'or');
}

export const rightsQuestion: QuestionModule<'rights'> = {
  id: 'rights',
  heading: 'What you can ask for',
  read: readRights,
  lines: (claim) => {
    const verbs = VERBS.filter(([item]) => claim[item].value === 'yes').map(([, verb]) => verb);
    if (verbs.length === 0) return [{ id: 'rights.not-stated', question: 'rights', text: "The policy doesn't say you can see or delete your data.", flag: 'caution', evidence: [] }];
    const how = claim.how.value === 'stated' ? `: ${howText(claim.how)}` : " (it doesn't say how)";
    const where = claim.regions.value === 'stated' ? claim.regions.details.map((d) => d.text) : [];
    const extras = [
      ...(claim.verification.value === 'yes' ? ['it checks who you are first'] : []),
      ...(claim['response-time'].value === 'stated' ? [`it answers within ${claim['response-time'].details[0]?.text ?? ''}`] : []),
      ...(claim['non-discrimination'].value === 'yes' ? ["you won't be penalised for asking"] : []),
    ];
    const lines = [{
      id: 'rights.requests',
      question: 'rights' as const,
      text: `You can ask to ${listJoin(verbs, 'or')} your data${how}${extras.length > 0 ? `; ${listJoin(extras)}` : ''}.`,
      ...(claim.delete.value === 'yes' && claim.how.value === 'stated' ? { flag: 'good' as const } : {}),
      evidence: [...RIGHT_ITEMS.flatMap((item) => claim[item].evidence.slice(0, 2)), ...claim.how.evidence.slice(0, 2)],
    }];
    if (where.length > 0) lines.push({ id: 'rights.regions', question: 'rights' as const, text: `Names extra rights for people in ${listJoin(where)}.`, evidence: claim.regions.evidence.slice(0, 3) });
    return lines;
  },
  items: {
    ...Object.fromEntries(RIGHT_ITEMS.map((item) => [item, {
      yes: { says: `lets you ${VERBS.find(([k]) => k === item)?.[1] ?? item} your data`, rank: 1 },
      no: { says: `does not let you ${VERBS.find(([k]) => k === item)?.[1] ?? item} your data`, rank: -1 },
      'not-stated': { says: `doesn't say you can ${VERBS.find(([k]) => k === item)?.[1] ?? item} your data`, rank: 0 },
    }])),
    how: { stated: { says: 'says how to make a request', rank: 1 }, 'not-stated': { says: "doesn't say how to make a request", rank: 0 } },
  } as QuestionModule<'rights'>['items'],
  detailItems: ['how'],
};
