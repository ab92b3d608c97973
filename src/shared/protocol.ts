// The one map of every message between the extension's contexts: each type names its request
// and its response. Messages arriving from content scripts are untrusted (any page can be
// hostile), so every request is validated at runtime by `parseMessage` (validate.ts) and unknown types are
// rejected — the Privacy Badger approach (allow-list of types plus a sender check).
import type { VocabularyPattern } from '../engine/detect/pattern-table.ts';
import type { Analysis, Block, Flag, Grade } from '../engine/types.ts';
import type { Detection } from './options.ts';
import type { PopupView } from './popup-view.ts';

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
  /** `view`: what the popup shows of the analysis beyond it (popup-view.ts), made by the worker. */
  | { kind: 'ready'; url: string; title: string; textHash: string; analysis: Analysis; view: PopupView; changedSince?: ChangedSince }
  | { kind: 'language-unsupported'; url: string; language: string }
  | { kind: 'error'; url: string; message: string };

/** A saved policy whose text at the same URL (ignoring the #fragment) is no longer what was saved. */
export interface ChangedSince {
  entryId: string;
  name: string;
  /** ISO time the saved copy was taken. */
  savedAt: string;
  /** Summary points that appeared, went or changed (from diffPolicies). */
  summaryChanges: { id: string; text: string; flag: Flag }[];
  /** How many sentences were added / removed. */
  added: number;
  removed: number;
}

/** Why a page ended without an analysis, as its content script saw it: a message about it was
 *  refused (validation, sender check), its handler failed, or the worker stopped while it was
 *  being answered (it ran out of memory or time: the page was too large). */
export const FAILURE_REASONS = ['refused', 'failed', 'stopped'] as const;
export type FailureReason = (typeof FAILURE_REASONS)[number];

/** One provider-library entry as listed: everything but its text and analysis. */
/** Where a built-in reference's analysis came from: a dated snapshot of someone else's archive. */
export interface Snapshot {
  /** YYYY-MM-DD of the archived version that was read. */
  date: string;
  source: string;
  licence: string;
  attribution: string;
}

export interface LibraryEntrySummary {
  id: string;
  name: string;
  /** The page it was saved from; '' for a built-in without a known page. */
  url: string;
  /** ISO time it was saved (built-ins: the time the library was first read). */
  savedAt: string;
  /** The date the policy states for itself (YYYY-MM-DD), when known. */
  date?: string;
  builtIn: boolean;
  /** Null when the saved page had too little policy text to grade. */
  grade: Grade | null;
  /** Built-in references only: the archive snapshot their analysis was made from. */
  snapshot?: Snapshot;
}

/** A library entry with what comparing needs. */
export interface LibraryEntryContent {
  id: string;
  name: string;
  /** '' for a built-in reference, which ships its analysis and the sentences it cites only. */
  text: string;
  analysis: Analysis;
}

/** Every message, by direction: `page/*` content→background, `popup/*` popup→background,
 *  `content/*` popup→content script (sent with tabs.sendMessage). */
export interface Protocol {
  'page/detected': {
    /** `policyLinks`: not sent by this content script, which finds a page's policy links only
     *  when the popup asks for them (content/get-policy-links); accepted, and kept, when given. */
    request: { url: string; title: string; detection: DetectionResult; policyLinks?: PolicyLink[] };
    response: { ok: true };
  };
  'page/policy-text': {
    /** `policyLinks`: the other policies the page points to ("see our main privacy policy"),
     *  offered instead of a grade when the text turns out to hold too little policy to grade.
     *  `cut`: the page's text was longer than the protocol allows (LIMITS) and this is its start. */
    request: { url: string; title: string; text: string; blocks: Block[]; detection: DetectionResult; policyLinks?: PolicyLink[]; cut?: true };
    response: { ok: true; textHash: string };
  };
  /** A page/* message about this page did not land (see FailureReason): the tab ends in an error
   *  state the popup shows, never in "analysing". `detail` is the worker's words, if any. */
  'page/failed': {
    request: { url: string; reason: FailureReason; detail: string };
    response: { ok: true };
  };
  'page/get-analysis': {
    request: Record<string, never>;
    response: { analysis: Analysis | null };
  };
  /** The plain-language glosses of rules, for the highlight tooltip: the content script carries
   *  no rules of its own (it runs on every page and must stay small). Unknown ids are left out. */
  'page/get-glosses': {
    request: { ruleIds: string[] };
    response: { glosses: { id: string; gloss: string }[] };
  };
  /** The page detector's text vocabulary, compiled at build time: the content script asks for
   *  it on the first page whose URL, title and headings leave it undecided, rather than carry
   *  it onto every page (src/content/detect/vocabulary.ts). */
  'page/get-detect-vocabulary': {
    request: Record<string, never>;
    response: { vocabulary: VocabularyPattern[] };
  };
  'popup/get-state': {
    request: { tabId: number };
    response: TabState;
  };
  /** Provider library: built-ins first (in seed order), then saved entries, newest first. */
  'popup/library-list': {
    request: Record<string, never>;
    response: { entries: LibraryEntrySummary[]; warnings: string[] };
  };
  /** Saves the tab's 'ready' analysis; name defaults to the page's hostname. */
  'popup/library-save': {
    request: { tabId: number; name?: string };
    response: { entry: LibraryEntrySummary } | { error: string };
  };
  /** Saves a text read outside a tab (the paste page); the worker analyses it as it does imports. */
  'popup/library-save-text': {
    request: { name: string; text: string };
    response: { entry: LibraryEntrySummary } | { error: string };
  };
  'popup/library-rename': {
    request: { id: string; name: string };
    response: { entry: LibraryEntrySummary } | { error: string };
  };
  'popup/library-delete': {
    request: { id: string };
    response: { ok: true } | { error: string };
  };
  /** JSON of `{ schemaVersion: 1, exportedAt, entries }` (saved entries only; built-ins are implied). */
  'popup/library-export': {
    request: Record<string, never>;
    response: { json: string };
  };
  /** Adds every valid entry of an export (new ids on clashes); never deletes or overwrites. */
  'popup/library-import': {
    request: { json: string };
    response: { imported: number; skipped: { index: number; reason: string }[] } | { error: string };
  };
  /** Entries for comparing, in the order asked; ids not in the library are listed in `missing`. */
  'popup/library-get': {
    request: { ids: string[] };
    response: { entries: LibraryEntryContent[]; missing: string[] };
  };
  'content/set-highlights': {
    request: { on: boolean };
    response: { ok: true; highlighted: number };
  };
  /** What the page shows now, so the popup's switch starts in the page's real state. */
  'content/get-highlights': {
    request: Record<string, never>;
    response: { on: boolean; highlighted: number };
  };
  /** The person says this page is a policy: read it whatever detection (or the options) said. */
  'content/analyse-anyway': {
    request: Record<string, never>;
    response: { ok: true };
  };
  /** The page's address and title, and whether PolicyLens looks at it (per-site and global switches). */
  'content/page-info': {
    request: Record<string, never>;
    response: { url: string; title: string; detection: Detection };
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
