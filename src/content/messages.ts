// Requests from the popup (sent with tabs.sendMessage). Checked like any other input: only an
// extension page of ours may ask, only the content/* types are served, and payloads pass the
// same runtime validation as every other message (src/shared/validate.ts).
import browser from 'webextension-polyfill';
import type { Runtime } from 'webextension-polyfill';
import type { Message, MessageType, ResponseOf } from '../shared/protocol.ts';
import { parseMessage } from '../shared/validate.ts';
import { findPolicyLinks } from './detect/index.ts';
import { setHighlights } from './highlight/index.ts';
import { endFlash, scrollToSentence } from './scroll-to.ts';
import { currentAnalysis, currentExtraction, onExtractionChange } from './session.ts';

type ContentType = Extract<MessageType, `content/${string}`>;

const isContent = (message: Message): message is Message<ContentType> => message.type.startsWith('content/');

/** Our popup and extension pages only: a message from another extension, or from a content
 *  script (ours in another tab included), is never a request to scroll or mark this page. */
function fromOurPages(sender: Runtime.MessageSender): boolean {
  return sender.id === browser.runtime.id && (sender.url?.startsWith(browser.runtime.getURL('')) ?? false);
}

function requestOf(raw: unknown): Message<ContentType> | null {
  const parsed = parseMessage(raw);
  return parsed.ok && isContent(parsed.message) ? parsed.message : null;
}

async function handle(request: Message<ContentType>, signal: AbortSignal): Promise<ResponseOf<ContentType>> {
  switch (request.type) {
    case 'content/get-policy-links':
      return { policyLinks: findPolicyLinks(document) } satisfies ResponseOf<'content/get-policy-links'>;
    case 'content/scroll-to':
      return { ok: await scrollToSentence(request.payload.sentenceIndex, signal) } satisfies ResponseOf<'content/scroll-to'>;
    case 'content/set-highlights': {
      const { on } = request.payload;
      endFlash();
      const analysis = on ? await currentAnalysis() : null;
      const highlighted = setHighlights(on, analysis, currentExtraction()?.map ?? null, signal);
      return { ok: true, highlighted } satisfies ResponseOf<'content/set-highlights'>;
    }
  }
}

export function listenForRequests(signal: AbortSignal): void {
  const listener = (message: unknown, sender: Runtime.MessageSender): Promise<unknown> | undefined => {
    if (!fromOurPages(sender)) return undefined;
    const request = requestOf(message);
    return request ? handle(request, signal) : undefined;
  };
  browser.runtime.onMessage.addListener(listener);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener), { once: true });
  // Highlights drawn from an old text point at the wrong words once the page text changes.
  onExtractionChange(() => setHighlights(false, null, null, signal), signal);
}
