// Requests from the popup (sent with tabs.sendMessage). Checked like any other input: only an
// extension page of ours may ask, only the content/* types are served, and payloads pass the
// same runtime validation as every other message (src/shared/validate.ts).
import type { Message, ResponseOf } from '../shared/protocol.ts';
import { parseContentRequest, type ContentType } from '../shared/validate.ts';
import { extensionId, extensionUrl, onMessage, type MessageSender } from './browser-api.ts';
import { findPolicyLinks } from './detect/index.ts';
import { highlightState } from './highlight/index.ts';
import { switchHighlights } from './highlights-switch.ts';
import { endFlash, scrollToSentence } from './scroll-to.ts';
import { pageDetection } from './site-switch.ts';
import { onExtractionChange } from './session.ts';

/** What the content script does beyond answering: started by index.ts. */
export interface ContentActions {
  /** "Analyse this page anyway" from the popup. */
  analyseAnyway: () => void;
}

/** Our popup and extension pages only: a message from another extension, or from a content
 *  script (ours in another tab included), is never a request to scroll or mark this page. */
function fromOurPages(sender: MessageSender): boolean {
  return sender.id === extensionId() && (sender.url?.startsWith(extensionUrl('')) ?? false);
}

function requestOf(raw: unknown): Message<ContentType> | null {
  const parsed = parseContentRequest(raw);
  return parsed.ok ? parsed.message : null;
}

async function handle(request: Message<ContentType>, signal: AbortSignal, actions: ContentActions): Promise<ResponseOf<ContentType>> {
  switch (request.type) {
    case 'content/get-policy-links':
      return { policyLinks: findPolicyLinks(document) } satisfies ResponseOf<'content/get-policy-links'>;
    case 'content/scroll-to':
      return { ok: await scrollToSentence(request.payload.sentenceIndex, signal) } satisfies ResponseOf<'content/scroll-to'>;
    case 'content/set-highlights': {
      endFlash();
      const highlighted = await switchHighlights(request.payload.on, signal, 'person');
      return { ok: true, highlighted } satisfies ResponseOf<'content/set-highlights'>;
    }
    case 'content/get-highlights':
      return highlightState() satisfies ResponseOf<'content/get-highlights'>;
    case 'content/analyse-anyway':
      actions.analyseAnyway();
      return { ok: true } satisfies ResponseOf<'content/analyse-anyway'>;
    case 'content/page-info':
      return { url: location.href, title: document.title, detection: await pageDetection() } satisfies ResponseOf<'content/page-info'>;
  }
}

export function listenForRequests(signal: AbortSignal, actions: ContentActions): void {
  onMessage((message, sender) => {
    if (!fromOurPages(sender)) return undefined;
    const request = requestOf(message);
    return request ? handle(request, signal, actions) : undefined;
  }, signal);
  // Highlights drawn from an old text point at the wrong words once the page text changes.
  onExtractionChange(() => void switchHighlights(false, signal, 'page'), signal);
}
