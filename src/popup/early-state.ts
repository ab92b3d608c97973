// The popup's first read, started while its modules are still being evaluated rather than after
// its first render (which would wait for two frames: one to learn the tab, one to read its
// state): which tab it speaks for, that tab's stored record, and the analysis and view it names.
// Changes stored meanwhile are noted, so that the hook (use-tab-state.ts) never shows a read
// older than a change it did not hear.
import { offStorageChanged, onStorageChanged, sessionArea, type StorageChange } from './browser-api.ts';
import type { TabState } from '../shared/protocol.ts';
import { tabKey, tabStateFromRecord } from '../shared/storage.ts';
import { resolveTabId } from './resolve-tab.ts';

/** When the tab's record had been read, and when its analysis and view too (npm run bench:cold). */
const RECORD_MARK = 'policylens:popup-record';
const STATE_MARK = 'policylens:popup-state';

/** Session records changed since this module ran, newest value last. */
const changed = new Map<string, unknown>();
const noteChange = (changes: Record<string, StorageChange>, area: string): void => {
  if (area !== 'session') return;
  for (const [key, change] of Object.entries(changes)) changed.set(key, change.newValue);
};
onStorageChanged(noteChange);

/** The tab the popup was opened for (the same promise for everyone who asks). */
export const earlyTabId: Promise<number | undefined> = resolveTabId();

interface Early {
  tabId: number;
  state: TabState | undefined;
}

const early: Promise<Early | undefined> = earlyTabId.then(async (tabId) => {
  if (tabId === undefined) return undefined;
  const key = tabKey(tabId);
  const items = await sessionArea.get(key);
  performance.mark(RECORD_MARK);
  const state = await tabStateFromRecord(sessionArea, items[key]).catch(() => undefined);
  performance.mark(STATE_MARK);
  return { tabId, state };
});
let taken = false;

/** The first read's state for `tabId`, once: undefined when it was of another tab, is taken,
 *  or the tab's record changed since it was read (the change is then given as `record`). */
export async function takeEarlyState(tabId: number): Promise<{ state: TabState | undefined } | { record: unknown } | undefined> {
  if (taken) return undefined;
  taken = true;
  const read = await early.catch(() => undefined);
  offStorageChanged(noteChange);
  if (read?.tabId !== tabId) return undefined;
  const key = tabKey(tabId);
  return changed.has(key) ? { record: changed.get(key) } : { state: read.state };
}
