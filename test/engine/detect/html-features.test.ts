import { describe, expect, it } from 'vitest';
import { detectHtml, readHtml } from '../../../src/engine/detect/from-html.ts';
import { htmlFeatures } from '../../../src/engine/detect/html-features.ts';

describe('htmlFeatures', () => {
  it('reads title, h1–h3 and the canonical link', () => {
    const html = `<!doctype html><html><head><title> Privacy Policy &amp; Notice </title>
      <link rel="canonical" href="/legal/privacy"><style>h1{color:red}</style><script>var privacy = 1;</script></head>
      <body><nav>Home</nav><h1>Privacy <em>Policy</em></h1><p>We collect data.</p><h2>Your rights</h2><h4>Deep</h4>
      <svg><text>h</text></svg></body></html>`;
    const f = htmlFeatures(html, 'https://example.com/privacy?ref=footer');
    expect(f).toEqual({
      url: 'https://example.com/privacy?ref=footer',
      title: 'Privacy Policy & Notice',
      headings: ['Privacy Policy', 'Your rights'],
      canonicalUrl: 'https://example.com/legal/privacy',
    });
  });

  it('leaves canonicalUrl out when there is none, and copes with fragments', () => {
    expect(htmlFeatures('<p>Hello <b>world</b></p>')).toEqual({ url: '', title: '', headings: [] });
  });
});

describe('readHtml and detectHtml', () => {
  it('read an untitled fragment (OPP-115 style): its text, and its first line as its name', () => {
    const html = `Example Privacy Notice <br> <br>|||We collect your email address.`;
    expect(readHtml(html).text).toContain('We collect your email address.');
    // One sentence of text is weak evidence; the name carries the decision.
    expect(detectHtml(html).isPolicy).toBe(true);
    expect(detectHtml(html.replace('Privacy Notice', 'Newsletter')).isPolicy).toBe(false);
  });
});
