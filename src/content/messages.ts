// Requests from the popup (sent with tabs.sendMessage). Checked like any other input: only this
// extension may ask, only the content/* types are served, and payloads are validated.
import browser from 'webextension-polyfill';
import type { Runtime } from 'webextension-polyfill';
import type { MessageType, ResponseOf } from '../shared/protocol.ts';
import { findPolicyLinks } from './detect/index.ts';
import { setHighlights } from './highlight/index.ts';
import { endFlash, scrollToSentence } from './scroll-to.ts';
import { currentAnalysis, currentExtraction, onExtractionChange } from './session.ts';

type ContentType = Extract<MessageType, `content/${string}`>;

function payloadOf(message: unknown): { type: ContentType; payload: Record<string, unknown> } | null {
  if (typeof message !== 'object' || message === null) return null;
  const { type, payload } = message as { type?: unknown; payload?: unknown };
  if (type !== 'content/get-policy-links' && type !== 'content/scroll-to' && type !== 'content/set-highlights') return null;
  if (typeof payload !== 'object' || payload === null) return null;
  return { type, payload: payload as Record<string, unknown> };
}

async function handle(type: ContentType, payload: Record<string, unknown>, signal: AbortSignal): Promise<ResponseOf<ContentType> | undefined> {
  switch (type) {
    case 'content/get-policy-links':
      return { policyLinks: findPolicyLinks(document) } satisfies ResponseOf<'content/get-policy-links'>;
    case 'content/scroll-to': {
      const index = payload['sentenceIndex'];
      if (typeof index !== 'number' || !Number.isInteger(index) || index < 0) return undefined;
      return { ok: await scrollToSentence(index, signal) } satisfies ResponseOf<'content/scroll-to'>;
    }
    case 'content/set-highlights': {
      const on = payload['on'];
      if (typeof on !== 'boolean') return undefined;
      endFlash();
      const analysis = on ? await currentAnalysis() : null;
      const highlighted = setHighlights(on, analysis, currentExtraction()?.map ?? null, signal);
      return { ok: true, highlighted } satisfies ResponseOf<'content/set-highlights'>;
    }
  }
}

export function listenForRequests(signal: AbortSignal): void {
  const listener = (message: unknown, sender: Runtime.MessageSender): Promise<unknown> | undefined => {
    if (sender.id !== browser.runtime.id) return undefined;
    const request = payloadOf(message);
    return request ? handle(request.type, request.payload, signal) : undefined;
  };
  browser.runtime.onMessage.addListener(listener);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener), { once: true });
  // Highlights drawn from an old text point at the wrong words once the page text changes.
  onExtractionChange(() => setHighlights(false, null, null, signal), signal);
}
