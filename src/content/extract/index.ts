// The policy's text as the engine wants it (blocks joined by blank lines, whitespace collapsed)
// plus a map back to the DOM, so a sentence the engine returns can be scrolled to or highlighted.
import type { Block, BlockKind } from '../../engine/types.ts';
import { TextBuilder } from './builder.ts';
import { findRoot } from './root.ts';
import { isSkipped } from './skip.ts';
import { TextMap } from './text-map.ts';

export { TextMap, type NodeSlice } from './text-map.ts';

export interface Extraction {
  text: string;
  blocks: Block[];
  map: TextMap;
}

const HEADING = /^H[1-6]$/;
/** Elements that end the text before them and start a new block; anything else runs inline. */
const BLOCK_TAGS = new Set([
  'P', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'LI', 'UL', 'OL', 'DL', 'DT', 'DD', 'TABLE', 'TR', 'TD', 'TH',
  'BLOCKQUOTE', 'PRE', 'FIGURE', 'FIGCAPTION', 'ADDRESS', 'DETAILS', 'SUMMARY', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HR', 'BR',
]);

function kindOf(el: Element, inherited: BlockKind): BlockKind {
  if (HEADING.test(el.tagName) || el.getAttribute('role') === 'heading') return 'heading';
  if (el.tagName === 'LI') return 'list-item';
  return inherited;
}

export function extractMainText(doc: Document): Extraction {
  const builder = new TextBuilder();
  const root = findRoot(doc);
  if (root) walk(root, 'paragraph', builder);
  builder.endBlock('paragraph');
  return { text: builder.text, blocks: builder.blocks, map: new TextMap(builder.pieces) };
}

// Recursive: DOM depth stays far below the stack limit on real pages (browsers cap nesting ~512).
function walk(el: Element, kind: BlockKind, builder: TextBuilder): void {
  for (let child = el.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === Node.TEXT_NODE) {
      builder.addText(child as Text);
    } else if (child.nodeType === Node.ELEMENT_NODE) {
      const element = child as Element;
      if (isSkipped(element)) continue;
      const isBlock = BLOCK_TAGS.has(element.tagName) || element.getAttribute('role') === 'heading';
      if (!isBlock) {
        walk(element, kind, builder);
        continue;
      }
      const inner = kindOf(element, kind);
      builder.endBlock(kind);
      walk(element, inner, builder);
      builder.endBlock(inner);
    }
  }
}
