import { describe, expect, it } from 'vitest';
import { bulletMarker } from '../../../src/engine/text/bullets.ts';

describe('bulletMarker', () => {
  it('recognises glyph bullets and measures the marker with its spaces', () => {
    expect(bulletMarker('• To bill you'), 'bullet dot').toEqual({ length: 2, numbered: false });
    expect(bulletMarker('- item'), 'hyphen').toEqual({ length: 2, numbered: false });
    expect(bulletMarker('* item'), 'asterisk').toEqual({ length: 2, numbered: false });
    expect(bulletMarker('•'), 'glyph alone on its line (PDF extraction)').toEqual({ length: 1, numbered: false });
  });

  it('recognises enumerators', () => {
    expect(bulletMarker('1. Information We Collect')?.numbered, '"1."').toBe(true);
    expect(bulletMarker('(a) comply with the law')?.numbered, '"(a)"').toBe(true);
    expect(bulletMarker('(iv) respond to fraud')?.numbered, '"(iv)"').toBe(true);
    // Seed 002: "1)" then a run of no-break spaces.
    expect(bulletMarker('1)\u00a0 \u00a0 \u00a0 Use passcode entry')?.length, '"1)" with no-break spaces').toBe(8);
  });

  it('leaves ordinary line starts alone', () => {
    expect(bulletMarker('-5 degrees'), 'a minus sign').toBeUndefined();
    expect(bulletMarker('2019 was a year'), 'a year').toBeUndefined();
    expect(bulletMarker('e.g. names'), '"e.g."').toBeUndefined();
    expect(bulletMarker('a. m. and p. m.'), 'a one-letter enumerator needs a capital after it').toBeUndefined();
    expect(bulletMarker('We collect'), 'prose').toBeUndefined();
  });
});
