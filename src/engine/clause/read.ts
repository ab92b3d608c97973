// Reads a claim rule's match as a clause, not as a bag of words: is it denied ("we do not sell"),
// hypothetical ("if we sell", "'sale' means"), named by the law rather than the provider ("may
// be considered a sale"), the object of a right ("opt out of the sale"), narrowed to a group
// ("consumers under 16") or to data that identifies nobody, and who acts (we, others, you).
// The question modules (src/engine/questions) decide what each reading means for their claim.
import {
  AUXILIARIES, BOUNDARY_WORDS, CLAUSE_INITIAL_CONDITIONS, COMMA_LINK_WORDS, COMMA_SUBJECTS, CONDITIONS, DEEMED_PHRASES, DEFINITION_WORDS, DEIDENTIFIED_WORDS,
  EPISTEMIC_PHRASES, FIRST_PERSON, HARD_BOUNDARIES, HEDGED_NOT, INCLUDING_WORDS, NARROW_ITEM, NARROW_MINORS, NEGATIONS, NOT_NEGATION_AFTER,
  NOT_NEGATION_BEFORE, OBJECT_NEGATIONS, OBJECT_OF_RIGHT, OTHERS, SECOND_PERSON,
} from '../../rules/claims/clause-cues.ts';
import { tokenAt, tokenize, type Token } from './tokens.ts';

export type Actor = 'we' | 'others' | 'you' | 'unknown';

export interface Reading {
  /** A negation governs the match: "we do not sell", "is never shared", "we sell no data". */
  negated: boolean;
  /** Inside a condition or a question: "if we sell", "do we sell your data?". */
  conditional: boolean;
  /** The condition is on what the person does ("if you close your account, …"): the rest of
   *  the sentence still states what the provider does then. */
  personCondition: boolean;
  /** Part of a definition: "'sale' means", "the term 'share' refers to". */
  definition: boolean;
  /** The matched word is quoted as a term of art: "we may 'share' ...", "'sell'". */
  quoted: boolean;
  /** The law names it so: "may be considered a 'sale' under state law". */
  deemed: boolean;
  /** About knowing, not doing: "no actual knowledge that we sell". */
  epistemic: boolean;
  /** What a right or choice is about: "opt out of the sale of", "request that we delete". */
  objectOfRight: boolean;
  /** Speaks of children or minors only. */
  minors: boolean;
  /** Speaks of one cookie or item only ("this cookie"). */
  narrowItem: boolean;
  /** Speaks of aggregate, anonymous or de-identified data. */
  deidentified: boolean;
  /** An exception follows the match: "unless", "except", "other than". */
  excepted: boolean;
  /** Who does what the match says. */
  actor: Actor;
  /** Token range of the clause holding the match. */
  clause: { start: number; end: number };
}

const HARD = new Set(HARD_BOUNDARIES);
const BOUNDARY = new Set(BOUNDARY_WORDS);
const COMMA_SUBJECT = new Set(COMMA_SUBJECTS);
const COMMA_LINKS = new Set(COMMA_LINK_WORDS);
const NEGATION = new Set(NEGATIONS);
const OBJECT_NEGATION = new Set(OBJECT_NEGATIONS);
const MINORS = new Set(NARROW_MINORS);
const DEIDENTIFIED = new Set(DEIDENTIFIED_WORDS);
const WE = new Set(FIRST_PERSON);
const YOU = new Set(SECOND_PERSON);
/** Nouns for a service or a place that are another company only when named as one ("third-party
 *  services", "their apps"). */
const PLACE_NOUNS = new Set(['services', 'service', 'sites', 'site', 'websites', 'website', 'apps', 'app', 'applications', 'platforms', 'platform', 'networks', 'network']);
const USER_WORDS = new Set(['user', 'users', 'customer', 'customers', 'member', 'members', 'subscriber', 'subscribers']);
const DATA_NOUNS = new Set(['information', 'data', 'content', 'account', 'accounts', 'profile', 'profiles', 'details', 'records', 'generated', 'ids', 'identifiers']);
const OTHER = new Set(OTHERS);
const INITIAL_CONDITION = new Set(CLAUSE_INITIAL_CONDITIONS);
const AUXILIARY = new Set(AUXILIARIES);
const INCLUDING = new Set(INCLUDING_WORDS);
const RELATIVE = new Set(['that', 'which', 'who']);
const PREPOSITION = new Set(['to', 'with', 'from', 'for', 'about', 'among', 'between']);
const NOT_GERUNDS = new Set(['during', 'including', 'nothing', 'something', 'anything', 'everything', 'following', 'according', 'regarding', 'concerning', 'notwithstanding', 'pending']);

/** Does the phrase `words` start at token `i`? */
function phraseAt(tokens: readonly Token[], i: number, words: readonly string[]): boolean {
  for (let k = 0; k < words.length; k++) if (tokens[i + k]?.text !== words[k]) return false;
  return true;
}

/** Per phrase list, its phrases by first word: a sentence is scanned once, not once per phrase. */
const BY_FIRST_WORD = new WeakMap<readonly (readonly string[])[], Map<string, (readonly string[])[]>>();

function byFirstWord(phrases: readonly (readonly string[])[]): Map<string, (readonly string[])[]> {
  let index = BY_FIRST_WORD.get(phrases);
  if (!index) {
    index = new Map();
    for (const p of phrases) {
      const first = p[0] ?? '';
      const list = index.get(first);
      if (list) list.push(p);
      else index.set(first, [p]);
    }
    BY_FIRST_WORD.set(phrases, index);
  }
  return index;
}

function phraseIn(tokens: readonly Token[], from: number, to: number, phrases: readonly (readonly string[])[]): number {
  const index = byFirstWord(phrases);
  for (let i = Math.max(0, from); i < Math.min(to, tokens.length); i++) {
    const candidates = index.get(tokens[i]?.text ?? '');
    if (candidates) for (const p of candidates) if (phraseAt(tokens, i, p)) return i;
  }
  return -1;
}

/** Does a new clause start at token `i` (a boundary word, or a comma/and/or before a subject)? */
function startsClause(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!t) return false;
  if (HARD.has(t.text)) return true;
  if (t.isWord && BOUNDARY.has(t.text)) {
    // "including but not limited to" and "not only ... but also" do not start a new clause.
    if (t.text === 'but' && (tokens[i + 1]?.text === 'not' && tokens[i + 2]?.text === 'limited')) return false;
    if (t.text === 'but' && tokens[i + 1]?.text === 'also') return false;
    if (t.text === 'except' || t.text === 'unless') return true;
    return true;
  }
  if (t.text === ',' || t.text === 'and' || t.text === 'or') {
    let j = i + 1;
    if (tokens[j]?.text === 'and' || tokens[j]?.text === 'or') j++;
    if (t.text === ',' && COMMA_LINKS.has(tokens[j]?.text ?? '')) j++;
    const next = tokens[j]?.text ?? '';
    // ", such as health data" goes on the same clause ("we don't use sensitive categories, such as …").
    if (next === 'such' && tokens[j + 1]?.text === 'as') return false;
    return COMMA_SUBJECT.has(next) && !(next === 'you' && t.text !== ',');
  }
  return false;
}

/** The clause around token `at`: back to the last boundary, forward to the next. */
export function clauseAround(tokens: readonly Token[], at: number): { start: number; end: number } {
  let start = at;
  // Back to a clause start; startsClause(start) below `at` was the previous step's start - 1.
  while (start > 0 && !startsClause(tokens, start - 1) && !(start === at && startsClause(tokens, start))) start--;
  if (start > 0 && startsClause(tokens, start - 1) && HARD.has(tokens[start - 1]?.text ?? '')) { /* start after the mark */ }
  let end = at + 1;
  while (end < tokens.length && !startsClause(tokens, end)) end++;
  return { start, end };
}

function isNegationAt(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]?.text ?? '';
  if (!NEGATION.has(t)) return false;
  if (NOT_NEGATION_AFTER[t]?.includes(tokens[i + 1]?.text ?? '')) return false;
  if (NOT_NEGATION_BEFORE[t]?.includes(tokens[i - 1]?.text ?? '')) return false;
  if (HEDGED_NOT.some((p) => p[1] === t && phraseAt(tokens, i - 1, p))) return false;
  return true;
}

/** A "?" at or after token `at`, with no "." or ";" there: a loop, not two slices per reading. */
function questionAfter(tokens: readonly Token[], at: number): boolean {
  let mark = false;
  for (let i = Math.max(0, at); i < tokens.length; i++) {
    const t = tokens[i]?.text;
    if (t === '.' || t === ';') return false;
    if (t === '?') mark = true;
  }
  return mark;
}

/** CONDITIONS by first word, each word's phrases in their order: a phrase can only start at a
 *  token that is its first word (none is empty). */
const CONDITION_BY_FIRST = byFirstWord(CONDITIONS);
const NO_PHRASES: readonly (readonly string[])[] = [];
if (CONDITIONS.some((p) => p.length === 0)) throw new Error('CONDITIONS: an empty phrase');

/** A condition that the token at `at` sits in: an opener before it in the sentence, with no
 *  main clause (a comma followed by a subject) between them. */
/** The token where the condition holding `at` opens ("if", "in the event"), or -1. */
function conditionAt(tokens: readonly Token[], at: number): number {
  for (let i = at - 1; i >= 0; i--) {
    const t = tokens[i];
    if (!t) break;
    if (t.text === ';' || t.text === '.' || t.text === ':') return -1;
    if ((t.text === ',' || t.text === 'then') && COMMA_SUBJECT.has(tokens[i + 1]?.text ?? '') && i + 1 < at) return -1;
    for (const p of CONDITION_BY_FIRST.get(t.text) ?? NO_PHRASES) if (phraseAt(tokens, i, p)) return i + p.length;
    if (INITIAL_CONDITION.has(t.text) && (i === 0 || HARD.has(tokens[i - 1]?.text ?? '') || tokens[i - 1]?.text === ',') && WE.has(tokens[i + 1]?.text ?? '')) return i + 1;
  }
  return -1;
}

/** A condition on what the person does ("if you close your account, we delete …"): its
 *  subject, within the first words after the opener, is the person. */
function personCondition(tokens: readonly Token[], opener: number): boolean {
  for (let i = opener; i < opener + 3 && i < tokens.length; i++) {
    const t = tokens[i]?.text ?? '';
    if (t === 'you' || t === 'your') return true;
    if (WE.has(t) || OTHER.has(t)) return false;
  }
  return false;
}

/** "partners that sell data", "providers who may collect": the match is in a relative clause
 *  whose subject is the others named just before it. */
function relativeOfOthers(tokens: readonly Token[], at: number): boolean {
  let j = at - 1;
  for (let k = 0; k < 2 && j > 0 && (AUXILIARY.has(tokens[j]?.text ?? '') || tokens[j]?.text === 'also' || tokens[j]?.text === 'not'); k++) j--;
  if (RELATIVE.has(tokens[j]?.text ?? '') && OTHER.has(tokens[j - 1]?.text ?? '')) return true;
  // Further back in a relative clause: "our payment processors, which adhere to PCI DSS".
  for (let i = at - 1; i > 0 && i >= at - 8; i--) {
    const t = tokens[i]?.text ?? '';
    if (!tokens[i]?.isWord && t !== ',') return false;
    if (!RELATIVE.has(t) || t === 'that') continue;
    const before = tokens[i - 1]?.text === ',' ? tokens[i - 2] : tokens[i - 1];
    return OTHER.has(before?.text ?? '');
  }
  return false;
}

function actorOf(tokens: readonly Token[], clause: { start: number; end: number }, at: number): Actor {
  if (relativeOfOthers(tokens, at)) return 'others';
  // "Sharing data with partners may be considered a sale": an action is the subject, and the
  // others in it are its object.
  let first = clause.start;
  while (first < at && (!tokens[first]?.isWord || BOUNDARY.has(tokens[first]?.text ?? '') || tokens[first]?.text === 'and' || tokens[first]?.text === 'or')) first++;
  const lead = tokens[first]?.text ?? '';
  if (first < at && lead.length > 5 && lead.endsWith('ing') && !NOT_GERUNDS.has(lead)) return 'unknown';
  for (let i = clause.start; i < at; i++) {
    const t = tokens[i]?.text ?? '';
    // The subject stands before the first auxiliary: what follows it is the verb's object.
    if (AUXILIARY.has(t) && i > clause.start) break;
    // Others named after a preposition are an object in the subject ("disclosures to our
    // partners may be ..."), not the subject.
    const object = PREPOSITION.has(tokens[i - 1]?.text ?? '');
    if (t === 'our' || t === 'the' || t === 'its') {
      // "our partners" are others; "our company" / "the Company" is the provider.
      const next = tokens[i + 1]?.text ?? '';
      if (OTHER.has(next) && next !== 'company') {
        if (!object) return 'others';
        i++;
      }
      continue;
    }
    if (WE.has(t)) return 'we';
    // "User Information is encrypted": a kind of data, not the person acting.
    if (YOU.has(t) && !(USER_WORDS.has(t) && DATA_NOUNS.has(tokens[i + 1]?.text ?? ''))) return 'you';
    // "Posts and other content", "the Network provides": not another company acting.
    if (t === 'other' && !OTHER.has(tokens[i + 1]?.text ?? '')) continue;
    if (PLACE_NOUNS.has(t) && !/^(?:party|their|partner|partners)$/.test(tokens[i - 1]?.text ?? '')) continue;
    if (OTHER.has(t) && !object) return 'others';
  }
  return 'unknown';
}

/** Is the match at [matchStart, matchEnd) in `text` quoted as a term ("'sale'"), or inside a
 *  short quoted phrase ("'sharing or selling'")? An apostrophe inside a word ("don't") or after
 *  one ("users'") neither opens nor closes a quote. */
function quotedTerm(text: string, start: number, end: number): boolean {
  const before = text[start - 1] ?? '';
  const after = text[end] ?? '';
  if (/["'“‘]/.test(before) && /["'”’]/.test(after)) return true;
  const open = /(?:^|[\s([])["“‘'](?:[A-Za-z][^"“”‘’.;:!?]{0,40})?$/.exec(text.slice(Math.max(0, start - 42), start));
  if (!open) return false;
  const close = /^[^"“”‘’.;:!?]{0,40}?[A-Za-z]["”’'](?=$|[\s,.;:!?)\]])/.exec(text.slice(end - 1, end + 41));
  if (!close) return false;
  // An opening straight single quote must be closed by one, a curly one by its pair.
  const o = open[0].replace(/^[\s([]/, '')[0];
  const c = close[0][close[0].length - 1];
  return o === '"' || o === '“' ? c === '"' || c === '”' : c === "'" || c === '’';
}

/** Does a group of minors narrow the clause `clause`? A mention in it or in a clause before it
 *  ("for children under 13, we ..."), unless brought in by "including"/"even"; a mention in a
 *  later clause ("..., nor do we sell data of users under 16") narrows only that clause. */
function aboutMinors(text: string, tokens: readonly Token[], clause: { start: number; end: number }): boolean {
  const limit = clause.end < tokens.length ? (tokens[clause.end]?.start ?? text.length) : text.length;
  // Earlier clauses count back to the last full stop or semicolon only.
  let from = clause.start;
  while (from > 0 && tokens[from - 1]?.text !== ';' && tokens[from - 1]?.text !== '.') from--;
  for (let i = from; i < clause.end; i++) if (MINORS.has(tokens[i]?.text ?? '') && narrowsAt(tokens, i)) return true;
  // Most sentences have no "under " at all: looked for once per sentence, not per match.
  let under = mentionsUnder.get(tokens);
  if (under === undefined) {
    under = UNDER.test(text);
    mentionsUnder.set(tokens, under);
  }
  if (!under) return false;
  const offset = tokens[from]?.start ?? 0;
  for (const m of text.slice(offset, limit).matchAll(UNDER_AGE)) if (narrowsAt(tokens, tokenAt(tokens, offset + m.index))) return true;
  return false;
}

/** The mention of minors at token `i` narrows its clause: no "including"/"even" just before. */
function narrowsAt(tokens: readonly Token[], i: number): boolean {
  for (let k = Math.max(0, i - 4); k < i; k++) if (INCLUDING.has(tokens[k]?.text ?? '')) return false;
  return true;
}

/** matchAll copies a global pattern, so one shared literal is safe. */
const UNDER_AGE = /\bunder (?:the )?(?:age (?:of )?)?(?:1[0-8]|2[01])\b/gi;
/** What every UNDER_AGE match contains. */
const UNDER = /under /i;
const mentionsUnder = new WeakMap<readonly Token[], boolean>();

/**
 * Reads the match at `start`..`end` (character offsets in `text`): `start` should be where the
 * claim's verb or noun begins, so that a negation or subject before it is seen.
 */
/** What a sentence says as a whole, found once per sentence (a module reads many matches). */
interface SentenceCues {
  definition: boolean;
  deemed: boolean;
  deidentified: boolean;
}
const sentenceCues = new WeakMap<readonly Token[], SentenceCues>();

function cuesOf(text: string, tokens: readonly Token[]): SentenceCues {
  let cues = sentenceCues.get(tokens);
  if (!cues) {
    cues = {
      // "the terms 'sell' and 'sale' mean …", but not "the Terms of Use".
      // "by means of" is no definition.
      definition: definitionAt(tokens) || /\bthe terms? ["'“‘]/i.test(text),
      deemed: phraseIn(tokens, 0, tokens.length, DEEMED_PHRASES) >= 0,
      deidentified: tokens.some((t) => DEIDENTIFIED.has(t.text) && !(t.text === 'de' && !/^de-?identif/i.test(text.slice(t.start, t.start + 14)))),
    };
    sentenceCues.set(tokens, cues);
  }
  return cues;
}

function definitionAt(tokens: readonly Token[]): boolean {
  for (let i = 0; i < tokens.length; i++) {
    for (const p of DEFINITION_WORDS) {
      if (!phraseAt(tokens, i, p)) continue;
      if ((p[0] === 'means' || p[0] === 'mean') && tokens[i - 1]?.text === 'by') continue;
      return true;
    }
  }
  return false;
}

/** Cues of a right or choice that the provider also uses of itself ("we may choose to notify
 *  you", "we are able to"): they mark a right only when the person acts. */
const PERSON_ONLY_RIGHT = new Set(['choose', 'choice', 'able', 'ability', 'option']);

export function readClause(text: string, start: number, end = start + 1, tokens: readonly Token[] = tokenize(text)): Reading {
  const at = Math.min(tokenAt(tokens, start), Math.max(0, tokens.length - 1));
  const last = Math.max(at, Math.min(tokenAt(tokens, Math.max(start, end - 1)), tokens.length - 1));
  const clause = clauseAround(tokens, at);
  let negated = false;
  for (let i = clause.start; i < at; i++) if (isNegationAt(tokens, i)) negated = true;
  // "your address book is never uploaded": the match is the subject, the negation after it.
  for (let i = last + 1; i < Math.min(clause.end, last + 4); i++) {
    if (AUXILIARY.has(tokens[i]?.text ?? '') && isNegationAt(tokens, i + 1)) { negated = true; break; }
    if (!tokens[i]?.isWord) break;
  }
  // "we sell no data", "share none of it": a negation right after the verb.
  for (let i = at + 1; i <= Math.min(last + 1, at + 3, clause.end - 1); i++) if (OBJECT_NEGATION.has(tokens[i]?.text ?? '') && isNegationAt(tokens, i)) negated = true;
  const question = questionAfter(tokens, at);
  const cues = cuesOf(text, tokens);
  const actor = actorOf(tokens, clause, at);
  let objectOfRight = false;
  for (const p of OBJECT_OF_RIGHT) {
    if (actor === 'we' && PERSON_ONLY_RIGHT.has(p[0] ?? '')) continue;
    const from = at - p.length;
    for (let k = Math.max(0, from - 2); k <= from; k++) {
      if (k < clause.start - 1 || !phraseAt(tokens, k, p)) continue;
      // "we reserve the right to disclose": the provider's right, not the person's.
      if (p[0] === 'right' && /^reserves?$/.test(tokens[k - 2]?.text ?? '')) continue;
      objectOfRight = true;
    }
  }
  // A capitalised "Do Not Sell" is the name of a link or a right, not the provider's denial
  // ("We Do Not Sell Your Personal Information" in title case is a denial).
  const titleCase = /\b(?:Do(?:es)? Not|Don['’]t) (?:Sell|Share)\b/.exec(text.slice(Math.max(0, start - 8), end + 1));
  if (titleCase && !(titleCase[0].startsWith('Does') || WE.has(tokens[tokenAt(tokens, Math.max(0, start - 8) + titleCase.index) - 1]?.text ?? ''))) objectOfRight = true;
  let excepted = false;
  for (let i = last + 1; i < tokens.length && i <= last + 25; i++) {
    const t = tokens[i]?.text ?? '';
    if (t === ';' || t === '.') break;
    if (t === 'unless' || t === 'except' || (t === 'other' && tokens[i + 1]?.text === 'than') || (t === 'without' && tokens[i + 1]?.text === 'your')) { excepted = true; break; }
  }
  const opener = conditionAt(tokens, at);
  return {
    negated,
    conditional: opener >= 0 || question,
    personCondition: opener >= 0 && personCondition(tokens, opener),
    definition: cues.definition,
    quoted: quotedTerm(text, tokens[at]?.start ?? start, tokens[at]?.end ?? end) || quotedTerm(text, start, end),
    deemed: cues.deemed,
    epistemic: phraseIn(tokens, Math.max(0, at - 8), at, EPISTEMIC_PHRASES) >= 0,
    objectOfRight,
    minors: aboutMinors(text, tokens, clause),
    narrowItem: phraseIn(tokens, clause.start, clause.end, NARROW_ITEM) >= 0,
    deidentified: cues.deidentified,
    excepted,
    actor,
    clause,
  };
}

/** True when the reading states the practice plainly: not denied, not hypothetical, not a
 *  definition, not knowing-only, not the object of a right. */
export function asserts(r: Reading): boolean {
  return !r.negated && !r.conditional && !r.definition && !r.epistemic && !r.objectOfRight;
}

/** True when the reading plainly denies the practice (a denial, outside a condition). */
export function denies(r: Reading): boolean {
  return r.negated && !r.conditional && !r.definition && !r.objectOfRight;
}
