// The real toolbar popup. chrome.action.openPopup() opens it in headless Chromium, but
// playwright does not surface that target as a Page, so it is found over the browser's own CDP
// session (Target.getTargets) and read through Target.sendMessageToTarget.
import type { CDPSession } from 'playwright-core';
import type { ExtensionSession } from './extension.ts';
import type { InExtension } from './in-extension.ts';

export interface ActionPopup {
  url: string;
  /** Evaluates a JavaScript expression in the popup and returns its (JSON) value. */
  evaluate: <T>(expression: string) => Promise<T>;
  /** Starts logging the popup's requests (CDP Network) and reloads it, so that the log holds a
   *  whole load of the popup; returns the log, which keeps growing. */
  recordRequests: () => Promise<string[]>;
  close: () => Promise<void>;
}

interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
}

/** Asks the extension to open its action popup for the active tab; the popup's URL has no ?tabId. */
export async function openActionPopup(session: ExtensionSession): Promise<ActionPopup> {
  const browser = session.context.browser();
  if (!browser) throw new Error('no browser behind the context: cannot reach the popup over CDP');
  const popupUrl = `chrome-extension://${session.extensionId}/src/popup/index.html`;
  const sw = await session.serviceWorker();
  const opened = await sw.evaluate(async () => {
    const { chrome } = globalThis as unknown as InExtension;
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    try {
      await chrome.action.openPopup(tab ? { windowId: tab.windowId } : {});
      return 'opened';
    } catch (e) {
      return String(e);
    }
  });
  if (opened !== 'opened') throw new Error(`chrome.action.openPopup() failed: ${opened}`);

  const cdp: CDPSession = await browser.newBrowserCDPSession();
  let target: TargetInfo | undefined;
  for (let tries = 0; tries < 40 && !target; tries++) {
    const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: TargetInfo[] };
    target = targetInfos.find((t) => t.type === 'page' && t.url === popupUrl);
    if (!target) await new Promise((r) => setTimeout(r, 250));
  }
  if (!target) throw new Error(`openPopup() returned but no page target at ${popupUrl}`);
  const { sessionId } = (await cdp.send('Target.attachToTarget', { targetId: target.targetId, flatten: false })) as { sessionId: string };

  type Reply = { id?: number; method?: string; params?: { request?: { url?: string } }; result?: { result?: { value?: unknown } }; error?: { message: string } };
  const requests: string[] = [];
  let nextId = 0;
  const pending = new Map<number, (reply: Reply) => void>();
  cdp.on('Target.receivedMessageFromTarget', (event: { sessionId: string; message: string }) => {
    if (event.sessionId !== sessionId) return;
    const reply = JSON.parse(event.message) as Reply;
    if (reply.id !== undefined) pending.get(reply.id)?.(reply);
    if (reply.method === 'Network.requestWillBeSent' && reply.params?.request?.url) requests.push(reply.params.request.url);
  });
  const call = async (method: string, params: Record<string, unknown>): Promise<Reply> => {
    const id = ++nextId;
    const reply = await new Promise<Reply>((resolve) => {
      pending.set(id, resolve);
      void cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) });
    });
    pending.delete(id);
    if (reply.error) throw new Error(`${method} in the popup: ${reply.error.message}`);
    return reply;
  };
  const evaluate = async <T>(expression: string): Promise<T> =>
    (await call('Runtime.evaluate', { expression, returnByValue: true, awaitPromise: true })).result?.result?.value as T;
  const recordRequests = async (): Promise<string[]> => {
    await call('Network.enable', {});
    await call('Page.reload', {});
    return requests;
  };
  return {
    url: target.url,
    evaluate,
    recordRequests,
    close: async () => {
      await cdp.send('Target.closeTarget', { targetId: target.targetId }).catch(() => undefined);
      await cdp.detach().catch(() => undefined);
    },
  };
}
