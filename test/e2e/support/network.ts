// What counts as staying on the device: the loopback site, the extension's own pages and
// in-page data. Anything else in the request log is the extension (or a page it made) reaching out.
import { expect } from 'vitest';
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
