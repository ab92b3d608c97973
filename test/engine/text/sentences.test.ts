import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../src/engine/text/sentences.ts';
import type { Block, BlockKind } from '../../../src/engine/types.ts';

/** Sentences of `text` taken as one block of the given kind. */
function sentencesOf(text: string, kind: BlockKind = 'paragraph'): string[] {
  return splitSentences(text, [{ kind, start: 0, end: text.length }]).map((s) => s.text);
}

describe('splitSentences: abbreviations', () => {
  it('never splits after company suffixes and country abbreviations inside a sentence', () => {
    expect(sentencesOf('Acme Corp. and Acme Ltd. are owned by Foo Inc. which operates in the U.S. and the U.S.A. today.'), 'Corp., Ltd., Inc., U.S., U.S.A.').toHaveLength(1);
    expect(sentencesOf('Conifer Communications, Inc. understands the trust our customers place in us.'), 'Inc. before a verb').toHaveLength(1);
    expect(sentencesOf('Our parent, Acme Co. Holdings, keeps the data.'), 'Co. before a name').toHaveLength(1);
  });

  it('does split when the abbreviation ends the sentence', () => {
    expect(sentencesOf('This site is operated by Acme, Inc. We collect your name.'), 'Inc. then "We"').toEqual(['This site is operated by Acme, Inc.', 'We collect your name.']);
    expect(sentencesOf('We collect names, emails, etc. We also collect IP addresses.'), 'etc. at the end').toEqual(['We collect names, emails, etc.', 'We also collect IP addresses.']);
    expect(sentencesOf('Your data is stored in the U.S. The servers are secure.'), 'U.S. then "The"').toHaveLength(2);
  });

  it('keeps etc. inside a sentence when it is mid-sentence', () => {
    expect(sentencesOf('We collect names, emails, etc. and use them to bill you.'), 'etc. mid-sentence').toHaveLength(1);
  });

  it('never splits after e.g., i.e., No., Mr., Dr., St., vs. and approx.', () => {
    expect(sentencesOf('We collect identifiers, e.g. Name and email, i.e. Contact details.'), 'e.g. and i.e. before capitals').toHaveLength(1);
    expect(sentencesOf('Write to P.O. Box 5, No. 12 Main St. in Springfield.'), 'No. and St.').toHaveLength(1);
    expect(sentencesOf('Mr. Smith and Dr. Jones vs. Acme took approx. 5 days.'), 'Mr., Dr., vs., approx.').toHaveLength(1);
  });

  it('never starts a sentence in lower case after an unknown abbreviation', () => {
    expect(sentencesOf('See Sect. three of the terms for details.'), 'Sect.').toHaveLength(1);
  });
});

describe('splitSentences: emails, URLs and numbers', () => {
  it('does not split inside emails, URLs or numbers', () => {
    expect(sentencesOf('Contact privacy@phone.com or visit www.example.com/privacy.html for details. Sections 1.5 and 3.2(b) apply.'), 'email, URL, decimals')
      .toEqual(['Contact privacy@phone.com or visit www.example.com/privacy.html for details.', 'Sections 1.5 and 3.2(b) apply.']);
    expect(sentencesOf('Write to us at legal@phone.com. We answer within 30 days.'), 'email before a full stop').toEqual(['Write to us at legal@phone.com.', 'We answer within 30 days.']);
    expect(sentencesOf('Opt out at https://www.fusionconnect.com/subscription-center/. We stop within 10 days.'), 'URL before a full stop').toHaveLength(2);
  });
});

describe('splitSentences: brackets and quotes', () => {
  it('splits after a full stop inside closing brackets (seed 001)', () => {
    expect(sentencesOf('(The type of Personal Information collected is listed below.) This Policy provides information.'), 'full stop inside brackets')
      .toEqual(['(The type of Personal Information collected is listed below.)', 'This Policy provides information.']);
    expect(sentencesOf('You may click “Opt-out.” We will stop.'), 'full stop inside quotes').toHaveLength(2);
  });
});

describe('splitSentences: enumerations and run-ons', () => {
  const seed000 = "We will continue to: (i) follow the FTC's guidance regarding opt-in consent for the use and sharing of sensitive information as defined by the FTC; (ii) offer an opt-out choice to use non-sensitive customer information for personalized third-party marketing, if we ever choose to utilize such methods; and (iii) rely on implied consent to use customer information in activities like service fulfillment and support, fraud prevention, market research, product development, network management and security, compliance with law, and first-party marketing.";

  it('keeps an inline (i)/(ii) enumeration of ordinary items as one sentence (seed 000)', () => {
    expect(sentencesOf(seed000), 'one sentence').toEqual([seed000]);
  });

  it('splits an enumeration of very long items at "; (ii)"', () => {
    const item = (n: string): string => `${n} ${'share the information with the service providers that help us run the services '.repeat(6).trim()}`;
    const text = `We may: ${item('(i)')}; ${item('(ii)')}; and ${item('(iii)')}.`;
    const sentences = sentencesOf(text);
    expect(sentences, 'three sentences').toHaveLength(3);
    expect(sentences[0]?.endsWith(';'), 'first keeps its semicolon').toBe(true);
    expect(sentences[1]?.startsWith('(ii)'), 'second starts at (ii)').toBe(true);
    expect(sentences[2]?.startsWith('and (iii)'), 'third starts at "and (iii)"').toBe(true);
  });

  it('splits a run-on over 1,000 characters at its semicolons', () => {
    const items = Array.from({ length: 20 }, (_, i) => `the category number ${i + 1} of personal information we collect`);
    const text = `We collect ${items.join('; ')}.`;
    const sentences = sentencesOf(text);
    expect(text.length > 1000, 'fixture is a run-on').toBe(true);
    expect(sentences, 'one sentence per item').toHaveLength(20);
    expect(sentences.every((s) => s.length < 100), 'each short').toBe(true);
  });

  it('splits a run-on without semicolons at bullet characters, leaving the bullets out', () => {
    const items = Array.from({ length: 20 }, (_, i) => `Category ${i + 1} of the personal information that we collect`);
    const sentences = sentencesOf(`We collect: • ${items.join(' • ')}`);
    expect(sentences, 'the lead-in, then one sentence per item').toHaveLength(21);
    expect(sentences[0], 'lead-in').toBe('We collect:');
    expect(sentences.some((s) => s.includes('•')), 'no bullet kept').toBe(false);
  });
});

describe('splitSentences: blocks, headings and offsets', () => {
  const text = 'Your Rights\n\nRight to Know. Right to Delete.\n\n  You may ask us what we hold.  We answer.\n\nYou may also\nask us to delete it.\n\n×';
  const block = (kind: BlockKind, content: string): Block => ({ kind, start: text.indexOf(content), end: text.indexOf(content) + content.length });
  const blocks: Block[] = [
    block('heading', 'Your Rights'),
    block('heading', 'Right to Know. Right to Delete.'),
    // Untrimmed on purpose: sentences must still start and end on visible characters.
    block('paragraph', '  You may ask us what we hold.  We answer.\n'),
    block('paragraph', 'You may also\nask us to delete it.'),
    block('paragraph', '×'),
  ];
  const sentences = splitSentences(text, blocks);

  it('keeps a heading block as one sentence', () => {
    expect(sentences.map((s) => s.text), 'sentences').toEqual([
      'Your Rights',
      'Right to Know. Right to Delete.',
      'You may ask us what we hold.',
      'We answer.',
      'You may also\nask us to delete it.',
    ]);
  });

  it('trims spans, keeps exact offsets, numbers sentences and drops text without words', () => {
    for (const s of sentences) {
      expect(text.slice(s.start, s.end), `sentence ${s.index} offsets`).toBe(s.text);
      expect(s.text.trim(), `sentence ${s.index} trimmed`).toBe(s.text);
    }
    expect(sentences.map((s) => s.index), 'indexes').toEqual([0, 1, 2, 3, 4]);
    expect(sentences.map((s) => s.blockIndex), 'block indexes ("×" has none)').toEqual([0, 1, 2, 2, 3]);
  });

  it('points every sentence at the nearest heading above it', () => {
    expect(sentences.map((s) => s.isHeading), 'isHeading').toEqual([true, true, false, false, false]);
    expect(sentences.map((s) => s.headingIndex), 'headingIndex').toEqual([undefined, 0, 1, 1, 1]);
    expect('headingIndex' in (sentences[0] ?? {}), 'no headingIndex key before the first heading').toBe(false);
  });

  it('never crosses a block boundary', () => {
    const two = 'We collect data\n\nfrom you.';
    const result = splitSentences(two, [{ kind: 'paragraph', start: 0, end: 15 }, { kind: 'paragraph', start: 17, end: 26 }]);
    expect(result.map((s) => s.text), 'one sentence per block').toEqual(['We collect data', 'from you.']);
  });
});
