import { describe, expect, it } from 'vitest';
import { blocksFromText } from '../../../src/engine/text/blocks.ts';
import type { Block } from '../../../src/engine/types.ts';
import { SEED_TEXTS, seedText } from './seed-texts.ts';

/** Blocks as [kind, text] pairs, for readable expectations. */
function read(text: string, blocks: readonly Block[] = blocksFromText(text)): Array<[string, string]> {
  return blocks.map((b) => [b.kind, text.slice(b.start, b.end)]);
}

function blockHolding(text: string, needle: string): [string, string] | undefined {
  return read(text).find(([, t]) => t.includes(needle));
}

describe('blocksFromText: paragraphs and headings', () => {
  it('splits paragraphs at blank lines and finds headings without a full stop (seed 000 style)', () => {
    const text = '\n\nPrivacy Policy\n\nUpdated June 8, 2018\n\nWe collect data. We keep it safe.\n\nVoIP Services\n\nWe record calls.';
    expect(read(text), 'blocks').toEqual([
      ['heading', 'Privacy Policy'],
      ['heading', 'Updated June 8, 2018'],
      ['paragraph', 'We collect data. We keep it safe.'],
      ['heading', 'VoIP Services'],
      ['paragraph', 'We record calls.'],
    ]);
  });

  it('treats lines of lone spaces or no-break spaces as blank (seed 002 style)', () => {
    const text = 'Privacy Policy\n\n\u00a0\n\nWe take privacy seriously.\n \nInformation We May Collect:\u00a0\n\n\u00a0\n\nWe may collect your name.';
    expect(read(text), 'blocks').toEqual([
      ['heading', 'Privacy Policy'],
      ['paragraph', 'We take privacy seriously.'],
      ['heading', 'Information We May Collect:'],
      ['paragraph', 'We may collect your name.'],
    ]);
  });

  it('reads a short sentence-case line standing alone as a heading (seed 003)', () => {
    const text = 'What Information We Collect\n\nInformation you give to us\n\nWe collect information you provide to us directly.';
    expect(read(text).map(([kind]) => kind), 'kinds').toEqual(['heading', 'heading', 'paragraph']);
  });

  it('keeps one paragraph per line apart (seed 001 style)', () => {
    const text = 'YOUR CALIFORNIA PRIVACY RIGHTS\nResidents of California have rights.\nThis site qualifies for the alternative option.\nPhone.com\n184 South Livingston Avenue\nSuite 9-222';
    expect(read(text), 'blocks').toEqual([
      ['heading', 'YOUR CALIFORNIA PRIVACY RIGHTS'],
      ['paragraph', 'Residents of California have rights.'],
      ['paragraph', 'This site qualifies for the alternative option.'],
      ['heading', 'Phone.com'],
      ['paragraph', '184 South Livingston Avenue'],
      ['heading', 'Suite 9-222'],
    ]);
  });
});

describe('blocksFromText: lists', () => {
  it('makes bullet lines list items, without their marker', () => {
    const text = 'We use this information:\n\n  • To complete any orders.\n  • To bill you.\n- To support you.\n* To recommend products.\n1. To notify you.\n(a) To comply with law;\n(ii) To protect rights.';
    expect(read(text), 'blocks').toEqual([
      ['paragraph', 'We use this information:'],
      ['list-item', 'To complete any orders.'],
      ['list-item', 'To bill you.'],
      ['list-item', 'To support you.'],
      ['list-item', 'To recommend products.'],
      ['list-item', 'To notify you.'],
      ['list-item', 'To comply with law;'],
      ['list-item', 'To protect rights.'],
    ]);
  });

  it('reads "1)" items with no-break spaces (seed 002) and a numbered Title Case line as a heading', () => {
    const text = '1)\u00a0 \u00a0 Use passcode entry to ensure only invited participants join.\n\n2. Information We Collect';
    expect(read(text), 'blocks').toEqual([
      ['list-item', 'Use passcode entry to ensure only invited participants join.'],
      ['heading', 'Information We Collect'],
    ]);
  });

  it('puts a bullet alone on its line together with the text on the next line', () => {
    expect(read('•\nTo bill you for services.\n•\nTo support you.'), 'blocks').toEqual([
      ['list-item', 'To bill you for services.'],
      ['list-item', 'To support you.'],
    ]);
  });

  it('joins a bullet item wrapped by the PDF onto its next line', () => {
    expect(read('• To bill you for the products and\nservices you buy.\n• To support you.'), 'blocks').toEqual([
      ['list-item', 'To bill you for the products and\nservices you buy.'],
      ['list-item', 'To support you.'],
    ]);
  });

  it('reads unmarked one-per-line items closed by ";" and "; and" as list items (seed 004)', () => {
    const text = 'Personal Data may include:\nYour Name;\nYour home or work address; and\nYour Internet usage information.';
    expect(read(text).map(([kind]) => kind), 'kinds').toEqual(['heading', 'list-item', 'list-item', 'list-item']);
  });
});

describe('blocksFromText: PDF line breaks (seed 004, the Fusion policy)', () => {
  const fusion = seedText('004');

  it('re-joins a sentence broken at every quotation mark', () => {
    const block = blockHolding(fusion, 'collectively, "');
    expect(block?.[1].startsWith('Fusion Connect, Inc., and its subsidiaries (collectively, "\nFusion", "\nwe", "\nour", or "\nus"), are committed'), 'one block across five lines').toBe(true);
    expect(block?.[1].endsWith('Please read this Privacy Policy carefully.'), 'up to the end of the paragraph').toBe(true);
  });

  it('keeps a heading a heading when a paragraph follows on the next line', () => {
    expect(blockHolding(fusion, 'How We Collect Personal Data'), 'Title Case heading').toEqual(['heading', 'How We Collect Personal Data']);
    expect(blockHolding(fusion, 'What Personal Data Do We Collect?'), 'question heading').toEqual(['heading', 'What Personal Data Do We Collect?']);
    expect(blockHolding(fusion, 'Special Notice Regarding Minors'), 'heading before a broken paragraph').toEqual(['heading', 'Special Notice Regarding Minors']);
  });

  it('re-joins lines broken before a link or a lower-case word', () => {
    expect(blockHolding(fusion, 'In some cases you have a')?.[1], 'article at the line end').toContain('you have a\nchoice about');
    expect(blockHolding(fusion, 'by contacting')?.[1], 'link on the next line').toContain("by contacting\nFusion's Privacy Officer. Federal law");
    expect(blockHolding(fusion, 'please contact visit')?.[1], 'URL on the next line').toContain('visit\nhttps://www.fusionconnect.com/privacy/ or contact\nFusion');
  });

  it('keeps table cells apart', () => {
    expect(blockHolding(fusion, 'Name, address, email address, PFI'), 'a cell').toEqual(['paragraph', 'Name, address, email address, PFI']);
    expect(blockHolding(fusion, 'Supporting day-to-day business operations'), 'the next row').toEqual(['paragraph', 'Supporting day-to-day business operations']);
  });
});

describe('blocksFromText: offsets', () => {
  it.each(SEED_TEXTS.map((s) => [s.file, s.text]))('%s: blocks are in order, trimmed and non-empty', (file, text) => {
    let previousEnd = 0;
    for (const block of blocksFromText(text)) {
      const content = text.slice(block.start, block.end);
      expect(block.start >= previousEnd, `${file}: block at ${block.start} overlaps the one before`).toBe(true);
      expect(content.length > 0 && content.trim() === content, `${file}: block at ${block.start} is empty or untrimmed`).toBe(true);
      previousEnd = block.end;
    }
  });

  it('handles empty text, whitespace and CRLF line ends', () => {
    expect(blocksFromText(''), 'empty').toEqual([]);
    expect(blocksFromText(' \n\u00a0\n\t'), 'whitespace only').toEqual([]);
    expect(read('Cookies\r\n\r\nWe use cookies.\r\n'), 'CRLF').toEqual([['heading', 'Cookies'], ['paragraph', 'We use cookies.']]);
  });
});
