// Accumulates extracted text block by block, collapsing whitespace and recording for every
// emitted run of characters which text node (and offset) it came from.
import type { Block, BlockKind } from '../../engine/types.ts';
import type { TextPiece } from './text-map.ts';

const BLOCK_SEPARATOR = '\n\n';
const WHITESPACE = /\s/;
// Zero-width characters and soft hyphens: invisible on the page, noise for the sentence splitter.
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/;

export class TextBuilder {
  readonly blocks: Block[] = [];
  readonly pieces: TextPiece[] = [];
  #text = '';
  #blockStart = -1;
  #pendingSpace: { node: Text; offset: number } | null = null;

  get text(): string {
    return this.#text;
  }

  addText(node: Text): void {
    const data = node.data;
    for (let i = 0; i < data.length; i++) {
      const ch = data.charAt(i);
      if (INVISIBLE.test(ch)) continue;
      if (WHITESPACE.test(ch)) {
        // One space per run, and only between words: leading/trailing space of a block is dropped.
        if (this.#blockStart >= 0) this.#pendingSpace ??= { node, offset: i };
        continue;
      }
      if (this.#blockStart < 0) this.#openBlock();
      else if (this.#pendingSpace) this.#emit(this.#pendingSpace.node, this.#pendingSpace.offset, ' ');
      this.#pendingSpace = null;
      this.#emit(node, i, ch);
    }
  }

  /** Ends the current block (if it has any text) as `kind`. */
  endBlock(kind: BlockKind): void {
    this.#pendingSpace = null;
    if (this.#blockStart < 0) return;
    this.blocks.push({ kind, start: this.#blockStart, end: this.#text.length });
    this.#blockStart = -1;
  }

  #openBlock(): void {
    if (this.#text.length > 0) this.#text += BLOCK_SEPARATOR;
    this.#blockStart = this.#text.length;
  }

  #emit(node: Text, offset: number, ch: string): void {
    const at = this.#text.length;
    this.#text += ch;
    const last = this.pieces[this.pieces.length - 1];
    if (last && last.node === node && last.textEnd === at && last.nodeOffset + (at - last.textStart) === offset) {
      last.textEnd = at + 1;
    } else {
      this.pieces.push({ textStart: at, textEnd: at + 1, node, nodeOffset: offset });
    }
  }
}
