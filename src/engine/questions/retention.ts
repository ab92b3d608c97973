// How long they keep it: the periods the policy states with what each applies to ("the
// transaction ID: 20 days", "your data: 3 months after account closure"), whether it may keep
// data indefinitely, and whether it keeps data "as long as needed".
// A period is read only in a sentence about keeping or deleting data (or in a table whose header
// names a retention column), and it applies to what the keeping verb governs: its object ("we
// keep the transaction ID for 20 days"), the subject of a passive ("log files are kept for 72
// hours"), the row's first cell in a table, or — for "this data" — the sentence before or the
// section heading. It is "your data" only when the sentence speaks of personal data as a whole,
// and "some data" when nothing says what. Not periods: a reply to a request, data already made
// anonymous, a hypothetical of the provider's ("if we keep"). A denial ("we do not store these
// cookies permanently") is never an indefinite retention.
import {
  NUMBER_WORDS, PERIOD_RULES, RETENTION_CONTEXT, RETENTION_POLICY_RULES, RETENTION_PRONOUN, RETENTION_SUBJECTS, TABLE_PERIOD,
} from '../../rules/facts/retention.ts';
import {
  ACTIVITY_HEADING, ANAPHOR, CLAUSE_LIKE, COOKIE_LIFETIME, COOKIE_TABLE, DATA_NOUN, DEIDENTIFIED_KEPT, DEIDENTIFIED_OBJECT, PERIOD_ANAPHOR, DISPOSAL, EVENT_AFTER, FROM_REQUEST, GENERIC_SUBJECT, HEADING_LEAD, INTRANSITIVE,
  KEEP_SAFE, KEEP_VERB, MORE_THAN_BEFORE, NEXT_SAME_THING, PERIOD_IN_EVENT, PERIOD_THEN_NEXT, NON_PERSONAL_KEPT, NOT_KEPT, CLAUSE_BREAK, OBJECT_AFTER, OBJECT_END, PARTICIPLE_TAIL, PASSIVE_BEFORE, PRONOUN, REQUEST_NEAR, RETENTION_COLUMN,
  RETENTION_HEADING, REPLY_BEFORE, RETENTION_NOUN, RIGHT_BEFORE, SUBJECT_CUT, SUBJECT_TAIL, TOPIC,
} from '../../rules/claims/retention.ts';
import type { FactRule } from '../../rules/facts/types.ts';
import type { Reading } from '../clause/read.ts';
import { AnswerBuilder, yesIf } from './answer.ts';
import type { ReadContext } from './context.ts';
import type { QuestionModule } from './module.ts';
import { capitalise, listJoin } from './words.ts';
import type { Answer, Claims, Stated, YesOnly } from './types.ts';

const KEEP_SAFE_ALL = new RegExp(KEEP_SAFE.source, 'gi');
const DAYS: Readonly<Record<string, number>> = { hour: 1 / 24, day: 1, week: 7, month: 30, year: 365 };
/** Cookies kept "while your browser is open" are not the provider keeping your data. */
const COOKIE_WORD = /\bcookies?\b/i;
/** A session or a cookie timing out is not an account closed for inactivity. */
const SESSION = /\b(?:cookies?|sessions?|log(?:ged)? (?:you )?out|sign(?:ed)? (?:you )?out|time-?outs?|timed out)\b/i;
/** The person's own choice to keep something indefinitely ("you have the ability to retain it"). */
const PERSON_CHOOSES = /\b(?:you|users?)\b[^.;]{0,40}\b(?:ability|option|choice|choose|able|opt)\s+(?:to|how long|whether)\b|\b(?:ability|option|choice)\s+to\s+(?:\w+\s+){0,2}(?:retain|keep|store|save)\b/i;
/** Every period names its unit: a sentence without one is not searched for periods. */
const UNIT_WORD = /\b(?:hour|day|week|month|year)s?\b/i;
const INACTIVITY_IDS: ReadonlySet<string> = new Set(['retention.period.inactivity', 'retention.period.inactivity-after']);
/** The inactivity rules first: their reading (an account closed when unused) wins over a plain one. */
const RULES: readonly FactRule[] = [...PERIOD_RULES.filter((r) => INACTIVITY_IDS.has(r.id)), ...PERIOD_RULES.filter((r) => !INACTIVITY_IDS.has(r.id))];
/** Rules whose period is a time data is kept (not the time until it is deleted or anonymised). */
const KEEPING_RULES = new Set(['retention.period.for', 'retention.period.parenthetical', TABLE_PERIOD.id]);

interface Subject {
  name: string;
  /** Sentences naming it, when not the period's own. */
  from: number[];
  ruleId?: string;
}

function amountOf(groups: Record<string, string | undefined>): number | null {
  if (groups['lone']) return 1;
  if (groups['digits']) return Number(groups['digits']);
  const num = (groups['num'] ?? '').toLowerCase();
  if (/^\d+$/.test(num)) return Number(num);
  return NUMBER_WORDS[num] ?? null;
}

function boundOf(groups: Record<string, string | undefined>): string {
  const bound = groups['bound'];
  if (groups['from']) return 'up to ';
  if (!bound) return '';
  return /least|minimum/i.test(bound) ? 'at least ' : /about|approximately|around|roughly/i.test(bound) ? 'about ' : 'up to ';
}

/** A noun phrase as a person reads it: no determiner, no "we collect", at most ten words, in
 *  lower case unless it is an acronym or a name inside a sentence. */
function tidy(raw: string): string | null {
  let what = raw.replace(/\s+/g, ' ').replace(/["“”]/g, '').trim().replace(/^(?:[•*–-]\s*)+/, '').replace(/^(?:(?:and|or|but|then|also|as well as|in particular|generally|normally|usually|typically|,)\s+)+/i, '');
  what = what.replace(/^(?:some|all|any|most|certain|parts?)(?: or (?:all|some))? of (?:the |your |our |their )?/i, '');
  what = what.replace(/^(?:we|you|they|it)\s+(?:may\s+|will\s+|also\s+|generally\s+|only\s+)*/i, '');
  const cut = SUBJECT_CUT.exec(what);
  if (cut && cut.index > 2) what = what.slice(0, cut.index);
  what = what.replace(SUBJECT_TAIL, '').replace(/^(?:(?:a|an|the|your|our|such|this|these|those|any|all|its|their|entire|full|complete|whole|aforementioned|above-mentioned|abovementioned|above mentioned|said|foregoing|relevant|same)\s+)+/i, '').replace(/[\s,;:]+$/, '').trim();
  // "Personal Information used for the ongoing relationship between you and us": its head.
  if (what.split(' ').length > 10) what = what.replace(PARTICIPLE_TAIL, '');
  if (what.length < 3 || what.split(' ').length > 10) return null;
  if (!/[a-z]/i.test(what) || /^\d/.test(what)) return null;
  const words = what.split(' ');
  if (words.length > 1 && words.every((w) => !/^[a-z]/.test(w))) return words.map((w) => (/^[A-Z][a-z]/.test(w) ? w.toLowerCase() : w)).join(' ');
  return /^[A-Z][a-z]/.test(what) ? what.charAt(0).toLowerCase() + what.slice(1) : what;
}

/** "this data" → "points back"; "your personal data" → "generic"; "call records" → the name. */
function classify(raw: string): { kind: 'anaphor' | 'generic' | 'named'; name: string } | null {
  const trimmed = raw.replace(/\s+/g, ' ').trim().replace(/^(?:(?:and|or|but|then|also|in particular|,)\s+)+/i, '').replace(/^(?:we|you|they)\s+(?:may\s+|will\s+|also\s+)*/i, '');
  if (PRONOUN.test(trimmed)) return { kind: 'anaphor', name: '' };
  const name = tidy(trimmed);
  if (name === null) return ANAPHOR.test(trimmed) ? { kind: 'anaphor', name: '' } : null;
  if (RETENTION_NOUN.test(name)) return { kind: 'generic', name: 'your data' };
  if (GENERIC_SUBJECT.test(name) || GENERIC_SUBJECT.test(trimmed)) return { kind: ANAPHOR.test(trimmed) ? 'anaphor' : 'generic', name: 'your data' };
  return { kind: 'named', name };
}

/** The keeping verbs of `text`, leaving out a capitalised one inside a name ("Deleted Items"). */
function keepVerbs(text: string): RegExpExecArray[] {
  return [...text.matchAll(KEEP_VERB)].filter((v) => !/^[A-Z]/.test(v[0]) || /(?:^|[.:;])\s*$/.test(text.slice(0, v.index)));
}

/** The subject of a passive (or of "remains"), from the words before its auxiliary: the noun
 *  phrase before a relative clause ("identifiers that are used … are retained"), after a "that"
 *  which opens a clause ("please note that all recorded calls are deleted"). */
function passiveSubject(before: string, segment: string): string {
  let head = before.replace(PASSIVE_BEFORE, '').replace(/\b(?:(?:may|might|will|would)\s+)?(?:need|needs|have|has)\s+to\s*$/i, '').replace(/\b(?:will|may|can|shall|must|would|should|could|might)\s*$/i, '');
  const rel = [...head.matchAll(/\b(?:that|which|who)\s/gi)].pop();
  if (rel) {
    const tail = head.slice(rel.index + rel[0].length);
    if (tail.trim() === '') {
      // "our sales centres record all calls which will be retained": the calls.
      head = head.slice(0, rel.index).replace(/[\s,]+$/, '');
      const det = [...head.matchAll(/\b(?:a|an|all|the|your|any|our|their|these|those)\s+/gi)].pop();
      if (det && det.index > 0) head = head.slice(det.index);
    } else {
      head = /\b(?:is|are|was|were|be|been|has|have|had|will|may|can|do|does)\b/i.test(tail) ? head.slice(0, rel.index) : tail;
    }
  }
  // "Some of the member's data, such as the email address, will be retained": before the apposition.
  const beforeComma = head.split(',')[0] ?? '';
  const clauseStart = Math.max(head.lastIndexOf(','), head.lastIndexOf('('), head.lastIndexOf(':'), head.search(/\s[-–—]\s(?!.*\s[-–—]\s)/));
  head = head.slice(clauseStart + 1);
  if (head.trim() === '' && beforeComma.trim() !== '' && !/\b(?:is|are|was|were|will|we|you)\b/i.test(beforeComma)) head = beforeComma;
  // "… goes into the folder where it remains": the subject after the last subordinator.
  const sub = [...head.matchAll(/\b(?:where|when|while|because|since|although|whereas|if|once|unless|until)\s/gi)].pop();
  if (sub) head = head.slice(sub.index + sub[0].length);
  // Table cells run together ("… our products The data is kept"): a capitalised determiner starts it.
  const cap = [...head.matchAll(/\s(?:The|This|These|Those|Such|Your|All|Any)\s/g)].pop();
  if (cap) head = head.slice(cap.index + 1);
  head = head.replace(/^\s*(?:and|but|so|then|after which(?: point in time)?|once|when|if|where)\s+/i, '').trim();
  // "This data is transmitted to a partner, and may be retained …": the sentence's subject.
  if (head === '') head = /^\s*(?<np>[^,;]{2,60}?)\s+(?:is|are|was|were|will|may|can|shall)\s/i.exec(segment)?.groups?.['np'] ?? '';
  return head;
}

/** "Data (such as the URL, browser information) is kept": the brackets say what, not which. */
function withoutBrackets(text: string): string {
  return text.replace(/\s*\([^()]*\)/g, '');
}

/** What the verb before the period governs, in the clause (between ; or :) holding the period;
 *  with no verb before it, what a verb after it governs ("we wait 60 days before deleting the
 *  account", "after 60 days, the account is deleted"), or an elliptical clause's noun ("; customer
 *  care records for five years"). */
function governed(text: string, start: number, end: number): string | null {
  const segStart = Math.max(text.lastIndexOf(';', start - 1), text.lastIndexOf(':', start - 1)) + 1;
  const nextSemi = text.indexOf(';', end);
  const segEnd = nextSemi === -1 ? text.length : nextSemi;
  const left = withoutBrackets(text.slice(segStart, start));
  const segment = withoutBrackets(text.slice(segStart, segEnd));
  const verb = keepVerbs(left).pop();
  if (verb) {
    const before = left.slice(0, verb.index).replace(/\b\w+(?:ed|en)\s+(?:and|or)\s+$/i, '');
    if (INTRANSITIVE.test(verb[0]) || PASSIVE_BEFORE.test(before)) return passiveSubject(before, segment);
    const after = left.slice(verb.index + verb[0].length);
    // A list, each thing with its own period: "we keep A for 10 years, …, and B for one year".
    if (after.includes(',')) {
      const last = (after.split(',').pop() ?? '').replace(/^\s*(?:and|or|as well as)\s+/i, '').replace(/\s+(?:for|of|a period of)\s*$/i, '').trim();
      if (last !== '' && last.split(/\s+/).length <= 10 && keepVerbs(last).length === 0 && !CLAUSE_LIKE.test(last)) return last;
    }
    // "we keep A for 2 years and B for three months": B's period is B's.
    const next = [...after.matchAll(PERIOD_THEN_NEXT)].pop();
    if (next) {
      const second = after.slice(next.index + next[0].length).replace(/\s+(?:for|of|a period of)\s*$/i, '').trim();
      if (second !== '' && second.split(/\s+/).length <= 10 && keepVerbs(second).length === 0 && !CLAUSE_LIKE.test(second) && !NEXT_SAME_THING.test(second)) return second;
    }
    const stop = OBJECT_END.exec(after);
    const object = (stop ? after.slice(0, stop.index) : after).trim();
    if (object !== '') return object;
    return OBJECT_AFTER.exec(text.slice(end, segEnd))?.groups?.['what'] ?? null;
  }
  // "…: for 1 year after you delete your account": the event's verb governs no kept thing.
  const event = EVENT_AFTER.exec(text.slice(end, segEnd));
  const right = text.slice(end + (event ? event[0].length : 0), segEnd);
  const next = keepVerbs(right.slice(0, 80))[0];
  if (next) {
    const before = right.slice(0, next.index).replace(/\b\w+(?:ed|en)\s+(?:and|or)\s+$/i, '');
    if (INTRANSITIVE.test(next[0]) || PASSIVE_BEFORE.test(before)) return passiveSubject(before, '');
    const after = right.slice(next.index + next[0].length);
    const stop = OBJECT_END.exec(after);
    return (stop ? after.slice(0, stop.index) : after).trim() || null;
  }
  const bare = (left.replace(/\s+(?:for|is|are|kept|of|a period of)\s*$/i, '').split(',')[0] ?? '').trim();
  return bare !== '' && bare.split(/\s+/).length <= 10 && !CLAUSE_LIKE.test(bare) ? bare : null;
}

/** A section heading that names a kind of data ("5. Data relevant to payment"). */
function headingSubject(ctx: ReadContext, i: number): Subject | null {
  const h = ctx.sentences[i]?.headingIndex;
  if (h === undefined) return null;
  const text = ctx.heading(i).replace(HEADING_LEAD, '').trim();
  if (text === '' || RETENTION_HEADING.test(text) || ACTIVITY_HEADING.test(text) || CLAUSE_LIKE.test(text) || /\?\s*$/.test(text) || text.split(/\s+/).length > 10) return null;
  const c = classify(text);
  if (!c || c.kind !== 'named') return null;
  // A heading naming a product or a feature ("Outlook") names its data.
  return { name: DATA_NOUN.test(c.name) ? c.name : `${c.name} data`, from: [h] };
}

/** For "retain it", "this data": the subject of the sentence before, or of the heading. */
function pointedTo(ctx: ReadContext, i: number, found: ReadonlyMap<number, Subject>): Subject | null {
  if (i > 0 && ctx.sentences[i - 1]?.headingIndex === ctx.sentences[i]?.headingIndex) {
    const prev = found.get(i - 1);
    if (prev) return { name: prev.name, from: [i - 1, ...prev.from] };
    const before = RETENTION_SUBJECTS.find((s) => s.pattern.test(ctx.texts[i - 1] ?? ''));
    if (before) return { name: before.name, from: [i - 1], ruleId: before.id };
  }
  return headingSubject(ctx, i);
}

/** A table whose header names a retention column: per row sentence, the row's name (first cell)
 *  and the number of cells before the sentence, so that a period's column is known. */
interface TableRow { name: string | null; first: number; cellsBefore: number; column: number }

function retentionTables(ctx: ReadContext): Map<number, TableRow> {
  const rows = new Map<number, TableRow>();
  let table: { column: number; heading: number | undefined } | null = null;
  let first = -1;
  let cellsBefore = 0;
  ctx.sentences.forEach((s, i) => {
    const text = ctx.texts[i] ?? '';
    if (s.isHeading || (table && s.headingIndex !== table.heading)) table = null;
    if (s.isHeading || (!table && !text.includes(';'))) return;
    const cells = text.split(/;\s+/);
    if (cells.length >= 2 && !/[.!?]$/.test(text) && cells.every((c) => c.split(/\s+/).length <= 6) && !cells.some((c) => COOKIE_TABLE.test(c))) {
      const column = cells.findIndex((c) => RETENTION_COLUMN.test(c));
      if (column >= 0 && !COOKIE_TABLE.test(ctx.heading(i))) {
        table = { column, heading: s.headingIndex };
        first = -1;
        return;
      }
    }
    if (!table) return;
    const newRow = i === 0 || ctx.sentences[i - 1]?.blockIndex !== s.blockIndex;
    if (newRow) {
      if (cells.length < 2) { table = null; return; }
      first = i;
      cellsBefore = 0;
    }
    const name = tidy((ctx.texts[first] ?? '').split(/;\s+/)[0] ?? '');
    rows.set(i, { name, first, cellsBefore, column: table.column });
    cellsBefore += cells.length - 1;
  });
  return rows;
}

/** A condition of the provider's own ("if we keep it longer", "should we"), or a question: it
 *  states nothing. A condition on the person or an event ("if you close your account, we delete
 *  your data after 30 days") is when the period runs, and is read. */
function hypothetical(r: Reading, text: string, at: number): boolean {
  return r.conditional && (/\?\s*$/.test(text) || /\b(?:if|whether|should|in the event(?: that)?|in case|to the extent)\s+we\b/i.test(text.slice(0, at)));
}

interface Found { start: number; end: number; amount: number; unit: string; bound: string; ruleId: string; inactivity: boolean }

/** "Non-personal information may be stored indefinitely", "we hold non-identifying statistics
 *  permanently": the clause keeping it indefinitely (from the last ";" or contrast before the
 *  verb, or the kept object itself) is about data that identifies no one. */
function nonPersonalKept(text: string, at: number, matched: string): boolean {
  if (!/non-?(?:p|i)/i.test(text)) return false;
  if (/^\S+\s+(?:(?:all|any|some|such|the|this|that|these|those|our)\s+)?non-?(?:personal(?:ly)?|identif\w*)\b/i.test(matched)) return true;
  const before = text.slice(Math.max(0, at - 120), at);
  let start = 0;
  for (const b of before.matchAll(CLAUSE_BREAK)) start = b.index + b[0].length;
  return NON_PERSONAL_KEPT.test(before.slice(start));
}

export function readRetention(ctx: ReadContext): Claims['retention'] {
  const periods = new AnswerBuilder<Stated>('stated');
  const indefinite = new AnswerBuilder<YesOnly>('yes');
  const asNeeded = new AnswerBuilder<YesOnly>('yes');
  const tables = retentionTables(ctx);
  const subjects = new Map<number, Subject>();
  ctx.texts.forEach((text, i) => {
    const row = tables.get(i);
    const aboutAt = (k: number): boolean => ctx.hasLabel(k, 'Data Retention') || ctx.test(RETENTION_CONTEXT.pattern, k);
    const about = aboutAt(i) || (i > 0 && ctx.test(PERIOD_ANAPHOR, i) && aboutAt(i - 1));
    const found: Found[] = [];
    const seen = new Set<number>();
    const take = (rule: FactRule, m: RegExpExecArray): void => {
      const groups = m.groups ?? {};
      const amount = amountOf(groups);
      const unit = (groups['lone'] ?? groups['unit'] ?? '').toLowerCase();
      const end = m.index + m[0].trimEnd().length;
      if (amount === null || DAYS[unit] === undefined || seen.has(end)) return;
      seen.add(end);
      found.push({ start: m.index + (m[0].length - m[0].trimStart().replace(/^;\s*/, '').length), end, amount, unit, bound: boundOf(groups), ruleId: rule.id, inactivity: INACTIVITY_IDS.has(rule.id) });
    };
    // The rules are indexed by their unit words: ctx.matches skips most sentences unread.
    for (const rule of RULES) {
      const inactivity = INACTIVITY_IDS.has(rule.id);
      if (!inactivity && !about) continue;
      const ms = ctx.matches(rule.pattern, i);
      if (ms.length === 0 || (inactivity && (!DISPOSAL.test(text) || SESSION.test(text)))) continue;
      for (const m of ms) take(rule, m);
    }
    if (row && UNIT_WORD.test(text)) {
      for (const m of ctx.matches(TABLE_PERIOD.pattern, i)) {
        const column = row.cellsBefore + (text.slice(0, m.index + 1).match(/;/g)?.length ?? 0);
        if (column === row.column) take(TABLE_PERIOD, m);
      }
    }
    const amounts = new Set<number>();
    let before = -1;
    for (const f of found.sort((a, b) => a.start - b.start)) {
      const after = before;
      before = f.end;
      // "for one year after your account has been inactive for 24 months": 24 months is the event's.
      if (!f.inactivity && after >= 0 && after <= f.start && PERIOD_IN_EVENT.test(text.slice(after, f.start))) continue;
      const r = ctx.reading(i, f.start, f.end);
      const lead = text.slice(Math.max(0, f.start - 90), f.start);
      if (r.minors) continue;
      if (!f.inactivity && MORE_THAN_BEFORE.test(lead)) {
        if (!r.negated) continue;
        f.bound = 'up to ';
      } else if (r.negated && !f.inactivity) continue;
      if (hypothetical(r, text, f.start)) continue;
      const clause = text.slice(Math.max(0, text.lastIndexOf(';', f.start - 1) + 1), f.start);
      if (!f.inactivity && (REQUEST_NEAR.test(lead.slice(Math.max(0, lead.length - 60))) || REPLY_BEFORE.test(clause) || FROM_REQUEST.test(text.slice(f.end)))) continue;
      if (KEEPING_RULES.has(f.ruleId) && DEIDENTIFIED_KEPT.test(lead.slice(lead.lastIndexOf(';') + 1)) && !/\b(?:then|after which|thereafter)\b/i.test(lead)) continue;
      if (f.bound === '' && /\b(?:within|at the latest|at most|no later than)\s*$/i.test(lead)) f.bound = 'up to ';
      const days = f.amount * (DAYS[f.unit] ?? 1);
      if (amounts.has(days)) continue;
      amounts.add(days);
      const subject = f.inactivity ? { name: 'inactive accounts', from: [] } : subjectOf(ctx, i, f, row, subjects);
      if (subject && COOKIE_LIFETIME.test(subject.name)) continue;
      if (subject && !f.inactivity) subjects.set(i, subject);
      const what = subject?.name ?? 'some data';
      const event = f.inactivity ? null : EVENT_AFTER.exec(text.slice(f.end));
      const prep = event?.groups?.['prep']?.toLowerCase();
      const since = event && (prep !== 'of' || /within|up to/.test(f.bound)) ? ` ${prep === 'from' || prep === 'since' ? 'from' : 'after'} ${event.groups?.['event']?.trim() ?? ''}` : '';
      const span = `${f.bound}${f.amount} ${f.unit}${f.amount === 1 ? '' : 's'}${since}`;
      const evidence = [i, ...(subject?.from ?? [])];
      periods.cite(i, f.ruleId).detail(`${what}: ${span}`, evidence, { amount: days, ...(f.inactivity ? { kind: 'inactivity' } : {}) });
      for (const s of subject?.from ?? []) periods.cite(s, subject?.ruleId);
    }
    if (!about) return;
    // "Vendors must keep personal data confidential": about keeping data only in that sense.
    if (KEEP_SAFE.test(text) && !RETENTION_CONTEXT.pattern.test(text.replace(KEEP_SAFE_ALL, ' '))) return;
    for (const rule of RETENTION_POLICY_RULES) {
      const m = ctx.matches(rule.pattern, i)[0];
      if (!m) continue;
      const r = ctx.reading(i, m.index, m.index + m[0].length);
      if (rule.kind === 'indefinite') {
        if (r.negated || NOT_KEPT.test(text) || r.conditional || r.deidentified || r.minors || r.narrowItem || PERSON_CHOOSES.test(text.slice(0, m.index + m[0].length))) continue;
        if (nonPersonalKept(text, m.index, m[0])) continue;
        indefinite.cite(i, rule.id);
      } else if (
        !hypothetical(r, text, m.index) && !(r.conditional && RIGHT_BEFORE.test(text.slice(0, m.index))) && !COOKIE_WORD.test(text.slice(Math.max(0, m.index - 60), m.index + m[0].length)) &&
        !(r.deidentified && DEIDENTIFIED_OBJECT.test(text.slice(text.lastIndexOf(';', m.index - 1) + 1, m.index + m[0].length)))
      ) {
        asNeeded.cite(i, rule.id);
      }
    }
  });
  return {
    periods: periods.hasEvidence ? periods.build() : { value: 'not-stated', details: [], evidence: [], ruleIds: [] },
    indefinite: yesIf(indefinite),
    'as-needed': yesIf(asNeeded),
  };
}

/** What a period applies to: what its verb governs when that names a kind of data, else a kind
 *  the sentence names (the older subject list), the table row, "your data" for data as a whole,
 *  and for "this data" the sentence before or the heading. */
function subjectOf(ctx: ReadContext, i: number, f: Found, row: TableRow | undefined, found: ReadonlyMap<number, Subject>): Subject | null {
  const text = ctx.texts[i] ?? '';
  if (f.ruleId === TABLE_PERIOD.id && row?.name) return { name: row.name, from: row.first === i ? [] : [row.first] };
  // "Generally, this period varies from 3 to 7 years": the period of the data named before.
  if (PERIOD_ANAPHOR.test(text.slice(0, f.start)) && !ctx.test(RETENTION_CONTEXT.pattern, i)) return pointedTo(ctx, i, found);
  const raw = governed(text, f.start, f.end);
  const c = raw === null ? null : classify(raw);
  if (c?.kind === 'named') return { name: c.name, from: [], ruleId: 'retention.subject.named' };
  const own = RETENTION_SUBJECTS.find((s) => ctx.test(s.pattern, i));
  if (own) return { name: own.name, from: [], ruleId: own.id };
  if (row?.name) return { name: row.name, from: row.first === i ? [] : [row.first] };
  const topic = topicOf(text, f.start);
  if (topic) return { name: topic, from: [], ruleId: 'retention.subject.named' };
  if (c?.kind === 'generic') return { name: 'your data', from: [] };
  if (c?.kind === 'anaphor' || ctx.test(RETENTION_PRONOUN.pattern, i)) return pointedTo(ctx, i, found);
  return null;
}

/** A sentence's topic before a colon, when it names data ("Hashed email addresses: …"). */
function topicOf(text: string, before: number): string | null {
  const m = TOPIC.exec(withoutBrackets(text.slice(0, before)));
  const topic = m?.groups?.['topic'];
  if (!topic || !DATA_NOUN.test(topic) || CLAUSE_LIKE.test(topic) || topic.split(/\s+/).length > 8) return null;
  const c = classify(topic);
  return c?.kind === 'named' ? c.name : null;
}

/** The longest period stated, in days (0 when none). */
export function longestPeriod(periods: Answer<Stated>): number {
  return Math.max(0, ...periods.details.map((d) => d.amount ?? 0));
}

/** "billing information: 7 years" → "billing information for 7 years". */
function keptFor(text: string): string {
  return text.replace(/^(.*): (.*)$/, '$1 for $2');
}

export const retentionQuestion: QuestionModule<'retention'> = {
  id: 'retention',
  heading: 'How long they keep it',
  read: readRetention,
  lines: (claim) => {
    const lines = [];
    if (claim.periods.value === 'stated') {
      const shown = claim.periods.details.slice(0, 4);
      const kept = shown.filter((d) => d.kind !== 'inactivity').map((d) => keptFor(d.text));
      const unused = shown.filter((d) => d.kind === 'inactivity').map((d) => d.text.replace(/^.*: /, ''));
      const more = claim.periods.details.length > 4 ? ` (and ${claim.periods.details.length - 4} more periods)` : '';
      const parts = [
        ...(kept.length > 0 ? [`Keeps ${kept.join('; ')}.`] : []),
        ...(unused.length > 0 ? [`Closes or deletes accounts unused for ${listJoin(unused, 'or')}.`] : []),
      ];
      const text = parts.join(' ').replace(/\.$/, `${more}.`);
      lines.push({ id: 'retention.periods', question: 'retention' as const, text: capitalise(text), evidence: claim.periods.evidence });
    }
    if (claim.indefinite.value === 'yes') {
      lines.push({ id: 'retention.indefinite', question: 'retention' as const, text: 'May keep some of your data indefinitely.', flag: 'bad' as const, evidence: claim.indefinite.evidence });
    }
    if (claim['as-needed'].value === 'yes') {
      const what = claim.periods.value === 'stated' ? 'Keeps other data' : 'Keeps your data';
      lines.push({ id: 'retention.as-needed', question: 'retention' as const, text: `${what} as long as it needs it or the law requires, with no fixed period.`, flag: 'caution' as const, evidence: claim['as-needed'].evidence });
    }
    if (lines.length === 0) lines.push({ id: 'retention.not-stated', question: 'retention' as const, text: "The policy doesn't say how long it keeps your data.", evidence: [] });
    return lines;
  },
  items: {
    periods: { stated: { says: 'states how long it keeps data', rank: 1 }, 'not-stated': { says: "doesn't state any period", rank: 0 } },
    indefinite: { yes: { says: 'may keep data indefinitely', rank: -1 }, 'not-stated': { says: "doesn't say it keeps data indefinitely", rank: 0 } },
    'as-needed': { yes: { says: 'keeps data as long as it needs it', rank: 0 }, 'not-stated': { says: "doesn't say it keeps data as long as needed", rank: 0 } },
  },
  detailItems: ['periods'],
};
