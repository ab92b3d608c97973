// The sentence diff on its own: normalisation, insertion, deletion, edits, and the order-free fallback.
import { describe, expect, it } from 'vitest';
import { diffSentences, normaliseText } from '../../../src/engine/diff/sentences.ts';

describe('normaliseText', () => {
  it('ignores whitespace and case', () => {
    expect(normaliseText('  We  DO not\n sell. ')).toBe('we do not sell.');
  });
});

describe('diffSentences', () => {
  it('finds an insertion in the middle', () => {
    expect(diffSentences(['a', 'b', 'c'], ['a', 'x', 'b', 'c'])).toEqual({ added: [1], removed: [] });
  });

  it('finds a deletion and an edit', () => {
    expect(diffSentences(['a', 'b', 'c', 'd'], ['a', 'c', 'D!'])).toEqual({ added: [2], removed: [1, 3] });
  });

  it('treats whitespace and case changes as the same sentence', () => {
    expect(diffSentences(['We  sell.'], ['we sell.'])).toEqual({ added: [], removed: [] });
  });

  it('counts repeated sentences', () => {
    expect(diffSentences(['a', 'a'], ['a'])).toEqual({ added: [], removed: [1] });
  });

  it('stays correct past the LCS size bound (multiset diff)', () => {
    const before = Array.from({ length: 4100 }, (_, i) => `s${i}`);
    const after = [...before.slice(1, 2050), 'new', ...before.slice(2050, 4099)];
    const { added, removed } = diffSentences(['first', ...before], ['other', ...after]);
    expect(added.sort((a, b) => a - b)).toEqual([0, 2050]);
    expect(removed.sort((a, b) => a - b)).toEqual([0, 1, 4100]);
  });
});
