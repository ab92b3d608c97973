// src/content/detect in real headless Chromium (Debian's /usr/bin/chromium): pages are served
// from a loopback server, the module is bundled with Vite and injected. Checks the decisions,
// that ordinary pages are settled without reading innerText, and the policy links found.
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as ex from './fixtures/excerpts.ts';
import { bundleContentDetect, launchChromium, openWithDetector, servePages } from './support/browser.ts';
import { debianPages } from './support/debian-pages.ts';
import type { DetectGlobal } from './support/in-page.ts';

const html = (title: string, body: string, head = '') =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>${head}</head><body>${body}</body></html>`;
const paragraphs = (text: string) => text.split('\n').map((line) => `<p>${line}</p>`).join('');

const footer = `<footer>
  <a href="/legal/privacy-policy">Privacy Policy</a>
  <a href="/legal/privacy-policy#cookies">Privacy</a>
  <a href="/privacy/choices">Your Privacy Choices</a>
  <a href="/cookies">Cookie settings</a>
  <a href="/terms">Terms of Use</a>
  <a href="https://www.example.de/datenschutz">Datenschutz</a>
  <a href="javascript:void(0)">Privacy Notice</a>
  <svg><a href="/privacy-svg"><text>Privacy</text></a></svg>
</footer>`;

const python = debianPages().find((p) => p.path === 'library/json.html') ?? debianPages()[0];

const pages = new Map<string, string>([
  ['/legal/privacy-policy', html('Privacy Policy | Example', `<main><h1>Privacy Policy</h1>${paragraphs(ex.policyEn)}</main>`)],
  ['/blog/soup', html('Ten soup recipes – Example Blog', `<main><h1>Ten soup recipes</h1><h2>Leek and potato</h2><p>Start with butter.</p></main>${footer}`)],
  ['/privacy', html('Example Inc.', `<main>${paragraphs(ex.policyEn)}</main>`)],
  ['/legal/privacy', html('Legal – Example', `<main><h1>Legal</h1><h2>Privacy and terms</h2>${paragraphs(ex.termsArbitration)}</main>`)],
  ['/datenschutz', html('Datenschutzerklärung', `<main>${paragraphs(ex.policyDe)}</main>`)],
  ['/legal/cookies', html('Cookie Policy – Example', `<main>${paragraphs(ex.cookieTable)}</main>`, '<link rel="canonical" href="/privacy/cookie-policy">')],
  ['/rel', html('Example', '<p>Hello</p><a rel="privacy-policy" href="/p/42">Legal</a>', '<link rel="privacy-policy" href="/p/42">')],
  ['/python', python ? readFileSync(python.file, 'utf8') : ''],
  // Links whose URL names privacy only once resolved: by the base URL, a host's %-escapes or
  // non-ASCII letters, a tab inside the word; and one whose attribute does but URL does not.
  ['/tricky', html('Example', `<p>Hello</p>
    <a href="//%70rivacy.example.com/">Read more</a>
    <a href="https://ｐｒｉｖａｃｙ.example.com/">More</a>
    <a href="/priv	acy/notice">Notice</a>
    <a href="/personal data">Notice</a>
    <a href="/about">About</a>
    <a href="?ref=footer">Top</a>`)],
  ['/based', html('Example', '<p>Hello</p><a href="notice">Notice</a><a href="#top">Top</a>', '<base href="/privacy/">')],
]);

let browser: Browser;
let bundle: string;
let server: Awaited<ReturnType<typeof servePages>>;

beforeAll(async () => {
  [bundle, browser, server] = await Promise.all([bundleContentDetect(), launchChromium(), servePages(pages)]);
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function detectIn(path: string, vocabulary = true) {
  const page = await openWithDetector(browser, bundle, `${server.origin}${path}`, vocabulary);
  try {
    return await page.evaluate(() => {
      const g = window as unknown as DetectGlobal;
      const getter = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'innerText')?.get;
      let innerTextReads = 0;
      Object.defineProperty(HTMLElement.prototype, 'innerText', {
        configurable: true,
        get(this: HTMLElement) {
          innerTextReads++;
          return getter?.call(this) as string;
        },
      });
      const result = g.PolicyLensDetect.detectPolicyPage(document, location.href);
      return { result, innerTextReads };
    });
  } finally {
    await page.close();
  }
}

describe('detectPolicyPage in Chromium', () => {
  it('settles a page titled "Privacy Policy" at the quick stage, without innerText', async () => {
    const { result, innerTextReads } = await detectIn('/legal/privacy-policy');
    expect(result).toMatchObject({ isPolicy: true, stage: 'quick' });
    expect(innerTextReads).toBe(0);
  });

  it('settles an ordinary page at the quick stage, without innerText', async () => {
    const { result, innerTextReads } = await detectIn('/blog/soup');
    expect(result).toMatchObject({ isPolicy: false, stage: 'quick' });
    expect(innerTextReads).toBe(0);
  });

  it('settles a python3-doc manual page at the quick stage, without innerText', async () => {
    const { result, innerTextReads } = await detectIn('/python');
    expect(result).toMatchObject({ isPolicy: false, stage: 'quick' });
    expect(innerTextReads).toBe(0);
  });

  it('reads the main text once for a maybe page: a policy at /privacy with a neutral title', async () => {
    const { result, innerTextReads } = await detectIn('/privacy');
    expect(result).toMatchObject({ isPolicy: true, stage: 'full' });
    expect(innerTextReads).toBe(1);
  });

  it('leaves a maybe page undecided, its text unread, until the worker has sent the vocabulary', async () => {
    const { result, innerTextReads } = await detectIn('/privacy', false);
    expect(result).toBeNull();
    expect(innerTextReads).toBe(0);
  });

  it('reads the text and rejects terms of service on a privacy-looking path', async () => {
    const { result } = await detectIn('/legal/privacy');
    expect(result).toMatchObject({ isPolicy: false, stage: 'full' });
  });

  it('detects a German Datenschutzerklärung', async () => {
    expect((await detectIn('/datenschutz')).result?.isPolicy).toBe(true);
  });

  it('rejects a cookie policy (also by its canonical URL)', async () => {
    expect((await detectIn('/legal/cookies')).result).toMatchObject({ isPolicy: false, stage: 'quick' });
  });
});

describe('findPolicyLinks in Chromium', () => {
  async function linksIn(path: string) {
    const page = await openWithDetector(browser, bundle, `${server.origin}${path}`);
    try {
      return await page.evaluate(() => (window as unknown as DetectGlobal).PolicyLensDetect.findPolicyLinks(document));
    } finally {
      await page.close();
    }
  }

  it('returns absolute, deduplicated policy links, best first', async () => {
    const links = await linksIn('/blog/soup');
    // Not: the privacy-choices and cookie-settings links, terms, javascript: URLs, SVG links.
    expect(links).toEqual([
      { href: `${server.origin}/legal/privacy-policy`, text: 'Privacy Policy' },
      { href: 'https://www.example.de/datenschutz', text: 'Datenschutz' },
    ]);
  });

  it('sees the links a naive filter on every resolved URL sees, no more, no fewer', async () => {
    const seen: Record<string, string[]> = {};
    for (const path of ['/blog/soup', '/rel', '/tricky', '/based', '/python']) {
      const page = await openWithDetector(browser, bundle, `${server.origin}${path}`);
      try {
        const { fast, naive } = await page.evaluate(() => {
          const may = /privacy|privacidad|privacidade|privacybeleid|datenschutz|confidentialit|donn[ée]es[ -]personnelles|vie[ -]priv[ée]e|data[ -]?protection|personal[ -]?data|gdpr/i;
          const all: string[] = [];
          for (const el of document.querySelectorAll<HTMLAnchorElement | HTMLLinkElement>('a[href], area[href], link[rel~="privacy-policy" i][href]')) {
            const href: unknown = el.href;
            if (typeof href !== 'string') continue;
            const rel = el.getAttribute('rel') ?? '';
            const text = el instanceof HTMLLinkElement ? '' : (el.textContent ?? '');
            const label = text.trim() || el.getAttribute('aria-label') || el.getAttribute('title') || '';
            if (/privacy-policy/i.test(rel) || may.test(label) || may.test(href)) all.push(href);
          }
          const found = (window as unknown as DetectGlobal).PolicyLensDetect.policyLinkCandidates(document).map((c) => c.href);
          return { fast: found, naive: all };
        });
        expect(fast, path).toEqual(naive);
        seen[path] = fast;
      } finally {
        await page.close();
      }
    }
    // The cases the attribute alone would miss are there (and a space escaped is not).
    expect(seen['/tricky']).toEqual(['http://privacy.example.com/', 'https://privacy.example.com/', `${server.origin}/privacy/notice`]);
    expect(seen['/based']).toEqual([`${server.origin}/privacy/notice`, `${server.origin}/privacy/#top`]);
  });

  it('prefers rel="privacy-policy"', async () => {
    expect(await linksIn('/rel')).toEqual([{ href: `${server.origin}/p/42`, text: 'Legal' }]);
  });
});
