// The provider library over an in-memory storage.local/session: migrations, corrupt entries read
// as warnings, quota errors and concurrent saves lose nothing, export→import round-trips, import
// says why it skipped an entry, and the built-ins are listed first and cannot be changed.
import { describe, expect, it } from 'vitest';
import type { Analysis, AnalysisInput, Grade } from '../../src/engine/types.ts';
import { BUILT_INS, REFERENCES } from '../../src/background/library/built-ins.ts';
import type { BuiltInReference } from '../../src/shared/references.ts';
import { BUILT_IN_PREFIX, Library, LibraryError, type BuiltInSeed } from '../../src/shared/library.ts';
import { pageOf } from '../../src/shared/library-entry.ts';
import { LIBRARY_META_KEY, V0_LIBRARY_KEY, entryKey, migrations } from '../../src/shared/library-schema.ts';
import { MemoryArea } from '../support/memory-area.ts';

/** A stand-in for the engine: the grade comes from the text, so tests can tell analyses apart. */
let analyses = 0;
function fakeAnalyze(input: AnalysisInput | string): Analysis {
  const text = typeof input === 'string' ? input : input.text;
  analyses += 1;
  const grade: Grade = text.includes('sell') ? 'D' : 'B';
  return {
    schemaVersion: 2, language: 'en', textLength: text.length, sentences: [], claims: {} as Analysis['claims'], policyDate: null, summary: [],
    rating: { scheme: 2, grade, score: 50, confidence: 1, meaning: '', reasons: [] },
  };
}

async function sha256(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

const seeds: BuiltInSeed[] = [
  { id: 'alpha', name: 'Alpha', url: 'https://alpha.example/', date: '2020-01-01', text: 'Alpha policy. We do not sell data.' },
  { id: 'beta', name: 'Beta', url: '', text: 'Beta policy.' },
];

function setup(local = new MemoryArea()) {
  let n = 0;
  let clock = Date.parse('2026-01-01T00:00:00Z');
  const session = new MemoryArea();
  const library = new Library({
    local, session, builtIns: seeds, analyze: fakeAnalyze, hash: sha256,
    now: () => new Date((clock += 1000)),
    newId: () => `id-${++n}`,
  });
  return { local, session, library };
}

const policy = (text = 'We collect your email.', url = 'https://shop.example/privacy') => ({ name: 'Shop', url, text, analysis: fakeAnalyze(text) });

describe('built-in providers', () => {
  it('are listed first, in seed order, marked built-in, with their grade and date', async () => {
    const { library } = setup();
    await library.save(policy());
    const { entries, warnings } = await library.list();
    expect(warnings, 'no warnings').toEqual([]);
    expect(entries.map((e) => [e.id, e.builtIn]), 'order').toEqual([['builtin:alpha', true], ['builtin:beta', true], ['id-1', false]]);
    expect(entries[0], 'alpha summary').toMatchObject({ name: 'Alpha', date: '2020-01-01', grade: 'D', url: 'https://alpha.example/' });
    expect(entries[1] && 'date' in entries[1], 'no date when the seed states none').toBe(false);
  });

  it('are analysed once and then read from storage.session', async () => {
    const { library, session } = setup();
    await library.list();
    const before = analyses;
    await library.list();
    await library.get(['builtin:alpha']);
    expect(analyses, 'no re-analysis').toBe(before);
    expect([...session.items.keys()], 'cached in the session').toContain('lib:builtin-analysis:alpha');
  });

  it('cannot be deleted or renamed', async () => {
    const { library } = setup();
    await expect(library.delete('builtin:alpha'), 'delete').rejects.toThrow(LibraryError);
    await expect(library.rename('builtin:alpha', 'Mine'), 'rename').rejects.toThrow('cannot be renamed');
    expect((await library.list()).entries[0]?.name, 'name kept').toBe('Alpha');
  });

  it('come with their text and analysis for comparing; unknown ids are reported missing', async () => {
    const { library } = setup();
    const { entries, missing } = await library.get(['builtin:beta', 'nope']);
    expect(entries.map((e) => [e.id, e.name, e.text]), 'beta').toEqual([['builtin:beta', 'Beta', 'Beta policy.']]);
    expect(missing, 'missing').toEqual(['nope']);
  });

  it('the shipped ones are the five seeds of providers.json, bundled with their texts (?raw)', () => {
    expect(BUILT_INS.map((b) => b.id), 'ids').toEqual(['conifer', 'phone-com', 'conferencing-tree', 'county-micro', 'fusion-connect']);
    for (const seed of BUILT_INS) expect(seed.text.length, `${seed.id} text`).toBeGreaterThan(5000);
    expect(BUILT_INS[1], 'phone.com').toMatchObject({ name: 'Phone.com', url: 'https://phone.com/', date: '2019-04-05' });
    expect(BUILT_INS[0]?.url, 'conifer names no site').toBe('');
  });
});

describe('built-in references (snapshots shipped analysed, without their text)', () => {
  const reference: BuiltInReference = {
    id: 'gamma', name: 'Gamma', url: 'https://gamma.example/privacy', date: '2025-02-03',
    snapshot: { date: '2026-01-15', source: 'Open Terms Archive', licence: 'ODC-BY 1.0', attribution: 'Open Terms Archive contributors' },
    analysis: fakeAnalyze('Gamma may sell your data.'),
  };
  const withReference = () => {
    const local = new MemoryArea();
    const library = new Library({ local, session: new MemoryArea(), builtIns: seeds, references: [reference], analyze: fakeAnalyze, hash: sha256 });
    return library;
  };

  it('are listed after the seeds, with their snapshot date and credit, and never analysed again', async () => {
    const library = withReference();
    const before = analyses;
    const { entries } = await library.list();
    expect(entries.map((e) => e.id), 'seeds, then references').toEqual(['builtin:alpha', 'builtin:beta', 'builtin:gamma']);
    expect(entries[2]).toMatchObject({ name: 'Gamma', builtIn: true, grade: 'D', date: '2025-02-03', snapshot: reference.snapshot });
    expect(analyses - before, 'only the two seeds were analysed').toBe(2);
  });

  it('come with their analysis and no text for comparing, and cannot be renamed or deleted', async () => {
    const library = withReference();
    const { entries } = await library.get(['builtin:gamma']);
    expect(entries[0]?.text, 'no text shipped').toBe('');
    expect(entries[0]?.analysis.rating.grade).toBe('D');
    await expect(library.rename('builtin:gamma', 'Mine')).rejects.toThrow('cannot be renamed');
    await expect(library.delete('builtin:gamma')).rejects.toThrow(LibraryError);
  });

  it('the shipped ones load from references.generated.json', () => {
    expect(REFERENCES.length, 'six to eight services').toBeGreaterThanOrEqual(6);
    expect(REFERENCES.map((r) => r.name)).toContain('Signal');
  });
});

describe('saving, renaming, deleting', () => {
  it('stores one key per entry and reads it back', async () => {
    const { library, local } = setup();
    const entry = await library.save(policy());
    expect([...local.items.keys()].sort(), 'keys').toEqual([entryKey('id-1'), LIBRARY_META_KEY].sort());
    expect(local.items.get(LIBRARY_META_KEY), 'meta').toEqual({ schemaVersion: 3 });
    expect((await library.get([entry.id])).entries[0]?.text, 'text').toBe('We collect your email.');
    expect(entry.textHash, 'hash').toBe(await sha256('We collect your email.'));
  });

  it('two saves at once both land', async () => {
    const { library } = setup();
    await Promise.all([library.save({ ...policy(), name: 'One' }), library.save({ ...policy('Other text.'), name: 'Two' })]);
    const { entries } = await library.saved();
    expect(entries.map((e) => e.name).sort(), 'both saved').toEqual(['One', 'Two']);
  });

  it('a quota error names the entry and keeps everything already saved', async () => {
    const { library, local } = setup();
    await library.save({ ...policy(), name: 'Kept' });
    local.failWith = new Error('Resource::kQuotaBytes quota exceeded (QUOTA_BYTES)');
    await expect(library.save({ ...policy('Big text.'), name: 'Big' }), 'refused').rejects.toThrow(/^Not enough storage to save Big: .*QUOTA_BYTES/);
    local.failWith = undefined;
    expect((await library.saved()).entries.map((e) => e.name), 'old entry intact').toEqual(['Kept']);
  });

  it('renames and deletes saved entries; a missing id is a clear error', async () => {
    const { library } = setup();
    const entry = await library.save(policy());
    expect((await library.rename(entry.id, '  Shop Inc.  ')).name, 'trimmed').toBe('Shop Inc.');
    expect((await library.saved()).entries[0]?.name, 'stored').toBe('Shop Inc.');
    await library.delete(entry.id);
    expect((await library.saved()).entries, 'gone').toEqual([]);
    await expect(library.delete(entry.id), 'twice').rejects.toThrow('no longer in the library');
  });

  it('a rename racing a delete does not bring the entry back', async () => {
    const { library } = setup();
    const entry = await library.save(policy());
    const results = await Promise.allSettled([library.delete(entry.id), library.rename(entry.id, 'Late')]);
    expect(results.map((r) => r.status), 'delete wins, rename finds nothing').toEqual(['fulfilled', 'rejected']);
    expect((await library.saved()).entries, 'still gone').toEqual([]);
  });

  it('finds the newest entry for a page, ignoring the #fragment', async () => {
    const { library } = setup();
    await library.save({ ...policy('v1'), name: 'Old', url: 'https://shop.example/privacy#top' });
    await library.save({ ...policy('v2'), name: 'New', url: 'https://shop.example/privacy' });
    expect((await library.findByUrl('https://shop.example/privacy#cookies'))?.name, 'newest').toBe('New');
    expect(await library.findByUrl('https://shop.example/terms'), 'other page').toBeUndefined();
    expect(pageOf('https://a.example/p#x'), 'pageOf').toBe('https://a.example/p');
  });
});

describe('reading stored data', () => {
  it('skips corrupt or unknown-shape entries with a warning and never throws', async () => {
    const { library, local } = setup();
    await library.save(policy());
    local.items.set(entryKey('broken'), { id: 'broken', name: 'Broken' });
    local.items.set(entryKey('junk'), 'not an entry');
    local.items.set(entryKey('moved'), { ...(local.items.get(entryKey('id-1')) as object), id: 'elsewhere' });
    local.items.set('unrelated', 42);
    const { entries, warnings } = await library.list();
    expect(entries.map((e) => e.id), 'good ones listed').toEqual(['builtin:alpha', 'builtin:beta', 'id-1']);
    expect(warnings, 'one warning per bad entry').toHaveLength(3);
    expect(warnings.join('\n'), 'reasons').toMatch(/lib:entry:broken.*url must be a string/);
    expect(warnings.join('\n'), 'not an object').toMatch(/lib:entry:junk.*not an object/);
    expect(warnings.join('\n'), 'key mismatch').toMatch(/lib:entry:moved.*does not match its key/);
  });

  it('a library written by a newer version is read, not migrated', async () => {
    const local = new MemoryArea();
    local.items.set(LIBRARY_META_KEY, { schemaVersion: 4 });
    const { library } = setup(local);
    const { warnings } = await library.list();
    expect(warnings.join(), 'warned').toMatch(/newer PolicyLens/);
    expect(local.items.get(LIBRARY_META_KEY), 'meta untouched').toEqual({ schemaVersion: 4 });
  });
});

describe('migrations', () => {
  const v0Entry = (id: string, text: string) => ({
    id, name: `Saved ${id}`, url: `https://${id}.example/privacy`, savedAt: '2025-05-01T10:00:00.000Z', text, textHash: '', analysis: fakeAnalyze(text),
  });

  it('has one step per version, from 0', () => {
    expect(Object.keys(migrations), 'steps').toEqual(['0', '1', '2']);
  });

  it('v0→v1: the one `library` array becomes one key per entry, then the array goes', async () => {
    const local = new MemoryArea();
    const a = { ...v0Entry('a', 'Text A'), textHash: await sha256('Text A') };
    const b = { ...v0Entry('b', 'Text B'), textHash: await sha256('Text B') };
    local.items.set(V0_LIBRARY_KEY, [a, b]);
    const { library } = setup(local);
    const { entries, warnings } = await library.saved();
    expect(warnings, 'clean').toEqual([]);
    expect(entries.map((e) => e.id).sort(), 'moved').toEqual(['a', 'b']);
    expect(local.items.has(V0_LIBRARY_KEY), 'old key removed').toBe(false);
    expect(local.items.get(LIBRARY_META_KEY), 'now current').toEqual({ schemaVersion: 3 });
  });

  it('v0→v1 keeps the old array while an entry in it cannot be moved', async () => {
    const local = new MemoryArea();
    const good = { ...v0Entry('good', 'Good'), textHash: await sha256('Good') };
    local.items.set(V0_LIBRARY_KEY, [good, { name: 'no id' }]);
    const { library } = setup(local);
    const { entries, warnings } = await library.saved();
    expect(entries.map((e) => e.id), 'good one moved').toEqual(['good']);
    expect(warnings.join(), 'warned').toMatch(/Old library entry 1 could not be moved: id must be a string/);
    expect(local.items.has(V0_LIBRARY_KEY), 'old array kept').toBe(true);
  });

  it('v0→v1 computes a text hash an old entry did not store', async () => {
    const local = new MemoryArea();
    const old: Record<string, unknown> = v0Entry('h', 'Hashless');
    delete old['textHash'];
    local.items.set(V0_LIBRARY_KEY, [old]);
    const { library } = setup(local);
    expect((await library.saved()).entries[0]?.textHash, 'hash').toBe(await sha256('Hashless'));
  });

  it('an empty v0 store just gets its meta record', async () => {
    const { library, local } = setup();
    await library.saved();
    expect(local.items.get(LIBRARY_META_KEY), 'meta').toEqual({ schemaVersion: 3 });
  });

  it('v1→v2: entries analysed by the facts engine are analysed again from their own text', async () => {
    const local = new MemoryArea();
    local.items.set(LIBRARY_META_KEY, { schemaVersion: 1 });
    // A version-1 entry as the facts engine stored it (analysis schema 1, facts, no claims).
    const oldAnalysis = { schemaVersion: 1, language: 'en', textLength: 9, sentences: [], facts: {}, summary: [], rating: { grade: 'A', score: 90, reasons: [] } };
    const kept = { id: 'k', name: 'My bank', url: 'https://bank.example/privacy', savedAt: '2025-05-01T10:00:00.000Z', date: '2024-02-01', text: 'we sell it', textHash: await sha256('we sell it'), analysis: oldAnalysis, builtIn: false };
    local.items.set(entryKey('k'), kept);
    local.items.set(entryKey('t'), { ...kept, id: 't', text: undefined });
    const { library } = setup(local);
    const { entries, warnings } = await library.saved();
    const k = entries.find((e) => e.id === 'k');
    expect(k?.analysis.schemaVersion, 'analysed again').toBe(2);
    expect(k?.analysis.rating.grade, 'by the current engine, from its text').toBe('D');
    expect({ name: k?.name, date: k?.date, savedAt: k?.savedAt }, 'what the person gave is kept').toEqual({ name: 'My bank', date: '2024-02-01', savedAt: '2025-05-01T10:00:00.000Z' });
    expect(warnings.join('\n'), 'the entry without text is named').toMatch(/lib:entry:t has no text/);
    expect(local.items.get(entryKey('t')), 'and left as it was, never deleted').toBeDefined();
    expect(local.items.get(LIBRARY_META_KEY), 'now current').toEqual({ schemaVersion: 3 });
  });
});

describe('export and import', () => {
  it('export holds only saved entries; importing it elsewhere recreates them', async () => {
    const { library } = setup();
    await library.save({ ...policy('First'), name: 'First' });
    await library.save({ ...policy('Second, we sell', 'https://b.example/p'), name: 'Second' });
    const exported = await library.exportLibrary();
    expect(exported.schemaVersion, 'version').toBe(1);
    expect(exported.entries.every((e) => !e.builtIn && !e.id.startsWith(BUILT_IN_PREFIX)), 'no built-ins').toBe(true);

    const other = setup().library;
    const result = await other.importLibrary(JSON.parse(JSON.stringify(exported)));
    expect(result, 'all imported').toEqual({ imported: 2, skipped: [] });
    const strip = (e: { name: string; url: string; text: string; textHash: string; savedAt: string; analysis: Analysis }) =>
      ({ name: e.name, url: e.url, text: e.text, textHash: e.textHash, savedAt: e.savedAt, grade: e.analysis.rating.grade });
    expect((await other.saved()).entries.map(strip), 'same entries').toEqual(exported.entries.map(strip));
  });

  it('gives clashing ids new ones, skips what is already saved and deletes nothing', async () => {
    const { library } = setup();
    const mine = await library.save({ ...policy('Mine'), name: 'Mine' });
    const file = { schemaVersion: 1, entries: [
      { id: mine.id, name: 'Theirs', url: 'https://t.example/', savedAt: '2025-01-01T00:00:00Z', text: 'Theirs' },
      { id: 'x', name: 'Dup', url: mine.url, savedAt: '2025-01-01T00:00:00Z', text: 'Mine' },
    ] };
    const result = await library.importLibrary(file);
    expect(result.imported, 'one imported').toBe(1);
    expect(result.skipped, 'duplicate skipped').toEqual([{ index: 1, reason: 'already in the library (Dup)' }]);
    const { entries } = await library.saved();
    expect(entries.map((e) => e.name).sort(), 'both kept').toEqual(['Mine', 'Theirs']);
    expect(entries.find((e) => e.name === 'Theirs')?.id, 'new id').not.toBe(mine.id);
  });

  it('says why each invalid entry was skipped', async () => {
    const { library } = setup();
    const ok = { id: 'ok', name: 'OK', url: 'https://ok.example/', savedAt: '2025-01-01T00:00:00Z', text: 'Fine.' };
    const result = await library.importLibrary({ schemaVersion: 1, entries: [
      ok,
      'nope',
      { ...ok, id: 'n', name: '   ' },
      { ...ok, id: 's', savedAt: 'yesterday' },
      { ...ok, id: 't', text: '' },
      { ...ok, id: 'u', url: 'javascript:alert(1)', text: 'Other.' },
      { ...ok, id: 'd', date: 'June 2020', text: 'Dated.' },
      { ...ok, id: 'builtin:alpha', builtIn: true, text: 'Alpha.' },
    ] });
    expect(result.imported, 'only the good one').toBe(1);
    expect(result.skipped, 'reasons').toEqual([
      { index: 1, reason: 'not an object' },
      { index: 2, reason: 'name must not be blank' },
      { index: 3, reason: 'savedAt must be an ISO date-time' },
      { index: 4, reason: 'text must be a non-empty string' },
      { index: 5, reason: 'url must be an http(s) URL or empty' },
      { index: 6, reason: 'date must be YYYY-MM-DD' },
      { index: 7, reason: 'built-in providers come with PolicyLens and are not imported' },
    ]);
  });

  it('refuses a file that is not an export, with a reason', async () => {
    const { library } = setup();
    await expect(library.importLibrary([]), 'array').rejects.toThrow('not a PolicyLens library export');
    await expect(library.importLibrary({ schemaVersion: 9, entries: [] }), 'version').rejects.toThrow('schema version 9');
    await expect(library.importLibrary({ schemaVersion: 1 }), 'no entries').rejects.toThrow('no list of entries');
  });

  it('re-analyses imported texts instead of trusting the file', async () => {
    const { library } = setup();
    const forged = { ...fakeAnalyze('x'), rating: { grade: 'A', score: 100, reasons: [] } };
    await library.importLibrary({ schemaVersion: 1, entries: [
      { id: 'f', name: 'F', url: '', savedAt: '2025-01-01T00:00:00Z', text: 'We sell your data.', analysis: forged },
    ] });
    expect((await library.saved()).entries[0]?.analysis.rating.grade, 'own analysis').toBe('D');
  });
});
