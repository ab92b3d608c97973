// Blocks → sentences. compromise's rule-based splitter finds the boundaries inside each block
// (never across one); then the fixes policies need: abbreviations (abbreviations.ts), long
// enumerations and run-ons (long-sentences.ts). Every sentence keeps exact offsets:
// text.slice(start, end) === sentence.text, trimmed of whitespace at both ends.
import type { Block, Sentence } from '../types.ts';
import { isAbbreviationBoundary } from './abbreviations.ts';
import { chunks } from './chunks.ts';
import { compromiseSpans } from './compromise-split.ts';
import { longSentenceCuts, NEVER_CUT_LENGTH } from './long-sentences.ts';
import { missedBoundaries } from './missed-boundaries.ts';
import { cutSpan, hasWords, trimSpan } from './spans.ts';
import type { Span } from './spans.ts';

// compromise ends a sentence at every newline, but the newlines left inside a block are line
// wraps (blocks.ts already cut the block there otherwise). Replacing each with a space keeps
// every offset.
const LINE_BREAKS = /[\n\r\t\f\v\u2028\u2029]/u;
const LINE_BREAKS_ALL = new RegExp(LINE_BREAKS.source, 'gu');
const LOWER_START = /^\p{Ll}/u;

/** Whether compromise's boundary between two adjacent spans is a false one. */
function falseBoundary(flat: string, before: Span, after: Span): boolean {
  const next = flat.slice(after[0], after[1]);
  // A sentence does not start in lower case: "... legal@phone.com . to have ..." or an
  // abbreviation compromise does not know.
  if (LOWER_START.test(next) || !hasWords(flat, after)) return true;
  return isAbbreviationBoundary(flat.slice(before[0], before[1]), next);
}

/** compromise's spans of a block, asked chunk by chunk (chunks.ts), relative to the block. */
function* boundaries(flat: string): Generator<[number, number]> {
  for (const [from, to] of chunks(flat)) {
    for (const [start, end] of compromiseSpans(from === 0 && to === flat.length ? flat : flat.slice(from, to))) yield [from + start, from + end];
  }
}

/** Sentence spans of one block, relative to the block's text. */
function splitBlock(raw: string): Span[] {
  const flat = LINE_BREAKS.test(raw) ? raw.replace(LINE_BREAKS_ALL, ' ') : raw;
  const merged: Span[] = [];
  for (const [start, end] of boundaries(flat)) {
    const span = trimSpan(flat, start, end);
    if (span[1] <= span[0]) continue;
    const last = merged[merged.length - 1];
    if (last && falseBoundary(flat, last, span)) last[1] = span[1];
    else merged.push(span);
  }
  const spans: Span[] = [];
  // Most spans need no cut at all: they are kept as they are, without the copies and arrays
  // of cutting (a sixth of what segmenting the seeds allocated).
  for (const span of merged) {
    const missed = missedBoundaries(flat.slice(span[0], span[1]));
    const pieces = missed.length === 0 ? [span] : cutSpan(flat, span, missed.map((at) => ({ end: at, start: at })));
    for (const piece of pieces) {
      const long = piece[1] - piece[0] > NEVER_CUT_LENGTH ? longSentenceCuts(flat.slice(piece[0], piece[1])) : [];
      if (long.length === 0) spans.push(piece);
      else spans.push(...cutSpan(flat, piece, long));
    }
  }
  return spans.filter((span) => hasWords(flat, span));
}

export function splitSentences(text: string, blocks: readonly Block[]): Sentence[] {
  const sentences: Sentence[] = [];
  let headingIndex: number | undefined;
  blocks.forEach((block, blockIndex) => {
    const isHeading = block.kind === 'heading';
    const raw = text.slice(block.start, block.end);
    // A heading is one sentence whatever its punctuation ("Right to Know. Right to Delete.").
    const spans = isHeading ? [trimSpan(raw, 0, raw.length)].filter((s) => hasWords(raw, s)) : splitBlock(raw);
    for (const [s, e] of spans) {
      const start = block.start + s;
      const end = block.start + e;
      const sentence: Sentence = { index: sentences.length, start, end, text: text.slice(start, end), blockIndex, isHeading };
      if (headingIndex !== undefined) sentence.headingIndex = headingIndex;
      sentences.push(sentence);
      if (isHeading) headingIndex = sentence.index;
    }
  });
  return sentences;
}
