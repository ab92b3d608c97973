// HTML → the plain text the engine analyses, with its blocks. Streams the document through
// htmlparser2 (pure JS: runs in Node, the worker and the content script, no DOM needed):
// chrome and hidden elements are dropped, headings, list items and other block elements
// become blocks, inline elements run together, entities are decoded and whitespace collapsed.
// Blocks are joined with a blank line. Text broken only by <br> (and OPP-115's "|||" segment
// separators) goes through the plain-text rules of blocks.ts, which know headings from lines.
import { Parser } from 'htmlparser2';
import type { Block, BlockKind } from '../types.ts';
import { blocksFromText } from './blocks.ts';
import { BLOCK_TAGS, DROPPED_TAGS, HEADING_TAGS, isHidden } from './html-tags.ts';

interface Frame {
  name: string;
  dropped: boolean;
  /** What a block inside this element is; 'cell' is a paragraph whose shape means nothing. */
  kind: BlockKind | 'cell' | undefined;
  /** This element's kind, or the nearest enclosing element's that has one. */
  inherited: BlockKind | 'cell' | undefined;
}

// <br> becomes U+2028 in the buffer so it survives the whitespace collapse; "|||" two of them.
const BR = '\u2028';
const SEGMENT_SEPARATOR = /\|\|\|/gu;
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/gu;

function frameKind(name: string, attribs: Readonly<Record<string, string>>): Frame['kind'] {
  if (HEADING_TAGS.has(name) || attribs['role'] === 'heading') return 'heading';
  if (name === 'li') return 'list-item';
  return name === 'td' || name === 'th' ? 'cell' : undefined;
}

/** Lines of a chunk, whitespace collapsed, joined by "\n", or "\n\n" where a blank line was. */
function chunkText(raw: string): { text: string; broken: boolean } {
  let text = '';
  let blank = false;
  let broken = false;
  for (const line of raw.replace(SEGMENT_SEPARATOR, BR + BR).split(BR)) {
    const clean = line.replace(INVISIBLE, '').replace(/\s+/gu, ' ').trim();
    if (clean === '') {
      blank = text !== '';
      continue;
    }
    if (text !== '') {
      text += blank ? '\n\n' : '\n';
      broken = true;
    }
    text += clean;
    blank = false;
  }
  return { text, broken };
}

/** Deeper than this, container elements are dropped (their text kept). */
export const MAX_NESTING = 512;
const TAG = /<(\/?)([a-zA-Z][\w:-]*)[^>]*?(\/?)>/g;
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);

/**
 * htmlparser2 keeps its open elements in an array it `unshift`s, so a page nested tens of
 * thousands deep costs it quadratic time (65k nested <div>s: 5.7 s). No page people read is
 * nested deeper than a few dozen levels: below MAX_NESTING the tags are dropped, their text
 * kept (one linear pass; a page within the limit is returned as it is).
 */
export function flattenDeepNesting(html: string, max = MAX_NESTING): string {
  let depth = 0;
  let deepest = 0;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(html); m; m = TAG.exec(html)) {
    const name = (m[2] ?? '').toLowerCase();
    if (m[3] || VOID.has(name)) continue;
    depth = m[1] ? Math.max(0, depth - 1) : depth + 1;
    if (depth > deepest) deepest = depth;
  }
  if (deepest <= max) return html;
  const stack: { name: string; kept: boolean }[] = [];
  let kept = 0;
  const out: string[] = [];
  let last = 0;
  const drop = (m: RegExpExecArray): void => {
    out.push(html.slice(last, m.index), ' ');
    last = m.index + m[0].length;
  };
  TAG.lastIndex = 0;
  for (let m = TAG.exec(html); m; m = TAG.exec(html)) {
    const name = (m[2] ?? '').toLowerCase();
    if (m[3] || VOID.has(name)) continue;
    if (!m[1]) {
      const keep = kept < max;
      stack.push({ name, kept: keep });
      if (keep) kept++;
      else drop(m);
      continue;
    }
    // A close tag ends the nearest open element of its name (and any left open inside it).
    let at = stack.length - 1;
    while (at >= 0 && stack[at]?.name !== name) at--;
    if (at < 0) continue;
    const frame = stack[at];
    for (let k = at; k < stack.length; k++) if (stack[k]?.kept) kept--;
    stack.length = at;
    if (frame && !frame.kept) drop(m);
  }
  out.push(html.slice(last));
  return out.join('');
}

export function textFromHtml(html: string): { text: string; blocks: Block[] } {
  const stack: Frame[] = [];
  const blocks: Block[] = [];
  let dropDepth = 0;
  let buffer = '';
  let text = '';

  // The kind of the nearest enclosing element that has one, kept on each frame as it is pushed:
  // walking the stack at every flush was quadratic in the nesting depth (256k nested <div>s
  // took 8.4 s).
  const currentKind = (): Frame['kind'] => stack[stack.length - 1]?.inherited;

  const flush = (): void => {
    if (buffer === '') return;
    const chunk = chunkText(buffer);
    buffer = '';
    if (chunk.text === '') return;
    if (text !== '') text += '\n\n';
    const offset = text.length;
    text += chunk.text;
    const kind = currentKind();
    // A heading broken by <br> is still one heading, a table cell one paragraph.
    if (kind === 'heading' || kind === 'cell') {
      blocks.push({ kind: kind === 'cell' ? 'paragraph' : kind, start: offset, end: text.length });
      return;
    }
    if (kind === 'list-item' && !chunk.broken) {
      blocks.push({ kind, start: offset, end: text.length });
      return;
    }
    // Other text is read by its shape, line by line: many policies mark headings only with
    // <strong> or a paragraph of its own (OPP-115: "<strong> What About Cookies? </strong> <br>").
    blocksFromText(chunk.text).forEach((block, i) => {
      blocks.push({ kind: i === 0 && kind === 'list-item' ? kind : block.kind, start: offset + block.start, end: offset + block.end });
    });
  };

  const parser = new Parser({
    onopentag(name, attribs) {
      const dropped = dropDepth > 0 || DROPPED_TAGS.has(name) || isHidden(attribs);
      if (!dropped && BLOCK_TAGS.has(name)) flush();
      if (!dropped && name === 'br') buffer += BR;
      const kind = frameKind(name, attribs);
      stack.push({ name, dropped, kind, inherited: kind ?? stack[stack.length - 1]?.inherited });
      if (dropped) dropDepth++;
    },
    onclosetag(name) {
      // htmlparser2 closes implied elements itself, so the name is normally on top; stay in
      // step with it even if not.
      let at = stack.length - 1;
      while (at >= 0 && stack[at]?.name !== name) at--;
      if (at < 0) return;
      while (stack.length > at) {
        const frame = stack[stack.length - 1];
        if (frame && !frame.dropped && BLOCK_TAGS.has(frame.name)) flush();
        stack.pop();
        if (frame?.dropped) dropDepth--;
      }
    },
    ontext(data) {
      if (dropDepth === 0) buffer += data.replaceAll(BR, ' ');
    },
  });
  parser.write(flattenDeepNesting(html));
  parser.end();
  flush();
  return { text, blocks };
}
