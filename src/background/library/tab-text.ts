// The text behind each tab's 'ready' analysis, so `popup/library-save` can store it: TabState
// carries only the analysis (its sentences do not cover the text between them). Kept in
// storage.session for the same reason as the tab states: the worker may be stopped at any time.
import browser from 'webextension-polyfill';

const key = (tabId: number): string => `lib:tab-text:${tabId}`;

export interface TabText {
  url: string;
  textHash: string;
  text: string;
}

export async function rememberText(tabId: number, value: TabText): Promise<void> {
  await browser.storage.session.set({ [key(tabId)]: value });
}

export async function textOf(tabId: number): Promise<TabText | undefined> {
  const value = (await browser.storage.session.get(key(tabId)))[key(tabId)] as Partial<TabText> | undefined;
  return typeof value?.url === 'string' && typeof value.textHash === 'string' && typeof value.text === 'string'
    ? { url: value.url, textHash: value.textHash, text: value.text }
    : undefined;
}

export async function forgetText(tabId: number): Promise<void> {
  await browser.storage.session.remove(key(tabId));
}
