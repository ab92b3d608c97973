// Full stops that do not end a sentence. compromise splits after "No." and "vs." ("No. 12 Main
// St." becomes two sentences) and keeps "etc. We also collect ..." together; policies need both
// fixed. Tokens are lower case, without their final full stop.
import { isSpaceCode } from './chars.ts';

/** Never end a sentence in a policy. */
const NEVER_FINAL = new Set([
  'e.g', 'i.e', 'eg', 'ie', 'viz', 'cf', 'mr', 'mrs', 'ms', 'dr', 'prof', 'rev', 'hon', 'vs', 'approx',
  'incl', 'esp', 'p.o', 'jan', 'feb', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);

/** End a sentence only when they cannot: before a number ("No. 5", "Sec. 3.2(b)"). */
const BEFORE_NUMBER = new Set(['no', 'nos', 'sec', 'secs', 'art', 'para', 'vol', 'ch', 'fig', 'p', 'pp', 'ref', 'tel', 'ph']);

/** Often inside a sentence ("Acme, Inc. collects", "U.S. law") but also at its end ("... provided
 *  by Acme, Inc. We also ..."): the word after them decides. */
const MAYBE_FINAL = new Set(['inc', 'corp', 'ltd', 'co', 'llc', 'l.l.c', 'plc', 'st', 'u.s', 'u.s.a', 'u.k', 'etc', 'jr', 'sr', 'bros', 'dept']);

/** Capitalised words that open a new sentence, not a name ("Inc. We", "etc. You", "U.S. The"). */
const OPENERS = new Set([
  'we', 'you', 'your', 'our', 'us', 'this', 'these', 'that', 'those', 'the', 'it', 'its', 'they',
  'their', 'if', 'in', 'for', 'to', 'when', 'where', 'while', 'please', 'some', 'all', 'any', 'each',
  'however', 'also', 'as', 'by', 'at', 'on', 'from', 'with', 'such', 'there', 'a', 'an', 'note',
  'because', 'although', 'unless', 'except', 'otherwise', 'finally', 'additionally', 'further',
  'furthermore', 'moreover', 'what', 'how', 'who', 'why', 'which', 'do', 'does', 'can', 'may', 'will',
  'i', 'my', 'he', 'she', 'no', 'not', 'only', 'most', 'many', 'other', 'here', 'after', 'before',
  'once', 'upon', 'under', 'since', 'so', 'then', 'thus', 'therefore', 'accordingly', 'generally',
]);

const CLOSERS = '"\'”’)]';
const OPENERS_BEFORE_TOKEN = '(“"\'[';
const FIRST_WORD = /^["“'(]*([\p{L}\p{N}#]+)/u;

/** The word before a final full stop (and any closing quotes or brackets after it), lower
 *  case and without that full stop: "(e.g." → "e.g", "U.S.”" → "u.s". A hand-written scan:
 *  this runs at every candidate boundary and an end-anchored regex is slow there. */
function abbreviationAtEnd(before: string): string | undefined {
  let end = before.length;
  while (end > 0 && CLOSERS.includes(before.charAt(end - 1))) end--;
  if (before.charAt(end - 1) !== '.') return undefined;
  let start = end - 1;
  while (start > 0 && !isSpaceCode(before.charCodeAt(start - 1)) && !OPENERS_BEFORE_TOKEN.includes(before.charAt(start - 1))) start--;
  return start < end - 1 ? before.slice(start, end - 1).toLowerCase() : undefined;
}

/** Whether the boundary between `before` and `after` (both trimmed) is a false one made by an
 *  abbreviation's full stop. */
export function isAbbreviationBoundary(before: string, after: string): boolean {
  const abbr = abbreviationAtEnd(before);
  if (abbr === undefined) return false;
  const next = FIRST_WORD.exec(after)?.[1] ?? '';
  if (NEVER_FINAL.has(abbr)) return true;
  if (BEFORE_NUMBER.has(abbr)) return /^[\d#]/u.test(next);
  if (MAYBE_FINAL.has(abbr)) return !/^\p{Lu}/u.test(next) || !OPENERS.has(next.toLowerCase());
  return false;
}

const FULL_STOP_BEFORE_CAPITAL = /\.(?=\s+\p{Lu})/gu;
const WORD_AFTER = /^\s+([\p{L}]+)/u;

/** Offsets just after each full stop in `text` where an abbreviation that can end a sentence
 *  does end one, because a sentence opener follows: compromise keeps "... names, emails, etc.
 *  We also ..." and "... provided by Acme, Inc. We ..." together. */
export function abbreviationEnds(text: string): number[] {
  const found: number[] = [];
  for (const match of text.matchAll(FULL_STOP_BEFORE_CAPITAL)) {
    const end = match.index + 1;
    const abbr = abbreviationAtEnd(text.slice(Math.max(0, end - 40), end));
    if (abbr === undefined || !MAYBE_FINAL.has(abbr)) continue;
    const next = WORD_AFTER.exec(text.slice(end, end + 40))?.[1];
    if (next !== undefined && OPENERS.has(next.toLowerCase())) found.push(end);
  }
  return found;
}
