import { describe, expect, it } from 'vitest';
import { segmentHtml } from '../../../src/engine/text/segment-html.ts';
import { segment } from '../../../src/engine/text/segment.ts';
import type { Segmentation } from '../../../src/engine/text/segment.ts';
import { SEED_TEXTS, seedText } from './seed-texts.ts';

/** Everything the extension's highlighting relies on. */
function expectWellFormed({ text, blocks, sentences }: Segmentation, label: string): void {
  let previousEnd = 0;
  sentences.forEach((s, i) => {
    expect(s.index, `${label}: index of sentence ${i}`).toBe(i);
    expect(text.slice(s.start, s.end), `${label}: offsets of sentence ${i}`).toBe(s.text);
    expect(s.text !== '' && s.text.trim() === s.text, `${label}: sentence ${i} is trimmed and not empty`).toBe(true);
    expect(s.start >= previousEnd, `${label}: sentence ${i} starts after the one before ends`).toBe(true);
    const block = blocks[s.blockIndex];
    expect(block !== undefined && s.start >= block.start && s.end <= block.end, `${label}: sentence ${i} lies inside its block`).toBe(true);
    expect(s.isHeading, `${label}: sentence ${i} isHeading matches its block`).toBe(block?.kind === 'heading');
    if (s.headingIndex !== undefined) {
      expect(s.headingIndex < i && sentences[s.headingIndex]?.isHeading, `${label}: sentence ${i} headingIndex points up to a heading`).toBe(true);
    }
    previousEnd = s.end;
  });
}

describe('segment on the five seed policies', () => {
  it.each(SEED_TEXTS.map((s) => [s.file, s.text]))('%s: every sentence keeps exact offsets', (file, text) => {
    const result = segment({ text });
    expect(result.text, `${file}: the analysed text is the input`).toBe(text);
    expect(result.sentences.length > 50, `${file}: has sentences`).toBe(true);
    expectWellFormed(result, file);
  });

  it('keeps the Fusion sentence broken over five PDF lines as one sentence (seed 004)', () => {
    const { sentences } = segment({ text: seedText('004') });
    const hits = sentences.filter((s) => s.text.includes('collectively, "') || s.text.includes('"us"), are committed to keeping'));
    expect(hits, 'one sentence holds both ends').toHaveLength(1);
    expect(hits[0]?.text.startsWith('Fusion Connect, Inc., and its subsidiaries'), 'starts at the company name').toBe(true);
    expect(hits[0]?.text.endsWith('are committed to keeping the information we collect safe and secure.'), 'ends at its full stop').toBe(true);
  });

  it('reads seed headings without a full stop as one-sentence headings', () => {
    const headings = (prefix: string): string[] => segment({ text: seedText(prefix) }).sentences.filter((s) => s.isHeading).map((s) => s.text);
    expect(headings('000'), 'seed 000').toContain('Sharing Restrictions');
    expect(headings('001'), 'seed 001').toContain('YOUR CALIFORNIA PRIVACY RIGHTS');
    expect(headings('002'), 'seed 002').toContain('Information We May Collect:');
    expect(headings('003'), 'seed 003').toContain('Information you give to us');
    expect(headings('004'), 'seed 004').toContain('How We Collect Personal Data');
  });

  it('does not split the seeds after Inc. or inside emails', () => {
    const all = SEED_TEXTS.flatMap((s) => segment({ text: s.text }).sentences.map((x) => x.text));
    expect(all.some((s) => s.startsWith('Conifer Communications, Inc. understands the trust')), 'seed 000: "Inc. understands"').toBe(true);
    expect(all.some((s) => /\S@\S+\.\S/.test(s) && s.endsWith('@')), 'no sentence ends inside an email').toBe(false);
    expect(all.some((s) => s.startsWith('com') || s.startsWith('phone.com')), 'no sentence starts inside an email').toBe(false);
  });
});

describe('segment with blocks from the caller', () => {
  const text = 'Cookies\n\nWe use cookies. We use pixels.';

  it('uses the given blocks instead of reading the text', () => {
    const { sentences } = segment({ text, blocks: [{ kind: 'paragraph', start: 0, end: 7 }, { kind: 'paragraph', start: 9, end: text.length }] });
    expect(sentences.map((s) => [s.text, s.isHeading]), 'the caller says "Cookies" is a paragraph').toEqual([
      ['Cookies', false],
      ['We use cookies.', false],
      ['We use pixels.', false],
    ]);
  });

  it('sorts, clips and de-overlaps untrusted blocks', () => {
    const result = segment({
      text,
      blocks: [
        { kind: 'paragraph', start: 9, end: 500 },
        { kind: 'heading', start: -3, end: 7 },
        { kind: 'paragraph', start: 20, end: 30 },
        { kind: 'paragraph', start: Number.NaN, end: 4 },
      ],
    });
    expect(result.blocks, 'sane blocks').toEqual([
      { kind: 'heading', start: 0, end: 7 },
      { kind: 'paragraph', start: 9, end: text.length },
    ]);
    expectWellFormed(result, 'untrusted blocks');
  });
});

describe('segmentHtml', () => {
  it('segments HTML and returns an input segment() reads the same way', () => {
    const html = '<nav>Home</nav><h2>Sharing</h2><p>We share data with <b>Acme, Inc.</b> We never sell it.</p><ul><li>Vendors &amp; partners.</li></ul>';
    const result = segmentHtml(html);
    expect(result.sentences.map((s) => s.text), 'sentences').toEqual(['Sharing', 'We share data with Acme, Inc.', 'We never sell it.', 'Vendors & partners.']);
    expect(result.sentences.map((s) => s.headingIndex), 'headings').toEqual([undefined, 0, 0, 0]);
    expectWellFormed(result, 'html');
    expect(segment({ text: result.text, blocks: result.blocks }).sentences, 'round trip through AnalysisInput').toEqual(result.sentences);
  });
});
