// The not-a-policy view's links: tracking parameters removed, each policy page once.
import { describe, expect, it } from 'vitest';
import { cleanPolicyLinks, withoutTracking } from '../../src/popup/links.ts';

describe('withoutTracking', () => {
  it('drops utm_*, fbclid, gclid and the like, and keeps what chooses the page', () => {
    expect(withoutTracking('https://example.com/privacy?utm_source=news&utm_medium=email&lang=en&fbclid=IwAR0&gclid=x')).toBe('https://example.com/privacy?lang=en');
    expect(withoutTracking('https://example.com/privacy?utm_campaign=spring')).toBe('https://example.com/privacy');
    expect(withoutTracking('https://example.com/privacy?msclkid=1&mc_eid=2&_ga=3#cookies')).toBe('https://example.com/privacy#cookies');
    expect(withoutTracking('https://example.com/p?id=7')).toBe('https://example.com/p?id=7');
  });
  it('leaves what is not a URL as it was', () => expect(withoutTracking('not a url')).toBe('not a url'));
});

describe('cleanPolicyLinks', () => {
  it('lists each page once, in the order found, with the first name that has text', () => {
    const links = cleanPolicyLinks([
      { href: 'https://shop.example/privacy?utm_source=footer', text: '' },
      { href: 'https://shop.example/privacy/#contact', text: ' Privacy\n Policy ' },
      { href: 'https://SHOP.example/privacy?fbclid=abc', text: 'Privacy' },
      { href: 'https://pay.example/privacy?gclid=1&lang=en', text: 'Payment partner privacy' },
      { href: 'javascript:alert(1)', text: 'Privacy' },
    ]);
    expect(links).toEqual([
      { href: 'https://shop.example/privacy', text: 'Privacy Policy' },
      { href: 'https://pay.example/privacy?lang=en', text: 'Payment partner privacy' },
    ]);
  });
  it('keeps different pages apart, and different queries that choose a page', () => {
    const links = cleanPolicyLinks([
      { href: 'https://a.example/privacy?lang=en', text: 'English' },
      { href: 'https://a.example/privacy?lang=fr', text: 'Français' },
      { href: 'https://a.example/cookies', text: 'Cookies' },
    ]);
    expect(links.map((l) => l.href)).toEqual(['https://a.example/privacy?lang=en', 'https://a.example/privacy?lang=fr', 'https://a.example/cookies']);
  });
});
