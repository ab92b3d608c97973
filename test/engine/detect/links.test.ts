import { describe, expect, it } from 'vitest';
import { rankPolicyLinks } from '../../../src/engine/detect/links.ts';

describe('rankPolicyLinks', () => {
  it('keeps policy links, best first, deduplicated without fragments', () => {
    const links = rankPolicyLinks([
      { href: 'https://ex.com/about', text: 'About us' },
      { href: 'https://ex.com/legal/privacy#top', text: 'Privacy' },
      { href: 'https://ex.com/legal/privacy', text: 'Privacy Policy' },
      { href: 'https://ex.com/privacy/choices', text: 'Your Privacy Choices' },
      { href: 'https://ex.com/cookies', text: 'Cookie Policy' },
      { href: 'https://ex.com/terms', text: 'Terms of Use' },
      { href: 'javascript:void(0)', text: 'Privacy Policy' },
      { href: 'mailto:privacy@ex.com', text: 'privacy@ex.com' },
      { href: 'https://ex.com/de/datenschutz', text: 'Datenschutz' },
    ]);
    expect(links).toEqual([
      { href: 'https://ex.com/legal/privacy', text: 'Privacy Policy' },
      { href: 'https://ex.com/de/datenschutz', text: 'Datenschutz' },
    ]);
  });

  it('trusts rel="privacy-policy" and a privacy URL behind a neutral text', () => {
    const links = rankPolicyLinks([
      { href: 'https://ex.com/click', text: 'click here' },
      { href: 'https://ex.com/legal/privacy-notice', text: 'click here' },
      { href: 'https://ex.com/p/7', text: 'Legal', rel: 'privacy-policy' },
    ]);
    expect(links.map((l) => l.href)).toEqual(['https://ex.com/p/7', 'https://ex.com/legal/privacy-notice']);
  });

  it('returns at most five', () => {
    const many = Array.from({ length: 9 }, (_, i) => ({ href: `https://ex.com/privacy-${i}`, text: 'Privacy Notice' }));
    expect(rankPolicyLinks(many)).toHaveLength(5);
  });
});
