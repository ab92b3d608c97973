// Plain text → blocks (headings, paragraphs, list items) with offsets into the text.
// Blank lines (including lines of lone spaces or no-break spaces, seed 002) always end a
// block; within a run of lines, line-join.ts decides where a block ends; the finished block's
// shape decides its kind.
import type { Block, BlockKind } from '../types.ts';
import { bulletMarker } from './bullets.ts';
import { isSpaceCode } from './chars.ts';
import { looksLikeHeading, looksLikeStandaloneHeading } from './heading.ts';
import { SHORT_LINE_WORDS, shouldJoin, wordCount } from './line-join.ts';

interface Line {
  start: number;
  end: number;
}

interface Draft {
  start: number;
  end: number;
  lines: number;
  /** Counted up to SHORT_LINE_WORDS + 1: only "is the block short?" matters. */
  words: number;
  /** Open quotes and parentheses so far (straight quotes count modulo 2). */
  quotes: number;
  parens: number;
  bullet: 'glyph' | 'numbered' | undefined;
}


/** Non-blank lines, trimmed, grouped into runs separated by blank lines. */
function lineRuns(text: string): Line[][] {
  const runs: Line[][] = [];
  let run: Line[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    let start = lineStart;
    let end = lineEnd;
    while (start < end && isSpaceCode(text.charCodeAt(start))) start++;
    while (end > start && isSpaceCode(text.charCodeAt(end - 1))) end--;
    if (start < end) run.push({ start, end });
    else if (run.length > 0) {
      runs.push(run);
      run = [];
    }
    lineStart = lineEnd + 1;
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

const WORD_CAP = SHORT_LINE_WORDS + 1;

function countOpen(s: string, draft: Draft): void {
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if (code === 0x22) draft.quotes = draft.quotes === 1 ? 0 : 1; // "
    else if (code === 0x201c) draft.quotes++; // “
    else if (code === 0x201d) draft.quotes = Math.max(0, draft.quotes - 1); // ”
    else if (code === 0x28) draft.parens++; // (
    else if (code === 0x29) draft.parens = Math.max(0, draft.parens - 1); // )
  }
}

function startDraft(text: string, line: Line, bullet: Draft['bullet']): Draft {
  const draft: Draft = { start: line.start, end: line.end, lines: 1, words: 0, quotes: 0, parens: 0, bullet };
  const s = text.slice(line.start, line.end);
  draft.words = wordCount(s, WORD_CAP);
  countOpen(s, draft);
  return draft;
}

const LIST_TAIL = /(?:;|[;,]\s*(?:and|or))$/u;

/** `content` is the block's text; `previousEnd` the last characters of the block before. */
function kindOf(content: string, draft: Draft, standalone: boolean, previous: Block | undefined, previousEnd: string): BlockKind {
  const single = draft.lines === 1;
  if (draft.bullet === 'glyph') return 'list-item';
  // "1. Information We Collect" is a numbered section heading, "1) Use passcode entry ..." an item.
  if (draft.bullet === 'numbered') return single && looksLikeHeading(content) ? 'heading' : 'list-item';
  if (single && (standalone ? looksLikeStandaloneHeading(content) : looksLikeHeading(content))) return 'heading';
  // Unmarked items closed by ";" or "; and" (seed 004's "Personal Data may include:" list,
  // one item per line though the PDF may break an item itself); the item after "; and" is
  // the last one.
  if (LIST_TAIL.test(content.slice(-12))) return 'list-item';
  if (previous?.kind === 'list-item' && /\b(?:and|or)$/u.test(previousEnd)) return 'list-item';
  return 'paragraph';
}

export function blocksFromText(text: string): Block[] {
  const blocks: Block[] = [];
  const emit = (draft: Draft, standalone: boolean): void => {
    const content = text.slice(draft.start, draft.end);
    const previous = blocks[blocks.length - 1];
    const previousEnd = previous ? text.slice(Math.max(previous.start, previous.end - 12), previous.end) : '';
    blocks.push({ kind: kindOf(content, draft, standalone, previous, previousEnd), start: draft.start, end: draft.end });
  };

  for (const run of lineRuns(text)) {
    let draft: Draft | undefined;
    let pendingBullet: Draft['bullet'];
    let emitted = 0;
    for (const raw of run) {
      const marker = bulletMarker(text.slice(raw.start, raw.end));
      const line: Line = marker ? { start: raw.start + marker.length, end: raw.end } : raw;
      if (line.start >= line.end) {
        // A bullet alone on its line (PDF extraction): the item's text is on the next line.
        if (draft) {
          emit(draft, false);
          emitted++;
          draft = undefined;
        }
        pendingBullet = marker?.numbered ? 'numbered' : 'glyph';
        continue;
      }
      const s = text.slice(line.start, line.end);
      if (draft && !marker && !pendingBullet) {
        const prev = text.slice(Math.max(draft.start, draft.end - 160), draft.end);
        const prevLine = prev.slice(prev.lastIndexOf('\n') + 1).trimStart();
        const unclosed = draft.quotes > 0 || draft.parens > 0;
        if (shouldJoin({ prev: prevLine, next: s, blockLines: draft.lines, blockWords: draft.words, unclosed })) {
          draft.end = line.end;
          draft.lines++;
          draft.words = Math.min(WORD_CAP, draft.words + wordCount(s, WORD_CAP));
          countOpen(s, draft);
          continue;
        }
      }
      if (draft) {
        emit(draft, false);
        emitted++;
      }
      const bullet: Draft['bullet'] = marker ? (marker.numbered ? 'numbered' : 'glyph') : pendingBullet;
      draft = startDraft(text, line, bullet);
      pendingBullet = undefined;
    }
    if (draft) emit(draft, emitted === 0);
  }
  return blocks;
}
