// What the contact reading asks of each sentence, worked out once: the words its routes need,
// whether it invites contact (or is listed under a line that does), how plainly it offers them.
import { CONTACT_PAGE, CUED_PHONE, CUSTOMER_TEAM, FORM_LINK, HIDDEN_EMAIL, INTL_PHONE, PRIVACY_ASK, REGIONAL } from '../../rules/claims/contact.ts';
import { CONTACT_CUE, POINTS_AHEAD } from '../../rules/facts/channels.ts';
import type { ReadContext } from './context.ts';

/** A heading over the section on how to reach them ("How can I contact the BBC?"). */
export const CONTACT_HEADING = /contact|reach|get in touch|write to|questions|requests?|exercis|your rights/i;
/** A sentence asking to make a privacy request ("make requests … through our Privacy Center"). */
export const REQUEST = /\b(?:make|submit|send|file)\b[^.;]{0,80}\brequests?\b|\bto exercise\b|\brequests? (?:to|for) (?:access|delete|deletion|correct|know)\b/i;

/** How many short lines under "send your request by one of these means:" it still covers. */
const LEAD_IN_LINES = 4;
const SHORT_LINE = 120;
/** The words the routes readSentence reads need, looked for once per sentence (most sentences
 *  have none): a number, a country code, a phone word, a hidden address, a form, portal, page or
 *  centre, a customer team, a request, a link. Each kind sets one bit. Substring checks on the
 *  lower-cased text cost a fifth of one regex with every word. */
export const DIGIT = 1;
export const PLUS = 2;
export const PHONE_WORD = 4;
export const HIDDEN = 8;
export const PAGE = 16;
export const TEAM = 32;
export const ASKS = 64;
export const SLASH = 128;
export const LINK_WORD = 256;
export const HOST = 512;
/** Kinds whose words are the anchors of the rule that needs them: the anchor index has
 *  already looked for them (ctx.may of a rule with its own anchors: one of them is there). */
const FEATURE_RULES: readonly (readonly [number, RegExp])[] = [
  [PLUS, INTL_PHONE.pattern],
  [PHONE_WORD, CUED_PHONE.pattern],
  [HIDDEN, HIDDEN_EMAIL.pattern],
  [PAGE, CONTACT_PAGE.pattern],
  [TEAM, CUSTOMER_TEAM.pattern],
  [LINK_WORD, FORM_LINK.pattern],
];
/** The other kinds' words. */
const FEATURE_WORDS: readonly (readonly [number, readonly string[]])[] = [
  [ASKS, ['request', 'exercise']],
  [SLASH, ['/']],
  [HOST, ['privacy.', 'privacyportal.', 'dsar.', 'request.', 'requests.', 'help.', 'support.']],
];

function featuresOf(ctx: ReadContext, i: number): number {
  const lower = ctx.lower(i);
  let bits = /\d/.test(ctx.texts[i] ?? '') ? DIGIT : 0;
  for (const [bit, pattern] of FEATURE_RULES) if (ctx.may(pattern, i)) bits |= bit;
  for (const [bit, words] of FEATURE_WORDS) {
    for (const word of words) {
      if (lower.includes(word)) {
        bits |= bit;
        break;
      }
    }
  }
  return bits;
}

/** What the contact reading asks of each sentence, worked out once: the words it has
 *  (featuresOf), whether it invites contact, how plainly it offers its routes for privacy
 *  questions. */
export class Sentences {
  private readonly features: (number | undefined)[] = [];
  private readonly invites: (boolean | undefined)[] = [];
  private readonly weights: (number | undefined)[] = [];

  constructor(private readonly ctx: ReadContext) {}

  has(i: number, feature: number): boolean {
    return ((this.features[i] ??= featuresOf(this.ctx, i)) & feature) !== 0;
  }

  private invitesHere(i: number): boolean {
    const ctx = this.ctx;
    return ctx.hasLabel(i, 'Privacy contact information') || ctx.test(CONTACT_CUE.pattern, i) || CONTACT_HEADING.test(ctx.heading(i)) ||
      (this.has(i, ASKS) && REQUEST.test(ctx.texts[i] ?? ''));
  }

  /** The sentence invites contact, or is one of the short lines listed under one that does
   *  ("… by one of the following means:" / "By visiting this page: https://…"). */
  inviting(i: number): boolean {
    let v = this.invites[i];
    if (v === undefined) {
      v = this.invitesHere(i) || this.listedUnderInvitation(i);
      this.invites[i] = v;
    }
    return v;
  }

  private listedUnderInvitation(i: number): boolean {
    const ctx = this.ctx;
    if ((ctx.texts[i] ?? '').length > SHORT_LINE) return false;
    for (let j = i - 1; j >= 0 && j >= i - LEAD_IN_LINES; j--) {
      const above = ctx.texts[j] ?? '';
      if (ctx.sentences[j]?.isHeading) return false;
      if (POINTS_AHEAD.pattern.test(above)) return this.invitesHere(j);
      if (above.length > SHORT_LINE) return false;
    }
    return false;
  }

  /** How plainly sentence `i` offers its routes for privacy questions: 2 when it invites them,
   *  1 when it invites contact or sits under a privacy heading, 0 otherwise; one less when it is
   *  for people in one place only. */
  weight(i: number): number {
    let w = this.weights[i];
    if (w === undefined) {
      const ctx = this.ctx;
      const text = ctx.texts[i] ?? '';
      const base = PRIVACY_ASK.test(text) && this.inviting(i) ? 2 : this.inviting(i) || /privacy|data protection/i.test(ctx.heading(i)) ? 1 : 0;
      w = REGIONAL.test(text) || REGIONAL.test(ctx.heading(i)) ? Math.max(0, base - 1) : base;
      this.weights[i] = w;
    }
    return w;
  }

  best(sentences: readonly number[]): number {
    return Math.max(0, ...sentences.map((i) => this.weight(i)));
  }

  /** The sentences, the one offering the route most plainly first. */
  offered(sentences: readonly number[]): number[] {
    return [...sentences].sort((a, b) => this.weight(b) - this.weight(a) || a - b);
  }
}
