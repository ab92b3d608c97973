// compromise's rule-based sentence splitter alone, without its tagger: a full nlp(text) parse
// costs about 250 times more and the engine only needs the boundaries here.
import nlp from 'compromise';

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
  const spans: Array<[number, number]> = [];
  let at = 0;
  for (const piece of split(text, world)) {
    // compromise returns pieces that concatenate back to its input; search only if a
    // future version stops doing so, and never move backwards.
    let start = text.startsWith(piece, at) ? at : text.indexOf(piece, at);
    if (start === -1) start = at;
    const end = Math.min(text.length, start + piece.length);
    if (end > start) spans.push([start, end]);
    at = end;
  }
  if (at < text.length) spans.push([at, text.length]);
  return spans;
}
