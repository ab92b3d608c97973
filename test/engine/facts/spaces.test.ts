// collapseSpaces skips the replace when it would change nothing; it must agree with it always.
import { describe, expect, it } from 'vitest';
import { collapseSpaces } from '../../../src/engine/facts/spaces.ts';

describe('collapseSpaces', () => {
  it('equals replace(/\\s+/g, " ").trim() on every kind of whitespace', () => {
    const texts = ['', ' ', 'a', 'a b', ' a b', 'a b ', 'a  b', 'a\nb', 'a\tb', 'a\u00a0b', 'a \u00a0b', '\u2028a', 'a\r\n',
      'We collect  your data.', 'Line one\nline two', '\ufeffStart', 'end\u3000', 'plain sentence with single spaces.'];
    for (const text of texts) expect(collapseSpaces(text), JSON.stringify(text)).toBe(text.replace(/\s+/g, ' ').trim());
  });
});
