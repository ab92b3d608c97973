import { describe, expect, it } from 'vitest';
import nlp from 'compromise';
import { compromiseSpans, spansBySearch, splitWithCompromise } from '../../../src/engine/text/compromise-split.ts';
import { blocksFromText } from '../../../src/engine/text/blocks.ts';
import { SEED_TEXTS } from './seed-texts.ts';

/** Every case the shortcut must agree with compromise on: each seed block as splitBlock sees
 *  it (line breaks flattened), and windows of the seed text at many offsets and lengths, which
 *  start and end mid-word, mid-punctuation and inside whitespace. */
function cases(): string[] {
  const out: string[] = [
    '', ' ', '   \t ', 'Hello', 'Hello.', 'Hello. ', 'Hello.  ', 'Hello!', 'Hello?!', 'Hello world.',
    'e.g.this', 'U.S.A', 'v1.2.3 release', 'Ends with a stop.', 'Two. Sentences.', 'Wait... what',
    'Yes!No', 'Ask?Why', '文。字', '文！', '“Quoted.” then', '(no way!) and left', 'a\u2026 b', 'x.\u00a0y',
    'Interrobang\u203D done', 'line\nbreak', 'line\rbreak', '. leading stop', '!', '. ', '।', 'a। b',
  ];
  for (const { text } of SEED_TEXTS) {
    for (const block of blocksFromText(text)) out.push(text.slice(block.start, block.end).replace(/[\n\r\t\f\v\u2028\u2029]/gu, ' '));
    for (const length of [7, 31, 120, 400]) {
      for (let start = 0; start + length <= text.length; start += 97) out.push(text.slice(start, start + length));
    }
  }
  return out;
}

describe('compromiseSpans', () => {
  it('returns what compromise returns, with or without the no-boundary shortcut', () => {
    const all = cases();
    let shortcut = 0;
    for (const text of all) {
      expect(compromiseSpans(text), JSON.stringify(text)).toEqual(splitWithCompromise(text));
      if (!/[.!?\u3002\uFF01\uFF1F\uFF61\n\r]/u.test(text)) shortcut++;
    }
    // The shortcut is exercised, not only the compromise path.
    expect(shortcut).toBeGreaterThan(100);
  });
});

describe('splitWithCompromise', () => {
  it('gives the offsets that searching for each piece gives', () => {
    const methods = nlp.methods() as { one: { tokenize: { splitSentences: (text: string, world: object) => string[] } } };
    const world = nlp.world();
    for (const text of cases()) {
      const pieces = methods.one.tokenize.splitSentences(text, world);
      expect(splitWithCompromise(text), JSON.stringify(text)).toEqual(spansBySearch(text, pieces));
    }
  });
});
