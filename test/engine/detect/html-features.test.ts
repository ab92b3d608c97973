import { describe, expect, it } from 'vitest';
import { htmlFeatures } from '../../../src/engine/detect/html-features.ts';

describe('htmlFeatures', () => {
  it('reads title, h1–h3, canonical link and visible text', () => {
    const html = `<!doctype html><html><head><title> Privacy Policy &amp; Notice </title>
      <link rel="canonical" href="/legal/privacy"><style>h1{color:red}</style><script>var privacy = 1;</script></head>
      <body><nav>Home</nav><h1>Privacy <em>Policy</em></h1><p>We collect data.</p><h2>Your rights</h2><h4>Deep</h4>
      <ul><li>Access</li><li>Deletion</li></ul><noscript>enable js</noscript></body></html>`;
    const f = htmlFeatures(html, 'https://example.com/privacy?ref=footer');
    expect(f.title).toBe('Privacy Policy & Notice');
    expect(f.headings).toEqual(['Privacy Policy', 'Your rights']);
    expect(f.canonicalUrl).toBe('https://example.com/legal/privacy');
    expect(f.text.split('\n')).toEqual(['Home', 'Privacy Policy', 'We collect data.', 'Your rights', 'Deep', 'Access', 'Deletion']);
  });

  it('leaves canonicalUrl out when there is none, and copes with fragments', () => {
    const f = htmlFeatures('<p>Hello <b>world</b></p>');
    expect(f).toEqual({ url: '', title: '', headings: [], text: 'Hello world' });
  });
});
