// The browser API surface the background worker touches, for Node, where there is none: storage
// areas kept in memory, the toolbar action's badge and title recorded per tab, tabs that answer
// no message (no content script), and i18n over the English messages.json. Everything else is
// the real background code. Import this module first: webextension-polyfill, imported by the
// code under test, hands back `globalThis.browser` when it already has a runtime id.
import { getMessage } from '../../support/i18n-en.ts';

export const EXTENSION_ID = 'policylens-test';
export const EXTENSION_ORIGIN = `chrome-extension://${EXTENSION_ID}/`;

/** storage.session / storage.local in memory, with the structured-clone copy the browser makes. */
export class MemoryArea {
  readonly items = new Map<string, unknown>();
  /** Set to make every write fail as the browser does when the quota is exceeded. */
  failWrites: string | null = null;
  /** Set to make every read fail. */
  failReads: string | null = null;

  async get(keys?: string | string[] | null): Promise<Record<string, unknown>> {
    if (this.failReads) throw new Error(this.failReads);
    const wanted = keys === undefined || keys === null ? [...this.items.keys()] : typeof keys === 'string' ? [keys] : keys;
    const out: Record<string, unknown> = {};
    for (const key of wanted) if (this.items.has(key)) out[key] = structuredClone(this.items.get(key));
    return out;
  }

  async set(items: Record<string, unknown>): Promise<void> {
    if (this.failWrites) throw new Error(this.failWrites);
    for (const [key, value] of Object.entries(items)) this.items.set(key, structuredClone(value));
  }

  async remove(keys: string | string[]): Promise<void> {
    for (const key of typeof keys === 'string' ? [keys] : keys) this.items.delete(key);
  }

  async clear(): Promise<void> {
    this.items.clear();
  }
}

export interface Badge {
  text?: string;
  title?: string;
  color?: string;
}

const listeners = () => ({ addListener: () => undefined, removeListener: () => undefined, hasListener: () => false });

export const fake = {
  session: new MemoryArea(),
  local: new MemoryArea(),
  badges: new Map<number, Badge>(),
  reset(): void {
    this.session.items.clear();
    this.local.items.clear();
    this.session.failWrites = this.session.failReads = null;
    this.local.failWrites = this.local.failReads = null;
    this.badges.clear();
  },
};

function badge(tabId: number): Badge {
  let b = fake.badges.get(tabId);
  if (!b) fake.badges.set(tabId, (b = {}));
  return b;
}

const api = {
  runtime: {
    id: EXTENSION_ID,
    getURL: (path: string) => `${EXTENSION_ORIGIN}${path.replace(/^\//, '')}`,
    onMessage: listeners(),
    onInstalled: listeners(),
    sendMessage: async () => {
      throw new Error('Could not establish connection. Receiving end does not exist.');
    },
  },
  storage: { session: fake.session, local: fake.local, onChanged: listeners() },
  action: {
    setBadgeText: async ({ tabId, text }: { tabId: number; text: string }) => void (badge(tabId).text = text),
    setBadgeBackgroundColor: async ({ tabId, color }: { tabId: number; color: string }) => void (badge(tabId).color = color),
    setBadgeTextColor: async () => undefined,
    setTitle: async ({ tabId, title }: { tabId: number; title: string }) => void (badge(tabId).title = title),
  },
  tabs: {
    // No content script in these tabs: Chrome's words when a tab has no receiver.
    sendMessage: async () => {
      throw new Error('Could not establish connection. Receiving end does not exist.');
    },
    create: async () => ({}),
    onRemoved: listeners(),
    onUpdated: listeners(),
  },
  i18n: { getMessage },
};

Object.assign(globalThis, { browser: api, chrome: api });
