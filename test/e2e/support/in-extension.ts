// Types for code evaluated inside the extension (service worker, popup page): the parts of the
// `chrome` API the tests call. The project has no @types/chrome; this names only what is used.
export interface ChromeTab {
  id?: number;
  windowId: number;
  url?: string;
  pendingUrl?: string;
  title?: string;
  active: boolean;
}

export interface InExtension {
  chrome: {
    tabs: {
      query: (q: { active?: boolean; lastFocusedWindow?: boolean; currentWindow?: boolean }) => Promise<ChromeTab[]>;
      update: (tabId: number, props: { active?: boolean }) => Promise<ChromeTab>;
      sendMessage: (tabId: number, message: unknown) => Promise<unknown>;
    };
    windows: {
      update: (windowId: number, props: { focused?: boolean }) => Promise<unknown>;
    };
    action: {
      getBadgeText: (details: { tabId: number }) => Promise<string>;
      getTitle: (details: { tabId: number }) => Promise<string>;
      openPopup: (options?: { windowId?: number }) => Promise<void>;
    };
    runtime: {
      sendMessage: (message: unknown) => Promise<unknown>;
      getManifest: () => { version: string; commands?: Record<string, { suggested_key?: { default?: string } }> };
    };
    commands: {
      getAll: () => Promise<{ name?: string; shortcut?: string; description?: string }[]>;
    };
    storage: {
      local: {
        get: (keys: string | null) => Promise<Record<string, unknown>>;
        set: (items: Record<string, unknown>) => Promise<void>;
      };
      session: {
        get: (keys: string | null) => Promise<Record<string, unknown>>;
      };
    };
  };
}

