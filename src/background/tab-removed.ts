// A closed tab's state goes with it (its badge goes with the tab).
import { navigated } from './navigation.ts';
import { tabStates } from './session.ts';
import { withTabLock } from './tab-lock.ts';

export async function onTabRemoved(tabId: number): Promise<void> {
  navigated(tabId);
  await withTabLock(tabId, () => tabStates.delete(tabId));
}
