// Which tab the popup speaks about. Tests (and "open in a tab" debugging) load the popup as a
// page with ?tabId=N; opened from the toolbar it is the active tab of the current window.
import browser from 'webextension-polyfill';

/** The tab id in a popup URL's query, when it is a non-negative integer. */
export function tabIdFromSearch(search: string): number | undefined {
  const raw = new URLSearchParams(search).get('tabId');
  if (raw === null || !/^\d+$/u.test(raw)) return undefined;
  const id = Number(raw);
  return Number.isSafeInteger(id) ? id : undefined;
}

export async function resolveTabId(search: string = location.search): Promise<number | undefined> {
  const fromUrl = tabIdFromSearch(search);
  if (fromUrl !== undefined) return fromUrl;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}
