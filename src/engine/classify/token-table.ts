// Finds which of a fixed set of tokens occur in a normalizeForMatch() string, without splitting
// it: one pass over its characters hashes each space-separated piece as it goes and looks the
// hash up in an open-addressing table, comparing characters only on a hash hit. Splitting the
// sentence and hashing every piece again in a Map allocated a string per token and cost about
// a millisecond on the five seeds (npm run bench); this pass allocates nothing.
//
// Pieces are exactly those of `normalized.split(' ')`, empty ones included, so a token set
// behaves as a Set lookup of each split piece would. A piece that starts with a digit also
// yields the DIGIT_TOKEN pseudo-token, when the table has it.
import { DIGIT_TOKEN } from '../match/pattern.ts';

export class TokenTable {
  private readonly tokens: readonly string[];
  private readonly hashes: Int32Array;
  /** Slot → token id + 1 (0: empty slot). */
  private readonly slots: Int32Array;
  private readonly mask: number;
  /** Id of the empty token, which every split of a string with a space yields; -1 if absent. */
  private readonly emptyId: number;
  /** Id of DIGIT_TOKEN; -1 if absent. */
  private readonly digitId: number;
  /** How many pieces the last scan() wrote to its `sequence`. */
  sequenceLength = 0;

  /** `tokens` must be distinct; a token's id is its index. */
  constructor(tokens: readonly string[]) {
    this.tokens = tokens;
    this.hashes = Int32Array.from(tokens, hashOf);
    let size = 16;
    while (size < tokens.length * 4) size *= 2;
    this.slots = new Int32Array(size);
    this.mask = size - 1;
    this.emptyId = tokens.indexOf('');
    this.digitId = tokens.indexOf(DIGIT_TOKEN);
    tokens.forEach((_token, id) => {
      let slot = (this.hashes[id] ?? 0) & this.mask;
      while (this.slots[slot] !== 0) slot = (slot + 1) & this.mask;
      this.slots[slot] = id + 1;
    });
  }

  get size(): number {
    return this.tokens.length;
  }

  /** Writes to `out` the id of each known token among the space-separated pieces of `text`,
   *  in order (a token found twice is written twice), each followed by the digit pseudo-token
   *  when the piece starts with a digit, and returns how many it wrote. `out` needs room for
   *  text.length + 2 ids (a piece of one digit yields two ids, and takes two characters).
   *  With `sequence` (room for text.length + 1), also writes each piece's id, or -1 for a
   *  piece not in the table, in order, and sets sequenceLength: which tokens are adjacent. */
  scan(text: string, out: Int32Array, sequence?: Int32Array): number {
    let count = 0;
    let pieces = 0;
    let start = 0;
    let hash = 0;
    const length = text.length;
    for (let i = 0; i <= length; i++) {
      const c = i < length ? text.charCodeAt(i) : 32;
      if (c !== 32) {
        hash = (Math.imul(hash, 31) + c) | 0;
        continue;
      }
      const id = i === start ? this.emptyId : this.lookup(text, start, i, hash);
      if (id >= 0) out[count++] = id;
      if (sequence) sequence[pieces++] = id;
      if (this.digitId >= 0 && i > start && isDigit(text.charCodeAt(start))) out[count++] = this.digitId;
      start = i + 1;
      hash = 0;
    }
    this.sequenceLength = pieces;
    return count;
  }

  /** Id of the token equal to text[start, end) with hash `hash`, or -1. */
  private lookup(text: string, start: number, end: number, hash: number): number {
    let slot = hash & this.mask;
    for (;;) {
      const entry = this.slots[slot] ?? 0;
      if (entry === 0) return -1;
      const id = entry - 1;
      if (this.hashes[id] === hash && sameChars(this.tokens[id] ?? '', text, start, end)) return id;
      slot = (slot + 1) & this.mask;
    }
  }
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function hashOf(token: string): number {
  let hash = 0;
  for (let i = 0; i < token.length; i++) hash = (Math.imul(hash, 31) + token.charCodeAt(i)) | 0;
  return hash;
}

function sameChars(token: string, text: string, start: number, end: number): boolean {
  if (token.length !== end - start) return false;
  for (let i = 0; i < token.length; i++) if (token.charCodeAt(i) !== text.charCodeAt(start + i)) return false;
  return true;
}
