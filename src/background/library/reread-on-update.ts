// An update brings a new engine: the saved library is read again with it now, in the background,
// rather than when the person next opens the library or a saved policy's page (library.prepare
// reads again every entry an older engine analysed; see src/shared/library.ts).
import type { Runtime } from 'webextension-polyfill';
import { library } from './library.ts';

export async function rereadOnUpdate({ reason }: Runtime.OnInstalledDetailsType): Promise<void> {
  if (reason !== 'update') return;
  for (const warning of await library.prepare()) console.warn('PolicyLens:', warning);
}
