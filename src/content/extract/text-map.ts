// Maps offsets in the extracted text back to the DOM. Each piece is a run of extracted
// characters that corresponds one-to-one to consecutive characters of one text node; collapsed
// whitespace, dropped invisible characters and block separators fall between pieces.

export interface TextPiece {
  textStart: number;
  textEnd: number;
  node: Text;
  nodeOffset: number;
}

/** A slice of one live text node. */
export interface NodeSlice {
  node: Text;
  start: number;
  end: number;
}

export class TextMap {
  readonly #pieces: readonly TextPiece[];

  constructor(pieces: readonly TextPiece[]) {
    this.#pieces = pieces;
  }

  get pieces(): readonly TextPiece[] {
    return this.#pieces;
  }

  /** The live text-node slices that hold text[start, end), in document order. */
  slicesFor(start: number, end: number): NodeSlice[] {
    const out: NodeSlice[] = [];
    for (let i = this.#firstEndingAfter(start); i < this.#pieces.length; i++) {
      const piece = this.#pieces[i];
      if (!piece || piece.textStart >= end) break;
      if (!piece.node.isConnected) continue;
      const from = piece.nodeOffset + Math.max(start, piece.textStart) - piece.textStart;
      const to = piece.nodeOffset + Math.min(end, piece.textEnd) - piece.textStart;
      if (to > from) for (const slice of resolveSlices(piece.node, from, to)) pushMerged(out, slice);
    }
    return out;
  }

  /** A DOM Range over text[start, end), across as many text nodes as it spans. */
  rangeFor(start: number, end: number): Range | null {
    const slices = this.slicesFor(start, end);
    const first = slices[0];
    const last = slices[slices.length - 1];
    if (!first || !last) return null;
    const range = first.node.ownerDocument.createRange();
    range.setStart(first.node, first.start);
    range.setEnd(last.node, last.end);
    return range;
  }

  /** Binary search: index of the first piece whose end lies after `offset`. */
  #firstEndingAfter(offset: number): number {
    let lo = 0;
    let hi = this.#pieces.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.#pieces[mid]?.textEnd ?? 0) <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

/** Pieces of one node separated only by collapsed whitespace become one slice: one mark per
 *  run of text instead of one per word gap in indented HTML source. */
function pushMerged(out: NodeSlice[], slice: NodeSlice): void {
  const last = out[out.length - 1];
  if (last && last.node === slice.node && last.end <= slice.start && /^\s*$/.test(slice.node.data.slice(last.end, slice.start))) {
    last.end = slice.end;
  } else {
    out.push(slice);
  }
}

/**
 * Highlights split text nodes (splitText keeps the head in the original node), so an offset
 * recorded at extraction time may now lie in a following fragment: walk forward through the
 * text nodes in document order until the offsets are used up.
 */
function resolveSlices(node: Text, start: number, end: number): NodeSlice[] {
  if (end <= node.length) return [{ node, start, end }];
  const out: NodeSlice[] = [];
  const doc = node.ownerDocument;
  const walker = doc.createTreeWalker(doc.body ?? doc.documentElement, NodeFilter.SHOW_TEXT);
  walker.currentNode = node;
  let current: Text | null = node;
  while (current && end > 0) {
    const len = current.length;
    if (start < len) out.push({ node: current, start: Math.max(0, start), end: Math.min(end, len) });
    start -= len;
    end -= len;
    current = walker.nextNode() as Text | null;
  }
  return out;
}
