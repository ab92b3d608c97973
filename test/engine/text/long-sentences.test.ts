import { describe, expect, it } from 'vitest';
import { longSentenceCuts } from '../../../src/engine/text/long-sentences.ts';

describe('longSentenceCuts', () => {
  it('leaves sentences of ordinary length alone, whatever their semicolons', () => {
    expect(longSentenceCuts('We may: (i) comply with law; (ii) protect our network; or (iii) act in an emergency.'), 'short enumeration').toEqual([]);
  });

  it('cuts an enumeration of long items after each semicolon, keeping the semicolon', () => {
    const long = 'x'.repeat(420);
    const text = `(i) ${long}; (ii) ${long}`;
    expect(longSentenceCuts(text), 'one cut').toEqual([{ end: 425, start: 426 }]);
  });

  it('cuts a run-on at semicolons, or else around bullet characters', () => {
    const item = 'the personal information we collect from you';
    expect(longSentenceCuts(Array(25).fill(item).join('; ')).length, 'semicolons').toBe(24);
    const bullets = Array(25).fill(item).join(' • ');
    const cuts = longSentenceCuts(bullets);
    expect(cuts.length, 'bullets').toBe(24);
    expect(bullets.slice(cuts[0]?.end, cuts[0]?.start), 'the bullet belongs to neither piece').toBe(' • ');
  });
});
