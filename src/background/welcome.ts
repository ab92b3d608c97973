// The first-run page: what PolicyLens does, that nothing leaves the device, how to pin it and
// the shortcut. Opened once, when the extension is installed (not on updates or browser restarts).
import browser from 'webextension-polyfill';
import type { Runtime } from 'webextension-polyfill';

export const WELCOME_PAGE = 'src/popup/welcome.html';

export async function onInstalled({ reason }: Runtime.OnInstalledDetailsType): Promise<void> {
  if (reason !== 'install') return;
  await browser.tabs.create({ url: browser.runtime.getURL(WELCOME_PAGE) });
}
