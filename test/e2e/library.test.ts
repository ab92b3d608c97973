// The provider library in the built extension: save the policy a tab shows, find it in the
// library beside the built-in seeds and reference snapshots, compare it (every column against
// the current policy only, in the window's width), export and import the library, save and
// compare a pasted policy, and see the popup say a saved policy changed once the page serves a
// different text. Nothing leaves the machine.
import { mkdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REFERENCES } from '../../src/background/library/built-ins.ts';
import { analyze } from '../../src/engine/analyze.ts';
import { compareAnalyses } from '../../src/engine/compare/index.ts';
import { badgeText, isGrade, launchWithExtension, openPopupFor, openTab, tabIdOf, tabState, waitFor, type ExtensionSession } from './support/extension.ts';
import { expectOnlyLocalRequests } from './support/network.ts';
import { escapeHtml, policyBody, provider } from './support/site.ts';

const SCREENSHOTS = 'docs/screenshots';
const SEED = 'conifer';
const SAVED_NAME = 'Conifer (saved in test)';
/** What the changed policy adds: a sale of data the saved copy never mentioned. */
const ADDED = 'We sell your personal information to data brokers and advertising partners for their own marketing purposes.';

const RENAMED = 'Conifer, renamed by keyboard';
const PASTED_NAME = 'Fusion Connect (pasted)';
/** An ordinary page: the popup shows the not-policy view, from which the library still opens. */
const SHOP = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Northwind Outdoor Gear</title></head>
<body><h1>Northwind Outdoor Gear</h1><p>Our two-person tent weighs 1.2 kg and pitches in under three minutes.</p>
<p>We have sold camping gear from our shop in Bend, Oregon since 1998.</p></body></html>`;

const seedText = (id: string): string => readFileSync(new URL(`../../seeds/${provider(id).file}`, import.meta.url), 'utf8');

/** A loopback site with one policy page whose text a test can swap (the shared site's pages are fixed). */
interface SwappableSite {
  url: (path: string) => string;
  setText: (text: string) => void;
  close: () => Promise<void>;
}

async function serveSwappable(name: string, initial: string): Promise<SwappableSite> {
  let text = initial;
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    if (path === '/shop') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(SHOP);
      return;
    }
    if (path !== `/policy/${SEED}`) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(name)} Privacy Policy</title></head>
<body><main><article><h1>${escapeHtml(name)} Privacy Policy</h1>\n${policyBody(text)}</article></main></body></html>`;
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (path) => `http://127.0.0.1:${port}${path}`,
    setText: (next) => {
      text = next;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

let site: SwappableSite;
let session: ExtensionSession;
let policy: { page: Page; tabId: number };
let popup: Page;
let exported = '';

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  site = await serveSwappable(provider(SEED).name, seedText(SEED));
  session = await launchWithExtension();
  const page = await openTab(session, site.url(`/policy/${SEED}`));
  const tabId = await tabIdOf(session, page);
  await waitFor(`the badge of /policy/${SEED} to show a grade`, () => badgeText(session, tabId), isGrade, 90_000);
  policy = { page, tabId };
});

afterAll(async () => {
  await session?.close();
  await site?.close();
});

const entryNames = (p: Page): Promise<string[]> => p.locator('.entry .entry-name').allTextContents();

describe('save and list', () => {
  it('the ready popup saves the policy, and the library lists it after the built-ins', async () => {
    popup = await openPopupFor(session, policy.tabId);
    await popup.getByRole('img', { name: /^Grade [A-E]$/ }).first().waitFor({ timeout: 60_000 });
    const name = popup.getByLabel('Name in your library');
    expect(await name.inputValue(), 'the name starts as the page’s title').toBe(`${provider(SEED).name} Privacy Policy`);
    // At 200 % zoom (a 380 px popup is 190 CSS px wide) the name box still fits.
    await popup.setViewportSize({ width: 190, height: 760 });
    const box = await name.boundingBox();
    expect((box?.x ?? 0) + (box?.width ?? 999), 'the name box fits the zoomed popup').toBeLessThanOrEqual(190);
    await popup.setViewportSize({ width: 420, height: 760 });
    await name.fill(SAVED_NAME);
    await popup.getByRole('button', { name: 'Save to library' }).click();
    const saved = popup.locator('.save-status');
    await waitFor('the save to be confirmed', () => saved.textContent(), (t) => (t ?? '').length > 0, 20_000);
    expect(await saved.textContent(), 'the popup says where it was saved').toContain(`Saved to your library as “${SAVED_NAME}”`);

    await popup.getByRole('button', { name: 'Library & compare' }).click();
    await popup.locator('.entry').first().waitFor({ timeout: 20_000 });
    const names = await waitFor('the saved entry in the list', () => entryNames(popup), (n) => n.includes(SAVED_NAME), 20_000);
    const builtIns = await popup.locator('.entry:has(.tag) .entry-name').allTextContents();
    const snapshots = await popup.locator('.entry:has(.tag:text-is("built-in snapshot")) .entry-name').allTextContents();
    expect(builtIns.length - snapshots.length, 'the five seed providers are built in').toBe(5);
    expect(snapshots, 'and snapshots of services people recognise').toEqual(expect.arrayContaining(['Signal', 'Wikipedia', 'Google']));
    expect(names.slice(0, builtIns.length), 'built-ins come first').toEqual(builtIns);
    const signal = popup.locator('.entry', { hasText: 'Signal' });
    expect(await signal.locator('.entry-meta').textContent(), 'a snapshot is dated').toMatch(/Snapshot of \d{1,2} \w+ \d{4}/);
    expect(await signal.locator('.entry-credit').textContent(), 'and credited').toMatch(/Open Terms Archive \(Open Terms Archive contributors, ODC-BY 1\.0\)/);
    expect(names, 'the saved entry is listed').toContain(SAVED_NAME);
    const row = popup.locator('.entry', { hasText: SAVED_NAME });
    expect(await row.locator('.tag').count(), 'a saved entry is not marked built in').toBe(0);
    expect(await row.getByRole('img', { name: /^Grade [A-E]$/ }).count(), 'the entry shows its grade').toBe(1);
    expect(await popup.locator('.entry:has(.tag)').getByRole('button', { name: /^Delete / }).count(), 'built-ins cannot be deleted').toBe(0);
    await popup.screenshot({ path: 'test-artifacts/library.png', fullPage: true });
  });
});

describe('compare', () => {
  it('judges every column against the current policy only, with verdicts the engine gives', async () => {
    await popup.locator('.entry', { hasText: 'County Micro' }).getByRole('checkbox').check();
    await popup.locator('.entry', { hasText: 'Signal' }).getByRole('checkbox').check();
    await popup.getByRole('button', { name: /^Compare/ }).click();
    const table = popup.locator('table.compare-table');
    await table.waitFor({ timeout: 30_000 });
    const headers = await table.locator('thead th').allTextContents();
    expect(headers.slice(1), 'the current policy first, then the picked ones').toEqual([`${provider(SEED).name} Privacy Policy (this policy)`, 'County Micro', 'Signal']);
    expect(await popup.locator('.compare .note').first().textContent(), 'says what the verdicts are against').toMatch(/^Each column is judged against “.+”, the policy you are on/);

    // The expected verdicts: the engine's, for the same three analyses.
    const state = await tabState(session, policy.tabId);
    if (state.kind !== 'ready') throw new Error('the policy tab is not ready');
    const county = analyze({ text: seedText('county-micro') });
    const signal = REFERENCES.find((r) => r.id === 'signal');
    if (!signal) throw new Error('no Signal reference');
    const expected = compareAnalyses([{ name: 'current', analysis: state.analysis }, { name: 'County Micro', analysis: county }, { name: 'Signal', analysis: signal.analysis }]);
    const words = { current: 'Reference', better: 'Better', worse: 'Worse', same: 'Same', 'not-stated': 'Not stated' } as const;
    const rows = table.locator('tbody tr');
    expect(await rows.count(), 'one row per question and the grade').toBe(expected.rows.length);
    for (const [r, row] of expected.rows.entries()) {
      const shown = await rows.nth(r).locator('.verdict-label').allTextContents();
      expect(shown, `${row.id}: verdicts against the current policy`).toEqual(row.cells.map((c) => words[c.verdict]));
      expect(shown[0], `${row.id}: the first column is the reference, never judged`).toBe('Reference');
    }
    const all = await table.locator('tbody .verdict-label').allTextContents();
    expect(all.some((v) => v === 'Better' || v === 'Worse'), 'different policies differ somewhere').toBe(true);

    // Cells are one line; "More" opens the rest and the sentences.
    const toggle = table.locator('.cell-toggle').first();
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded'), 'the cell opens').toBe('true');
    const quoted = table.locator('.evidence-list .evidence').first();
    expect((await quoted.textContent())?.length ?? 0, 'a sentence of that policy is quoted').toBeGreaterThan(20);
    expect(await table.locator('.evidence-list .evidence-button').count(), "the current policy's sentences can be shown in the page").toBeGreaterThan(0);
    await toggle.click();

    // 200 % zoom halves the CSS width: the table becomes one card per row, each cell naming its policy.
    await popup.setViewportSize({ width: 200, height: 760 });
    expect(await table.locator('thead').isVisible(), 'no column headers when stacked').toBe(false);
    expect(await table.locator('tbody td .cell-policy').first().isVisible(), 'each stacked cell names its policy').toBe(true);
    await popup.setViewportSize({ width: 420, height: 760 });
  });

  it('takes the window’s width, never breaks a word, and no row is taller than the window', async () => {
    const table = popup.locator('table.compare-table');
    await popup.setViewportSize({ width: 1000, height: 760 });
    const width = (await table.boundingBox())?.width ?? 0;
    expect(width, 'the table uses the wide window').toBeGreaterThan(850);
    const styles = await table.locator('td').first().evaluate((td) => {
      const s = getComputedStyle(td);
      return { wrap: s.overflowWrap, brk: s.wordBreak, hyphens: s.hyphens };
    });
    expect(styles, 'words wrap whole, never mid-word').toEqual({ wrap: 'normal', brk: 'normal', hyphens: 'manual' });
    const heights = await table.locator('tbody tr').evaluateAll((rows) => rows.map((r) => r.getBoundingClientRect().height));
    expect(Math.max(...heights), 'collapsed cells: every row fits the window').toBeLessThan(760);
    await popup.emulateMedia({ colorScheme: 'light' });
    await popup.screenshot({ path: `${SCREENSHOTS}/compare.png`, fullPage: true });
    await popup.emulateMedia({ colorScheme: 'dark' });
    await popup.screenshot({ path: 'test-artifacts/compare-dark.png' });
    await popup.emulateMedia({ colorScheme: 'light' });
    await popup.setViewportSize({ width: 420, height: 760 });
    await popup.getByRole('button', { name: '← Provider library' }).click();
    await popup.locator('.entry').first().waitFor({ timeout: 20_000 });
  });
});

describe('export and import', () => {
  it('exports the library as a file, and importing it brings back a deleted entry', async () => {
    const download = popup.waitForEvent('download', { timeout: 20_000 });
    await popup.getByRole('button', { name: 'Export library' }).click();
    exported = readFileSync(await (await download).path(), 'utf8');
    expect(exported, 'the export holds the saved entry').toContain(SAVED_NAME);

    const row = popup.locator('.entry', { hasText: SAVED_NAME });
    await row.getByRole('button', { name: `Delete ${SAVED_NAME}` }).click();
    await row.getByRole('button', { name: 'Delete', exact: true }).click();
    await waitFor('the entry to go', () => entryNames(popup), (n) => !n.includes(SAVED_NAME), 20_000);

    // The exported file plus one entry that is not an entry: it is skipped, with the reason shown.
    const file = JSON.parse(exported) as { entries: unknown[] };
    file.entries.push({ name: 'not an entry' });
    await popup.locator('input[type="file"]').setInputFiles({ name: 'library.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
    const report = popup.locator('.import-report');
    await waitFor('the import report', () => report.textContent(), (t) => /Imported/.test(t ?? ''), 20_000);
    expect(await report.textContent(), 'one entry imported, one skipped').toContain('Imported 1 entry, skipped 1.');
    const skipped = await report.locator('.skipped-list li').allTextContents();
    expect(skipped, 'the skipped entry is named by its place in the file, with a reason').toHaveLength(1);
    expect(skipped[0], 'the skipped entry is named by its place in the file, with a reason').toMatch(/^Entry 2: \S/);
    await waitFor('the imported entry in the list', () => entryNames(popup), (n) => n.includes(SAVED_NAME), 20_000);
  });
});

describe('rename with the keyboard', () => {
  it('Escape leaves the name as it was, Enter saves the new one', async () => {
    try {
      const rename = async (): Promise<void> => {
        await popup.locator('.entry', { hasText: SAVED_NAME }).getByRole('button', { name: `Rename ${SAVED_NAME}` }).focus();
        await popup.keyboard.press('Enter');
        const input = popup.getByRole('textbox', { name: /^New name for / });
        await input.waitFor({ timeout: 5_000 });
        // Focus moves in an effect, just after the field appears.
        await waitFor('the name field to take focus', () => input.evaluate((el) => el === document.activeElement), (focused) => focused, 5_000);
      };
      await rename();
      await popup.keyboard.type('Discarded name');
      await popup.keyboard.press('Escape');
      expect(await entryNames(popup), 'Escape keeps the old name').toContain(SAVED_NAME);
      expect(await popup.getByRole('textbox', { name: /^New name for / }).count(), 'and closes the field').toBe(0);

      await rename();
      await popup.keyboard.type(RENAMED);
      await popup.keyboard.press('Enter');
      const names = await waitFor('the new name in the list', () => entryNames(popup), (n) => n.includes(RENAMED), 20_000);
      expect(names, 'the old name is gone').not.toContain(SAVED_NAME);
    } finally {
      await popup.close();
    }
  });
});

describe('compare without a current policy', () => {
  it('from the not-policy view, two built-in providers side by side', async () => {
    const shop = await openTab(session, site.url('/shop'));
    const tabId = await tabIdOf(session, shop);
    await waitFor('the shop page to be settled', () => tabState(session, tabId), (s) => s.kind === 'not-policy', 30_000);
    // A stored entry the library cannot read: the list skips it and says so.
    const sw = await session.serviceWorker();
    await sw.evaluate(async () => {
      const { chrome } = globalThis as unknown as { chrome: { storage: { local: { set: (items: Record<string, unknown>) => Promise<void> } } } };
      await chrome.storage.local.set({ 'lib:entry:corrupt-in-test': { schemaVersion: 1, name: 42 } });
    });
    const libraryPopup = await openPopupFor(session, tabId);
    try {
      await libraryPopup.getByRole('button', { name: 'Open the provider library' }).click();
      await libraryPopup.locator('.entry').first().waitFor({ timeout: 20_000 });
      const warnings = await libraryPopup.getByRole('list', { name: 'Library warnings' }).locator('li').allTextContents();
      expect(warnings.filter((w) => w.includes('corrupt-in-test')), 'the unreadable entry is reported').toHaveLength(1);
      const compare = libraryPopup.getByRole('button', { name: /^Compare/ });
      await libraryPopup.locator('.entry', { hasText: 'Fusion Connect' }).getByRole('checkbox').check();
      expect(await compare.isDisabled(), 'one entry alone is nothing to compare').toBe(true);
      await libraryPopup.locator('.entry', { hasText: 'Phone.com' }).getByRole('checkbox').check();
      await compare.click();
      const table = libraryPopup.locator('table.compare-table');
      await table.waitFor({ timeout: 30_000 });
      const headers = (await table.locator('thead th').allTextContents()).slice(1);
      expect(headers, 'the first picked is the reference').toEqual(['Fusion Connect (reference)', 'Phone.com']);
      expect(await table.locator('tbody tr').first().locator('td').count(), 'two policy columns').toBe(2);
    } finally {
      await libraryPopup.close();
      await shop.close();
    }
  });
});

describe('the comparison in a tab of its own', () => {
  it('"Open in a tab" opens the same comparison at the window’s width', async () => {
    const narrow = await openPopupFor(session, policy.tabId);
    try {
      // The toolbar popup has no ?tabId: pretend to be it, so the button shows.
      await narrow.evaluate(() => document.documentElement.classList.remove('in-tab'));
      await narrow.getByRole('img', { name: /^Grade [A-E]$/ }).first().waitFor({ timeout: 60_000 });
      await narrow.getByRole('button', { name: 'Library & compare' }).click();
      await narrow.locator('.entry', { hasText: 'Wikipedia' }).getByRole('checkbox').check();
      await narrow.getByRole('button', { name: /^Compare/ }).click();
      await narrow.locator('table.compare-table').waitFor({ timeout: 30_000 });
      const opened = session.context.waitForEvent('page', { timeout: 20_000 });
      await narrow.getByRole('button', { name: 'Open in a tab (wider)' }).click();
      const wide = await opened;
      await wide.setViewportSize({ width: 1100, height: 800 });
      await wide.locator('table.compare-table').waitFor({ timeout: 60_000 });
      expect(new URL(wide.url()).searchParams.get('compare'), 'the entries travel in the URL').toBe('builtin:wikipedia');
      expect((await wide.locator('table.compare-table thead th').allTextContents()).slice(1), 'the current policy and Wikipedia').toEqual([`${provider(SEED).name} Privacy Policy (this policy)`, 'Wikipedia']);
      expect((await wide.locator('table.compare-table').boundingBox())?.width ?? 0, 'wide').toBeGreaterThan(900);
      await wide.close();
    } finally {
      if (!narrow.isClosed()) await narrow.close();
    }
  });
});

describe('the paste page', () => {
  it('saves a pasted policy to the library and compares it', async () => {
    const paste = await session.context.newPage();
    try {
      await paste.goto(`chrome-extension://${session.extensionId}/src/popup/paste.html`);
      await paste.getByLabel('Policy text').fill(seedText('fusion-connect'));
      await paste.getByRole('button', { name: 'Analyse', exact: true }).click();
      await paste.getByRole('img', { name: /^Grade [A-E]$/ }).waitFor({ timeout: 60_000 });
      expect(await paste.locator('.answers-first .answer').count(), 'the same five answers as the popup').toBe(5);
      await paste.getByLabel('Name in your library').fill(PASTED_NAME);
      await paste.getByRole('button', { name: 'Save to library' }).click();
      await paste.getByText(`Saved to your library as “${PASTED_NAME}”.`).waitFor({ timeout: 30_000 });

      await paste.getByRole('button', { name: 'Compare with your library' }).click();
      await paste.locator('.entry').first().waitFor({ timeout: 20_000 });
      expect(await entryNames(paste), 'the pasted policy is in the library').toContain(PASTED_NAME);
      await paste.locator('.entry', { hasText: 'Reddit' }).getByRole('checkbox').check();
      await paste.getByRole('button', { name: /^Compare/ }).click();
      const table = paste.locator('table.compare-table');
      await table.waitFor({ timeout: 30_000 });
      expect((await table.locator('thead th').allTextContents()).slice(1), 'the pasted policy is the reference').toEqual(['Pasted policy (this policy)', 'Reddit']);
    } finally {
      await paste.close();
    }
  });
});

describe('a saved policy that changed', () => {
  it('after the page serves a different text, the popup says "Changed since"', async () => {
    const original = seedText(SEED);
    const paragraphs = original.split(/\n\s*\n/);
    // Drop one paragraph from the middle and add a new one: sentences both removed and added.
    const changed = [...paragraphs.slice(0, 4), ADDED, ...paragraphs.slice(5)].join('\n\n');
    site.setText(changed);
    await policy.page.reload({ waitUntil: 'load' });
    const state = await waitFor(
      'the reloaded tab to be read with changedSince',
      () => tabState(session, policy.tabId),
      (s) => s.kind === 'ready' && s.changedSince !== undefined,
      90_000,
    );
    if (state.kind === 'ready') expect(state.changedSince?.added, 'sentences were added').toBeGreaterThan(0);

    const changedPopup = await openPopupFor(session, policy.tabId);
    try {
      const heading = changedPopup.getByRole('heading', { name: /^Changed since / });
      await heading.waitFor({ timeout: 30_000 });
      expect(await heading.textContent(), 'the banner counts sentences').toMatch(/\+\d+ sentences?, −\d+ sentences?/);
      await changedPopup.locator('.changed-banner').screenshot({ path: 'test-artifacts/changed-banner.png' });
    } finally {
      await changedPopup.close();
    }
  });
});

describe('network', () => {
  it('every request (pages, popup, library, service worker) stayed on 127.0.0.1 or inside the extension', async () => {
    await expectOnlyLocalRequests(session, { url: site.url, origin: site.url(''), hits: [], close: site.close });
  });
});

describe('errors', () => {
  it('the extension logged no error and threw none', () => {
    expect(session.errors, 'console.error and uncaught errors from the extension').toEqual([]);
  });
});
