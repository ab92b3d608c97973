// Storage within Chromium's real quotas, not in-memory fakes: storage.session (10 MB) holds every
// open tab's analysis, storage.local (10 MB) the library. Three 1 MB policies opened at once all
// end in a final state; a tab whose analysis cannot be stored says so instead of "analysing" for
// ever; a library filled until the quota refuses a save names what failed and loses nothing.
import { readFileSync } from 'node:fs';
import type { Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANALYSIS_BUDGET } from '../../src/engine/budget.ts';
import type { TabState } from '../../src/shared/protocol.ts';
import { badgeText, isGrade, launchWithExtension, openPopupFor, openTab, tabIdOf, tabState, waitFor, type ExtensionSession } from './support/extension.ts';
import { escapeHtml, PROVIDERS, policyBody, seedPolicyPage, servePages, type Site } from './support/site.ts';

const MEGABYTE = 1_048_576;
/** storage.session's and storage.local's quota in Chromium (chrome.storage.*.QUOTA_BYTES). */
const QUOTA = 10_485_760;

const SEEDS = PROVIDERS.map((p) => readFileSync(new URL(`../../seeds/${p.file}`, import.meta.url), 'utf8'));

/** A policy of about `size` characters: the five seeds again and again, each copy numbered (and
 *  the whole named) so that no two paragraphs, and no two policies, are the same text. */
function bigPolicy(name: string, size: number): string {
  const parts: string[] = [`${name} Privacy Policy`];
  let length = parts[0]?.length ?? 0;
  for (let copy = 1; length < size; copy++) {
    const part = `Part ${copy} of the ${name} policy\n\n${SEEDS.join('\n\n')}`;
    parts.push(part);
    length += part.length + 2;
  }
  return parts.join('\n\n').slice(0, size);
}

const BIG_NAMES = ['Aster', 'Birch', 'Cedar'];

function policyPage(name: string, text: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(name)} Privacy Policy</title></head>
<body><main><article><h1>${escapeHtml(name)} Privacy Policy</h1>\n${policyBody(text)}</article></main></body></html>`;
}

function serve(): Promise<Site> {
  const pages = new Map<string, string>(BIG_NAMES.map((name) => [`/big/${name.toLowerCase()}`, policyPage(name, bigPolicy(name, MEGABYTE))]));
  for (const p of PROVIDERS) pages.set(`/policy/${p.id}`, seedPolicyPage(p.id));
  return servePages((path) => {
    const body = pages.get(path);
    return body === undefined ? undefined : { body };
  });
}

/** The `chrome.storage` calls made inside the extension (the project has no @types/chrome). */
interface Area {
  get: (keys: string | string[] | null) => Promise<Record<string, unknown>>;
  set: (items: Record<string, unknown>) => Promise<void>;
  remove: (keys: string | string[]) => Promise<void>;
  getBytesInUse: (keys: string | string[] | null) => Promise<number>;
}
type WithStorage = { chrome: { storage: { session: Area; local: Area }; runtime: { sendMessage: (m: unknown) => Promise<unknown> } } };

/** Per key: its value's JSON length, and the bytes Chromium counts against the quota for it
 *  (storage.session counts values as they sit in memory: many small objects cost far more than
 *  their JSON). */
async function keySizes(sw: Worker, area: 'session' | 'local'): Promise<Record<string, { json: number; counted: number }>> {
  return sw.evaluate(async (which) => {
    const storage = (globalThis as unknown as WithStorage).chrome.storage[which];
    const items = await storage.get(null);
    const out: Record<string, { json: number; counted: number }> = {};
    for (const [key, value] of Object.entries(items)) out[key] = { json: JSON.stringify(value).length, counted: await storage.getBytesInUse(key) };
    return out;
  }, area);
}

const bytesInUse = (sw: Worker, area: 'session' | 'local'): Promise<number> =>
  sw.evaluate((which) => (globalThis as unknown as WithStorage).chrome.storage[which].getBytesInUse(null), area);

const isFinal = (state: TabState): boolean => state.kind !== 'analysing' && state.kind !== 'unknown';

let site: Site;
let session: ExtensionSession;

beforeAll(async () => {
  site = await serve();
  session = await launchWithExtension();
});

afterAll(async () => {
  await session?.close();
  await site?.close();
});

describe('storage.session: every open tab within the 10 MB quota', () => {
  it('three 1 MB policies opened at once each end ready, and the extension stays alive', async () => {
    const pages = await Promise.all(BIG_NAMES.map((name) => openTab(session, site.url(`/big/${name.toLowerCase()}`))));
    const tabs: { page: Page; tabId: number }[] = [];
    for (const page of pages) tabs.push({ page, tabId: await tabIdOf(session, page) });
    const all = (): Promise<TabState[]> => Promise.all(tabs.map(({ tabId }) => tabState(session, tabId)));
    // On a timeout the states are still read, so the figures below are printed either way.
    const states = await waitFor('every tab to reach a final state', all, (s) => s.every(isFinal), 200_000).catch(all);
    const sw = await session.serviceWorker();
    const sizes = await keySizes(sw, 'session');
    const inUse = await bytesInUse(sw, 'session');
    console.log(`storage.session with three 1 MB policies open: ${inUse} of ${QUOTA} bytes; per key: ${JSON.stringify(sizes)}`);
    expect(states.map((s) => s.kind), 'every tab is ready').toEqual(['ready', 'ready', 'ready']);
    for (const [i, state] of states.entries()) {
      if (state.kind !== 'ready') continue;
      expect(state.url, `tab ${i} is its own page`).toBe(site.url(`/big/${BIG_NAMES[i]?.toLowerCase()}`));
      // A megabyte is past the analysis budget: read up to it (engine/budget.ts), and said so.
      expect(state.analysis.analysedLength, `tab ${i} read up to the budget, and says so`).toBeGreaterThan(ANALYSIS_BUDGET * 0.9);
      expect(state.analysis.sentences.length, `tab ${i} read the first half-megabyte`).toBeGreaterThan(2_000);
    }
    expect(inUse, 'well within the quota: room for more tabs').toBeLessThan(QUOTA / 2);

    // The extension is alive: another policy is read, and a popup shows a big one's grade.
    const seed = await openTab(session, site.url('/policy/conifer'));
    const seedTab = await tabIdOf(session, seed);
    await waitFor('the seed tab’s grade', () => badgeText(session, seedTab), isGrade, 90_000);
    const first = tabs[0];
    if (!first) throw new Error('no tab');
    const popup = await openPopupFor(session, first.tabId);
    await popup.getByRole('img', { name: /^Grade [A-E]$/ }).first().waitFor({ timeout: 60_000 });
    await popup.close();
    for (const { page } of tabs) await page.close();
    await seed.close();
  });

  it('a tab whose analysis cannot be stored says so, and the next page works once there is room', async () => {
    const sw = await session.serviceWorker();
    // Someone else's data (here a filler key) leaves storage.session almost no room.
    const free = QUOTA - (await bytesInUse(sw, 'session'));
    await sw.evaluate((n) => (globalThis as unknown as WithStorage).chrome.storage.session.set({ 'test:filler': 'x'.repeat(n) }), free - 4_000);
    const page = await openTab(session, site.url('/policy/phone-com'));
    const tabId = await tabIdOf(session, page);
    const state = await waitFor('the full tab to reach a final state', () => tabState(session, tabId), isFinal, 120_000).catch(() => tabState(session, tabId));
    expect(state.kind, 'an error, not a silent "analysing"').toBe('error');
    expect(state.kind === 'error' ? state.message : '', 'the message says storage is what failed').toMatch(/stor/i);
    const popup = await openPopupFor(session, tabId);
    await popup.getByText(/stor/i).first().waitFor({ timeout: 30_000 });
    await popup.close();

    await sw.evaluate(() => (globalThis as unknown as WithStorage).chrome.storage.session.remove('test:filler'));
    await page.reload({ waitUntil: 'load' });
    const after = await waitFor('the reloaded tab to be ready', () => tabState(session, tabId), (s) => s.kind === 'ready', 120_000);
    expect(after.kind, 'ready once there is room').toBe('ready');
    await page.close();
  });
});

describe('storage.local: a library filled until the quota refuses a save', () => {
  it('names what could not be saved and keeps every entry already saved', async () => {
    const ext = await session.context.newPage();
    await ext.goto(`chrome-extension://${session.extensionId}/src/popup/paste.html`);
    const send = (type: string, payload: unknown): Promise<Record<string, unknown>> =>
      ext.evaluate(([t, p]) => (globalThis as unknown as WithStorage).chrome.runtime.sendMessage({ type: t, payload: p }), [type, payload] as const) as Promise<Record<string, unknown>>;
    const saved: { id: string; name: string; grade: unknown; size: number }[] = [];
    const refusals: { name: string; error: string }[] = [];
    // 1 MB policies until one is refused, then smaller ones into what room is left, until even a
    // policy half the size of the seed saved below is refused.
    for (const size of [MEGABYTE, 100_000, 5_000]) {
      for (let n = 1; n <= 60; n++) {
        const name = `Filler ${size}-${n}`;
        const answer = await send('popup/library-save-text', { name, text: bigPolicy(name, size) });
        const entry = answer['entry'] as { id: string; name: string; grade: unknown } | undefined;
        if (entry) saved.push({ ...entry, size });
        else {
          refusals.push({ name, error: String(answer['error']) });
          break;
        }
      }
    }
    const sw = await session.serviceWorker();
    const inUse = await bytesInUse(sw, 'local');
    const megabytes = saved.filter((e) => e.size === MEGABYTE).length;
    console.log(`storage.local: ${megabytes} saved 1 MB policies (${saved.length} in all), ${inUse} of ${QUOTA} bytes; refused: ${JSON.stringify(refusals)}`);
    expect(refusals.length, 'the quota refused a save of each size').toBe(3);
    for (const { name, error } of refusals) expect(error, 'each refusal names the entry and says why').toMatch(new RegExp(`^Not enough storage to save ${name}: .*quota`, 'i'));
    expect(megabytes, 'several 1 MB policies fit first').toBeGreaterThanOrEqual(5);

    const list = (await send('popup/library-list', {})) as { entries: { id: string; builtIn: boolean; grade: unknown }[]; warnings: string[] };
    expect(list.warnings, 'no entry became unreadable').toEqual([]);
    expect(list.entries.filter((e) => !e.builtIn).map((e) => e.id).sort(), 'every saved entry is still listed').toEqual(saved.map((e) => e.id).sort());
    for (const entry of saved) {
      const got = (await send('popup/library-get', { ids: [entry.id] })) as { entries: { text: string; analysis: { rating: { grade: unknown }; sentences: unknown[] } }[] };
      expect(got.entries[0]?.text.length, `${entry.name}: its text`).toBe(entry.size);
      expect(got.entries[0]?.analysis.rating.grade, `${entry.name}: its analysis`).toBe(entry.grade);
    }

    // The popup's own Save says the same to the person.
    const page = await openTab(session, site.url('/policy/conifer'));
    const tabId = await tabIdOf(session, page);
    await waitFor('the seed tab’s grade', () => badgeText(session, tabId), isGrade, 90_000);
    const popup = await openPopupFor(session, tabId);
    await popup.getByRole('button', { name: 'Save to library' }).click();
    const status = popup.locator('.save-status');
    const text = await waitFor('the save to be answered', () => status.textContent(), (t) => (t ?? '').length > 0, 60_000);
    expect(text, 'the person reads what failed').toMatch(/^Not enough storage to save Conifer/);
    await popup.close();
    await page.close();
    await ext.close();
  });
});
