// The packed form of a stored analysis, on hand-made analyses: sentences travel as offsets and
// come back with their text, anything the codec does not know travels whole, and bytes that are
// not a packed analysis are refused with a reason.
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { Analysis, ClassifiedSentence } from '../../src/engine/types.ts';
import { isPackedAnalysis, packAnalysis, unpackAnalysis, type PackedAnalysis } from '../../src/shared/stored-analysis.ts';

const TEXT = 'Privacy Policy\n\nWe collect your email address. We never sell it.';

function sentence(index: number, start: number, end: number, extra: Partial<ClassifiedSentence> = {}): ClassifiedSentence {
  return { index, start, end, text: TEXT.slice(start, end), blockIndex: index === 0 ? 0 : 1, isHeading: index === 0, ...(index > 0 ? { headingIndex: 0 } : {}), labels: [], ...extra };
}

function analysis(sentences: ClassifiedSentence[]): Analysis {
  return {
    schemaVersion: 2, language: 'en', textLength: TEXT.length, sentences, claims: {} as Analysis['claims'], policyDate: null, summary: [],
    rating: { scheme: 3, grade: 'B', score: 61, confidence: 0.5, meaning: 'Good', reasons: [] },
  };
}

const SENTENCES: ClassifiedSentence[] = [
  sentence(0, 0, 14),
  sentence(1, 16, 46, { labels: [{ label: 'First Party Collection/Use', score: 0.9787537568725737, ruleIds: ['first-party.we-collect', 'first-party.use-heading'], viaHeading: true }] }),
  sentence(2, 47, 64, { labels: [{ label: 'Third Party Sharing/Collection', score: 0.41, ruleIds: ['third-party.sell'] }, { label: 'First Party Collection/Use', score: 0.2, ruleIds: ['first-party.we-collect'] }] }),
];

/** The JSON a packed analysis holds (what the codec wrote, for checking its form). */
const payload = (packed: PackedAnalysis): { text: string; sentences: unknown[]; ruleIds: string[] } =>
  JSON.parse(gunzipSync(Buffer.from(packed.data, 'base64')).toString('utf8')) as { text: string; sentences: unknown[]; ruleIds: string[] };

describe('packed analyses', () => {
  it('round-trip exactly: same values and the same key order', async () => {
    const original = analysis(SENTENCES);
    const packed = await packAnalysis({ text: TEXT, analysis: original }, 'engine-1');
    expect(isPackedAnalysis(packed), 'the stored shape').toBe(true);
    expect(packed.engine, 'the engine is kept outside the bytes').toBe('engine-1');
    const back = await unpackAnalysis(packed);
    expect(back.analysis, 'deep-equal').toEqual(original);
    expect(JSON.stringify(back.analysis), 'the same JSON, key for key').toBe(JSON.stringify(original));
    expect(back.text, 'the text').toBe(TEXT);
    expect(back.blocks, 'no blocks were given').toBeUndefined();
  });

  it('hold the text once: sentences are offsets, rule ids a table', async () => {
    const packed = await packAnalysis({ text: TEXT, analysis: analysis(SENTENCES) }, null);
    const inside = payload(packed);
    expect(inside.sentences.every(Array.isArray), 'every sentence as offsets').toBe(true);
    expect(JSON.stringify(inside.sentences), 'no sentence text repeated').not.toContain('email');
    expect(inside.ruleIds, 'each rule id once').toEqual(['first-party.we-collect', 'first-party.use-heading', 'third-party.sell']);
    expect(JSON.stringify(inside).split('We collect your email address.').length - 1, 'the text appears once').toBe(1);
  });

  it('keep the blocks the page gave, to read the text again the same way', async () => {
    const blocks = [{ kind: 'heading' as const, start: 0, end: 14 }, { kind: 'paragraph' as const, start: 16, end: 64 }];
    const back = await unpackAnalysis(await packAnalysis({ text: TEXT, blocks, analysis: analysis(SENTENCES) }, 'e'));
    expect(back.blocks).toEqual(blocks);
  });

  it('keep whole a sentence that is not its slice of the text, or carries a field they do not know', async () => {
    const odd = [
      SENTENCES[0] as ClassifiedSentence,
      { ...(SENTENCES[1] as ClassifiedSentence), text: 'We collect your e-mail address.' },
      { ...(SENTENCES[2] as ClassifiedSentence), confidence: 0.3 } as ClassifiedSentence,
    ];
    const original = analysis(odd);
    const packed = await packAnalysis({ text: TEXT, analysis: original }, 'e');
    expect(payload(packed).sentences.map(Array.isArray), 'only the plain one as offsets').toEqual([true, false, false]);
    expect(JSON.stringify((await unpackAnalysis(packed)).analysis), 'still exact').toBe(JSON.stringify(original));
  });

  it('refuse what is not a packed analysis of its text, with a reason', async () => {
    const good = await packAnalysis({ text: TEXT, analysis: analysis(SENTENCES) }, 'e');
    await expect(unpackAnalysis({ ...good, data: 'bm90IGd6aXA=' }), 'not gzip').rejects.toThrow();
    const repack = async (edit: (p: Record<string, unknown>) => void): Promise<PackedAnalysis> => {
      const inside = payload(good) as unknown as Record<string, unknown>;
      edit(inside);
      const { gzipSync } = await import('node:zlib');
      return { ...good, data: gzipSync(JSON.stringify(inside)).toString('base64') };
    };
    await expect(unpackAnalysis(await repack((p) => { p['text'] = 'short'; })), 'offsets past the text').rejects.toThrow(/outside the text|not of its text/);
    await expect(unpackAnalysis(await repack((p) => { p['ruleIds'] = []; })), 'a rule id missing').rejects.toThrow(/unknown label or rule/);
    await expect(unpackAnalysis(await repack((p) => { (p['analysis'] as Record<string, unknown>)['schemaVersion'] = 1; })), 'another schema').rejects.toThrow(/another version/);
    expect(isPackedAnalysis({ format: 2, engine: null, data: '' }), 'another format').toBe(false);
    expect(isPackedAnalysis({ format: 1, engine: 7, data: '' }), 'a bad engine').toBe(false);
  });
});
