import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../src/engine/language.ts';
import { SEED_TEXTS } from './text/seed-texts.ts';

const WORDS = ['the', 'of', 'and', 'to', 'a', 'in', 'is', 'you', 'that', 'it', 'for', 'we', 'our', 'your', 'with', 'as', 'on', 'be', 'or', 'are', 'this', 'by', 'not', 'may', 'from', 'us', 'will', 'can', 'have', 'any', 'such', 'if', 'at', 'an', 'which', 'information', 'use', 'privacy', 'data', 'personal'];

/** The array-based version detectLanguage replaced. */
function plain(text: string): { language: 'en' | 'unsupported'; share: number } {
  const words = text.slice(0, 15_000).toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length < 20) return { language: 'en', share: 1 };
  const sample = words.slice(0, 2_000);
  const share = sample.filter((w) => WORDS.includes(w)).length / sample.length;
  return { language: share >= 0.18 ? 'en' : 'unsupported', share };
}

describe('detectLanguage', () => {
  it('gives what matching every word into an array gave', () => {
    const french = 'Nous collectons vos données personnelles afin de fournir nos services. '.repeat(40);
    const cases = ['', 'Short text.', french, `${french} the and of`, SEED_TEXTS.map((s) => s.text).join('\n\n')];
    for (const { text } of SEED_TEXTS) for (let start = 0; start < text.length; start += 1_500) cases.push(text.slice(start, start + 3_000), text.slice(start, start + 90));
    for (const c of cases) expect(detectLanguage(c), JSON.stringify(c.slice(0, 40))).toEqual(plain(c));
  });
});
