// An update can leave the previous build's storage.session behind (Chrome empties it on update,
// other browsers may not): its records are moved to this schema (src/shared/session-store.ts
// SessionStore.upgrade) before the popup needs them. The popup reads records of another schema
// as absent and shows the moved ones as soon as they are written (storage.onChanged).
import type { Runtime } from 'webextension-polyfill';
import { popupView } from '../shared/answer-rows.ts';
import { tabStates } from './session.ts';

export async function upgradeSessionOnUpdate({ reason }: Runtime.OnInstalledDetailsType): Promise<void> {
  if (reason !== 'update') return;
  const { dropped } = await tabStates.upgrade(popupView);
  if (dropped > 0) console.warn(`PolicyLens: ${dropped} stored records of the previous version could not be read; their tabs are analysed again.`);
}
