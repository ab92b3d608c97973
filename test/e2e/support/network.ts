// What counts as staying on the device: the loopback site, the extension's own pages and
// in-page data. Anything else in the request log is the extension (or a page it made) reaching out.
import { expect } from 'vitest';
import type { ActionPopup } from './action-popup.ts';
import { waitFor, type ExtensionSession } from './extension.ts';
import type { Site } from './site.ts';

const LOCAL = /^(?:https?:\/\/(?:127\.0\.0\.1|localhost)(?::\d+)?\/|chrome-extension:\/\/|data:|about:|blob:chrome-extension:\/\/)/;

export function nonLocalRequests(urls: readonly string[]): string[] {
  return [...new Set(urls.filter((url) => !LOCAL.test(url)))];
}

/** Proves the log sees the service worker's own requests (else the check could not fail), then
 *  checks that every request of the session stayed local. */
export async function expectOnlyLocalRequests(session: ExtensionSession, site: Site): Promise<void> {
  const probe = site.url(`/ping?from=service-worker&t=${Date.now()}`);
  const sw = await session.serviceWorker();
  await sw.evaluate((url) => fetch(url).then(() => 'ok', () => 'failed'), probe);
  await waitFor('the service worker’s fetch in the request log', async () => session.requests, (r) => r.includes(probe), 5_000);
  expect(session.requests.filter((u) => u.startsWith('http://127.0.0.1')).length, 'page requests were recorded').toBeGreaterThan(1);
  expect(nonLocalRequests(session.requests), 'requests beyond loopback and the extension').toEqual([]);
}

/** The same for the real toolbar popup, which the session's log does not see (playwright does
 *  not surface it): its own log (`recordRequests`, a whole load) must hold the popup's script and
 *  a probe it fetches, else the check could not fail, and nothing beyond loopback. */
export async function expectOnlyLocalPopupRequests(popup: ActionPopup, requests: readonly string[], site: Pick<Site, 'url'>): Promise<void> {
  const probe = site.url(`/ping?from=toolbar-popup&t=${Date.now()}`);
  await popup.evaluate(`fetch(${JSON.stringify(probe)}).then(() => 'ok', () => 'failed')`);
  await waitFor('the toolbar popup’s fetch in its request log', async () => requests, (r) => r.includes(probe), 5_000);
  expect(requests.some((u) => /^chrome-extension:\/\/[a-p]{32}\/.*\.js$/.test(u)), 'the popup’s own scripts were logged').toBe(true);
  expect(nonLocalRequests(requests), 'toolbar popup requests beyond loopback and the extension').toEqual([]);
}
