// The library across versions: real entries the schema-2 extension saved move to the packed
// layout unchanged, then are read again by the current engine; entries another engine wrote are
// read again from their own text and blocks; nothing that cannot be moved or re-read is lost.
//
// Fixtures: fixtures/library-v2.json was taken from the built extension in Chromium before
// schema 3 (a page save with its blocks, a paste, a text too short to grade);
// fixtures/library-v2-seeds.json is the five seeds saved by commit d870e37's Library (schema 2,
// its engine), made by running that commit's `new Library({...}).save(...)` on each seed
// (`git archive d870e37 src scripts seeds` into a scratch folder, fixed ids and times).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/engine/analyze.ts';
import type { Analysis, AnalysisInput, Block, Grade } from '../../src/engine/types.ts';
import { Library } from '../../src/shared/library.ts';
import {
  ENTRY_KEY_PREFIX, LIBRARY_META_KEY, checkEntry, checkStoredEntry, entryKey, migrations, readEntry, unpackEntry, type LibraryEntry,
} from '../../src/shared/library-schema.ts';
import { packAnalysis } from '../../src/shared/stored-analysis.ts';
import { MemoryArea } from '../support/memory-area.ts';

const FIXTURE = JSON.parse(readFileSync(new URL('fixtures/library-v2.json', import.meta.url), 'utf8')) as Record<string, unknown>;
const SEEDS_V2 = JSON.parse(readFileSync(new URL('fixtures/library-v2-seeds.json', import.meta.url), 'utf8')) as Record<string, unknown>;
const fixtureEntries = (): [string, LibraryEntry][] =>
  Object.entries(FIXTURE).filter(([key]) => key.startsWith(ENTRY_KEY_PREFIX)).map(([key, value]) => {
    const checked = checkEntry(value);
    if (!checked.ok) throw new Error(`fixture ${key}: ${checked.reason}`);
    return [key, checked.value];
  });

function v2Area(): MemoryArea {
  const area = new MemoryArea();
  for (const [key, value] of Object.entries(FIXTURE)) area.items.set(key, structuredClone(value));
  return area;
}

async function sha256(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** A stand-in engine whose grade says which engine it is, recording what it was asked to read. */
function fakeEngine(grade: Grade) {
  const inputs: AnalysisInput[] = [];
  const run = (input: AnalysisInput): Analysis => {
    inputs.push(input);
    return {
      schemaVersion: 2, language: 'en', textLength: input.text.length, sentences: [], claims: {} as Analysis['claims'], policyDate: null, summary: [],
      rating: { scheme: 3, grade, score: 50, confidence: 1, meaning: '', reasons: [] },
    };
  };
  return { run, inputs };
}

const library = (local: MemoryArea, engine: string, run: (input: AnalysisInput) => Analysis) =>
  new Library({ local, session: new MemoryArea(), builtIns: [], analyze: run, hash: sha256, engine });

describe('v2→v3 on real schema-2 entries', () => {
  it('the fixture is what the schema-2 extension stored: three whole entries and meta 2', () => {
    expect(FIXTURE[LIBRARY_META_KEY], 'meta').toEqual({ schemaVersion: 2 });
    expect(fixtureEntries().map(([, e]) => e.name).sort(), 'entries').toEqual([
      'County Micro (excerpt, saved from its page)', 'Newsletter notice (too short to grade)', 'Phone.com (pasted excerpt)',
    ]);
  });

  it('packs each entry; it unpacks to exactly what was saved, in a fraction of the bytes', async () => {
    const area = v2Area();
    const warnings: string[] = [];
    await migrations[2]?.({ area, warn: (m) => warnings.push(m), hash: sha256, analyze });
    expect(warnings, 'nothing refused').toEqual([]);
    for (const [key, before] of fixtureEntries()) {
      const stored = checkStoredEntry(area.items.get(key));
      expect(stored.ok, `${key} is packed`).toBe(true);
      if (!stored.ok) continue;
      expect(stored.value.packed.engine, 'written by an engine it cannot name').toBeNull();
      expect(stored.value.grade, 'its grade, for listing').toBe(before.analysis.rating.grade);
      const { entry } = await unpackEntry({ layout: 'packed', stored: stored.value });
      expect(entry, `${before.name}: unpacked deep-equals the saved entry`).toEqual(before);
      expect(JSON.stringify(entry.analysis), 'the analysis serialises as before').toBe(JSON.stringify(before.analysis));
      const bytes = (value: unknown): number => key.length + JSON.stringify(value).length;
      expect(bytes(stored.value), `${before.name}: smaller than half`).toBeLessThan(bytes(FIXTURE[key]) / 2);
    }
  });

  it('then the library reads every entry again with the current engine, keeping what the person gave', { timeout: 120_000 }, async () => {
    const local = v2Area();
    const lib = library(local, 'current', analyze);
    const { entries, warnings } = await lib.saved();
    expect(warnings, 'no warnings').toEqual([]);
    expect(local.items.get(LIBRARY_META_KEY), 'schema 3').toEqual({ schemaVersion: 3 });
    const byId = new Map(entries.map((e) => [e.id, e]));
    for (const [key, before] of fixtureEntries()) {
      const after = byId.get(before.id);
      expect(after, `${before.name} is listed`).toBeDefined();
      expect(after?.analysis, `${before.name}: the current engine's reading of its text`).toEqual(analyze({ text: before.text }));
      expect({ ...after, analysis: undefined }, 'name, page, dates and text as saved').toEqual({ ...before, analysis: undefined });
      const stored = readEntry(local.items.get(key));
      expect(stored.ok && stored.value.layout === 'packed' && stored.value.stored.packed.engine, 'stored as read by this engine').toBe('current');
    }
  });

  it('an entry that cannot be moved stays whole, is still listed and read, and moves later', async () => {
    const local = v2Area();
    const [stuckKey, stuck] = fixtureEntries()[0] ?? ['', undefined];
    local.failFor = (key) => (key === stuckKey ? new Error('Resource::kQuotaBytes quota exceeded') : undefined);
    const engine = fakeEngine('B');
    const first = library(local, 'current', engine.run);
    const { entries, warnings } = await first.saved();
    expect(entries.map((e) => e.id).sort(), 'all three still there').toEqual(fixtureEntries().map(([, e]) => e.id).sort());
    expect(warnings.join('\n'), 'the stuck one is named, twice: not moved, not read again').toMatch(new RegExp(`${stuckKey} could not be moved[^]*${stuckKey} could not be read again`));
    expect(checkEntry(local.items.get(stuckKey)).ok, 'still the whole schema-2 entry').toBe(true);
    expect(entries.find((e) => e.id === stuck?.id)?.analysis, 'with its saved analysis').toEqual(stuck?.analysis);

    local.failFor = undefined;
    const { entries: later } = await library(local, 'current', engine.run).saved();
    expect(checkStoredEntry(local.items.get(stuckKey)).ok, 'packed once there is room').toBe(true);
    expect(later.find((e) => e.id === stuck?.id)?.analysis.rating.grade, 'and read by the current engine').toBe('B');
  });

  it('an entry that is not an entry at all is left as it was, with a warning, never deleted', async () => {
    const local = v2Area();
    local.items.set(entryKey('broken'), { id: 'broken', name: 'Broken' });
    const { entries, warnings } = await library(local, 'current', fakeEngine('B').run).saved();
    expect(entries, 'the others are read').toHaveLength(3);
    expect(warnings.join('\n'), 'named').toMatch(/lib:entry:broken could not be moved to the new layout: url must be a string/);
    expect(local.items.get(entryKey('broken')), 'kept').toEqual({ id: 'broken', name: 'Broken' });
  });
});

describe('v2→v3 on the five seeds as schema 2 saved them', () => {
  const entries = Object.entries(SEEDS_V2).filter(([key]) => key.startsWith(ENTRY_KEY_PREFIX));

  it('the fixture holds the five seeds, whole, at 4.4–6.3× their text', () => {
    expect(SEEDS_V2[LIBRARY_META_KEY], 'meta').toEqual({ schemaVersion: 2 });
    expect(entries, 'five entries').toHaveLength(5);
    for (const [key, value] of entries) {
      const entry = checkEntry(value);
      expect(entry.ok, `${key} is a schema-2 entry`).toBe(true);
      if (entry.ok) expect((key.length + JSON.stringify(value).length) / entry.value.text.length, `${entry.value.name}: a copy of each sentence`).toBeGreaterThan(4);
    }
  });

  it('each moves to the packed layout, unpacks to exactly what was saved, and takes ≤ 1.5× its text', async () => {
    const area = new MemoryArea();
    for (const [key, value] of Object.entries(SEEDS_V2)) area.items.set(key, structuredClone(value));
    const warnings: string[] = [];
    await migrations[2]?.({ area, warn: (m) => warnings.push(m), hash: sha256, analyze });
    expect(warnings, 'nothing refused').toEqual([]);
    for (const [key, value] of entries) {
      const before = checkEntry(value);
      const stored = checkStoredEntry(area.items.get(key));
      if (!before.ok || !stored.ok) throw new Error(`${key} not moved`);
      const { entry } = await unpackEntry({ layout: 'packed', stored: stored.value });
      expect(entry, `${before.value.name}: deep-equals the saved entry`).toEqual(before.value);
      expect(JSON.stringify(entry.analysis), `${before.value.name}: the analysis serialises as before`).toBe(JSON.stringify(before.value.analysis));
      expect((key.length + JSON.stringify(stored.value).length) / before.value.text.length, `${before.value.name}: bytes per character of text`).toBeLessThanOrEqual(1.5);
    }
  });
});

describe('entries another engine wrote', () => {
  const page = { name: 'Shop', url: 'https://shop.example/privacy', text: 'Privacy. We collect your email address.' };
  const blocks: Block[] = [{ kind: 'heading', start: 0, end: 8 }, { kind: 'paragraph', start: 9, end: 39 }];

  it('are read again from their own text and blocks by this engine, once, keeping what the person gave', async () => {
    const local = new MemoryArea();
    const old = fakeEngine('D');
    const saved = await library(local, 'old-engine', old.run).save({ ...page, analysis: old.run({ text: page.text, blocks }), blocks, date: '2025-03-01' });

    const now = fakeEngine('A');
    const lib = library(local, 'new-engine', now.run);
    const { entries, warnings } = await lib.list();
    expect(warnings, 'no warnings').toEqual([]);
    expect(entries[0], 'listed with the new grade, as saved otherwise').toEqual({ id: saved.id, name: 'Shop', url: page.url, savedAt: saved.savedAt, date: '2025-03-01', builtIn: false, grade: 'A' });
    expect(now.inputs, 'read from its text with the blocks its page gave').toEqual([{ text: page.text, blocks }]);
    const stored = readEntry(local.items.get(entryKey(saved.id)));
    expect(stored.ok && stored.value.layout === 'packed' && stored.value.stored.packed.engine, 'now stored as the new engine’s').toBe('new-engine');

    await library(local, 'new-engine', now.run).list();
    expect(now.inputs, 'not read again by the same engine').toHaveLength(1);
  });

  it('keep their earlier analysis when there is no room for the new one, and say so', async () => {
    const local = new MemoryArea();
    const old = fakeEngine('D');
    const saved = await library(local, 'old-engine', old.run).save({ ...page, analysis: old.run({ text: page.text }) });
    local.failWith = new Error('Resource::kQuotaBytes quota exceeded (QUOTA_BYTES)');
    const { entries, warnings } = await library(local, 'new-engine', fakeEngine('A').run).list();
    expect(entries.map((e) => [e.id, e.grade]), 'still there, with the grade it had').toEqual([[saved.id, 'D']]);
    expect(warnings.join('\n'), 'the person is told').toMatch(/could not be read again by this version: Not enough storage to save Shop/);
  });

  it('built-in seeds an older engine analysed in the session are analysed again', async () => {
    const seed = { id: 'alpha', name: 'Alpha', url: '', text: 'Alpha policy. We do not sell data.' };
    const session = new MemoryArea();
    const old = fakeEngine('E');
    session.items.set('lib:builtin-analysis:alpha', { textHash: await sha256(seed.text), packed: await packAnalysis({ text: seed.text, analysis: old.run({ text: seed.text }) }, 'old-engine') });
    const now = fakeEngine('A');
    const lib = new Library({ local: new MemoryArea(), session, builtIns: [seed], analyze: now.run, hash: sha256, engine: 'new-engine' });
    expect((await lib.list()).entries[0]?.grade, 'the new engine’s reading').toBe('A');
    await lib.list();
    expect(now.inputs, 'once, then from the session').toHaveLength(1);
  });
});
