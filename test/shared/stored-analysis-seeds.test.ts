// Stored analyses of the five real seed policies: what is unpacked deep-equals (and serialises
// exactly like) what the engine wrote, every sentence travels as offsets into the one copy of the
// text, and a library entry stays within 1.5× its policy's text (issue 15's target; the figures
// per seed are printed by `npm run bench:storage`).
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/engine/analyze.ts';
import { entryKey, packEntry, unpackEntry } from '../../src/shared/library-schema.ts';
import { unpackAnalysis, packAnalysis } from '../../src/shared/stored-analysis.ts';
import { readSeedText, seedProviders } from '../../scripts/lib/seeds.ts';
import { blocksFromText } from '../../src/engine/text/blocks.ts';

const SEEDS = seedProviders().map((p) => ({ name: p.name, text: readSeedText(p.file) }));

describe('stored analyses of the five seeds', () => {
  for (const { name, text } of SEEDS) {
    it(`${name}: restored exactly, sentences as offsets, entry ≤ 1.5× the text`, async () => {
      const analysis = analyze({ text });
      const packed = await packAnalysis({ text, analysis }, 'engine');
      const back = await unpackAnalysis(packed);
      expect(back.analysis, 'deep-equal to what the engine wrote').toEqual(analysis);
      expect(JSON.stringify(back.analysis), 'and the same JSON').toBe(JSON.stringify(analysis));

      const inside = JSON.parse(gunzipSync(Buffer.from(packed.data, 'base64')).toString('utf8')) as { sentences: unknown[] };
      expect(inside.sentences.filter((s) => !Array.isArray(s)).length, 'no sentence kept whole (a copy of its text)').toBe(0);

      const entry = { id: '0f1e2d3c-4b5a-4968-8776-655443322110', name, url: 'https://example.com/privacy', savedAt: '2026-12-01T10:00:00.000Z', textHash: 'a'.repeat(64), text, analysis, builtIn: false };
      const stored = await packEntry(entry, undefined, 'engine');
      const bytes = entryKey(entry.id).length + JSON.stringify(stored).length;
      expect(bytes / text.length, 'a library entry, as storage.local counts it, per character of text').toBeLessThanOrEqual(1.5);
      expect((await unpackEntry({ layout: 'packed', stored })).entry, 'the entry unpacks to itself').toEqual(entry);
    });
  }

  it('the blocks a page gave are kept and restored with the analysis', async () => {
    const { text } = SEEDS[0] ?? { text: '' };
    const blocks = blocksFromText(text);
    const analysis = analyze({ text, blocks });
    const back = await unpackAnalysis(await packAnalysis({ text, blocks, analysis }, 'engine'));
    expect(back.blocks, 'blocks').toEqual(blocks);
    expect(analyze({ text, blocks: back.blocks ?? [] }), 'reading the restored input again gives the same analysis').toEqual(back.analysis);
  });
});
