// Typed wrappers over the extension's message passing: every call names a message type from
// the protocol map, and its payload and response are checked against that type at compile time.
// (Runtime validation of what arrives lives in ./validate.ts, on the receiving side.)
import browser from 'webextension-polyfill';
import type { MessageType, RequestOf, ResponseOf } from './protocol.ts';

/** → background worker (the content script and the popup send through their own browser-api.ts) */
export async function sendToBackground<T extends MessageType>(type: T, payload: RequestOf<T>): Promise<ResponseOf<T>> {
  return (await browser.runtime.sendMessage({ type, payload })) as ResponseOf<T>;
}

/** background → the content script of one tab */
export async function sendToTab<T extends MessageType>(tabId: number, type: T, payload: RequestOf<T>): Promise<ResponseOf<T>> {
  return (await browser.tabs.sendMessage(tabId, { type, payload })) as ResponseOf<T>;
}
