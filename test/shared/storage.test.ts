// The storage.session schema: per-tab state that points at one stored analysis instead of holding
// a copy, a cache bounded by count and bytes that never evicts what a tab shows, a clear
// StorageFullError when a tab's analysis cannot be kept, and anything corrupt or from another
// schema version read as absent instead of throwing. (The real 10 MB quota:
// test/e2e/storage-quota.test.ts.)
import { describe, expect, it } from 'vitest';
import '../support/i18n-en.ts';
import type { Analysis } from '../../src/engine/types.ts';
import type { TabState } from '../../src/shared/protocol.ts';
import {
  ANALYSIS_INDEX_KEY, STORAGE_SCHEMA_VERSION, StorageFullError, analysisKey, isAnalysis, tabKey, tabStateFromRecord,
  type AnalysisRecord, type StoredReady,
} from '../../src/shared/storage.ts';
import { SessionStore } from '../../src/shared/session-store.ts';
import { POPUP_VIEW_VERSION, type PopupView } from '../../src/shared/popup-view.ts';
import { packAnalysis } from '../../src/shared/stored-analysis.ts';
import { MemoryArea } from '../support/memory-area.ts';

const TEXT = 'We collect your email address.';

const analysis = (score = 70): Analysis => ({
  schemaVersion: 2,
  language: 'en',
  textLength: TEXT.length,
  sentences: [],
  claims: {} as Analysis['claims'],
  policyDate: null,
  summary: [],
  rating: { scheme: 2, grade: 'B', score, confidence: 1, meaning: '', reasons: [] },
});

const hash = (n: number): string => n.toString(16).padStart(64, '0');
const key = (n: number): string => analysisKey(hash(n), hash(0));
/** What the popup shows of `analysis()` beyond it (no rows: it has no summary). */
const VIEW: PopupView = {
  version: POPUP_VIEW_VERSION, first: [], rest: [], moved: [], scheme: 2,
  meanings: { A: 'a', B: 'b', C: 'c', D: 'd', E: 'e' },
};
const pack = async (score = 70): Promise<AnalysisRecord> => ({ packed: await packAnalysis({ text: TEXT, analysis: analysis(score) }, 'engine'), view: VIEW });
const ready = (n: number, url = 'https://a.example/privacy'): StoredReady => ({ kind: 'ready', url, title: 'Privacy', textHash: hash(n), analysisKey: key(n) });

const others: Exclude<TabState, { kind: 'ready' }>[] = [
  { kind: 'unknown' },
  { kind: 'not-policy', url: 'https://a.example/', policyLinks: [{ href: 'https://a.example/privacy', text: 'Privacy' }] },
  { kind: 'analysing', url: 'https://a.example/privacy', progress: 0 },
  { kind: 'language-unsupported', url: 'https://a.example/de', language: 'unsupported' },
  { kind: 'error', url: 'https://a.example/privacy', message: 'boom' },
];

/** The size of one stored analysis record, as the store counts it. */
async function recordBytes(): Promise<number> {
  const area = new MemoryArea();
  await new SessionStore(area).keep(key(1), await pack());
  return area.bytes('analysis:');
}

describe('per-tab state', () => {
  it('round-trips every TabState kind under tab:<id>', async () => {
    const area = new MemoryArea();
    const store = new SessionStore(area);
    for (const [i, state] of others.entries()) {
      await store.set(i, state);
      expect(await store.get(i), state.kind).toEqual(state);
      expect(area.items.get(tabKey(i)), 'stored with the schema version').toEqual({ schemaVersion: STORAGE_SCHEMA_VERSION, state });
    }
    await store.setReady(9, { ...ready(1), changedSince: { entryId: 'e', name: 'Shop', savedAt: '2026-01-01T00:00:00Z', summaryChanges: [], added: 1, removed: 0 } }, await pack(61));
    const back = await store.get(9);
    expect(back, 'a ready state comes back with its analysis').toEqual({
      kind: 'ready', url: 'https://a.example/privacy', title: 'Privacy', textHash: hash(1), analysis: analysis(61), view: VIEW,
      changedSince: { entryId: 'e', name: 'Shop', savedAt: '2026-01-01T00:00:00Z', summaryChanges: [], added: 1, removed: 0 },
    });
    expect(await store.content(9), 'and with the text it was read from').toMatchObject({ text: TEXT, state: back });
  });

  it('a ready tab stores a reference: two tabs showing one text share one copy of it', async () => {
    const area = new MemoryArea();
    const store = new SessionStore(area);
    await store.setReady(1, ready(1), await pack());
    await store.setReady(2, ready(1, 'https://a.example/privacy#cookies'), await pack());
    expect(area.items.get(tabKey(1)), 'the tab record names the analysis').toEqual({ schemaVersion: STORAGE_SCHEMA_VERSION, state: ready(1) });
    expect([...area.items.keys()].filter((k) => k.startsWith('analysis:')), 'one analysis stored').toEqual([key(1)]);
    expect(area.bytes('tab:'), 'tab records are small: a few hundred bytes each').toBeLessThan(2 * 400);
    expect((await store.entries())[0]?.tabs, 'both tabs pin it').toEqual([1, 2]);
    expect((await store.get(2))?.kind, 'both read it').toBe('ready');
  });

  it('reads a missing tab as undefined and deletes', async () => {
    const store = new SessionStore(new MemoryArea());
    expect(await store.get(9)).toBeUndefined();
    await store.set(9, { kind: 'analysing', url: 'https://a.example/', progress: 0 });
    await store.delete(9);
    expect(await store.get(9)).toBeUndefined();
  });

  it('a ready state whose analysis is gone reads as an error the person can act on', async () => {
    const area = new MemoryArea();
    const store = new SessionStore(area);
    await store.setReady(1, ready(1), await pack());
    area.items.delete(key(1));
    const state = await store.get(1);
    expect(state?.kind, 'not a blank popup').toBe('error');
    expect(state?.kind === 'error' && state.message, 'says what to do').toMatch(/no longer stored.*Reload/);
  });

  it('treats corrupt records and other schema versions as absent', async () => {
    const area = new MemoryArea();
    const store = new SessionStore(area);
    const corrupt: unknown[] = [
      null, 'ready', [], { state: others[1] }, { schemaVersion: 1, state: others[1] }, { schemaVersion: 2 },
      { schemaVersion: 2, state: { kind: 'ready', url: 'https://a.example/', title: 'x', textHash: 'h' } },
      { schemaVersion: 2, state: { kind: 'ready', url: 'https://a.example/', title: 'x', textHash: 'h', analysisKey: 'tab:1' } },
      { schemaVersion: 2, state: { kind: 'not-policy', url: 'https://a.example/', policyLinks: [{ href: 1 }] } },
      { schemaVersion: 2, state: { kind: 'analysing', progress: 0 } },
      { schemaVersion: 2, state: { kind: 'done', url: 'https://a.example/' } },
    ];
    for (const record of corrupt) {
      area.items.set(tabKey(1), record);
      await expect(store.get(1), JSON.stringify(record)).resolves.toBeUndefined();
      await expect(tabStateFromRecord(area, record), 'as the popup reads it').resolves.toBeUndefined();
    }
  });
});

describe('stored analyses', () => {
  it('returns what was stored, for the same text and blocks only', async () => {
    const store = new SessionStore(new MemoryArea());
    await store.keep(analysisKey(hash(1), hash(7)), await pack(61));
    expect((await store.cached(hash(1), hash(7)))?.analysis).toEqual(analysis(61));
    expect(await store.cached(hash(1), hash(8)), 'same text, other blocks: a miss').toBeUndefined();
    expect(await store.cached(hash(2), hash(7))).toBeUndefined();
  });

  it('keeps the 20 most recently used that no tab shows, and deletes the rest from storage', async () => {
    const area = new MemoryArea();
    const store = new SessionStore(area);
    for (let i = 0; i < 20; i++) await store.keep(key(i), await pack(i));
    expect(await store.cached(hash(0), hash(0)), 'touching the oldest makes it the newest').toBeDefined();
    await store.keep(key(20), await pack(20));
    const kept = (await store.entries()).map((e) => e.key);
    expect(kept).toHaveLength(20);
    expect(kept.slice(0, 2)).toEqual([key(20), key(0)]);
    expect(kept, 'the least recently used went').not.toContain(key(1));
    expect(area.items.has(key(1)), 'its analysis was deleted').toBe(false);
    expect([...area.items.keys()].filter((k) => k.startsWith('analysis:'))).toHaveLength(20);
  });

  it('never evicts what a tab shows: only analyses no tab shows go, least recently used first', async () => {
    const area = new MemoryArea();
    const size = await recordBytes();
    const store = new SessionStore(area, 20, size * 3);
    await store.setReady(1, ready(1), await pack());
    await store.keep(key(2), await pack());
    await store.keep(key(3), await pack());
    await store.keep(key(4), await pack());
    expect((await store.entries()).map((e) => e.key), 'the oldest unshown one went').toEqual([key(4), key(3), key(1)]);
    expect((await store.get(1))?.kind, 'the tab still reads its analysis').toBe('ready');

    // The tab moves on: its analysis is no longer shown, and goes first when room is needed.
    await store.set(1, { kind: 'analysing', url: 'https://b.example/', progress: 0 });
    await store.keep(key(5), await pack());
    expect((await store.entries()).map((e) => e.key), 'unpinned, then evicted').toEqual([key(5), key(4), key(3)]);
    expect(area.items.has(key(1))).toBe(false);
  });

  it('a tab whose analysis does not fit beside what other tabs show gets StorageFullError, and nothing is half-written', async () => {
    const area = new MemoryArea();
    const size = await recordBytes();
    const store = new SessionStore(area, 20, size * 2);
    await store.setReady(1, ready(1), await pack());
    await store.setReady(2, ready(2), await pack());
    await store.set(3, { kind: 'analysing', url: 'https://c.example/', progress: 0 });
    const refused = await store.setReady(3, ready(3), await pack()).catch((error: unknown) => error);
    expect(refused, 'refused').toBeInstanceOf(StorageFullError);
    expect((refused as Error).message, 'says storage is full and what to do').toMatch(/storage for open tabs is full \(2 tabs show a policy\).*reload/);
    expect(area.items.has(key(3)), 'its analysis was not written').toBe(false);
    expect((await store.get(3))?.kind, 'the tab is as it was, for the caller to say so').toBe('analysing');
    expect([(await store.get(1))?.kind, (await store.get(2))?.kind], 'the others are untouched').toEqual(['ready', 'ready']);
    await store.keep(key(4), await pack());
    expect(area.items.has(key(4)), 'an analysis no tab needs is simply not kept').toBe(false);
  });

  it('the real quota refusing a write is a StorageFullError too', async () => {
    const area = new MemoryArea();
    const store = new SessionStore(area);
    area.failWith = new Error('Session storage quota bytes exceeded. Values were not stored.');
    await expect(store.setReady(1, ready(1), await pack()), 'refused with a reason').rejects.toThrow(StorageFullError);
    area.failWith = undefined;
    await store.set(1, { kind: 'error', url: 'https://a.example/', message: 'full' });
    expect((await store.get(1))?.kind, 'an error state can follow').toBe('error');
  });

  it('loses no pin and no index update when tabs settle concurrently', async () => {
    const store = new SessionStore(new MemoryArea());
    const packed = await pack();
    await Promise.all(Array.from({ length: 8 }, (_, i) => store.setReady(i, ready(i % 3), packed)));
    const entries = await store.entries();
    expect(entries.map((e) => e.key).sort(), 'three analyses').toEqual([key(0), key(1), key(2)].sort());
    expect(entries.flatMap((e) => e.tabs).sort(), 'eight tabs pinned').toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    await Promise.all(Array.from({ length: 8 }, (_, i) => store.delete(i)));
    expect((await store.entries()).flatMap((e) => e.tabs), 'all unpinned').toEqual([]);
  });

  it('reads corrupt entries and a corrupt index as misses, and recovers', async () => {
    const area = new MemoryArea();
    const store = new SessionStore(area);
    area.items.set(ANALYSIS_INDEX_KEY, { schemaVersion: STORAGE_SCHEMA_VERSION, entries: 'nope' });
    area.items.set(key(1), { schemaVersion: STORAGE_SCHEMA_VERSION, analysis: { format: 1, engine: 'e', data: 'bm90IGd6aXA=' } });
    area.items.set(key(2), 'garbage');
    expect(await store.entries()).toEqual([]);
    expect(await store.cached(hash(1), hash(0))).toBeUndefined();
    expect(await store.cached(hash(2), hash(0))).toBeUndefined();
    await store.keep(key(3), await pack());
    expect((await store.cached(hash(3), hash(0)))?.analysis).toEqual(analysis());
    area.items.set(ANALYSIS_INDEX_KEY, { schemaVersion: STORAGE_SCHEMA_VERSION, entries: [{ key: key(3), bytes: 1, tabs: [] }, { key: 'x', bytes: 1, tabs: [] }, { key: key(3), bytes: 1, tabs: [] }, { key: key(4), bytes: 1, tabs: [-1] }, 7] });
    expect(await store.entries(), 'bad and duplicate index entries are skipped').toEqual([{ key: key(3), bytes: 1, tabs: [] }]);
  });

  it('refuses a key that is not an analysis key', async () => {
    await expect(new SessionStore(new MemoryArea()).keep('../tab:1', await pack())).rejects.toThrow(/not an analysis key/);
    await expect(new SessionStore(new MemoryArea()).setReady(1, { ...ready(1), analysisKey: 'tab:2' }, await pack())).rejects.toThrow(/not an analysis key/);
  });

  // Importing the engine builds the classifier: seconds on a busy two-core machine, not a hang.
  it('isAnalysis accepts a real engine analysis', { timeout: 60_000 }, async () => {
    const { analyze } = await import('../../src/engine/analyze.ts');
    expect(isAnalysis(analyze({ text: 'We collect your email address. We never sell your data.' }))).toBe(true);
  });
});

describe('the popup view stored with an analysis', () => {
  it('a view naming a summary line or reason its analysis does not have reads as a miss', async () => {
    for (const row of [{ points: [0], reasons: [] }, { points: [], reasons: [3] }, { points: [-1], reasons: [] }]) {
      const area = new MemoryArea();
      const store = new SessionStore(area);
      const broken = { ...VIEW, first: [{ id: 'collect', heading: 'h', line: 'l', movedMost: [], ...row }] };
      await store.keep(key(1), { ...(await pack()), view: broken as PopupView });
      expect(await store.cached(hash(1), hash(0)), JSON.stringify(row)).toBeUndefined();
    }
    const area = new MemoryArea();
    await new SessionStore(area).keep(key(1), await pack());
    expect((await new SessionStore(area).cached(hash(1), hash(0)))?.view, 'a sound one is read').toEqual(VIEW);
  });
});
