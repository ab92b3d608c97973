// normalizeForMatch takes shortcuts (one scan before the special replacements, padding instead
// of trim): it must give what the plain sequence of replacements gives, on every kind of input.
import { describe, expect, it } from 'vitest';
import { normalizeForMatch } from '../../../src/engine/match/normalize.ts';

/** The straightforward form the shortcuts must agree with. */
function reference(text: string): string {
  let s = text.toLowerCase();
  s = s.replace(/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g, ' _email_ ');
  s = s.replace(/\b(?:https?:\/\/|www\.)[^\s<>()"']+/g, ' _url_ ');
  s = s.replace(/(?:\+?1[\s.-]?)?(?:\(\d{3}\)|\d{3})[\s.-]\d{3}[\s.-]\d{4}\b/g, ' _phone_ ');
  const expansions: Record<string, string> = {
    "won't": 'will not', 'won’t': 'will not', "can't": 'can not', 'can’t': 'can not', cannot: 'can not',
    "n't": ' not', 'n’t': ' not', "'ll": ' will', '’ll': ' will', "'re": ' are', '’re': ' are', "'ve": ' have', '’ve': ' have',
    "'s": '', '’s': '', "s'": 's', 's’': 's',
  };
  s = s.replace(/\bwon['’]t\b|\bcan['’]t\b|\bcannot\b|n['’]t\b|['’](?:ll|re|ve|s)\b|s['’](?=\s|$)/g, (m) => expansions[m] ?? m);
  s = s.replace(/[^a-z0-9_]+/g, ' ').trim();
  return s.length === 0 ? ' ' : ` ${s} `;
}

describe('normalizeForMatch shortcuts', () => {
  const texts = ['', ' ', '.', 'a', 'A.', ' a', 'a ', '...a...', 'We collect data.', '  Two  spaces ', '(Section 1)',
    "We don't sell; you can't; we cannot.", 'Users’ data', "Children's data", 'Email privacy@example.com today',
    'Visit www.example.com or https://example.com/x', 'Call (877) 555 0100 or 800.555.0100', 'Code 12345 6789',
    'ÉTÉ café', 'Ünïcödé only', '1', '_'];
  it('agrees with the plain sequence of replacements', () => {
    for (const text of texts) expect(normalizeForMatch(text), JSON.stringify(text)).toBe(reference(text));
  });
});
