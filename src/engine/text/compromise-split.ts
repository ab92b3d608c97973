// compromise's rule-based sentence splitter alone, without its tagger: a full nlp(text) parse
// costs about 250 times more and the engine only needs the boundaries here. 'compromise/one'
// is the tokenizer without the tagger's lexicon and models: importing it costs ~46 ms in place
// of ~480 ms for the full library, the larger part of a stopped worker's first analysis, and
// its splitter is the same code (the engine's output is identical: npm run check:identical).
import nlp from 'compromise/one';

type SplitSentences = (text: string, world: object) => string[];

interface TokenizeMethods {
  one?: { tokenize?: { splitSentences?: SplitSentences } };
}

const world = nlp.world();
const splitter = (nlp.methods() as TokenizeMethods).one?.tokenize?.splitSentences;
if (typeof splitter !== 'function') throw new Error('compromise no longer exposes one.tokenize.splitSentences');
const split: SplitSentences = splitter;

// Where compromise's splitter can cut (its 01-simple-split.js): after a run of terminal
// punctuation followed by whitespace, at a CJK full stop, or at a newline. A text with none of
// these comes back whole, so it skips the splitter: about six blocks in ten on the seeds
// (lists, short paragraphs), each of which paid its fixed cost (split, isSentence, merges).
const POSSIBLE_CUT = /[.!?\u203D\u2E18\u203C\u2047-\u2049\u0964\u0965\u061F\u06D4\u0589\u1362\u1367\u104B\u17D4\u3002]\s|[\u3002\uFF01\uFF1F\uFF61\n\r]/;

/** Sentence spans [start, end) of `text`, relative to it, in order, untrimmed. */
export function compromiseSpans(text: string): Array<[number, number]> {
  if (POSSIBLE_CUT.test(text)) return splitWithCompromise(text);
  return text.length > 0 ? [[0, text.length]] : [];
}

/** compromiseSpans without the shortcut: always asks compromise (exported for the test that
 *  holds the shortcut to it). */
export function splitWithCompromise(text: string): Array<[number, number]> {
  const pieces = split(text, world);
  return concatenatesBack(text, pieces) ? spansByLength(pieces) : spansBySearch(text, pieces);
}

/** compromise's pieces concatenate back to its input, so their lengths give the offsets.
 *  Checked by lengths and edge characters: comparing each piece with startsWith flattened
 *  the strings compromise builds by concatenation (~6 % of segmenting the seeds). */
function concatenatesBack(text: string, pieces: readonly string[]): boolean {
  let at = 0;
  for (const piece of pieces) {
    const end = at + piece.length;
    if (end > text.length) return false;
    if (piece.length > 0 && (piece.charCodeAt(0) !== text.charCodeAt(at) || piece.charCodeAt(piece.length - 1) !== text.charCodeAt(end - 1))) return false;
    at = end;
  }
  return at === text.length;
}

function spansByLength(pieces: readonly string[]): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let at = 0;
  for (const piece of pieces) {
    if (piece.length > 0) spans.push([at, at + piece.length]);
    at += piece.length;
  }
  return spans;
}

/** Should a future compromise stop returning pieces that concatenate back: find each piece
 *  in order, never moving backwards. (Exported for the test that holds the two ways equal.) */
export function spansBySearch(text: string, pieces: readonly string[]): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let at = 0;
  for (const piece of pieces) {
    let start = text.startsWith(piece, at) ? at : text.indexOf(piece, at);
    if (start === -1) start = at;
    const end = Math.min(text.length, start + piece.length);
    if (end > start) spans.push([start, end]);
    at = end;
  }
  if (at < text.length) spans.push([at, text.length]);
  return spans;
}
