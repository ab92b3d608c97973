import { describe, expect, it } from 'vitest';
import { tokensOnly } from '../../../src/engine/match/normalize.ts';
import { segment } from '../../../src/engine/text/segment.ts';
import { SEED_TEXTS } from '../text/seed-texts.ts';

/** The regex path tokensOnly replaces. */
function plain(s: string): string {
  const t = s.replace(/[^a-z0-9_]+/g, ' ');
  if (t.length === 0 || t === ' ') return ' ';
  return `${t.charCodeAt(0) === 32 ? '' : ' '}${t}${t.charCodeAt(t.length - 1) === 32 ? '' : ' '}`;
}

describe('tokensOnly', () => {
  it('equals the regex replace on every seed sentence, lower-cased or not', () => {
    for (const { text } of SEED_TEXTS) {
      for (const s of segment({ text }).sentences) {
        expect(tokensOnly(s.text.toLowerCase())).toBe(plain(s.text.toLowerCase()));
        expect(tokensOnly(s.text)).toBe(plain(s.text));
      }
    }
  });

  it('equals it on edge cases: empty, separators only, unicode, underscores, long text', () => {
    const long = SEED_TEXTS.map((s) => s.text.toLowerCase()).join(' ');
    expect(long.length).toBeGreaterThan(20_000); // longer than any buffer the seeds grew
    const cases = ['', ' ', '   ', '-', 'a', ' a ', '--a--', 'a b', 'a  b', '_email_', 'é ü 中文 ß', 'x’s \u00a0 y', '\n\tz\r', 'a'.repeat(5000), `${'b '.repeat(3000)}!`, long];
    for (const c of cases) expect(tokensOnly(c), JSON.stringify(c.slice(0, 40))).toBe(plain(c));
  });
});
