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

export function textFromHtml(html: string): { text: string; blocks: Block[] } {
  const stack: Frame[] = [];
  const blocks: Block[] = [];
  let dropDepth = 0;
  let buffer = '';
  let text = '';

  const currentKind = (): Frame['kind'] => {
    for (let i = stack.length - 1; i >= 0; i--) {
      const kind = stack[i]?.kind;
      if (kind) return kind;
    }
    return undefined;
  };

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
      stack.push({ name, dropped, kind: frameKind(name, attribs) });
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
  parser.write(html);
  parser.end();
  flush();
  return { text, blocks };
}
