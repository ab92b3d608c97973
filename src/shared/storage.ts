// What the background keeps in `storage.session`: MV3 service workers (and Firefox event pages)
// are stopped when idle, so per-tab state and the analyses live here, not in memory.
//
//   tab:<tabId>                        → { schemaVersion, state }: a 'ready' state names its
//                                        analysis (analysisKey), it never holds a copy of it
//   analysis:<textHash>:<blocksHash>   → { schemaVersion, analysis: PackedAnalysis, view: PopupView }:
//                                        one per text read (with its blocks), the text inside,
//                                        packed, and what the popup shows of it (popup-view.ts)
//   analysis-index                     → { schemaVersion, entries: [{ key, bytes, tabs }] }, most
//                                        recently used first; `tabs` are the tabs showing it
//
// The store that keeps them within the quota (SessionStore) is ./session-store.ts.
//
// Reads validate the shape and treat anything unknown (an older schema, a half-written record)
// as absent: a corrupt entry costs one re-analysis, never an exception in the worker. Chrome
// empties storage.session when the extension is updated; where a browser keeps it, the worker
// moves the previous schema's records up when it starts (SessionStore.upgrade).
//
// Schema 3 (from 2): an analysis record carries its PopupView, so that the popup needs no engine.
import type { Analysis, Block } from '../engine/types.ts';
import { t } from './i18n.ts';
import { isPopupView, type PopupView } from './popup-view.ts';
import type { PolicyLink, TabState } from './protocol.ts';
import { isPackedAnalysis, unpackAnalysis, type PackedAnalysis } from './stored-analysis.ts';

export { isAnalysis } from './analysis-shape.ts';

export const STORAGE_SCHEMA_VERSION = 3;
/** How many analyses no tab shows the cache keeps. */
export const ANALYSIS_CACHE_LIMIT = 20;
/** Bytes all stored analyses together may take of the 10,485,760 of storage.session, leaving
 *  room for the tab records, the index and the built-in providers' analyses. */
export const ANALYSIS_BUDGET = 8_000_000;

export const ANALYSIS_INDEX_KEY = 'analysis-index';
export const tabKey = (tabId: number): string => `tab:${tabId}`;
export const analysisKey = (textHash: string, blocksHash: string): string => `analysis:${textHash}:${blocksHash}`;
export const ANALYSIS_KEY = /^analysis:[0-9a-f]{64}:[0-9a-f]{64}$/;

/** The session area's quota (or this cache's budget) leaves no room for what a tab shows. */
export class StorageFullError extends Error {}

export function isQuotaError(error: unknown): boolean {
  const message = error instanceof Error ? `${error.name} ${error.message}` : String(error);
  return message.includes('QUOTA_BYTES') || /quota/i.test(message);
}

/** The part of `browser.storage.session` used here; tests pass an in-memory one. */
export interface SessionArea {
  get(keys: string | string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

export type ReadyState = Extract<TabState, { kind: 'ready' }>;
/** A 'ready' state as stored: its analysis by reference. */
export type StoredReady = Omit<ReadyState, 'analysis' | 'view'> & { analysisKey: string };
export type StoredTabState = Exclude<TabState, ReadyState> | StoredReady;

export type Fields = Record<string, unknown>;

export function fields(value: unknown): Fields | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Fields) : undefined;
}

export const isString = (value: unknown): value is string => typeof value === 'string';
export const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
export const isTabId = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0;

function isPolicyLinks(value: unknown): value is PolicyLink[] {
  return Array.isArray(value) && value.every((link) => isString(fields(link)?.['href']) && isString(fields(link)?.['text']));
}

export function isStoredTabState(value: unknown): value is StoredTabState {
  const s = fields(value);
  if (!s) return false;
  if (s['kind'] === 'unknown') return true;
  if (!isString(s['url'])) return false;
  switch (s['kind']) {
    case 'not-policy':
      return isPolicyLinks(s['policyLinks']);
    case 'analysing':
      return isNumber(s['progress']);
    case 'ready':
      return isString(s['title']) && isString(s['textHash']) && isString(s['analysisKey']) && ANALYSIS_KEY.test(s['analysisKey']);
    case 'language-unsupported':
      return isString(s['language']);
    case 'error':
      return isString(s['message']);
    default:
      return false;
  }
}

export function current(record: unknown): Fields | undefined {
  const r = fields(record);
  return r?.['schemaVersion'] === STORAGE_SCHEMA_VERSION ? r : undefined;
}

export async function readOrNothing(area: SessionArea, key: string): Promise<unknown> {
  const items = await area.get(key);
  return Object.hasOwn(items, key) ? items[key] : undefined;
}

/** The stored state a `tab:<id>` record holds; undefined for an absent, older or broken record. */
export function storedStateFromRecord(record: unknown): StoredTabState | undefined {
  const state = current(record)?.['state'];
  return isStoredTabState(state) ? state : undefined;
}

/** What an analysis record holds: the packed analysis and the popup's view of it. */
export interface AnalysisRecord {
  packed: PackedAnalysis;
  view: PopupView;
}

/** A stored analysis with what it was read from. */
export interface StoredAnalysis extends AnalysisRecord {
  key: string;
  text: string;
  blocks?: Block[];
  analysis: Analysis;
}

/** An analysis record's value from its fields, unpacked and checked; throws when unreadable. */
async function unpackRecord(key: string, r: Fields | undefined): Promise<StoredAnalysis> {
  const packed = r?.['analysis'];
  if (!isPackedAnalysis(packed)) throw new Error(`${key} holds no packed analysis`);
  const unpacked = await unpackAnalysis(packed);
  const view = r?.['view'];
  if (!isPopupView(view, unpacked.analysis)) throw new Error(`${key} holds no view of its analysis`);
  return { key, packed, view, ...unpacked };
}

/** The analysis stored under `key`, unpacked; undefined when absent or unreadable. */
export async function readAnalysis(area: SessionArea, key: string): Promise<StoredAnalysis | undefined> {
  const r = current(await readOrNothing(area, key));
  if (!r) return undefined;
  return unpackRecord(key, r).catch(() => undefined);
}

export const analysisRecord = ({ packed, view }: AnalysisRecord): Fields => ({ schemaVersion: STORAGE_SCHEMA_VERSION, analysis: packed, view });

/** The state a stored `tab:<id>` record stands for, its analysis read from where it names. The
 *  popup reads records itself (on storage.onChanged), so it resolves them with this too. A ready
 *  state whose analysis is gone is an error the person can act on, not a blank popup. */
export async function tabStateFromRecord(area: SessionArea, record: unknown): Promise<TabState | undefined> {
  const state = storedStateFromRecord(record);
  if (state?.kind !== 'ready') return state;
  const stored = await readAnalysis(area, state.analysisKey);
  if (!stored) return { kind: 'error', url: state.url, message: t('analysisNotStored') };
  return withAnalysis(state, stored.analysis, stored.view);
}

/** A stored ready state with its analysis, as the popup shows it. */
export function withAnalysis(state: StoredReady, analysis: Analysis, view: PopupView): ReadyState {
  const ready: ReadyState = { kind: 'ready', url: state.url, title: state.title, textHash: state.textHash, analysis, view };
  if (state.changedSince) ready.changedSince = state.changedSince;
  return ready;
}

/** A ready state as stored: its analysis by the key it is stored under. */
export function byReference(state: ReadyState, analysisKey: string): StoredReady {
  const stored: StoredReady = { kind: 'ready', url: state.url, title: state.title, textHash: state.textHash, analysisKey };
  if (state.changedSince) stored.changedSince = state.changedSince;
  return stored;
}
