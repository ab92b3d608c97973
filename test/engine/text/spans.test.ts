import { describe, expect, it } from 'vitest';
import { hasWords } from '../../../src/engine/text/spans.ts';
import { SEED_TEXTS } from './seed-texts.ts';

/** What hasWords replaced: a copy of the span tested by the regex. */
const bySlice = (text: string, start: number, end: number): boolean => /[\p{L}\p{N}]/u.test(text.slice(start, end));

describe('hasWords', () => {
  it('says what testing a copy of the span says', () => {
    const texts = ['', ' ', '.', '×', ' . ', 'a', '7', 'é', '—', '文', '\u00a0•\u00a0', '𝐀', '🙂', 'x𝐀', '\ud835', '\ud835x', 'x\udc00', '½', '٣'];
    for (const { text } of SEED_TEXTS) for (let at = 0; at + 12 <= text.length; at += 211) texts.push(text.slice(at, at + 12));
    for (const text of texts) {
      for (let start = 0; start <= text.length; start++) {
        for (let end = start; end <= text.length; end++) {
          expect(hasWords(text, [start, end]), `${JSON.stringify(text)} [${start}, ${end})`).toBe(bySlice(text, start, end));
        }
      }
    }
  });
});
