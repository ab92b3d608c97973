import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { textFromHtml } from '../../../src/engine/text/html.ts';

/** Blocks as [kind, text] pairs. */
function read(html: string): Array<[string, string]> {
  const { text, blocks } = textFromHtml(html);
  return blocks.map((b) => [b.kind, text.slice(b.start, b.end)]);
}

describe('textFromHtml: structure', () => {
  it('makes h1-h6 headings, li list items and p/div/td/dd/section paragraphs, joined by blank lines', () => {
    const html = '<h1>Privacy Policy</h1><section>We collect data.</section><h3>Sharing</h3><ul><li>With vendors.</li><li>With courts.</li></ul>'
      + '<dl><dt>Cookies</dt><dd>Small files.</dd></dl><div>We keep it safe.</div><table><tr><td>Name, address</td><td>Billing</td></tr></table>';
    const { text } = textFromHtml(html);
    expect(read(html), 'blocks').toEqual([
      ['heading', 'Privacy Policy'],
      ['paragraph', 'We collect data.'],
      ['heading', 'Sharing'],
      ['list-item', 'With vendors.'],
      ['list-item', 'With courts.'],
      ['heading', 'Cookies'],
      ['paragraph', 'Small files.'],
      ['paragraph', 'We keep it safe.'],
      ['paragraph', 'Name, address'],
      ['paragraph', 'Billing'],
    ]);
    expect(text.startsWith('Privacy Policy\n\nWe collect data.\n\nSharing'), 'blank line between blocks').toBe(true);
  });

  it('keeps nested inline tags inside a paragraph as one sentence of text', () => {
    const html = '<p>We <strong>never</strong> sell <a href="/x"><em>your</em> personal data</a> to <span class="x">anyone</span>.</p>';
    expect(read(html), 'one block').toEqual([['paragraph', 'We never sell your personal data to anyone.']]);
  });

  it('closes the elements HTML leaves implied', () => {
    expect(read('<ul><li>One<li>Two</ul><p>We collect data.<p>We share it.'), 'implied </li> and </p>').toEqual([
      ['list-item', 'One'],
      ['list-item', 'Two'],
      ['paragraph', 'We collect data.'],
      ['paragraph', 'We share it.'],
    ]);
  });

  it('reads a bold line in its own paragraph as a heading, by shape', () => {
    expect(read('<p><strong>Information We Collect</strong></p><p>We collect your name.</p>'), 'bold heading').toEqual([
      ['heading', 'Information We Collect'],
      ['paragraph', 'We collect your name.'],
    ]);
  });

  it('reads text broken by <br> line by line, but keeps a broken heading whole', () => {
    expect(read('<p>Contact us at:<br>Acme Inc.<br>1 Main Street</p>').map(([, t]) => t), 'address lines').toEqual(['Contact us at:', 'Acme Inc.', '1 Main Street']);
    expect(read('<h2>Privacy<br>Policy</h2>'), 'heading').toEqual([['heading', 'Privacy\nPolicy']]);
  });
});

describe('textFromHtml: what is dropped', () => {
  it('drops page chrome, code and controls', () => {
    const html = '<html><head><title>Policy | Acme</title><style>p { color: red }</style></head><body>'
      + '<header>Acme home</header><nav><a href="/">Home</a></nav><aside>Related</aside>'
      + '<main><p>We collect data.</p><script>var s = "<p>not text</p>";</script><noscript>Enable JS</noscript>'
      + '<template><p>Template</p></template><svg><text>Logo</text></svg><form><label>Email</label><input></form><button>Accept all</button></main>'
      + '<footer>© Acme</footer></body></html>';
    expect(textFromHtml(html).text, 'only the policy text').toBe('We collect data.');
  });

  it('drops elements hidden by attribute or inline style', () => {
    const html = '<p>Shown.</p><div hidden>Hidden.</div><p aria-hidden="true">Aria hidden.</p><p style="color: red; display: none">Styled away.</p><p>We <span hidden>do not </span>sell data.</p>';
    expect(textFromHtml(html).text, 'visible text').toBe('Shown.\n\nWe sell data.');
  });
});

describe('textFromHtml: text', () => {
  it('decodes entities and collapses whitespace within a block', () => {
    const html = '<p>  We &amp; our partners&nbsp;&nbsp;don&#8217;t\n\n   sell &lt;your&gt; data &mdash; ever.  </p>';
    expect(textFromHtml(html).text, 'decoded and collapsed').toBe('We & our partners don’t sell <your> data — ever.');
  });

  it('removes zero-width characters and soft hyphens', () => {
    expect(textFromHtml('<p>pri\u00advacy\u200b policy</p>').text, 'invisible characters').toBe('privacy policy');
  });

  it('reads the OPP-115 format: segments separated by "|||", lines by <br>', () => {
    const html = 'Acme Privacy Notice <br> <br>|||Last updated: March 3, 2014. We collect data. <br> <br>|||<strong> What About Cookies? </strong> <br> <br> <ul> <li> Cookies are small files. </li> </ul>|||Information Collection <br> <br> You can visit our site anonymously. <br> <br>';
    const { text } = textFromHtml(html);
    expect(text.includes('|||'), 'no separators left').toBe(false);
    expect(read(html), 'blocks').toEqual([
      ['heading', 'Acme Privacy Notice'],
      ['paragraph', 'Last updated: March 3, 2014. We collect data.'],
      ['heading', 'What About Cookies?'],
      ['list-item', 'Cookies are small files.'],
      ['heading', 'Information Collection'],
      ['paragraph', 'You can visit our site anonymously.'],
    ]);
  });

  it('returns nothing for empty or chrome-only pages', () => {
    expect(textFromHtml(''), 'empty').toEqual({ text: '', blocks: [] });
    expect(textFromHtml('<nav>Home</nav><script>x()</script>'), 'chrome only').toEqual({ text: '', blocks: [] });
  });
});

// Read-only evaluation data outside the repo: checked when present, skipped otherwise.
const OPP_DIR = new URL('../../../../shared/data/opp115/policies/', import.meta.url);
const oppFiles = existsSync(OPP_DIR) ? readdirSync(OPP_DIR).filter((f) => f.endsWith('.html')).sort().slice(0, 10) : [];

describe.skipIf(oppFiles.length === 0)('textFromHtml on OPP-115 policies (when ../shared/data is present)', () => {
  it.each(oppFiles)('%s: blocks are trimmed, ordered and free of markup and separators', (file) => {
    const { text, blocks } = textFromHtml(readFileSync(new URL(file, OPP_DIR), 'utf8'));
    expect(text.length > 500, `${file}: has text`).toBe(true);
    expect(/\|\|\||<\/?[a-z]+[\s>]/i.test(text), `${file}: no separators or tags`).toBe(false);
    let previousEnd = 0;
    for (const b of blocks) {
      const content = text.slice(b.start, b.end);
      expect(b.start >= previousEnd && content !== '' && content.trim() === content, `${file}: block at ${b.start}`).toBe(true);
      previousEnd = b.end;
    }
  });
});
