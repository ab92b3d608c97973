import { describe, expect, it } from 'vitest';
import { missedBoundaries, scanMissedBoundaries } from '../../../src/engine/text/missed-boundaries.ts';
import { SEED_TEXTS } from './seed-texts.ts';

describe('missedBoundaries', () => {
  it('finds what the full scan finds: the pre-test only skips text without a candidate', () => {
    const cases = ['', 'We collect data.', 'Acme, Inc. We collect data.', 'names, etc. You may object.', '(Listed below.) This Policy applies.', 'End.” The next', 'No stop here'];
    for (const { text } of SEED_TEXTS) {
      for (const length of [40, 150, 600]) for (let start = 0; start + length <= text.length; start += 53) cases.push(text.slice(start, start + length));
    }
    let found = 0;
    for (const c of cases) {
      const expected = scanMissedBoundaries(c);
      found += expected.length;
      expect(missedBoundaries(c), JSON.stringify(c)).toEqual(expected);
    }
    expect(found).toBeGreaterThan(0);
  });
});
