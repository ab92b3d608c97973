// The extension APIs the popup's pages (popup, options, paste, welcome) call, without
// webextension-polyfill: the polyfill was 29.5 KB of the popup's start script, evaluated before
// its first read of the tab's state. Which namespace is called, and the polyfill's conventions
// kept for Chrome's callbacks, are shared with the content script (src/shared/callback-api.ts).
import { chooseApi, viaCallback } from '../shared/callback-api.ts';
import type { MessageType, RequestOf, ResponseOf } from '../shared/protocol.ts';

export interface StorageChange {
  oldValue?: unknown;
  newValue?: unknown;
}

export type StorageListener = (changes: Record<string, StorageChange>, areaName: string) => void;

/** The part of a storage area the popup uses (it fits options.ts's and library-schema.ts's). */
export interface StorageArea {
  get(keys: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

export interface Tab {
  id?: number;
  url?: string;
}

export interface Command {
  name?: string;
  shortcut?: string;
}

type Callback<T> = (result: T) => void;

interface RawEvent<L> {
  addListener(listener: L): void;
  removeListener(listener: L): void;
}

/** A storage area as either browser has it: Firefox answers with a promise, Chrome (called
 *  here with a callback) through the callback. */
interface RawArea {
  get(keys: string | string[] | null, callback?: Callback<Record<string, unknown>>): Promise<Record<string, unknown>> | undefined;
  set(items: Record<string, unknown>, callback?: Callback<unknown>): Promise<unknown> | undefined;
  remove(keys: string | string[], callback?: Callback<unknown>): Promise<unknown> | undefined;
}

/** The part of `chrome.*` / `browser.*` used here. */
interface RawApi {
  runtime: {
    id?: string;
    lastError?: { message?: string } | null;
    getURL(path: string): string;
    getManifest(): { version: string };
    sendMessage(message: unknown, callback?: Callback<unknown>): Promise<unknown> | undefined;
    openOptionsPage(callback?: Callback<unknown>): Promise<unknown> | undefined;
  };
  tabs: {
    query(query: { active: boolean; currentWindow: boolean }, callback?: Callback<Tab[]>): Promise<Tab[]> | undefined;
    create(properties: { url: string; active?: boolean }, callback?: Callback<Tab>): Promise<Tab> | undefined;
    sendMessage(tabId: number, message: unknown, callback?: Callback<unknown>): Promise<unknown> | undefined;
  };
  storage: {
    local: RawArea;
    session: RawArea;
    onChanged: RawEvent<StorageListener>;
  };
  commands: {
    getAll(callback?: Callback<Command[]>): Promise<Command[]> | undefined;
  };
}

/** Firefox's promise-based API, when there is one; else Chrome's, called with callbacks. */
const { promised, api } = chooseApi<RawApi>();

/** Firefox's promise (the call given no callback: Firefox checks its arguments), or Chrome's
 *  callback made one. */
async function invoke<T>(call: (raw: RawApi, tail: [Callback<T>] | []) => Promise<T> | undefined, isMessage = false): Promise<T> {
  if (promised) return (await call(promised, [])) as T;
  return (await viaCallback<T>(api.runtime, (callback) => call(api, [callback]), isMessage)) as T;
}

function area(name: 'local' | 'session'): StorageArea {
  return {
    get: async (keys) => (await invoke<Record<string, unknown>>((raw, tail) => raw.storage[name].get(keys, ...tail))) ?? {},
    set: async (items) => {
      await invoke<unknown>((raw, tail) => raw.storage[name].set(items, ...tail));
    },
    remove: async (keys) => {
      await invoke<unknown>((raw, tail) => raw.storage[name].remove(keys, ...tail));
    },
  };
}

/** storage.local: the person's options (the library's storage is the worker's). */
export const localArea: StorageArea = area('local');
/** storage.session: the tabs' records and their analyses, written by the worker. */
export const sessionArea: StorageArea = area('session');

export function onStorageChanged(listener: StorageListener): void {
  api.storage.onChanged.addListener(listener);
}

export function offStorageChanged(listener: StorageListener): void {
  api.storage.onChanged.removeListener(listener);
}

/** A typed message to the background worker (the protocol in src/shared/protocol.ts). */
export async function sendToBackground<T extends MessageType>(type: T, payload: RequestOf<T>): Promise<ResponseOf<T>> {
  return (await invoke<unknown>((raw, tail) => raw.runtime.sendMessage({ type, payload }, ...tail), true)) as ResponseOf<T>;
}

/** A typed message to the content script of one tab. */
export async function sendToTab<T extends MessageType>(tabId: number, type: T, payload: RequestOf<T>): Promise<ResponseOf<T>> {
  return (await invoke<unknown>((raw, tail) => raw.tabs.sendMessage(tabId, { type, payload }, ...tail), true)) as ResponseOf<T>;
}

export const activeTabs = (): Promise<Tab[]> => invoke<Tab[]>((raw, tail) => raw.tabs.query({ active: true, currentWindow: true }, ...tail));

export const openTab = (url: string, active?: boolean): Promise<Tab> =>
  invoke<Tab>((raw, tail) => raw.tabs.create(active === undefined ? { url } : { url, active }, ...tail));

export async function openOptionsPage(): Promise<void> {
  await invoke<unknown>((raw, tail) => raw.runtime.openOptionsPage(...tail));
}

export const allCommands = (): Promise<Command[]> => invoke<Command[]>((raw, tail) => raw.commands.getAll(...tail));

export const extensionUrl = (path: string): string => api.runtime.getURL(path);

export const manifestVersion = (): string => api.runtime.getManifest().version;
