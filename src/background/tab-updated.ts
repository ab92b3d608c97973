// A tab's state belongs to the page it was computed for: when the tab shows another page, the
// state and the badge are reset until that page's content script reports.
//
// Chrome and Firefox give onUpdated a URL only with the "tabs" permission or host permissions
// for the page (content-script matches do not count), and Chrome reports status 'loading' for
// in-page navigations too: a table-of-contents click (#cookies) or history.pushState. So:
// - URL known: on 'loading', reset unless it is the same page as the stored state's.
// - URL unknown: on 'complete', reset only if our content script no longer answers in the tab
//   (a new document whose script has not reported, or a page it cannot run in). A new page
//   whose script already reported has overwritten the state itself.
import type { Tabs } from 'webextension-polyfill';
import { clearBadge } from './badge.ts';
import { contentScriptAnswers } from './content-alive.ts';
import { navigated } from './navigation.ts';
import { reportsOf } from './reports.ts';
import { samePage } from './same-page.ts';
import { tabStates } from './session.ts';
import { withTabLock } from './tab-lock.ts';

async function reset(tabId: number): Promise<void> {
  navigated(tabId);
  await tabStates.delete(tabId);
  await clearBadge(tabId);
}

export async function onTabUpdated(tabId: number, change: Tabs.OnUpdatedChangeInfoType, tab: Tabs.Tab): Promise<void> {
  const url = change.url ?? tab.url;
  if (url !== undefined) {
    if (change.status !== 'loading') return;
    await withTabLock(tabId, async () => {
      const state = await tabStates.stored(tabId);
      if (state && 'url' in state && samePage(state.url, url)) return;
      await reset(tabId);
    });
    return;
  }
  if (change.status !== 'complete') return;
  if ((await tabStates.stored(tabId)) === undefined) return;
  const reports = reportsOf(tabId);
  if (await contentScriptAnswers(tabId)) return;
  await withTabLock(tabId, async () => {
    // The new page's script reported while we asked: its state is the current one.
    if (reportsOf(tabId) !== reports) return;
    await reset(tabId);
  });
}
