// Hostile shapes of text finish and keep exact offsets: long blocks of abbreviations (which
// made compromise's splitter quadratic and ran Node out of memory at 256k characters), long
// runs of e-mail characters, and HTML nested far deeper than any page people read. No timing
// is asserted here (npm run bench prints the figures); a regression shows up as a test that
// never ends.
import { describe, expect, it } from 'vitest';
import { normalizeForMatch } from '../../../src/engine/match/normalize.ts';
import { CHANNEL_RULES } from '../../../src/rules/facts/channels.ts';
import { chunks, MAX_CHUNK, MAX_PIECES } from '../../../src/engine/text/chunks.ts';
import { flattenDeepNesting, MAX_NESTING, textFromHtml } from '../../../src/engine/text/html.ts';
import { segment } from '../../../src/engine/text/segment.ts';

describe('chunks', () => {
  it('leaves a block within the limit whole', () => {
    expect(chunks('We collect data. We share it.')).toEqual([[0, 29]]);
  });

  it('cuts a long block where a sentence plainly ends, covering it exactly', () => {
    const text = 'We collect your name and your email address to run the service. '.repeat(100);
    const pieces = chunks(text);
    expect(pieces.length).toBeGreaterThan(1);
    expect(pieces[0]?.[0]).toBe(0);
    expect(pieces[pieces.length - 1]?.[1]).toBe(text.length);
    for (let i = 1; i < pieces.length; i++) expect(pieces[i]?.[0]).toBe(pieces[i - 1]?.[1]);
    for (const [s, e] of pieces) {
      expect(e - s).toBeLessThanOrEqual(MAX_CHUNK);
      expect(text.slice(s, e).startsWith('We collect'), 'each piece starts a sentence').toBe(true);
    }
  });

  it('cuts at a space where no sentence ends (a run of abbreviations)', () => {
    const text = 'e.g. '.repeat(1000);
    for (const [s, e] of chunks(text)) expect(text[e - 1] === ' ' || e === text.length, `piece ${s}-${e}`).toBe(true);
  });

  it.each(['1. 2. 3. ', 'U.S. Inc. ', 'A. B. C. '])('cuts a short block crowded with %j after a bounded number of possible cuts', (unit) => {
    // Under MAX_CHUNK, but compromise would re-scan its growing sentence once per "1. ".
    const text = unit.repeat(Math.floor((MAX_CHUNK - 1) / unit.length));
    const pieces = chunks(text);
    expect(pieces.length, 'the block is cut although it is shorter than MAX_CHUNK').toBeGreaterThan(1);
    expect(pieces[0]?.[0]).toBe(0);
    expect(pieces[pieces.length - 1]?.[1]).toBe(text.length);
    for (let i = 1; i < pieces.length; i++) expect(pieces[i]?.[0]).toBe(pieces[i - 1]?.[1]);
    for (const [s, e] of pieces) {
      const cuts = text.slice(s, e).match(/[.!?]+\s/g)?.length ?? 0;
      expect(cuts, `piece ${s}-${e}`).toBeLessThanOrEqual(MAX_PIECES + 1);
    }
  });

  it('leaves a block of ordinary sentences under the limits whole', () => {
    const text = 'We collect your name. We share it with our vendors. You may ask us to delete it. '.repeat(15).trim();
    expect(text.length).toBeLessThan(MAX_CHUNK);
    expect(chunks(text)).toEqual([[0, text.length]]);
  });

  it('covers the empty text with one empty piece', () => {
    expect(chunks('')).toEqual([[0, 0]]);
  });
});

describe('hostile text segments with exact offsets', () => {
  it.each(['e.g. ', 'U.S. Inc. ', '1. 2. 3. ', 'data... ', 'A. B. C. '])('a 256k block of %j', (unit) => {
    const text = `Privacy Policy\n\n${unit.repeat(Math.ceil(262_144 / unit.length))}`;
    const { sentences } = segment({ text });
    expect(sentences.length).toBeGreaterThan(0);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('a long run of address characters is normalised, and a real address in it still found', () => {
    const run = 'a.'.repeat(32_768);
    expect(normalizeForMatch(`mail ${run}@`)).toContain('mail');
    expect(normalizeForMatch('write to privacy@example.com today')).toBe(' write to _email_ today ');
  });

  it('the email channel rule reads a long run of address characters and still finds an address', () => {
    const email = CHANNEL_RULES.find((r) => r.id === 'channel.email');
    const run = 'a.'.repeat(32_768);
    expect(email?.pattern.test(`write to ${run} (at) nowhere`)).toBe(false);
    expect(`${run} or privacy@example.com`.match(email?.pattern ?? /$^/)?.[0]).toBe('privacy@example.com');
  });
});

describe('deeply nested HTML', () => {
  it('keeps a page within the limit as it is', () => {
    const html = `${'<div>'.repeat(20)}<p>We collect data.</p>${'</div>'.repeat(20)}`;
    expect(flattenDeepNesting(html)).toBe(html);
  });

  it('drops containers below the limit but keeps their text', () => {
    const n = 4 * MAX_NESTING;
    const html = `${'<div>'.repeat(n)}We collect your name.${'</div>'.repeat(n)}<p>We share it with vendors.</p>`;
    const flat = flattenDeepNesting(html);
    expect((flat.match(/<div>/g) ?? []).length).toBe(MAX_NESTING);
    expect((flat.match(/<\/div>/g) ?? []).length).toBe(MAX_NESTING);
    const { text } = textFromHtml(html);
    expect(text).toContain('We collect your name.');
    expect(text).toContain('We share it with vendors.');
  });

  it('reads 100,000 nested elements', () => {
    const n = 100_000;
    expect(textFromHtml(`${'<div>'.repeat(n)}We collect data.${'</div>'.repeat(n)}`).text).toBe('We collect data.');
  });
});

describe('many short lines citing the same facts', () => {
  it('a policy of 1 MB of short lines analyses with every evidence list sorted and unique', async () => {
    const { analyze } = await import('../../../src/engine/analyze.ts');
    const lines = ['Email us.', 'Call us.', 'We collect your email address.', 'We share data with partners.', 'Write to privacy@shop.test.', 'Contact us.'].join('\n');
    const text = `Privacy Policy\n\n${`${lines}\n`.repeat(Math.ceil(1_048_576 / (lines.length + 1)))}`;
    const analysis = analyze({ text });
    const email = analysis.claims.contact.email;
    expect(email.value).toBe('yes');
    expect(email.details[0]?.text).toBe('privacy@shop.test');
    expect(email.details[0]?.evidence.length, 'the lines naming the address are its evidence').toBeGreaterThan(5_000);
    expect(new Set(email.details[0]?.evidence).size).toBe(email.details[0]?.evidence.length);
    for (const s of analysis.sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});
