// Quick-stage decisions from URL, title and headings alone, on representative pages.
import { describe, expect, it } from 'vitest';
import { quickScore, quickSignals } from '../../../src/engine/detect/quick.ts';
import type { QuickFeatures } from '../../../src/engine/detect/types.ts';

function page(url: string, title: string, headings: string[] = [], canonicalUrl?: string): QuickFeatures {
  return canonicalUrl === undefined ? { url, title, headings } : { url, title, headings, canonicalUrl };
}

describe('quickSignals', () => {
  const cases: [string, QuickFeatures, 'policy' | 'not-policy' | 'maybe'][] = [
    ['privacy policy by title and path', page('https://www.example.com/legal/privacy-policy', 'Privacy Policy | Example'), 'policy'],
    ['privacy notice by first heading', page('https://example.com/p/123', 'Example', ['Example Privacy Notice', 'Information we collect']), 'policy'],
    ['privacy statement', page('https://example.com/privacystatement', 'Microsoft Privacy Statement'), 'policy'],
    ['privacy and cookies policy is a privacy policy', page('https://www.bbc.co.uk/usingthebbc/privacy-policy/', 'The BBC Privacy and Cookies Policy'), 'policy'],
    ['German Datenschutzerklärung', page('https://www.example.de/datenschutz', 'Datenschutzerklärung – Beispiel GmbH'), 'policy'],
    ['French politique de confidentialité', page('https://www.example.fr/politique-de-confidentialite', 'Politique de confidentialité'), 'policy'],
    ['French données personnelles', page('https://c.example.fr/pages-juridiques/donnees-personnelles.html', 'Protection des données personnelles'), 'policy'],
    ['terms of service', page('https://example.com/legal/terms', 'Terms of Service'), 'not-policy'],
    ['cookie policy under a privacy path', page('https://example.com/legal/privacy-policy/cookies/', 'Cookie Policy'), 'not-policy'],
    ['data processing addendum', page('https://example.com/legal/dpa', 'Data Processing Addendum'), 'not-policy'],
    ['community guidelines', page('https://example.com/community-guidelines', 'Community Guidelines'), 'not-policy'],
    ['German Nutzungsbedingungen', page('https://example.de/agb', 'Nutzungsbedingungen'), 'not-policy'],
    ['news article', page('https://news.example.com/2024/05/01/budget-vote', 'Parliament passes the budget - Example News', ['Parliament passes the budget', 'What happens next']), 'not-policy'],
    ['shop page', page('https://shop.example.com/p/blue-kettle', 'Blue kettle 1.7 l – Example Shop', ['Blue kettle', 'Reviews']), 'not-policy'],
    ['documentation page', page('http://127.0.0.1/docs/library/http.cookies.html', 'http.cookies — HTTP state management', ['http.cookies — HTTP state management', 'Cookie Objects']), 'not-policy'],
    ['privacy path but neutral title', page('https://example.com/privacy', 'Example Inc.'), 'maybe'],
    ['privacy centre', page('https://example.com/privacy', 'Privacy Center'), 'maybe'],
    ['a page with no title and no headings', page('https://example.com/x', ''), 'maybe'],
    ['canonical URL speaks for the page', page('https://example.com/?p=12', 'Example', [], 'https://example.com/privacy-policy/'), 'maybe'],
    ['combined terms and privacy page', page('https://example.com/legal', 'Terms of Use and Privacy Policy'), 'maybe'],
  ];
  for (const [label, features, expected] of cases) {
    it(`${label} -> ${expected}`, () => {
      expect(quickSignals(features), JSON.stringify(quickScore(features).evidence)).toBe(expected);
    });
  }

  it('explains its verdict with rule ids', () => {
    const q = quickScore(page('https://example.com/privacy-policy', 'Privacy Policy'));
    expect(q.evidence.map((e) => e.id)).toEqual(['name.privacy-policy', 'url.privacy-path']);
  });

  it('reads the rightmost legal piece of the path', () => {
    const ids = (url: string) => quickScore(page(url, 'Example')).evidence.map((e) => e.id);
    expect(ids('https://example.com/privacy/cookies')).toContain('url.other-legal-path');
    expect(ids('https://example.com/terms/privacy')).toContain('url.privacy-path');
  });

  it('tolerates malformed URLs', () => {
    expect(quickSignals(page('not a url', 'Privacy Policy'))).toBe('policy');
    expect(quickSignals(page('https://example.com/%E0%A4%A', 'Blog'))).toBe('not-policy');
  });
});
