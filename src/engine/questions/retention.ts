// How long they keep it: the periods the policy states with what each applies to ("the
// transaction ID: 20 days", "your data: 3 months after account closure"), whether it may keep
// data indefinitely, and whether it keeps data "as long as needed".
// A period is read only in a sentence about keeping or deleting data (or in a table whose header
// names a retention column), and it applies to what the keeping verb governs: its object ("we
// keep the transaction ID for 20 days"), the subject of a passive ("log files are kept for 72
// hours"), the row's first cell in a table, or — for "this data" — the sentence before or the
// section heading. It is "your data" only when the sentence speaks of personal data as a whole,
// and "some data" when nothing says what (./retention-subject.ts reads what a period applies
// to). Not periods: a reply to a request, data already made anonymous, a hypothetical of the
// provider's ("if we keep"). A denial ("we do not store these cookies permanently") is never an
// indefinite retention.
import {
  NUMBER_WORDS, PERIOD_RULES, RETENTION_CONTEXT, RETENTION_POLICY_RULES, TABLE_PERIOD,
} from '../../rules/facts/retention.ts';
import {
  CLAUSE_BREAK, COOKIE_LIFETIME, COOKIE_TABLE, DEIDENTIFIED_KEPT, DEIDENTIFIED_OBJECT, DISPOSAL, EVENT_AFTER, FROM_REQUEST, KEEP_SAFE, MORE_THAN_BEFORE,
  NON_PERSONAL_KEPT, NOT_KEPT, PERIOD_ANAPHOR, PERIOD_IN_EVENT, REPLY_BEFORE, REQUEST_NEAR, RETENTION_COLUMN, RIGHT_BEFORE,
} from '../../rules/claims/retention.ts';
import type { FactRule } from '../../rules/facts/types.ts';
import type { Reading } from '../clause/read.ts';
import { AnswerBuilder, yesIf } from './answer.ts';
import type { ReadContext } from './context.ts';
import type { QuestionModule } from './module.ts';
import { subjectOf, tidy, type Subject } from './retention-subject.ts';
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
