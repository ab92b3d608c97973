// Message senders as the browser describes them (runtime.MessageSender), for the router and the
// sender check: our content script in a tab's top frame, our popup, and the impostors.
import type { Runtime } from 'webextension-polyfill';
import { EXTENSION_ID, EXTENSION_ORIGIN } from './browser.ts';

const tab = (id: number, url: string) => ({ id, url, index: 0, highlighted: true, active: true, pinned: false, incognito: false });

export const contentScript = (tabId: number, url = 'https://example.com/privacy'): Runtime.MessageSender => ({ id: EXTENSION_ID, tab: tab(tabId, url), frameId: 0, url });
export const subframe = (tabId: number): Runtime.MessageSender => ({ ...contentScript(tabId), frameId: 3, url: 'https://ads.example/frame' });
export const popup: Runtime.MessageSender = { id: EXTENSION_ID, url: `${EXTENSION_ORIGIN}src/popup/index.html` };
export const otherExtension: Runtime.MessageSender = { id: 'someone-else', url: 'chrome-extension://someone-else/page.html' };
