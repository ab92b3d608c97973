// The storage.session schema: per-tab state and the bounded analysis cache round-trip, and
// anything corrupt or from another schema version reads as absent instead of throwing.
import { describe, expect, it } from 'vitest';
import type { Analysis } from '../../src/engine/types.ts';
import type { TabState } from '../../src/shared/protocol.ts';
import {
  ANALYSIS_INDEX_KEY, AnalysisCache, STORAGE_SCHEMA_VERSION, TabStates, analysisKey, isAnalysis, tabKey,
  type SessionArea,
} from '../../src/shared/storage.ts';

/** An in-memory storage.session that, like the real one, stores structured clones. */
class MemoryArea implements SessionArea {
  readonly items = new Map<string, unknown>();
  async get(keys: string | string[]): Promise<Record<string, unknown>> {
    const out: Record<string, unknown> = {};
    for (const key of typeof keys === 'string' ? [keys] : keys) if (this.items.has(key)) out[key] = structuredClone(this.items.get(key));
    return out;
  }
  async set(items: Record<string, unknown>): Promise<void> {
    for (const [key, value] of Object.entries(items)) this.items.set(key, structuredClone(value));
  }
  async remove(keys: string | string[]): Promise<void> {
    for (const key of typeof keys === 'string' ? [keys] : keys) this.items.delete(key);
  }
}

const analysis = (score = 70): Analysis => ({
  schemaVersion: 2,
  language: 'en',
  textLength: 10,
  sentences: [],
  claims: {} as Analysis['claims'],
  policyDate: null,
  summary: [],
  rating: { scheme: 2, grade: 'B', score, confidence: 1, meaning: '', reasons: [] },
});

const hash = (n: number): string => n.toString(16).padStart(64, '0');

const states: TabState[] = [
  { kind: 'unknown' },
  { kind: 'not-policy', url: 'https://a.example/', policyLinks: [{ href: 'https://a.example/privacy', text: 'Privacy' }] },
  { kind: 'analysing', url: 'https://a.example/privacy', progress: 0 },
  { kind: 'ready', url: 'https://a.example/privacy', title: 'Privacy', textHash: hash(1), analysis: analysis() },
  { kind: 'language-unsupported', url: 'https://a.example/de', language: 'unsupported' },
  { kind: 'error', url: 'https://a.example/privacy', message: 'boom' },
];

describe('per-tab state', () => {
  it('round-trips every TabState kind under tab:<id>', async () => {
    const area = new MemoryArea();
    const tabs = new TabStates(area);
    for (const [i, state] of states.entries()) {
      await tabs.set(i, state);
      expect(await tabs.get(i), state.kind).toEqual(state);
      expect(area.items.get(tabKey(i)), 'stored with the schema version').toEqual({ schemaVersion: STORAGE_SCHEMA_VERSION, state });
    }
  });

  it('reads a missing tab as undefined and deletes', async () => {
    const tabs = new TabStates(new MemoryArea());
    expect(await tabs.get(9)).toBeUndefined();
    await tabs.set(9, { kind: 'analysing', url: 'https://a.example/', progress: 0 });
    await tabs.delete(9);
    expect(await tabs.get(9)).toBeUndefined();
  });

  it('treats corrupt records and other schema versions as absent', async () => {
    const area = new MemoryArea();
    const tabs = new TabStates(area);
    const corrupt: unknown[] = [
      null, 'ready', [], { state: states[1] }, { schemaVersion: 2, state: states[1] }, { schemaVersion: 1 },
      { schemaVersion: 1, state: { kind: 'ready', url: 'https://a.example/', title: 'x', textHash: 'h' } },
      { schemaVersion: 1, state: { kind: 'ready', url: 'https://a.example/', title: 'x', textHash: 'h', analysis: { ...analysis(), schemaVersion: 0 } } },
      { schemaVersion: 1, state: { kind: 'not-policy', url: 'https://a.example/', policyLinks: [{ href: 1 }] } },
      { schemaVersion: 1, state: { kind: 'analysing', progress: 0 } },
      { schemaVersion: 1, state: { kind: 'done', url: 'https://a.example/' } },
    ];
    for (const record of corrupt) {
      area.items.set(tabKey(1), record);
      await expect(tabs.get(1), JSON.stringify(record)).resolves.toBeUndefined();
    }
  });
});

describe('analysis cache', () => {
  it('returns what was put, for the same blocks only', async () => {
    const cache = new AnalysisCache(new MemoryArea());
    await cache.put(hash(1), 'blocks-a', analysis(61));
    expect(await cache.get(hash(1), 'blocks-a')).toEqual(analysis(61));
    expect(await cache.get(hash(1), 'blocks-b'), 'same text, other blocks: a miss').toBeUndefined();
    expect(await cache.get(hash(2), 'blocks-a')).toBeUndefined();
  });

  it('keeps the 20 most recently used and deletes the rest from storage', async () => {
    const area = new MemoryArea();
    const cache = new AnalysisCache(area);
    for (let i = 0; i < 20; i++) await cache.put(hash(i), 'b', analysis(i));
    expect(await cache.get(hash(0), 'b'), 'touching the oldest makes it the newest').toBeDefined();
    await cache.put(hash(20), 'b', analysis(20));
    const kept = (await cache.entries()).map((e) => e.hash);
    expect(kept).toHaveLength(20);
    expect(kept[0]).toBe(hash(20));
    expect(kept[1]).toBe(hash(0));
    expect(kept, 'the least recently used went').not.toContain(hash(1));
    expect(area.items.has(analysisKey(hash(1))), 'its analysis was deleted').toBe(false);
    expect([...area.items.keys()].filter((k) => k.startsWith('analysis:'))).toHaveLength(20);
  });

  it('stays within its byte budget', async () => {
    const area = new MemoryArea();
    const size = JSON.stringify(analysis()).length;
    const cache = new AnalysisCache(area, 20, size * 3);
    for (let i = 0; i < 5; i++) await cache.put(hash(i), 'b', analysis());
    expect((await cache.entries()).map((e) => e.hash)).toEqual([hash(4), hash(3), hash(2)]);
    await new AnalysisCache(area, 20, size - 1).put(hash(9), 'b', analysis());
    expect(area.items.has(analysisKey(hash(9))), 'one analysis over the whole budget is not cached').toBe(false);
  });

  it('loses no index update when puts run concurrently', async () => {
    const cache = new AnalysisCache(new MemoryArea());
    await Promise.all(Array.from({ length: 8 }, (_, i) => cache.put(hash(i), 'b', analysis(i))));
    expect((await cache.entries()).map((e) => e.hash).sort()).toEqual(Array.from({ length: 8 }, (_, i) => hash(i)).sort());
  });

  it('reads corrupt entries and a corrupt index as misses, and recovers', async () => {
    const area = new MemoryArea();
    const cache = new AnalysisCache(area);
    area.items.set(ANALYSIS_INDEX_KEY, { schemaVersion: 1, entries: 'nope' });
    area.items.set(analysisKey(hash(1)), { schemaVersion: 1, blocksHash: 'b', analysis: { grade: 'A' } });
    area.items.set(analysisKey(hash(2)), 'garbage');
    expect(await cache.entries()).toEqual([]);
    expect(await cache.get(hash(1), 'b')).toBeUndefined();
    expect(await cache.get(hash(2), 'b')).toBeUndefined();
    await cache.put(hash(3), 'b', analysis());
    expect(await cache.get(hash(3), 'b')).toEqual(analysis());
    area.items.set(ANALYSIS_INDEX_KEY, { schemaVersion: 1, entries: [{ hash: hash(3), bytes: 1 }, { hash: 'x', bytes: 1 }, { hash: hash(3), bytes: 1 }, 7] });
    expect(await cache.entries(), 'bad and duplicate index entries are skipped').toEqual([{ hash: hash(3), bytes: 1 }]);
  });

  it('refuses a key that is not a sha-256 digest', async () => {
    await expect(new AnalysisCache(new MemoryArea()).put('../tab:1', 'b', analysis())).rejects.toThrow(/sha-256/);
  });

  // Importing the engine builds the classifier: seconds on a busy two-core machine, not a hang.
  it('isAnalysis accepts a real engine analysis', { timeout: 60_000 }, async () => {
    const { analyze } = await import('../../src/engine/analyze.ts');
    expect(isAnalysis(analyze({ text: 'We collect your email address. We never sell your data.' }))).toBe(true);
  });
});
