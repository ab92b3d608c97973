// The few extension APIs the content script calls, without webextension-polyfill: the polyfill
// was 30 KB of a script injected into every page, and wrapping Chrome's API namespace took ~15%
// of the script's start-up time. Which namespace is called, and the polyfill's conventions kept
// for Chrome's callbacks, are shared with the popup (src/shared/callback-api.ts).
import { chooseApi, viaCallback, type Rejection } from '../shared/callback-api.ts';
import type { MessageType, RequestOf, ResponseOf } from '../shared/protocol.ts';

/** Who sent a message (the fields the content script reads). */
export interface MessageSender {
  id?: string;
  url?: string;
}

export interface StorageChange {
  oldValue?: unknown;
  newValue?: unknown;
}

/** Answers a message with a promise of the response, or returns undefined to leave it alone. */
export type MessageHandler = (message: unknown, sender: MessageSender) => Promise<unknown> | undefined;
export type StorageListener = (changes: Record<string, StorageChange>, areaName: string) => void;

type RawMessageListener = (message: unknown, sender: MessageSender, sendResponse: (response: unknown) => void) => boolean | Promise<unknown> | undefined;

interface RawEvent<L> {
  addListener(listener: L): void;
  removeListener(listener: L): void;
}

/** The part of `chrome.*` / `browser.*` used here. */
interface RawApi {
  runtime: {
    id?: string;
    lastError?: { message?: string } | null;
    getURL(path: string): string;
    sendMessage(message: unknown, callback?: (response: unknown) => void): Promise<unknown> | undefined;
    onMessage: RawEvent<RawMessageListener>;
  };
  storage: {
    local: { get(keys: string, callback?: (items: Record<string, unknown>) => void): Promise<Record<string, unknown>> | undefined };
    onChanged: RawEvent<StorageListener>;
  };
}

/** Firefox's promise-based API, when there is one; else Chrome's, called with callbacks. */
const { promised, api } = chooseApi<RawApi>();
// Taken once, as the polyfill did: in a script orphaned by an extension update the objects stay
// (their `id` becomes undefined) even where the global namespace goes away.
const { runtime } = api;

/** runtime.sendMessage: to the extension's worker. */
export async function sendMessage(message: unknown): Promise<unknown> {
  if (promised) return promised.runtime.sendMessage(message);
  return viaCallback<unknown>(runtime, (callback) => runtime.sendMessage(message, callback), true);
}

/** A typed message to the background worker (the protocol in src/shared/protocol.ts). */
export async function sendToBackground<T extends MessageType>(type: T, payload: RequestOf<T>): Promise<ResponseOf<T>> {
  return (await sendMessage({ type, payload })) as ResponseOf<T>;
}

/** storage.local.get of one key. */
export async function readLocal(key: string): Promise<Record<string, unknown>> {
  if (promised) return (await promised.storage.local.get(key)) ?? {};
  return (await viaCallback<Record<string, unknown>>(runtime, (callback) => api.storage.local.get(key, callback), false)) ?? {};
}

/** The extension's id; undefined once the extension behind this script is gone. */
export function extensionId(): string | undefined {
  return runtime.id;
}

export function extensionUrl(path: string): string {
  return runtime.getURL(path);
}

/** runtime.onMessage, until `signal` aborts. */
export function onMessage(handler: MessageHandler, signal: AbortSignal): void {
  const listener: RawMessageListener = promised
    ? (message, sender) => handler(message, sender)
    : (message, sender, sendResponse) => {
        const answer = handler(message, sender);
        if (!answer) return false;
        answer
          .then(sendResponse, (error: unknown) => {
            const text = (error as { message?: unknown } | null)?.message;
            sendResponse({ __mozWebExtensionPolyfillReject__: true, message: typeof text === 'string' ? text : 'An unexpected error occurred' } satisfies Rejection);
          })
          .catch((error: unknown) => console.error('Failed to send onMessage rejected reply', error));
        // Chrome keeps the channel open for an answer only when told so.
        return true;
      };
  runtime.onMessage.addListener(listener);
  signal.addEventListener('abort', () => runtime.onMessage.removeListener(listener), { once: true });
}

/** storage.onChanged, until `signal` aborts. */
export function onStorageChanged(listener: StorageListener, signal: AbortSignal): void {
  api.storage.onChanged.addListener(listener);
  signal.addEventListener('abort', () => api.storage.onChanged.removeListener(listener), { once: true });
}
