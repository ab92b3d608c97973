// Launches Debian's Chromium with the built extension (dist/) loaded, and gives the tests what
// they need from it: the extension id, its service worker, tab ids, the badge, the popup — and
// a record of every request any page, extension page or the service worker made.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { CHROMIUM_PATH } from '../../engine/detect/support/browser.ts';
import type { TabState } from '../../../src/shared/protocol.ts';
import type { InExtension } from './in-extension.ts';

/** The built extension; POLICYLENS_DIST points elsewhere (a private build while others rebuild dist/). */
export const DIST = resolve(process.env['POLICYLENS_DIST'] ?? 'dist');

const WORKER_UNCAUGHT = '[uncaught in the service worker]';

export interface ExtensionSession {
  context: BrowserContext;
  extensionId: string;
  /** Every request URL seen, from pages, extension pages and the service worker. */
  requests: string[];
  /** Every dialog (alert, confirm, prompt) any page opened, dismissed at once. */
  dialogs: { url: string; message: string }[];
  /** console.error calls and uncaught errors whose source is the extension's own code (service
   *  worker, popup, content script), with where they came from. */
  errors: string[];
  serviceWorker: () => Promise<Worker>;
  /** The first-run page the extension opened when it was installed (every session installs it afresh). */
  welcome: Page;
  close: () => Promise<void>;
}

export const WELCOME_PATH = 'src/popup/welcome.html';

function preflight(): void {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium not found at ${CHROMIUM_PATH}: the end-to-end tests need Debian's chromium (apt-get install chromium)`);
  }
  if (!existsSync(join(DIST, 'manifest.json'))) {
    throw new Error(`no built extension at ${DIST}/manifest.json: run npm run build first`);
  }
}

/** `extraArgs`: more Chromium switches (the detection bench maps host names to loopback). */
export async function launchWithExtension(extraArgs: readonly string[] = []): Promise<ExtensionSession> {
  preflight();
  const profile = mkdtempSync(join(tmpdir(), 'policylens-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    viewport: { width: 1100, height: 800 },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      `--disable-extensions-except=${DIST}`,
      `--load-extension=${DIST}`,
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
      '--disable-default-apps',
      ...extraArgs,
    ],
  });
  const requests: string[] = [];
  const dialogs: ExtensionSession['dialogs'] = [];
  const errors: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  context.on('console', (message) => {
    const source = message.location().url;
    const text = message.text();
    if (message.type() === 'error' && (source.startsWith('chrome-extension://') || text.startsWith(WORKER_UNCAUGHT))) errors.push(`${source}: ${text}`);
  });
  context.on('weberror', (error) => {
    const stack = error.error().stack ?? String(error.error());
    if (stack.includes('chrome-extension://') || error.page()?.url().startsWith('chrome-extension://')) errors.push(`uncaught: ${stack}`);
  });
  const watchDialogs = (page: Page) =>
    page.on('dialog', (dialog) => {
      dialogs.push({ url: page.url(), message: dialog.message() });
      void dialog.dismiss().catch(() => undefined);
    });
  context.pages().forEach(watchDialogs);
  context.on('page', watchDialogs);

  const isOurs = (w: Worker) => w.url().startsWith('chrome-extension://');
  const first = context.serviceWorkers().find(isOurs) ?? (await context.waitForEvent('serviceworker', { predicate: isOurs, timeout: 30_000 }));
  const extensionId = new URL(first.url()).host;
  // Playwright reports no uncaught error of a service worker: have the worker log its own.
  // (No named function inside: tsx, which runs the bench scripts, would wrap it in a __name()
  // helper that does not exist in the worker.)
  await first.evaluate((prefix) => {
    for (const type of ['error', 'unhandledrejection']) {
      self.addEventListener(type, (event) => {
        const what: unknown = event instanceof ErrorEvent ? (event.error ?? event.message) : (event as PromiseRejectionEvent).reason;
        console.error(prefix, what instanceof Error ? (what.stack ?? what.message) : String(what));
      });
    }
  }, WORKER_UNCAUGHT);
  // runtime.onInstalled opens the first-run page: wait for it, so no test's own tab races it
  // for the focus, and so a test can check it.
  const welcomeUrl = `chrome-extension://${extensionId}/${WELCOME_PATH}`;
  const welcome = context.pages().find((p) => p.url() === welcomeUrl)
    ?? (await context.waitForEvent('page', { predicate: (p) => p.url() === welcomeUrl, timeout: 30_000 }));
  await welcome.waitForLoadState('load');
  return {
    context,
    extensionId,
    welcome,
    requests,
    dialogs,
    errors,
    serviceWorker: async () =>
      context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${extensionId}/`)) ??
      context.waitForEvent('serviceworker', { predicate: (w) => w.url().startsWith(`chrome-extension://${extensionId}/`), timeout: 30_000 }),
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** The extension's tab id for `page`. With only the storage permission the extension is not
 *  shown tab URLs (content-script matches do not grant that), so unless a URL matches, `page` is
 *  brought to front and the active tab is taken; tests check the tab's state names the URL. */
export async function tabIdOf(session: ExtensionSession, page: Page): Promise<number> {
  const sw = await session.serviceWorker();
  const url = page.url();
  const tabs = await sw.evaluate(() => (globalThis as unknown as InExtension).chrome.tabs.query({}));
  const byUrl = tabs.filter((t) => t.url === url || t.pendingUrl === url);
  if (byUrl.length === 1 && byUrl[0]?.id !== undefined) return byUrl[0].id;
  await page.bringToFront();
  const [active] = await sw.evaluate(() => (globalThis as unknown as InExtension).chrome.tabs.query({ active: true, lastFocusedWindow: true }));
  if (active?.id === undefined) throw new Error(`no tab for ${url} among ${tabs.length} tabs`);
  return active.id;
}

export async function badgeText(session: ExtensionSession, tabId: number): Promise<string> {
  const sw = await session.serviceWorker();
  return sw.evaluate((id) => (globalThis as unknown as InExtension).chrome.action.getBadgeText({ tabId: id }), tabId);
}

/** The background's state for a tab, asked the way the popup asks it (from an extension page). */
export async function tabState(session: ExtensionSession, tabId: number): Promise<TabState> {
  const page = await session.context.newPage();
  try {
    await page.goto(`chrome-extension://${session.extensionId}/src/popup/paste.html`);
    return (await page.evaluate(
      (id) => (globalThis as unknown as InExtension).chrome.runtime.sendMessage({ type: 'popup/get-state', payload: { tabId: id } }),
      tabId,
    )) as TabState;
  } finally {
    await page.close();
  }
}

export function popupUrl(session: ExtensionSession, tabId: number): string {
  return `chrome-extension://${session.extensionId}/src/popup/index.html?tabId=${tabId}`;
}

/** The popup, opened as an ordinary tab for the given page's tab (at the toolbar popup's
 *  380 × 600 when asked: the first screen a person sees). */
export async function openPopupFor(session: ExtensionSession, tabId: number, size = { width: 420, height: 760 }): Promise<Page> {
  const popup = await session.context.newPage();
  await popup.setViewportSize(size);
  await popup.goto(popupUrl(session, tabId));
  return popup;
}

/** The toolbar popup's size in Chrome (its largest is 800 × 600; PolicyLens asks for 380 wide). */
export const POPUP_SIZE = { width: 380, height: 600 } as const;

/** Reads what the page's copy puts on the clipboard: navigator.clipboard.writeText is wrapped to
 *  keep its argument (headless Chromium has no system clipboard to read back). */
export async function captureClipboard(page: Page): Promise<() => Promise<string | null>> {
  await page.evaluate(() => {
    const clip = navigator.clipboard;
    const original = clip.writeText.bind(clip);
    (window as unknown as { copied?: string | null }).copied = null;
    clip.writeText = async (text: string) => {
      (window as unknown as { copied?: string | null }).copied = text;
      await original(text).catch(() => undefined);
    };
  });
  return () => page.evaluate(() => (window as unknown as { copied?: string | null }).copied ?? null);
}

/** The extension's options, written as the options page writes them. */
export async function setOptions(session: ExtensionSession, options: { autoDetect?: boolean; highlightByDefault?: boolean; offSites?: string[] }): Promise<void> {
  const sw = await session.serviceWorker();
  await sw.evaluate(async (next) => {
    const { chrome } = globalThis as unknown as InExtension;
    const items = await chrome.storage.local.get('options');
    const current = (items['options'] ?? {}) as Record<string, unknown>;
    await chrome.storage.local.set({ options: { autoDetect: true, highlightByDefault: false, offSites: [], ...current, ...next, schemaVersion: 1 } });
  }, options);
}

/** Asks a tab's content script, as the popup does (to know it has started and what it decided). */
export async function askContent<T>(session: ExtensionSession, tabId: number, type: string): Promise<T> {
  const sw = await session.serviceWorker();
  return (await sw.evaluate(({ id, t }) => (globalThis as unknown as InExtension).chrome.tabs.sendMessage(id, { type: t, payload: {} }), { id: tabId, t: type })) as T;
}

/** Opens `url` in a new tab and waits until it has loaded. */
export async function openTab(session: ExtensionSession, url: string): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  return page;
}

/** Polls `read` until `done` holds; the error names what was last seen. */
export async function waitFor<T>(what: string, read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T | undefined;
  let error: unknown;
  while (Date.now() < deadline) {
    try {
      last = await read();
      error = undefined;
      if (done(last)) return last;
    } catch (e) {
      error = e;
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}; last seen: ${JSON.stringify(last)}${error ? `; last error: ${String(error)}` : ''}`);
}

export const isGrade = (s: string): boolean => /^[A-E]$/.test(s);
