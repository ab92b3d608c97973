// How to make a rights request: the ways a request sentence names, the contact section's ways
// for a "contact us" without an address, and the ways as phrases for the rights line.
//
// How to ask (the guide's clarification 5): the channels a request sentence names (its own
// addresses, or words: "by phone", "write to us", "complete this form"); what you can do
// yourself ("you can delete your account": settings); "you can also …" sentences after a
// request; and, when the rights passage sends you to "contact us" without an address, the
// contact section's email, form and phone, and its postal address when offered to write to.
// Channels for complaints to a regulator do not count.
import {
  COMPLAINT_ONLY, CONTACT_INVITE, CONTACT_REFERRAL, HOME_PAGE, HOW_OF_CHANNEL, HOW_WORD_RULES, IDENTIFIES_ONLY, NOT_SELF, OTHER_REQUEST, REFERS_ON,
  REQUEST_CUE, SELF_SERVICE, SETTINGS_PLACE, SINGLE_POINTER, WAY_LINE, type HowKind,
} from '../../rules/claims/rights.ts';
import { CONTACT_AS_DATA, CONTACT_LINK, CUED_PHONE, CUSTOMER_TEAM, INTL_PHONE, NOT_A_PAGE, SECURITY_REPORT, TEAM_WITH_ADDRESS } from '../../rules/claims/contact.ts';
import { channelsIn, channelsNear, HIDDEN_EMAIL } from '../facts/channels.ts';
import { addressSpans, authorityAt } from '../facts/contact.ts';
import { allMatches } from '../facts/evidence.ts';
import type { Channel } from '../facts/types.ts';
import type { ReadContext } from './context.ts';
import { listJoin } from './words.ts';
import type { Answer, Detail, RightItem, Stated } from './types.ts';

/** A line this long after "contact us at:" is prose unless it starts as a way (WAY_LINE). */
const PROSE_LINE = 80;

/** A way to make a request: its kind, what the policy gives (an address, a place, a phrase), and
 *  the sentences naming it (the request first). */
export interface HowItem {
  kind: HowKind;
  text: string;
  evidence: number[];
}

/** Does the sentence end with a colon ("contact us at:")? Cheaper than /:\s*$/ on every one. */
export function endsWithColon(text: string): boolean {
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

/** Does the pattern match sentence `i`? Each pattern runs at most once per sentence. */
export function has(ctx: ReadContext, pattern: RegExp, i: number): boolean {
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
