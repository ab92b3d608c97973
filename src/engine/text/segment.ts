// The engine's text front door: plain text (or text with the DOM's blocks) in, blocks and
// sentences with exact offsets out. HTML goes through segment-html.ts, which the worker does not
// import: pages arrive as text with their blocks, and the HTML parser is ~90 KB it would parse
// at every start for nothing.
import type { AnalysisInput, Block, Sentence } from '../types.ts';
import { blocksFromText } from './blocks.ts';
import { splitSentences } from './sentences.ts';

export interface Segmentation {
  text: string;
  blocks: Block[];
  sentences: Sentence[];
}

/** Blocks from the caller (the content script measures them on the page) are untrusted: keep
 *  them in order, inside the text and not overlapping. */
function saneBlocks(text: string, blocks: readonly Block[]): Block[] {
  const sorted = [...blocks].sort((a, b) => a.start - b.start || a.end - b.end);
  const out: Block[] = [];
  let floor = 0;
  for (const block of sorted) {
    const start = Math.max(floor, Math.min(text.length, Math.trunc(block.start)));
    const end = Math.min(text.length, Math.trunc(block.end));
    if (!(end > start)) continue;
    out.push({ kind: block.kind, start, end });
    floor = end;
  }
  return out;
}

export function segment(input: AnalysisInput): Segmentation {
  const { text } = input;
  const blocks = input.blocks ? saneBlocks(text, input.blocks) : blocksFromText(text);
  return { text, blocks, sentences: splitSentences(text, blocks) };
}
