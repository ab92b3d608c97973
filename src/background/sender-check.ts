// Who may send what. Any page can talk to our content script's context, so `page/*` messages are
// accepted only from our own content script in a tab's top frame, and `popup/*` only from our
// own extension pages — the Privacy Badger sender check.
import browser from 'webextension-polyfill';
import type { Runtime } from 'webextension-polyfill';
import type { MessageType } from '../shared/protocol.ts';

export type Trusted = { ok: true; tabId: number | undefined } | { ok: false; error: string };

function fromOurExtension(sender: Runtime.MessageSender): boolean {
  return sender.id === browser.runtime.id;
}

export function checkSender(type: MessageType, sender: Runtime.MessageSender): Trusted {
  if (!fromOurExtension(sender)) return { ok: false, error: `${type}: sender is not this extension` };
  if (type.startsWith('page/')) {
    const tabId = sender.tab?.id;
    if (tabId === undefined || tabId < 0) return { ok: false, error: `${type}: only a content script in a tab may send this` };
    // The content script runs in top frames only (manifest: no all_frames); a subframe's
    // message would describe a different document from the one the tab's badge is about.
    if (sender.frameId !== undefined && sender.frameId !== 0) return { ok: false, error: `${type}: not from the tab's top frame` };
    return { ok: true, tabId };
  }
  if (type.startsWith('popup/')) {
    if (!sender.url?.startsWith(browser.runtime.getURL(''))) return { ok: false, error: `${type}: only an extension page may send this` };
    return { ok: true, tabId: sender.tab?.id };
  }
  return { ok: false, error: `${type}: not a message for the background` };
}
