// Which tab the popup speaks about: the ?tabId=N of its URL when present, else (opened from
// the toolbar) the active tab of the current window.
import { activeTabs } from './browser-api.ts';
import { tabIdFromSearch } from './tab-id.ts';

export async function resolveTabId(search: string = location.search): Promise<number | undefined> {
  const fromUrl = tabIdFromSearch(search);
  if (fromUrl !== undefined) return fromUrl;
  const [tab] = await activeTabs();
  return tab?.id;
}
