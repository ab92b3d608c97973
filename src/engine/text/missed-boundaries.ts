// Sentence ends that compromise's splitter misses inside one of its sentences.
import { abbreviationEnds, isAbbreviationBoundary } from './abbreviations.ts';

// A full stop inside closing brackets or quotes: compromise only splits at "[.!?] " so
// "(The type of Personal Information collected is listed below.) This Policy ..." (seed 001)
// stays one sentence. A match ends after the closers.
const CLOSED_STOP = /[.!?]["'”’)\]]+(?=\s+["“(]?\p{Lu})/gu;

/** Offsets in `text` (one of compromise's sentences) just after each missed sentence end. */
export function missedBoundaries(text: string): number[] {
  const found = new Set<number>(abbreviationEnds(text));
  for (const match of text.matchAll(CLOSED_STOP)) {
    const end = match.index + match[0].length;
    if (!isAbbreviationBoundary(text.slice(Math.max(0, end - 40), end), text.slice(end, end + 40).trimStart())) found.add(end);
  }
  return [...found].sort((a, b) => a - b);
}
