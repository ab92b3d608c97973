// (11) How to reach the provider: every email address and phone number in the policy (they
// are contacts wherever they appear), postal addresses, named privacy officers, and the web
// addresses and forms in sentences that invite contact.
import { CHANNEL_RULES, CONTACT_CUE } from '../../rules/facts/channels.ts';
import { channelsIn, postalAddresses } from './channels.ts';
import type { FactContext } from './context.ts';
import { anchorFormulaOf, mayMatch } from './anchors.ts';
import { ADDRESS_END, ADDRESS_LEAD_IN, AUTHORITY, COUNTRY, FIRST_PARTY, STREET_PART } from '../../rules/claims/contact.ts';
import { allMatches, cite, FactList } from './evidence.ts';
import type { ChannelKind, Contact, ContactItem, PhoneItem } from './types.ts';

const RULE_ID = new Map(CHANNEL_RULES.map((r) => [r.kind, r.id]));

/** North American numbers: area code and exchange never start with 0 or 1, and 555-01xx is
 *  reserved for fiction. 1-800-000-0000 is a template left unfilled. */
function plausiblePhone(value: string): boolean {
  const digits = value.replace(/\D/g, '').replace(/^1(?=\d{10}$)/, '');
  if (digits.length !== 10) return false;
  return /^[2-9]\d{2}[2-9]\d{2}/.test(digits) && !/^\d{3}55501\d{2}$/.test(digits);
}

function invitesContact(ctx: FactContext, i: number): boolean {
  return ctx.hasLabel(i, 'Privacy contact information') || ctx.test(CONTACT_CUE.pattern, i);
}

export function extractContact(ctx: FactContext): Contact {
  const lists = new Map<ChannelKind, FactList<string, ContactItem>>();
  const listOf = (kind: ChannelKind): FactList<string, ContactItem> => {
    let list = lists.get(kind);
    if (!list) {
      list = new FactList<string, ContactItem>((key) => ({ value: key, evidence: [], ruleIds: [] }));
      lists.set(kind, list);
    }
    return list;
  };
  const keyed = new Map<string, string>(); // case-insensitive key → first spelling seen
  ctx.texts.forEach((_text, i) => {
    const everywhere: ChannelKind[] = ['email', 'phone', 'officer'];
    const kinds = invitesContact(ctx, i) ? [...everywhere, 'url', 'web-form'] : everywhere;
    for (const channel of channelsIn(ctx, i)) {
      if (!kinds.includes(channel.kind)) continue;
      const key = `${channel.kind} ${channel.kind === 'phone' ? channel.value.replace(/\D/g, '').replace(/^1(?=\d{10}$)/, '') : channel.value.toLowerCase()}`;
      if (!keyed.has(key)) keyed.set(key, channel.value);
      cite(listOf(channel.kind).get(keyed.get(key) ?? channel.value), i, RULE_ID.get(channel.kind) ?? channel.kind);
    }
  });
  const items = (kind: ChannelKind): ContactItem[] => lists.get(kind)?.values() ?? [];
  const phones: PhoneItem[] = items('phone').map((p) => ({ ...p, plausible: plausiblePhone(p.value) }));
  return {
    emails: items('email'),
    phones,
    postal: postalAddresses(ctx),
    urls: items('url'),
    webForms: items('web-form'),
    officers: items('officer'),
  };
}

// ---- helpers the contact question reads (src/engine/questions/contact.ts) -------------------

/** Whose a route written at `pos` in sentence `i` is: a regulator's or dispute body's when one is
 *  named before it with no "us"/"our" in between, or when it sits in the short lines under a
 *  line naming one ("Contact details for the Data Protection Commissioner are:"). */
export function authorityAt(ctx: FactContext, i: number, pos: number): boolean {
  const text = ctx.texts[i] ?? '';
  const before = text.slice(0, pos);
  const authority = lastMatchEnd(AUTHORITY.pattern, before);
  const ours = lastMatchEnd(FIRST_PARTY, before);
  if (authority >= 0) return authority > ours;
  if (ours >= 0) return false;
  if (AUTHORITY.pattern.test(ctx.heading(i)) && !FIRST_PARTY.test(text)) return true;
  // Lines under a lead-in naming the authority. (ctx.test: the regex, ~50 alternatives that
  // each start with \b, runs only on lines with one of its words.)
  for (let j = i - 1; j >= 0 && j >= i - AUTHORITY_LINES; j--) {
    const above = ctx.texts[j] ?? '';
    if (ctx.sentences[j]?.isHeading) return ctx.test(AUTHORITY.pattern, j) && !FIRST_PARTY.test(above);
    if (ctx.test(AUTHORITY.pattern, j)) return lastMatchEnd(AUTHORITY.pattern, above) > lastMatchEnd(FIRST_PARTY, above);
    if (above.length > AUTHORITY_LINE_MAX || FIRST_PARTY.test(above)) return false;
  }
  return false;
}

/** How many short lines under a regulator's name may still be its address. */
const AUTHORITY_LINES = 6;
const AUTHORITY_LINE_MAX = 100;

function lastMatchEnd(pattern: RegExp, text: string): number {
  // The part of a sentence before a route is no sentence of the index: its words are looked
  // for here, before the regex runs.
  if (anchorFormulaOf(pattern) !== null && !mayMatch(pattern, text.toLowerCase())) return -1;
  let end = -1;
  for (const m of allMatches(pattern, text)) end = m.index + m[0].length;
  return end;
}

/** A postal address found in the text: its words as written, the sentences they come from, and
 *  where it starts in the last of them. */
export interface AddressSpan {
  value: string;
  evidence: number[];
  /** Where the address starts and ends in the last of its sentences. */
  start: number;
  end: number;
}

/** Longest address part kept whole; a longer one is cut to its house number. */
const PART_MAX = 70;
/** The last capitalised words of a long part, at most PART_MAX characters. */
const CAPITALISED_TAIL = new RegExp(String.raw`(?<=\s)[\p{Lu}][^]{0,${PART_MAX}}$`, 'u');
/** Address parts read back from the end of an address. */
const PARTS_MAX = 7;
/** A line above a one-line address that may still be part of it ("Example ApS Street 4,"). */
const LINE_ABOVE_MAX = 70;
const LONGEST_ADDRESS = 220;
const ADDRESS_CUE = /\baddress\b|\blocated (?:at|on)\b|\bregistered office\b|\bwrit(?:e|ing) to\b|\bby (?:post|mail)\b|\bpostal\b|\bAttn\b|\bAttention\b|\bc\/o\b|\bheadquarter|\boffices? (?:is|are) (?:at|in)\b|\bsend (?:a letter|mail)\b/i;
const MONTH_BEFORE = /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s*$|\b(?:in|since|of|from|until|by)\s*$/i;
/** An address part that is only a country or a region; a region is never part of an address. */
const REGION = /^(?:(?:and|or|the)\s)*(?:Europe|Asia|Africa|(?:Latin |North |South |Central )?America|(?:the )?Middle East|Oceania|EEA|EU|(?:\d+ )?(?:U\.S\. )?States)$/;
const PLACE_ONLY = new RegExp(String.raw`^(?:(?:and|or|the)\s)*${COUNTRY}$|${REGION.source}`, 'u');
/** Anchors strong enough alone: a country, a UK or Irish postcode, a US state and ZIP. */
const STRONG_END = new RegExp(String.raw`^(?:,\s*|\s+)?${COUNTRY}$|^[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}$|^[AC-FHKNPRTV-Y]\d{2}\s?[AC-FHKNPRTV-Y\d]{4}$|^Dublin\s\d{1,2}$|^[A-Z]{2}\.?,?\s+\d{5}(?:-\d{4})?$`, 'u');
/** What may follow an address's anchor and still be the address: a country, a postcode, a
 *  state and ZIP; after a postcode, the city ("75017, Paris"). */
const MORE_END = new RegExp(String.raw`^,?\s*(?:${COUNTRY}|[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}|[AC-FHKNPRTV-Y]\d{2}\s?[AC-FHKNPRTV-Y\d]{4}|[A-Z]{2}\.?\s+\d{5}(?:-\d{4})?|\d{4,6})(?![\w-])`, 'u');
const CITY_AFTER_CODE = /^,?\s+[\p{Lu}][\p{L}'-]+(?:\s[\p{Lu}][\p{L}'-]+)?(?=\s*(?:[,.;)]|$))/u;

interface Range {
  start: number;
  end: number;
  anchor: number;
  /** Where the street part ends: the anchor's start, or its end when the anchor was the street
   *  ("1515 Broadway" before "NY 10036"). */
  anchorEnd: number;
  strong: boolean;
}

/** Every postal address in the policy, in any country, written on one line or over several
 *  short lines. An address needs a street part (house number, PO box, street word) before its
 *  last line: "Frankfurt, Germany" alone is where servers are, not where to write. */
export function addressSpans(ctx: FactContext): AddressSpan[] {
  return ctx.memo('contact-address-spans', () => {
    const spans: AddressSpan[] = [];
    const used = new Set<number>();
    ctx.texts.forEach((text, i) => {
      if (!/\d/.test(text)) return; // every address this reads has a number: house, box or postcode
      // Anchors in one sentence whose ranges touch are one address ("Suite 1400 Dallas, TX 75231").
      const ranges: Range[] = [];
      for (const m of allMatches(ADDRESS_END, text)) {
        const r = rangeAt(text, m);
        if (!r) continue;
        const last = ranges[ranges.length - 1];
        if (last && r.start <= last.end + 2) {
          last.end = Math.max(last.end, r.end);
          last.start = Math.min(last.start, r.start);
          last.anchor = Math.max(last.anchor, r.anchor);
          last.anchorEnd = Math.max(last.anchorEnd, r.anchorEnd);
          last.strong ||= r.strong;
        } else ranges.push(r);
      }
      for (const r of ranges) {
        const span = spanOf(ctx, i, text, r, used);
        if (span) spans.push(span);
      }
    });
    return spans;
  });
}

/** The address around an anchor: read back part by part to where the prose ends. */
function rangeAt(text: string, m: RegExpExecArray): Range | null {
  const anchorEnd = m.index + m[0].length;
  let end = anchorEnd;
  const lead = /^,?\s*/.exec(m[0])?.[0].length ?? 0;
  const anchor = m.index + lead;
  if (/^(?:19|20)\d\d\b/.test(m[0].slice(lead)) && MONTH_BEFORE.test(text.slice(0, anchor))) return null; // a date
  let strong = STRONG_END.test(m[0].trim());
  let postcodeAfter = false;
  for (let guard = 0; guard < 4; guard++) {
    const rest = text.slice(end);
    const more = MORE_END.exec(rest) ?? (/\d$/.test(text.slice(0, end)) ? CITY_AFTER_CODE.exec(rest) : null);
    if (!more || more[0].length === 0) break;
    end += more[0].length;
    if (/\d/.test(more[0])) postcodeAfter = true;
    strong = true;
  }
  const parts = text.slice(0, anchor).split(/(?<=[,\n])/);
  let start = anchor;
  for (let k = parts.length - 1, taken = 0; k >= 0 && taken < PARTS_MAX; k--, taken++) {
    const part = parts[k] ?? '';
    const partStart = start - part.length;
    const cut = leadInCut(part);
    if (cut > 0 || part.length > PART_MAX) {
      let from = cut;
      if (part.length - from > PART_MAX) {
        // A long run with no commas: from its house number, or its last capitalised words.
        const house = /\b\d{1,5}[a-z]?\s+[\p{L}]/u.exec(part.slice(from));
        const tail = CAPITALISED_TAIL.exec(part.slice(from));
        from = house ? from + house.index : tail ? from + tail.index : part.length;
      }
      if (part.slice(from).trim() !== '') start = partStart + from;
      break;
    }
    if (/@|https?:|www\./i.test(part)) break;
    start = partStart;
  }
  while (start < anchor && /[\s,;:(]/.test(text[start] ?? '')) start++;
  // "1515 Broadway NY 10036": the anchor read as a postcode and city was the street.
  return { start, end, anchor, anchorEnd: postcodeAfter && /^\d{1,5}\s/.test(m[0].slice(lead)) ? anchorEnd : anchor, strong };
}

function spanOf(ctx: FactContext, i: number, text: string, r: Range, used: Set<number>): AddressSpan | null {
  const own = text.slice(r.start, r.end).replace(/[\s,;:.]+$/, '');
  // The street part: before the anchor, or in it when more followed it ("1515 Broadway" NY 10036).
  const street = text.slice(r.start, r.anchorEnd);
  const lines: string[] = [];
  const evidence = [i];
  if (r.start === 0) {
    // Short lines above belong to the address ("Example ApS, Street 4", then "1717 City, Denmark").
    for (let j = i - 1; j >= 0 && evidence.length < 3 && !used.has(j); j--) {
      const above = ctx.texts[j] ?? '';
      // A short line read as a heading may still be an address line ("Example ApS Examplegade 4"),
      // not a numbered section ("4. Your rights").
      const heading = ctx.sentences[j]?.isHeading === true && (!/\d/.test(above) || /^\d+(?:\.\d+)*\.?\s/.test(above));
      if (heading || above.length > LINE_ABOVE_MAX || /[:]\s*$|@|https?:|www\./.test(above) || leadInCut(above) > 0) break;
      lines.unshift(above.replace(/[\s,;]+$/, ''));
      evidence.unshift(j);
    }
  }
  if (!STREET_PART.test(street) && !lines.some((l) => STREET_PART.test(l))) return null;
  // "in the 50 U.S. States, Latin America, Africa, Japan": a list of places, not an address.
  const places = own.split(',').map((part) => part.trim()).filter((part) => PLACE_ONLY.test(part));
  if (places.length >= 3 || places.some((part) => REGION.test(part))) return null;
  const cued = ADDRESS_CUE.test(text) || ADDRESS_CUE.test(ctx.texts[(evidence[0] ?? i) - 1] ?? '') || lines.some((l) => ADDRESS_CUE.test(l));
  if (!r.strong && !cued && evidence.length === 1 && text.length > 80) return null;
  // "Privacy Officer" above "Privacy Officer, 14 Wall Street, …": one name, said once.
  const first = own.split(',')[0]?.trim().toLowerCase();
  const kept = lines.filter((l) => l.trim().toLowerCase() !== first);
  const value = [...kept, own].join(', ').replace(/\s+/g, ' ').replace(/^the\s/i, '');
  if (value.length > LONGEST_ADDRESS) return null;
  for (const j of evidence) used.add(j);
  return { value, evidence, start: r.start, end: r.end };
}

/** Where the address starts in an address part that begins with prose ("located at Gordon
 *  House" → after "at"; "Address: Tietotie 9" → after the colon); 0 when the part is all address. */
function leadInCut(part: string): number {
  let cut = 0;
  for (const stop of [':', ';', ')', '(']) {
    const at = part.lastIndexOf(stop);
    if (at >= 0 && at + 1 > cut) cut = at + 1;
  }
  for (const m of allMatches(ADDRESS_LEAD_IN, part)) if (m.index + m[0].length > cut) cut = m.index + m[0].length;
  return cut;
}
