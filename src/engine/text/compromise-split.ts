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

/** Sentence spans [start, end) of `text`, relative to it, in order, untrimmed. */
export function compromiseSpans(text: string): Array<[number, number]> {
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
