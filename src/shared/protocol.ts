// The one map of every message between the extension's contexts: each type names its request
// and its response. Messages arriving from content scripts are untrusted (any page can be
// hostile), so every request is validated at runtime by `parseMessage` (validate.ts) and unknown types are
// rejected — the Privacy Badger approach (allow-list of types plus a sender check).
import type { Analysis, Block } from '../engine/types.ts';

export interface PolicyLink {
  href: string;
  text: string;
}

export interface DetectionResult {
  isPolicy: boolean;
  /** 0..1, higher = more policy-like. */
  score: number;
  /** 'quick' when decided from URL/title/headings alone, 'full' when the main text was read. */
  stage: 'quick' | 'full';
}

export type TabState =
  | { kind: 'unknown' }
  | { kind: 'not-policy'; url: string; policyLinks: PolicyLink[] }
  | { kind: 'analysing'; url: string; progress: number }
  | { kind: 'ready'; url: string; title: string; textHash: string; analysis: Analysis }
  | { kind: 'language-unsupported'; url: string; language: string }
  | { kind: 'error'; url: string; message: string };

/** Every message, by direction: `page/*` content→background, `popup/*` popup→background,
 *  `content/*` popup→content script (sent with tabs.sendMessage). */
export interface Protocol {
  'page/detected': {
    request: { url: string; title: string; detection: DetectionResult; policyLinks: PolicyLink[] };
    response: { ok: true };
  };
  'page/policy-text': {
    request: { url: string; title: string; text: string; blocks: Block[]; detection: DetectionResult };
    response: { ok: true; textHash: string };
  };
  'page/get-analysis': {
    request: Record<string, never>;
    response: { analysis: Analysis | null };
  };
  'popup/get-state': {
    request: { tabId: number };
    response: TabState;
  };
  'content/set-highlights': {
    request: { on: boolean };
    response: { ok: true; highlighted: number };
  };
  'content/scroll-to': {
    request: { sentenceIndex: number };
    response: { ok: boolean };
  };
  'content/get-policy-links': {
    request: Record<string, never>;
    response: { policyLinks: PolicyLink[] };
  };
}

export type MessageType = keyof Protocol;
export type RequestOf<T extends MessageType> = Protocol[T]['request'];
export type ResponseOf<T extends MessageType> = Protocol[T]['response'];
export type Message<T extends MessageType = MessageType> = { [K in T]: { type: K; payload: RequestOf<K> } }[T];
