// Sentence ends that compromise's splitter misses inside one of its sentences.
import { abbreviationEnds, isAbbreviationBoundary } from './abbreviations.ts';

// A full stop inside closing brackets or quotes: compromise only splits at "[.!?] " so
// "(The type of Personal Information collected is listed below.) This Policy ..." (seed 001)
// stays one sentence. A match ends after the closers.
const CLOSED_STOP = /[.!?]["'”’)\]]+(?=\s+["“(]?\p{Lu})/gu;

// What both kinds of missed end need: terminal punctuation, optional closers, then whitespace
// (abbreviationEnds looks for a full stop before a space, CLOSED_STOP for closers before one).
// Most sentences have their only stop at the end and skip the scans below.
const POSSIBLE_END = /[.!?]["'”’)\]]*\s/u;

/** Offsets in `text` (one of compromise's sentences) just after each missed sentence end. */
export function missedBoundaries(text: string): number[] {
  return POSSIBLE_END.test(text) ? scanMissedBoundaries(text) : [];
}

/** missedBoundaries without the pre-test (exported for the test that holds one to the other). */
export function scanMissedBoundaries(text: string): number[] {
  const found = new Set<number>(abbreviationEnds(text));
  for (const match of text.matchAll(CLOSED_STOP)) {
    const end = match.index + match[0].length;
    if (!isAbbreviationBoundary(text.slice(Math.max(0, end - 40), end), text.slice(end, end + 40).trimStart())) found.add(end);
  }
  return [...found].sort((a, b) => a - b);
}
