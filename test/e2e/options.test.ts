// What a person sets: the first-run page opens on install; a site switched off (from the options
// page) gets no detection and no badge, and the popup offers to switch it back on; detection can
// be off everywhere with "Analyse this page" still at hand; and policies can be highlighted as
// soon as they are read. The loopback site answers as 127.0.0.1 and as localhost: two sites.
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  askContent, badgeText, isGrade, launchWithExtension, openPopupFor, openTab, setOptions, tabIdOf, tabState, waitFor, type ExtensionSession,
} from './support/extension.ts';
import type { InExtension } from './support/in-extension.ts';
import { expectOnlyLocalRequests } from './support/network.ts';
import { serveSite, type Site } from './support/site.ts';

const SCREENSHOTS = 'docs/screenshots';

let site: Site;
let session: ExtensionSession;
/** The same loopback site under its other name. */
let localhost: (path: string) => string;

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  site = await serveSite();
  session = await launchWithExtension();
  localhost = (path) => site.url(path).replace('127.0.0.1', 'localhost');
});

afterAll(async () => {
  await session?.close();
  await site?.close();
});

interface PageInfo {
  url: string;
  detection: 'on' | 'off-site' | 'off-everywhere';
}

describe('first run', () => {
  it('installing PolicyLens opens its first-run page: what it does, nothing leaves the device, how to pin it', async () => {
    const { welcome } = session;
    expect(welcome.url()).toBe(`chrome-extension://${session.extensionId}/src/popup/welcome.html`);
    await welcome.getByRole('heading', { name: 'Welcome to PolicyLens' }).waitFor({ timeout: 20_000 });
    const text = await welcome.locator('main').textContent();
    expect(text, 'what it does').toContain('what they collect, who gets it, whether they sell it');
    expect(text, 'nothing leaves the device').toContain('Nothing leaves your device');
    expect(text, 'how to pin it').toMatch(/Pin it to the toolbar.*puzzle-piece Extensions button/);
    await welcome.getByText('Alt+Shift+L').waitFor({ timeout: 20_000 });
    await welcome.setViewportSize({ width: 900, height: 900 });
    await welcome.screenshot({ path: `${SCREENSHOTS}/welcome.png` });
  });
});

describe('a site switched off', () => {
  it('gets no detection and no badge; the popup offers to switch it back on', async () => {
    const options = await session.context.newPage();
    await options.goto(`chrome-extension://${session.extensionId}/src/popup/options.html`);
    await options.getByLabel('Site to turn PolicyLens off on').fill(localhost('/policy/conifer'));
    await options.getByRole('button', { name: 'Turn off on this site' }).click();
    await options.locator('.off-site-name', { hasText: 'localhost' }).waitFor({ timeout: 20_000 });
    await options.setViewportSize({ width: 900, height: 1100 });
    await options.screenshot({ path: `${SCREENSHOTS}/options.png`, fullPage: true });
    await options.close();

    // The same policy on the site that is still on: read and graded (the control).
    const control = await openTab(session, site.url('/policy/conifer'));
    const controlTab = await tabIdOf(session, control);
    await waitFor('the control page to be graded', () => badgeText(session, controlTab), isGrade, 90_000);

    const page = await openTab(session, localhost('/policy/conifer'));
    const tabId = await tabIdOf(session, page);
    // Its content script has started and decided: it answers, and says the site is off.
    const info = await waitFor('the content script to answer', () => askContent<PageInfo>(session, tabId, 'content/page-info'), (i) => i?.detection !== undefined, 30_000);
    expect(info.detection, 'off for this site').toBe('off-site');
    expect(await badgeText(session, tabId), 'no badge').toBe('');
    expect((await tabState(session, tabId)).kind, 'nothing detected: the worker heard nothing').toBe('unknown');

    const popup = await openPopupFor(session, tabId);
    try {
      await popup.getByText('PolicyLens is off on localhost').waitFor({ timeout: 30_000 });
      await popup.getByRole('button', { name: 'Turn PolicyLens back on for localhost' }).click();
      // Switched back on, the open page is looked at at once, and the popup follows.
      await waitFor('the page to be graded once switched back on', () => badgeText(session, tabId), isGrade, 90_000);
      await popup.getByRole('img', { name: /^Grade [A-E]$/ }).waitFor({ timeout: 60_000 });
    } finally {
      await popup.close();
      await page.close();
      await control.close();
    }
  });
});

describe('detection off everywhere', () => {
  it('leaves pages alone until "Analyse this page"', async () => {
    await setOptions(session, { autoDetect: false });
    const page = await openTab(session, site.url('/policy/county-micro'));
    const tabId = await tabIdOf(session, page);
    const info = await waitFor('the content script to answer', () => askContent<PageInfo>(session, tabId, 'content/page-info'), (i) => i?.detection !== undefined, 30_000);
    expect(info.detection).toBe('off-everywhere');
    expect(await badgeText(session, tabId), 'no badge').toBe('');
    const popup = await openPopupFor(session, tabId);
    try {
      await popup.getByText('Automatic detection is off').waitFor({ timeout: 30_000 });
      await popup.getByRole('button', { name: 'Analyse this page' }).click();
      await popup.getByRole('img', { name: /^Grade [A-E]$/ }).waitFor({ timeout: 90_000 });
      expect(isGrade(await badgeText(session, tabId)), 'graded once asked').toBe(true);
    } finally {
      await popup.close();
      await page.close();
      await setOptions(session, { autoDetect: true });
    }
  });
});

describe('highlight as soon as read', () => {
  it('colours a policy without a click, and the popup’s switch shows it', async () => {
    await setOptions(session, { highlightByDefault: true });
    const page = await openTab(session, site.url('/policy/fusion-connect'));
    const tabId = await tabIdOf(session, page);
    try {
      await waitFor('the page to be graded', () => badgeText(session, tabId), isGrade, 90_000);
      await waitFor('highlights without a click', () => page.locator('mark[data-policylens="highlight"]').count(), (n) => n > 0, 30_000);
      const popup = await openPopupFor(session, tabId);
      await popup.getByRole('img', { name: /^Grade [A-E]$/ }).waitFor({ timeout: 60_000 });
      await waitFor('the switch to show the page’s highlights', () => popup.getByRole('switch').getAttribute('aria-checked'), (v) => v === 'true', 10_000);
      await popup.close();
    } finally {
      await page.close();
      await setOptions(session, { highlightByDefault: false });
    }
  });
});

describe('the options page reflects the stored options', () => {
  it('shows the shortcut and the switches as stored', async () => {
    const sw = await session.serviceWorker();
    await sw.evaluate(() => (globalThis as unknown as InExtension).chrome.storage.local.set({ options: { schemaVersion: 1, autoDetect: false, highlightByDefault: true, offSites: ['a.example'] } }));
    const options = await session.context.newPage();
    try {
      await options.goto(`chrome-extension://${session.extensionId}/src/popup/options.html`);
      const auto = options.getByLabel('Look for privacy policies on every page I open');
      await auto.waitFor({ timeout: 20_000 });
      expect(await auto.isChecked()).toBe(false);
      expect(await options.getByLabel('Highlight a policy’s clauses as soon as it has been read'.replace('’', "'")).isChecked()).toBe(true);
      expect(await options.locator('.off-site-name').allTextContents()).toEqual(['a.example']);
      await options.getByText('Alt+Shift+L').waitFor({ timeout: 20_000 });
      await auto.check();
      const stored = await sw.evaluate(async () => (await (globalThis as unknown as InExtension).chrome.storage.local.get('options'))['options']);
      expect(stored, 'saved at once').toMatchObject({ autoDetect: true, highlightByDefault: true, offSites: ['a.example'] });
    } finally {
      await options.close();
      await setOptions(session, { autoDetect: true, highlightByDefault: false, offSites: [] });
    }
  });
});

describe('network', () => {
  it('every request stayed on the loopback site or inside the extension', async () => {
    await expectOnlyLocalRequests(session, site);
  });
});

describe('errors', () => {
  it('the extension logged no error and threw none', () => {
    expect(session.errors, 'console.error and uncaught errors from the extension').toEqual([]);
  });
});
