// What a retention period applies to: what its keeping verb governs, a kind of data the sentence
// names, a table row's name, "your data", or for "this data" the sentence before or the heading.
import { RETENTION_CONTEXT, RETENTION_PRONOUN, RETENTION_SUBJECTS, TABLE_PERIOD } from '../../rules/facts/retention.ts';
import {
  ACTIVITY_HEADING, ANAPHOR, CLAUSE_LIKE, DATA_NOUN, EVENT_AFTER, GENERIC_SUBJECT, HEADING_LEAD, INTRANSITIVE, KEEP_VERB, NEXT_SAME_THING, OBJECT_AFTER, OBJECT_END,
  PARTICIPLE_TAIL, PASSIVE_BEFORE, PERIOD_ANAPHOR, PERIOD_THEN_NEXT, PRONOUN, RETENTION_HEADING, RETENTION_NOUN, SUBJECT_CUT, SUBJECT_TAIL, TOPIC,
} from '../../rules/claims/retention.ts';
import type { ReadContext } from './context.ts';

export interface Subject {
  name: string;
  /** Sentences naming it, when not the period's own. */
  from: number[];
  ruleId?: string;
}

/** A noun phrase as a person reads it: no determiner, no "we collect", at most ten words, in
 *  lower case unless it is an acronym or a name inside a sentence. */
export function tidy(raw: string): string | null {
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

/** What a period applies to: what its verb governs when that names a kind of data, else a kind
 *  the sentence names (the older subject list), the table row, "your data" for data as a whole,
 *  and for "this data" the sentence before or the heading. */
export function subjectOf(ctx: ReadContext, i: number, f: { start: number; end: number; ruleId: string }, row: { name: string | null; first: number } | undefined, found: ReadonlyMap<number, Subject>): Subject | null {
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
