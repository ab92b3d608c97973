// A tab's state belongs to the page it was computed for: closing the tab drops it, and loading
// a different page resets it (and the badge) until that page's content script reports.
import type { Tabs } from 'webextension-polyfill';
import { clearBadge } from './badge.ts';
import { navigated } from './navigation.ts';
import { tabStates } from './session.ts';
import { withTabLock } from './tab-lock.ts';

export async function onTabRemoved(tabId: number): Promise<void> {
  navigated(tabId);
  await withTabLock(tabId, () => tabStates.delete(tabId));
}

/** The same document: in-page anchor links (a policy's table of contents) change only the
 *  fragment and do not re-run the content script, so the analysis still applies. */
function sameDocument(a: string, b: string): boolean {
  return a.split('#', 1)[0] === b.split('#', 1)[0];
}

export async function onTabUpdated(tabId: number, change: Tabs.OnUpdatedChangeInfoType, tab: Tabs.Tab): Promise<void> {
  if (change.status !== 'loading') return;
  // Without the "tabs" permission or a host permission for the page, neither URL is given:
  // then any new load resets, and the page's content script reports again.
  const url = change.url ?? tab.url;
  await withTabLock(tabId, async () => {
    const state = await tabStates.get(tabId);
    if (url !== undefined && state !== undefined && 'url' in state && sameDocument(state.url, url)) return;
    navigated(tabId);
    await tabStates.delete(tabId);
    await clearBadge(tabId);
  });
}
