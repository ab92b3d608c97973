// Whether they sell it: no, yes, or conditional ("doesn't sell for money, but sharing for
// targeted ads may count as a 'sale' or 'sharing' under state law"), or the policy doesn't say.
//
// Every mention of selling is read as a clause (src/engine/clause): only statements about
// personal data, made by the provider, for everyone, count. Selling tickets, selling the
// business, the right to opt out of a sale, a definition of "sale", "if we sell", "no knowledge
// that we sell the data of minors" and sales of aggregate data are not answers. A denial beats
// an incidental admission only through the stated rules below, never by counting.
import {
  AFTER_CHOICE, ANY_BUSINESS_BEFORE, BUSINESS_SALE, BUSINESS_WORDS, CHOICE_CONDITION, CROSS_REFERENCE, DEFINES_TERM_BEFORE, DEFINITION_INCLUDES_OURS, FINITE_VERB, HEDGE_BEFORE, HEDGE_WORD, ITEM_OPENER,
  LATE_OBJECT, LAW_HEDGE, MONEY_DENIAL, NAMED_SUBJECT_DENIAL, NARROW_USERS, NEVADA_ONLY, LAW_SHARE_WORD, LAW_TERM_ASSERTED, LINK_NAME_AFTER, LINK_NAME_BEFORE, LISTED_VERBS, NARROW_PURPOSE, NARROW_SCOPE, NEGATED_OTHER_VERB, OBJECT_END, OPT_OUT_OF_BEFORE, POINTER,
  PROVIDER_WORD, QUALIFIED_DENIAL, REGION_CONDITION, SENSITIVE_ONLY, REQUESTED_STOP, SALE_OR_SHARING_SIGN, SELL_ADMITS, SELL_DENIAL, SELL_EXCEPTION, SELL_HEADING, SELL_UNDER_LAW, SELL_WORD, SHARING_OPT_OUT, SOLD_BY_OTHERS,
  SOLD_DATA, SOLD_DATA_NOUN, SOLD_OTHER, TAKEN_FROM, TARGETED_SHARING, WEAK_SELL_WORD, WEAK_WORD_DATA,
} from '../../rules/claims/sell.ts';
import type { Reading } from '../clause/read.ts';
import { AnswerBuilder, notStated } from './answer.ts';
import { ownName } from './own-name.ts';
import type { ReadContext } from './context.ts';
import type { QuestionModule } from './module.ts';
import type { Answer, Claims, SellValue } from './types.ts';

/** A denial; an admission (plainly, or in the law's words asserted: "constitute the 'sale'");
 *  the law's word hedged ("may be considered a 'sale'"). */
type Kind = 'denial' | 'admission' | 'under-law';

interface Statement {
  kind: Kind;
  sentence: number;
  ruleId: string;
  /** A denial with exceptions ("except as required by law"). */
  excepted: boolean;
  /** Under a heading about selling, or a short sentence that is about nothing else. */
  dedicated: boolean;
  /** Not a table row or a title in capitals: a sentence a person can read as the answer. */
  plain?: boolean;
  /** A denial of selling in the ordinary sense only ("in the conventional sense", "for money"). */
  qualified?: boolean;
  /** A denial for one purpose only ("for the purpose of training models"). */
  narrow?: boolean;
}

/** A title line: "Sales and Sharing of Personal Information", "Right to Know About Information
 *  Collected, Disclosed or Sold". */
function isTitle(text: string): boolean {
  const words = text.match(/[A-Za-z][A-Za-z'’-]{3,}/g) ?? [];
  return text.length < 140 && words.length >= 2 && words.filter((w) => /^[A-Z]/.test(w)).length >= words.length * 0.7;
}

/** A table row ("CATEGORY; PURPOSE; ...") or a line in capitals reads worse as the answer. */
function isPlain(text: string): boolean {
  const letters = text.replace(/[^A-Za-z]/g, '');
  return (text.match(/;/g)?.length ?? 0) < 2 && letters.replace(/[^A-Z]/g, '').length < letters.length * 0.6;
}

/** The words right after a selling verb (or "sale of"), past the other verbs listed with it and
 *  a parenthesis ("does not sell (as the term is defined) the personal information"): its
 *  object, up to a preposition. */
function objectAfter(text: string, end: number, noun: boolean): string {
  let after = text.slice(end, end + 160).replace(/^["'”’]+/, '');
  if (noun) {
    const of = /^\s*(?:(?:or|and|\/)\s*["'“‘]?(?:sharing|share|sales?)["'”’]?\s*)?of\b/i.exec(after);
    if (!of) return '';
    after = after.slice(of[0].length);
  }
  after = after.replace(LISTED_VERBS, '').replace(/^\s*\([^)]{0,100}\)/, '').replace(/^\s*(?:(?:any|all|none|some|each)\s+)?(?:of\s+)?/i, '');
  const stop = OBJECT_END.exec(after);
  return (stop ? after.slice(0, stop.index) : after).slice(0, 70);
}

const GLOBAL = new Map<RegExp, RegExp>();

/** The first of `a` or `b` to match `text` (by position; 'a' on a tie), or null; with `last`,
 *  the one matching nearest the end. */
function firstOf(text: string, a: RegExp, b: RegExp, last = false): 'a' | 'b' | null {
  const pos = (re: RegExp): number => {
    if (!last) return re.exec(text)?.index ?? -1;
    let global = GLOBAL.get(re);
    if (!global) GLOBAL.set(re, (global = new RegExp(re.source, 'gi')));
    let at = -1;
    for (const m of text.matchAll(global)) at = m.index;
    return at;
  };
  const pa = pos(a);
  const pb = pos(b);
  if (pa < 0 && pb < 0) return null;
  if (pa < 0) return 'b';
  if (pb < 0) return 'a';
  return (last ? pa >= pb : pa <= pb) ? 'a' : 'b';
}

/** Is what is sold personal data? The verb's object decides ("sell tickets", "sell your
 *  personal information"); with none (passive: "your data is not sold to", "spaces up for
 *  sale"), the nearest thing named before it in its clause. */
function aboutData(text: string, at: number, end: number, noun: boolean): boolean {
  if (TAKEN_FROM.test(text.slice(at, end)) && /^\s+from\b/i.test(text.slice(end))) return false;
  const object = objectAfter(text, end, noun);
  const after = firstOf(object, SOLD_OTHER, SOLD_DATA);
  // "We may sell or share for targeted advertising purposes (…) the following categories of
  // personal information": the object comes after the purpose.
  if (!after && !noun && object.trim() === '' && LATE_OBJECT.test(text.slice(end))) return true;
  // "start selling them": a pronoun is about data only if no goods were named before it.
  if (after === 'b' && /^\s*(?:it|them)\b/i.test(object)) return firstOf(text.slice(0, at), SOLD_OTHER, SOLD_DATA_NOUN, true) !== 'a';
  if (after) return after === 'b';
  if (noun && /^\s*["'”’]?\s*(?:(?:or|and|\/)\s*["'“‘]?(?:sharing|share)["'”’]?\s*)?of\b/i.test(text.slice(end))) return false;
  const before = text.slice(Math.max(0, at - 90), at).split(/[.;:]|,\s*(?:and|but|nor)?\s*(?:we|they)\b/i).pop() ?? '';
  return firstOf(before, SOLD_OTHER, SOLD_DATA_NOUN, true) === 'b';
}

/** "sell, rent or trade": a weak selling word listed with "sell" or "rent". */
function listedWithSelling(text: string, at: number, end: number): boolean {
  return /\b(?:sell|sold|selling|rent|rented|renting)\b[\s,/]*(?:(?:or|and|nor|and\/or)\s+)?(?:\w+[\s,/]+(?:(?:or|and|nor)\s+)?)?$/i.test(text.slice(Math.max(0, at - 40), at))
    || /^[\s,/]*(?:(?:or|and|nor|and\/or)\s+)?(?:\w+[\s,/]+(?:(?:or|and|nor)\s+)?)?(?:sell|rent)\b/i.test(text.slice(end, end + 40));
}

/** "Google does not sell ...": a company the reader takes for another one, as the subject of a
 *  denial in a policy that names it throughout (its own). */
function ownNameSubject(ctx: ReadContext, before: string): boolean {
  const name = NAMED_SUBJECT_DENIAL.exec(before)?.[1];
  return name !== undefined && ownName(ctx, name);
}

/** Reasons a mention of selling is not the provider saying what it does with personal data. */
function setAside(ctx: ReadContext, i: number, at: number, end: number, r: Reading): boolean {
  const text = ctx.texts[i] ?? '';
  const before = text.slice(0, at);
  const region = REGION_CONDITION.exec(text);
  // Under a condition that only names a region, the reader's condition and its "you" are the
  // region's, not the statement's.
  const inRegion = region !== null && region[0].length <= at && !/\b(?:if|whether|in the event|to the extent|you)\b/i.test(text.slice(region[0].length, at));
  if ((r.conditional && !inRegion) || r.epistemic || r.minors || r.deidentified || (r.actor === 'others' && !ownNameSubject(ctx, before))) return true;
  // "You may opt out of activities that may fall under the legal definitions of 'sales'": the
  // hedge speaks of what the provider does, though it sits in what a right is about.
  const hedgedHere = HEDGE_BEFORE.test(before);
  if (!hedgedHere && (r.objectOfRight || (r.actor === 'you' && !inRegion) || OPT_OUT_OF_BEFORE.test(before))) return true;
  if (REQUESTED_STOP.test(before) || CROSS_REFERENCE.test(before) || SOLD_BY_OTHERS.test(text.slice(end))) return true;
  if (LINK_NAME_BEFORE.test(before) && LINK_NAME_AFTER.test(text.slice(end))) return true;
  if (ANY_BUSINESS_BEFORE.test(before)) return true;
  // "we explain whether and how, in the last 12 months, we have sold ...": an indirect question.
  if (/\bwhether\b(?!\s+or\s+not)[^.;]*$/i.test(before)) return true;
  // "If you opt out, we will not sell ...": the person's choice decides; "For a list of the
  // categories we have sold, click here": a pointer.
  const choice = CHOICE_CONDITION.exec(text);
  if (choice && choice[0].length <= at) return true;
  const pointer = POINTER.exec(text);
  if (pointer && pointer[0].length > at) return true;
  if (r.negated && (AFTER_CHOICE.test(text.slice(end)) || NEGATED_OTHER_VERB.test(before))) return true;
  // A list item naming what a request covers: no verb before the first relative word.
  if (ITEM_OPENER.test(text) && !FINITE_VERB.test(before.split(/\b(?:that|which|whom|we)\b/i)[0] ?? '')) return true;
  return NARROW_SCOPE.test(text);
}

function readStatement(ctx: ReadContext, i: number, m: RegExpExecArray): Statement | null {
  const text = ctx.texts[i] ?? '';
  const at = m.index;
  const end = at + m[0].length;
  const word = m[0].toLowerCase();
  const noun = word === 'sale' || word === 'sales';
  if (WEAK_SELL_WORD.test(word) && !listedWithSelling(text, at, end) && !WEAK_WORD_DATA.test(text.slice(end, end + 40))) return null;
  const r = ctx.reading(i, at, end);
  if (setAside(ctx, i, at, end, r)) return null;
  // Selling the business is a business transfer (share.ts), unless the sentence denies selling.
  if (!r.negated && (BUSINESS_SALE.pattern.test(text.slice(Math.max(0, at - 40), end + 60)) || BUSINESS_WORDS.test(text))) return null;
  // A plain noun ("sales team", "Point of Sale") is about data only as "sale of <data>", or
  // when quoted or named by the law ("may be a sale under California law").
  if (noun && !r.quoted && !r.deemed && !r.negated && !/^\s*(?:(?:or|and|\/)\s*(?:sharing|share)\s*)?of\b/i.test(text.slice(end))) return null;
  // A capitalised "Sale" inside a sentence names a section, a setting or a link ("Targeted
  // Advertising, Sale or Sharing of Data"; "Opt-Out Sale/Share").
  if (noun && /^S/.test(m[0]) && /\b[A-Z][\w-]*[\s,/-]*["'“‘]?$/.test(text.slice(Math.max(0, at - 30), at)) && !/[.:;!?]\s*["'“‘]?$/.test(text.slice(0, at))) return null;
  // The law's word, hedged, is about personal data unless it names something else.
  // "the processing … for targeted advertising (or sharing as defined under California law), the
  // sale of personal data, or profiling": the law's terms named in a list, said of no one.
  if (noun && !r.quoted && !r.negated && r.deemed && !HEDGE_WORD.test(text) && !PROVIDER_WORD.test(text)) return null;
  const hedged = r.deemed || (r.quoted && LAW_HEDGE.test(text.slice(Math.max(0, at - 80), end + 60)));
  const lawWord = (r.quoted || r.deemed) && firstOf(objectAfter(text, end, noun), SOLD_OTHER, SOLD_DATA) !== 'a';
  if (!aboutData(text, at, end, noun) && !(lawWord && (hedged || (noun && !/^\s*["'”’]?\s*of\b/i.test(text.slice(end)))))) return null;
  const heading = ctx.heading(i);
  const dedicated = SELL_HEADING.test(heading) || text.length < 160;
  const excepted = SELL_EXCEPTION.test(text.slice(at)) && !/\bexcept (?:as|to the extent) (?:described|set out|explained)/i.test(text);
  if (r.negated) {
    const rest = text.slice(end);
    return { kind: 'denial', sentence: i, ruleId: SELL_DENIAL.id, excepted, dedicated, qualified: QUALIFIED_DENIAL.test(rest), narrow: NARROW_PURPOSE.test(rest) || SENSITIVE_ONLY.test(rest.slice(0, 80)) || NARROW_USERS.test(rest) || NEVADA_ONLY.test(text) };
  }
  // A heading or a title line names a topic; a definition says what a word means, unless it is
  // said to take in the provider's own disclosures ("laws define 'sale' broadly to include ...").
  if (ctx.sentences[i]?.isHeading || isTitle(text)) return null;
  const defined = DEFINES_TERM_BEFORE.test(text.slice(0, at));
  if (defined && DEFINITION_INCLUDES_OURS.test(text.slice(end))) return { kind: 'under-law', sentence: i, ruleId: SELL_UNDER_LAW.id, excepted: false, dedicated };
  if (r.definition || defined) return null;
  if (hedged) return { kind: 'under-law', sentence: i, ruleId: SELL_UNDER_LAW.id, excepted: false, dedicated };
  if (r.quoted) {
    // The law's word asserted ("we have 'sold'", "constitute the 'sale' of"): an admission in
    // the law's terms. A quoted noun with no verb before it names a topic.
    if (!noun || LAW_TERM_ASSERTED.test(text.slice(0, at))) return { kind: 'admission', sentence: i, ruleId: SELL_ADMITS.id, excepted: false, dedicated };
    return null;
  }
  return { kind: 'admission', sentence: i, ruleId: SELL_ADMITS.id, excepted: false, dedicated };
}

/** "We may 'share' data for cross-context behavioral advertising": the law's "sharing", with
 *  no word of selling in the sentence. */
function readLawSharing(ctx: ReadContext, i: number): Statement | null {
  const text = ctx.texts[i] ?? '';
  const m = /["'“‘](?:share|sharing|shared)["'”’]/i.exec(text);
  if (!m || !TARGETED_SHARING.test(text) || ctx.sentences[i]?.isHeading) return null;
  const r = ctx.reading(i, m.index + 1, m.index + m[0].length - 1);
  if (r.negated || r.conditional || r.objectOfRight || r.definition || r.minors || r.epistemic || r.actor === 'others' || r.actor === 'you') return null;
  if (CROSS_REFERENCE.test(text.slice(0, m.index + 1)) || OPT_OUT_OF_BEFORE.test(text.slice(0, m.index))) return null;
  return { kind: 'under-law', sentence: i, ruleId: SELL_UNDER_LAW.id, excepted: false, dedicated: false };
}

/** Does the sentence deny the law's "sharing" too ("we do not sell or share", "does not
 *  'share' ... as that term is defined")? */
function deniesSharing(ctx: ReadContext, i: number): boolean {
  const text = ctx.texts[i] ?? '';
  const m = LAW_SHARE_WORD.exec(text);
  // "We do not sell or share sensitive personal data": one kind of data, not the policy's answer.
  if (!m || SENSITIVE_ONLY.test(text.slice(m.index, m.index + 80))) return false;
  const at = m.index + m[0].search(/shar/i);
  const r = ctx.reading(i, at, at + 5);
  return r.negated && !r.conditional && !r.objectOfRight && !r.minors && !r.epistemic && r.actor !== 'others' && r.actor !== 'you';
}

/** An offer to opt out of the "sharing" of personal data (for ads): not a link name alone. */
function offersSharingOptOut(ctx: ReadContext, i: number): boolean {
  const text = ctx.texts[i] ?? '';
  const m = SHARING_OPT_OUT.exec(text);
  if (!m || !/\b(?:personal|data|information|advertis\w*|ads)\b/i.test(text)) return false;
  const r = ctx.reading(i, m.index, m.index + m[0].length);
  return !r.minors && r.actor !== 'others';
}

const BEST_FIRST = (a: Statement, b: Statement): number => Number(b.plain ?? true) - Number(a.plain ?? true) || Number(b.dedicated) - Number(a.dedicated) || Number(a.excepted) - Number(b.excepted) || a.sentence - b.sentence;

function answerOf(value: SellValue, decide: readonly Statement[], also: readonly Statement[] | readonly number[], condition?: string): Answer<SellValue> {
  const b = new AnswerBuilder<SellValue>(value);
  for (const s of [...decide].sort(BEST_FIRST)) b.cite(s.sentence, s.ruleId);
  const more = also.map((s) => (typeof s === 'number' ? { sentence: s, ruleId: SELL_UNDER_LAW.id } : s));
  for (const s of more) b.cite(s.sentence, s.ruleId);
  if (condition) b.detail(condition, [...decide.map((s) => s.sentence), ...more.map((s) => s.sentence)]);
  return b.build();
}

export function readSell(ctx: ReadContext): Claims['sell'] {
  const statements: Statement[] = [];
  const sharingOptOuts: number[] = [];
  const saleSigns: number[] = [];
  let sharingDenied = false;
  ctx.texts.forEach((text, i) => {
    if (ctx.test(SALE_OR_SHARING_SIGN, i)) saleSigns.push(i);
    if (/\bshar/i.test(text)) {
      if (ctx.test(SHARING_OPT_OUT, i) && offersSharingOptOut(ctx, i)) sharingOptOuts.push(i);
      if (ctx.test(LAW_SHARE_WORD, i) && deniesSharing(ctx, i)) sharingDenied = true;
    }
    let found: Statement | null = null;
    let hedge: Statement | null = null;
    if (ctx.test(SELL_WORD.pattern, i)) {
      for (const m of ctx.matches(SELL_WORD.pattern, i)) {
        const s = readStatement(ctx, i, m);
        // One statement of selling per sentence: a denial anywhere in it outweighs the
        // sentence's other mentions ("we do not sell or rent"), then the law's word, then an
        // admission. The law's word hedged still stands beside a denial ("We do not sell your
        // data, but disclosures to partners may be considered a 'sale'").
        if (s && (!found || rank(s.kind) > rank(found.kind))) found = s;
        if (s?.kind === 'under-law') hedge ??= s;
      }
    }
    if (found) statements.push({ ...found, plain: isPlain(text) });
    if (found?.kind === 'denial' && hedge) statements.push({ ...hedge, plain: isPlain(text) });
    // The law's "sharing" may stand beside a denial of selling in the same sentence ("While we
    // do not sell ..., we may engage in 'sharing' under the CCPA").
    if (found?.kind !== 'under-law' && !hedge && /["'“‘]shar/i.test(text)) {
      const law = readLawSharing(ctx, i);
      if (law) statements.push(law);
    }
  });
  const admissions = statements.filter((s) => s.kind === 'admission');
  // "While we do not disclose personal data for money, we may 'sell' the following categories":
  // a denial for money, without a selling word, counts only beside an admission.
  if (admissions.length > 0) {
    const moneyDenials = moneyDenialsIn(ctx).filter((i) => !statements.some((s) => s.sentence === i && s.kind === 'denial'));
    for (const i of moneyDenials) statements.push({ kind: 'denial', sentence: i, ruleId: MONEY_DENIAL.id, excepted: false, dedicated: false, qualified: true, plain: true });
  }
  const denials = statements.filter((s) => s.kind === 'denial');
  const underLaw = statements.filter((s) => s.kind === 'under-law');
  let sell: Answer<SellValue>;
  // Denials for one purpose only ("not for training models") do not outweigh saying it sold data.
  const broadDenials = denials.filter((d) => !d.narrow);
  if (admissions.length > 0 && denials.length > 0 && broadDenials.length === 0) {
    sell = answerOf('yes', admissions, underLaw);
  } else if (denials.length > 0 && underLaw.length + admissions.length > 0) {
    const cited = broadDenials.length > 0 ? broadDenials : denials;
    sell = answerOf('conditional', [...cited, ...underLaw, ...admissions], [], underLaw.length > 0 || cited.every((d) => d.qualified)
      ? "it doesn't sell your data for money, but some sharing (such as for targeted ads) may count as a \"sale\" or \"sharing\" under some laws"
      : 'it says it does not sell your data, but also describes selling some');
  } else if (denials.length > 0 && sharingOptOuts.length > 0 && !sharingDenied) {
    sell = answerOf('conditional', denials, sharingOptOuts,
      'it doesn\'t sell your data, but lets you opt out of its "sharing" of your data (such as for targeted ads), which some laws treat like a sale');
  } else if (denials.some((d) => d.qualified) && !sharingDenied && saleSigns.some((i) => !denials.some((d) => d.sentence === i))) {
    // "We do not sell your data in the conventional sense" beside a "Do Not Sell or Share" page.
    sell = answerOf('conditional', denials.filter((d) => d.qualified), saleSigns.filter((i) => !denials.some((d) => d.sentence === i)),
      'it doesn\'t sell your data in the ordinary sense (for money), but offers a way out of its "sale" or "sharing" (such as for targeted ads), which some laws treat like a sale');
  } else if (denials.length > 0) {
    sell = answerOf('no', denials, []);
    if (denials.every((d) => d.excepted)) sell.details.push({ text: 'with exceptions', evidence: denials.map((d) => d.sentence) });
  } else if (admissions.length > 0) {
    // Saying it sold data (plainly or in the law's words) outweighs hedges on other disclosures.
    sell = answerOf('yes', admissions, underLaw);
  } else if (underLaw.length > 0) {
    sell = answerOf('conditional', underLaw, [], 'some sharing (such as for targeted ads) may count as a "sale" or "sharing" under some laws');
  } else {
    sell = notStated<SellValue>() as Answer<SellValue>;
  }
  return { sell };
}

/** Sentences denying that the provider hands over personal data for money (MONEY_DENIAL). */
function moneyDenialsIn(ctx: ReadContext): number[] {
  const found: number[] = [];
  ctx.texts.forEach((text, i) => {
    if (!/\b(?:money|monetary|cash)\b/i.test(text)) return;
    const m = MONEY_DENIAL.pattern.exec(text);
    if (!m) return;
    const verb = /\b(?:disclos|exchang|provid|shar|transfer|giv|trad|pass|hand)\w*/i.exec(m[0].replace(/^\w+/, (w) => ' '.repeat(w.length)));
    const at = m.index + (verb?.index ?? 0);
    const r = ctx.reading(i, at, at + (verb?.[0].length ?? 0));
    // "as such terms are defined" after the denial is no definition; "'sale' means" before it is.
    if (/\b(?:means|defines?|defined as)\b/i.test(text.slice(0, m.index))) return;
    if (r.negated && !r.conditional && !r.minors && !r.epistemic && r.actor !== 'others' && r.actor !== 'you') found.push(i);
  });
  return found;
}

function rank(kind: Kind): number {
  return kind === 'denial' ? 3 : kind === 'under-law' ? 2 : 1;
}

const TEXT: Readonly<Record<SellValue, string>> = {
  no: 'Does not sell your personal information.',
  conditional: "Doesn't sell your data for money, but",
  yes: 'Says it may sell your personal information.',
  'not-stated': "The policy doesn't say whether it sells your data.",
};

export const sellQuestion: QuestionModule<'sell'> = {
  id: 'sell',
  heading: 'Whether they sell it',
  read: readSell,
  lines: ({ sell }) => {
    const condition = sell.details.find((d) => d.text !== 'with exceptions')?.text;
    const text = sell.value === 'conditional' && condition
      ? `${condition.charAt(0).toUpperCase()}${condition.slice(1)}.`
      : sell.value === 'no' && sell.details.some((d) => d.text === 'with exceptions')
        ? 'Does not sell your personal information, with exceptions (such as when the law requires).'
        : TEXT[sell.value];
    const flag = sell.value === 'no' ? 'good' : sell.value === 'yes' ? 'bad' : 'caution';
    return [{ id: `sell.${sell.value}`, question: 'sell', text, flag, evidence: sell.evidence }];
  },
  items: {
    sell: {
      no: { says: 'does not sell your data', rank: 3 },
      conditional: { says: 'does not sell your data for money, but some sharing may count as a sale under some laws', rank: 2 },
      'not-stated': { says: "doesn't say whether it sells your data", rank: 1 },
      yes: { says: 'may sell your data', rank: 0 },
    },
  },
};
