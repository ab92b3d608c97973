// An update of the extension in real Chromium: a library left by the schema-2 extension
// (test/shared/fixtures/library-v2.json, taken from it) and an entry an older engine analysed
// wrongly are in storage.local; the extension is reloaded as chrome://extensions reloads it
// (runtime.onInstalled, reason 'update'), and with no popup opened, every entry is moved to the
// packed layout and read again by this build's engine, keeping what the person gave.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../src/engine/analyze.ts';
import { ENTRY_KEY_PREFIX, LIBRARY_META_KEY, checkEntry, checkStoredEntry, packEntry, type LibraryEntry } from '../../src/shared/library-schema.ts';
import { launchWithExtension, waitFor, type ExtensionSession } from './support/extension.ts';
import { provider } from './support/site.ts';

const FIXTURE = JSON.parse(readFileSync(new URL('../shared/fixtures/library-v2.json', import.meta.url), 'utf8')) as Record<string, unknown>;
const SEED_TEXT = readFileSync(new URL(`../../seeds/${provider('conifer').file}`, import.meta.url), 'utf8');

type Local = { chrome: { storage: { local: { get: (k: null) => Promise<Record<string, unknown>>; set: (i: Record<string, unknown>) => Promise<void> } }; runtime: { sendMessage: (m: unknown) => Promise<unknown> } } };

let session: ExtensionSession;

beforeAll(async () => {
  session = await launchWithExtension();
});

afterAll(async () => {
  await session?.close();
});

async function extensionPage(): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(`chrome-extension://${session.extensionId}/src/popup/paste.html`);
  return page;
}

const send = (page: Page, type: string, payload: unknown): Promise<Record<string, unknown>> =>
  page.evaluate(([t, p]) => (globalThis as unknown as Local).chrome.runtime.sendMessage({ type: t, payload: p }), [type, payload] as const) as Promise<Record<string, unknown>>;

/** What the reload button of chrome://extensions does. Chromium disables a reloaded unpacked
 *  extension unless developer mode is on, so it is switched on first, as a developer would. */
async function reloadExtension(): Promise<void> {
  const page = await session.context.newPage();
  await page.goto('chrome://extensions');
  const problem = await page.evaluate((id) => new Promise<string | undefined>((resolve) => {
    const api = (globalThis as unknown as { chrome: { runtime: { lastError?: { message?: string } }; developerPrivate: {
      updateProfileConfiguration: (c: { inDeveloperMode: boolean }, done: () => void) => void;
      reload: (id: string, o: { failQuietly: boolean }, done: () => void) => void;
    } } }).chrome;
    api.developerPrivate.updateProfileConfiguration({ inDeveloperMode: true }, () => {
      if (api.runtime.lastError) resolve(api.runtime.lastError.message);
      else api.developerPrivate.reload(id, { failQuietly: true }, () => resolve(api.runtime.lastError?.message));
    });
  }), session.extensionId);
  if (problem) throw new Error(`chrome://extensions could not reload the extension: ${problem}`);
  await page.close();
}

const readLocal = async (): Promise<Record<string, unknown>> => {
  const sw = await session.serviceWorker();
  return sw.evaluate(() => (globalThis as unknown as Local).chrome.storage.local.get(null));
};

describe('after an update', () => {
  it('moves a schema-2 library to the packed layout and reads every entry again with the new engine', async () => {
    // An entry this build saves: its record names this build's engine.
    const page = await extensionPage();
    const fresh = (await send(page, 'popup/library-save-text', { name: 'Conifer (this build)', text: SEED_TEXT }))['entry'] as { id: string; grade: string };
    const before = await readLocal();
    const freshRecord = checkStoredEntry(before[`${ENTRY_KEY_PREFIX}${fresh.id}`]);
    if (!freshRecord.ok) throw new Error(freshRecord.reason);
    const engine = freshRecord.value.packed.engine;
    expect(engine, 'this build’s engine fingerprint').toMatch(/^[0-9a-f]{16}$/);

    // An entry an older engine analysed, with a claim it got wrong (here: the grade and summary).
    const current = analyze({ text: SEED_TEXT });
    const wrong = { ...current, rating: { ...current.rating, grade: current.rating.grade === 'E' ? 'A' : 'E' }, summary: [] } as typeof current;
    const old: LibraryEntry = { id: 'older-1', name: 'Conifer (older engine)', url: 'https://conifer.example/privacy', savedAt: '2026-06-01T09:00:00.000Z', textHash: 'c'.repeat(64), text: SEED_TEXT, analysis: wrong, builtIn: false, date: '2018-05-25' };
    const stale = await packEntry(old, undefined, 'older-engine');

    const sw = await session.serviceWorker();
    await sw.evaluate((items) => (globalThis as unknown as Local).chrome.storage.local.set(items), { ...FIXTURE, [LIBRARY_META_KEY]: { schemaVersion: 2 }, [`${ENTRY_KEY_PREFIX}older-1`]: stale });
    await page.close();

    // The update: no popup, no message; only runtime.onInstalled wakes the new worker.
    // A reload replaces the worker on purpose: not a crash (crash-guard.ts).
    session.crashes.expectWorkerStop();
    await reloadExtension();
    const after = await waitFor('every entry packed and read by this engine', readLocal, (items) => {
      const entries = Object.entries(items).filter(([key]) => key.startsWith(ENTRY_KEY_PREFIX));
      return entries.length === 5 && entries.every(([, value]) => {
        const stored = checkStoredEntry(value);
        return stored.ok && stored.value.packed.engine === engine;
      });
    }, 120_000);
    expect(after[LIBRARY_META_KEY], 'schema 3').toEqual({ schemaVersion: 3 });
    expect(after[`${ENTRY_KEY_PREFIX}${fresh.id}`], 'the entry this engine wrote is left as it was').toEqual(before[`${ENTRY_KEY_PREFIX}${fresh.id}`]);

    const listed = await extensionPage();
    const { entries, warnings } = (await send(listed, 'popup/library-list', {})) as unknown as { entries: { id: string; name: string; grade: string | null; savedAt: string }[]; warnings: string[] };
    expect(warnings, 'no warnings').toEqual([]);
    const byId = new Map(entries.map((e) => [e.id, e]));
    expect(byId.get('older-1'), 'the older engine’s wrong grade is replaced, the name and saving time kept')
      .toMatchObject({ name: 'Conifer (older engine)', grade: current.rating.grade, savedAt: '2026-06-01T09:00:00.000Z' });
    const got = (await send(listed, 'popup/library-get', { ids: ['older-1'] })) as { entries: { analysis: { summary: unknown[] } }[] };
    expect(got.entries[0]?.analysis.summary.length, 'its summary is the current engine’s').toBe(current.summary.length);
    for (const [key, value] of Object.entries(FIXTURE)) {
      if (!key.startsWith(ENTRY_KEY_PREFIX)) continue;
      const saved = checkEntry(value);
      if (!saved.ok) throw new Error(saved.reason);
      expect(byId.get(saved.value.id), `${saved.value.name}: kept, graded by the current engine`)
        .toMatchObject({ name: saved.value.name, savedAt: saved.value.savedAt, grade: analyze({ text: saved.value.text }).rating.grade });
    }
    await listed.close();
  });
});
