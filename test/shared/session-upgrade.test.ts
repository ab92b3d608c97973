// storage.session across versions: what schema 2 stored (the analysis without the popup's view)
// is moved to schema 3 by the worker after an update, so the popup shows it without re-reading.
//
// Fixture: fixtures/session-v2.json is what commit 73753d9's SessionStore wrote for a tab showing
// the first seed (ready, tab 3), an analysis of the fourth seed no tab shows, and a tab on a page
// that is not a policy (tab 5): that commit's analyzeWithin, packAnalysis, setReady, keep and set,
// run on the seeds into an in-memory area.
import '../support/i18n-en.ts';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { popupView } from '../../src/shared/answer-rows.ts';
import { SessionStore } from '../../src/shared/session-store.ts';
import { ANALYSIS_INDEX_KEY, STORAGE_SCHEMA_VERSION, tabKey, tabStateFromRecord } from '../../src/shared/storage.ts';
import { unpackAnalysis, type PackedAnalysis } from '../../src/shared/stored-analysis.ts';
import { MemoryArea } from '../support/memory-area.ts';

const FIXTURE = JSON.parse(readFileSync(new URL('fixtures/session-v2.json', import.meta.url), 'utf8')) as Record<string, { schemaVersion: number; analysis?: PackedAnalysis; state?: { analysisKey?: string } }>;
const analysisKeys = Object.keys(FIXTURE).filter((k) => k.startsWith('analysis:'));

function v2Area(): MemoryArea {
  const area = new MemoryArea();
  for (const [key, value] of Object.entries(FIXTURE)) area.items.set(key, structuredClone(value));
  return area;
}

describe('storage.session schema 2 → 3', () => {
  it('the fixture is schema 2, and this build reads none of it as it is', async () => {
    expect(STORAGE_SCHEMA_VERSION).toBe(3);
    expect(new Set(Object.values(FIXTURE).map((v) => v.schemaVersion))).toEqual(new Set([2]));
    expect(analysisKeys).toHaveLength(2);
    expect(await tabStateFromRecord(v2Area(), FIXTURE[tabKey(3)]), 'an older record reads as absent').toBeUndefined();
  });

  it('moves every record: analyses get their view, tabs and the index keep their shape', async () => {
    const area = v2Area();
    const store = new SessionStore(area);
    expect(await store.upgrade(popupView)).toEqual({ moved: Object.keys(FIXTURE).length, dropped: 0 });
    for (const [key, value] of Object.entries(FIXTURE)) {
      const after = area.items.get(key) as Record<string, unknown>;
      expect(after['schemaVersion'], key).toBe(3);
      if (key.startsWith('analysis:')) {
        expect(after['analysis'], `${key}: the packed analysis is kept as it was`).toEqual(value.analysis);
        const { analysis } = await unpackAnalysis(value.analysis as PackedAnalysis);
        expect(after['view'], `${key}: the view is the one this build makes of it`).toEqual(popupView(analysis));
      } else {
        expect({ ...after, schemaVersion: 2 }, key).toEqual(value);
      }
    }
    const ready = await store.get(3);
    if (ready?.kind !== 'ready') throw new Error(`tab 3 is ${ready?.kind}`);
    expect(ready.view.first.map((r) => r.id)).toEqual(['collect', 'share', 'sell', 'retention', 'do']);
    expect(ready.analysis.rating.grade, 'the seed is graded').not.toBeNull();
    expect(await store.get(5)).toEqual({ kind: 'not-policy', url: 'http://127.0.0.1:8080/', policyLinks: [{ href: 'http://127.0.0.1:8080/privacy', text: 'Privacy' }] });
    expect((await store.entries()).map((e) => e.key).sort(), 'the index keeps both analyses').toEqual([...analysisKeys].sort());
    const kept = analysisKeys.find((k) => k !== FIXTURE[tabKey(3)]?.state?.analysisKey) ?? '';
    const [textHash = '', blocksHash = ''] = kept.split(':').slice(1);
    expect((await store.cached(textHash, blocksHash))?.view, 'the analysis no tab shows is a cache hit again').toBeDefined();
  });

  it('does nothing when the index is of this schema already (one read), nor a second time', async () => {
    const area = v2Area();
    const store = new SessionStore(area);
    await store.upgrade(popupView);
    const once = structuredClone(Object.fromEntries(area.items));
    expect(await store.upgrade(popupView)).toEqual({ moved: 0, dropped: 0 });
    expect(Object.fromEntries(area.items)).toEqual(once);
    expect(await new SessionStore(new MemoryArea()).upgrade(popupView), 'an empty area').toEqual({ moved: 0, dropped: 0 });
  });

  it('drops an analysis it cannot read, with the tab that shows it, and keeps the rest', async () => {
    const area = v2Area();
    const shown = FIXTURE[tabKey(3)]?.state?.analysisKey ?? '';
    area.items.set(shown, { schemaVersion: 2, analysis: { format: 1, engine: 'e', data: 'bm90IGd6aXA=' } });
    const store = new SessionStore(area);
    expect(await store.upgrade(popupView)).toMatchObject({ dropped: 2 });
    expect(area.items.has(shown)).toBe(false);
    expect(await store.get(3), 'its tab is analysed again when next shown').toBeUndefined();
    expect((await store.entries()).map((e) => e.key), 'and the index no longer names it').not.toContain(shown);
    expect((await store.get(5))?.kind).toBe('not-policy');
    expect((area.items.get(ANALYSIS_INDEX_KEY) as { schemaVersion: number }).schemaVersion).toBe(3);
  });
});
