// Spans [start, end) over a string, trimmed so that a highlight starts and ends on a visible
// character.

export type Span = [start: number, end: number];

import { isSpaceCode, isWordCode } from './chars.ts';

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** The span without leading and trailing whitespace; empty spans have start === end. */
export function trimSpan(text: string, start: number, end: number): Span {
  while (start < end && isSpaceCode(text.charCodeAt(start))) start++;
  while (end > start && isSpaceCode(text.charCodeAt(end - 1))) end--;
  return [start, end];
}

/** Whether the span holds a letter or digit: "×" or a lone "." is not a sentence. What
 *  WORD_CHAR.test(text.slice(start, end)) says, without the copy: code unit by code unit
 *  (isWordCode), and a surrogate pair by the regex when both halves are in the span. */
export function hasWords(text: string, [start, end]: Span): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < end) {
      if (WORD_CHAR.test(text.slice(i, i + 2))) return true;
      i++;
    } else if (isWordCode(c)) {
      return true;
    }
  }
  return false;
}

/** Cuts `span` at the given relative cuts and trims the pieces, dropping empty ones. */
export function cutSpan(text: string, [start, end]: Span, cuts: readonly { end: number; start: number }[]): Span[] {
  const pieces: Span[] = [];
  let from = start;
  for (const cut of cuts) {
    const piece = trimSpan(text, from, start + cut.end);
    if (piece[1] > piece[0]) pieces.push(piece);
    from = start + cut.start;
  }
  const last = trimSpan(text, from, end);
  if (last[1] > last[0]) pieces.push(last);
  return pieces;
}
