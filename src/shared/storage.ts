// What the background keeps in `storage.session`: MV3 service workers (and Firefox event pages)
// are stopped when idle, so per-tab state and the analyses live here, not in memory.
//
//   tab:<tabId>                        → { schemaVersion, state }: a 'ready' state names its
//                                        analysis (analysisKey), it never holds a copy of it
//   analysis:<textHash>:<blocksHash>   → { schemaVersion, analysis: PackedAnalysis }: one per text
//                                        read (with its blocks), the text inside, packed
//   analysis-index                     → { schemaVersion, entries: [{ key, bytes, tabs }] }, most
//                                        recently used first; `tabs` are the tabs showing it
//
// The quota (10 MB in Chrome) is kept by design: an analysis a tab shows is never evicted, the
// others go least recently used first once there are more than ANALYSIS_CACHE_LIMIT of them or
// all analyses together pass ANALYSIS_BUDGET. A tab whose analysis cannot be kept gets a
// StorageFullError, which the caller turns into an error state the person sees.
//
// Reads validate the shape and treat anything unknown (an older schema, a half-written record)
// as absent: a corrupt entry costs one re-analysis, never an exception in the worker.
import type { Analysis, Block } from '../engine/types.ts';
import { t } from './i18n.ts';
import type { PolicyLink, TabState } from './protocol.ts';
import { isPackedAnalysis, unpackAnalysis, type PackedAnalysis } from './stored-analysis.ts';

export { isAnalysis } from './analysis-shape.ts';

export const STORAGE_SCHEMA_VERSION = 2;
/** How many analyses no tab shows the cache keeps. */
export const ANALYSIS_CACHE_LIMIT = 20;
/** Bytes all stored analyses together may take of the 10,485,760 of storage.session, leaving
 *  room for the tab records, the index and the built-in providers' analyses. */
export const ANALYSIS_BUDGET = 8_000_000;

export const ANALYSIS_INDEX_KEY = 'analysis-index';
export const tabKey = (tabId: number): string => `tab:${tabId}`;
export const analysisKey = (textHash: string, blocksHash: string): string => `analysis:${textHash}:${blocksHash}`;
const ANALYSIS_KEY = /^analysis:[0-9a-f]{64}:[0-9a-f]{64}$/;

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
export type StoredReady = Omit<ReadyState, 'analysis'> & { analysisKey: string };
export type StoredTabState = Exclude<TabState, ReadyState> | StoredReady;

type Fields = Record<string, unknown>;

function fields(value: unknown): Fields | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Fields) : undefined;
}

const isString = (value: unknown): value is string => typeof value === 'string';
const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
const isTabId = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0;

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

function current(record: unknown): Fields | undefined {
  const r = fields(record);
  return r?.['schemaVersion'] === STORAGE_SCHEMA_VERSION ? r : undefined;
}

async function readOrNothing(area: SessionArea, key: string): Promise<unknown> {
  const items = await area.get(key);
  return Object.hasOwn(items, key) ? items[key] : undefined;
}

/** The stored state a `tab:<id>` record holds; undefined for an absent, older or broken record. */
export function storedStateFromRecord(record: unknown): StoredTabState | undefined {
  const state = current(record)?.['state'];
  return isStoredTabState(state) ? state : undefined;
}

/** A stored analysis with what it was read from. */
export interface StoredAnalysis {
  key: string;
  packed: PackedAnalysis;
  text: string;
  blocks?: Block[];
  analysis: Analysis;
}

/** The analysis stored under `key`, unpacked; undefined when absent or unreadable. */
export async function readAnalysis(area: SessionArea, key: string): Promise<StoredAnalysis | undefined> {
  const packed = current(await readOrNothing(area, key))?.['analysis'];
  if (!isPackedAnalysis(packed)) return undefined;
  try {
    return { key, packed, ...(await unpackAnalysis(packed)) };
  } catch {
    return undefined;
  }
}

/** The state a stored `tab:<id>` record stands for, its analysis read from where it names. The
 *  popup reads records itself (on storage.onChanged), so it resolves them with this too. A ready
 *  state whose analysis is gone is an error the person can act on, not a blank popup. */
export async function tabStateFromRecord(area: SessionArea, record: unknown): Promise<TabState | undefined> {
  const state = storedStateFromRecord(record);
  if (state?.kind !== 'ready') return state;
  const stored = await readAnalysis(area, state.analysisKey);
  if (!stored) return { kind: 'error', url: state.url, message: t('analysisNotStored') };
  return withAnalysis(state, stored.analysis);
}

/** A stored ready state with its analysis, as the popup shows it. */
export function withAnalysis(state: StoredReady, analysis: Analysis): ReadyState {
  const ready: ReadyState = { kind: 'ready', url: state.url, title: state.title, textHash: state.textHash, analysis };
  if (state.changedSince) ready.changedSince = state.changedSince;
  return ready;
}

/** A ready state as stored: its analysis by the key it is stored under. */
export function byReference(state: ReadyState, analysisKey: string): StoredReady {
  const stored: StoredReady = { kind: 'ready', url: state.url, title: state.title, textHash: state.textHash, analysisKey };
  if (state.changedSince) stored.changedSince = state.changedSince;
  return stored;
}

interface IndexEntry {
  key: string;
  bytes: number;
  /** The tabs whose ready state names this analysis: it is not evicted while there is one. */
  tabs: number[];
}

/** One change of the index, with the records written and removed alongside it. */
interface Change {
  entries: IndexEntry[];
  write?: Fields;
  remove?: string[];
  /** The analysis this change writes: it is not written when there is no room for it. */
  added?: string;
  /** A tab needs `added`: no room for it is a StorageFullError, not a quiet miss. */
  mustFit?: boolean;
}

/** The stored analyses, their index and the tab states that point into it: one object, so that
 *  a tab's state and the pin on its analysis change together, one change at a time. */
export class SessionStore {
  /** Index updates are read-modify-write: run them one at a time so none is lost. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly area: SessionArea,
    private readonly limit = ANALYSIS_CACHE_LIMIT,
    private readonly budget = ANALYSIS_BUDGET,
  ) {}

  /** The tab's state with its analysis. */
  async get(tabId: number): Promise<TabState | undefined> {
    return tabStateFromRecord(this.area, await readOrNothing(this.area, tabKey(tabId)));
  }

  /** The tab's state as stored (a ready state names its analysis): for checks that need no analysis. */
  async stored(tabId: number): Promise<StoredTabState | undefined> {
    return storedStateFromRecord(await readOrNothing(this.area, tabKey(tabId)));
  }

  /** A ready tab's state with the text and blocks its analysis was read from (for saving it). */
  async content(tabId: number): Promise<{ state: ReadyState; text: string; blocks?: Block[] } | undefined> {
    const state = await this.stored(tabId);
    if (state?.kind !== 'ready') return undefined;
    const stored = await readAnalysis(this.area, state.analysisKey);
    if (!stored) return undefined;
    return { state: withAnalysis(state, stored.analysis), text: stored.text, ...(stored.blocks ? { blocks: stored.blocks } : {}) };
  }

  /** Any state but 'ready' (which needs its analysis stored: setReady). */
  async set(tabId: number, state: Exclude<TabState, ReadyState>): Promise<void> {
    await this.change((entries) => ({ entries: unpin(entries, tabId), write: { [tabKey(tabId)]: record(state) } }));
  }

  /** A ready state pointing at its analysis, stored under `state.analysisKey`; `packed` is written
   *  there when it is not stored yet. Throws StorageFullError when it cannot be kept: the caller
   *  then stores an error state instead. */
  async setReady(tabId: number, state: StoredReady, packed?: PackedAnalysis): Promise<void> {
    const key = state.analysisKey;
    if (!ANALYSIS_KEY.test(key)) throw new Error(`not an analysis key: ${key.slice(0, 80)}`);
    await this.change(async (before) => {
      const others = unpin(before, tabId);
      const found = others.find((e) => e.key === key);
      const existing = found && current(await readOrNothing(this.area, key))?.['analysis'];
      // Stored already (by this engine): only the pin changes.
      const stored = isPackedAnalysis(existing) && (!packed || existing.engine === packed.engine);
      const write: Fields = { [tabKey(tabId)]: record(state) };
      let bytes = found?.bytes ?? 0;
      if (!stored) {
        if (!packed) throw new Error(`no analysis stored under ${key}`);
        write[key] = { schemaVersion: STORAGE_SCHEMA_VERSION, analysis: packed };
        bytes = key.length + JSON.stringify(write[key]).length;
      }
      const entry: IndexEntry = { key, bytes, tabs: [...(found?.tabs ?? []), tabId] };
      const entries = [entry, ...others.filter((e) => e.key !== key)];
      return stored ? { entries, write } : { entries, write, added: key, mustFit: true };
    });
  }

  async delete(tabId: number): Promise<void> {
    await this.change((entries) => ({ entries: unpin(entries, tabId), remove: [tabKey(tabId)] }));
  }

  /** The analysis of this text read with these blocks, if stored; it becomes the most recent. */
  async cached(textHash: string, blocksHash: string): Promise<StoredAnalysis | undefined> {
    const key = analysisKey(textHash, blocksHash);
    const stored = await readAnalysis(this.area, key);
    if (!stored) return undefined;
    await this.change(async (entries) => {
      const entry = entries.find((e) => e.key === key);
      return { entries: entry ? [entry, ...entries.filter((e) => e !== entry)] : entries };
    });
    return stored;
  }

  /** Keeps an analysis no tab shows (yet), as the most recent; dropped first when room is short. */
  async keep(key: string, packed: PackedAnalysis): Promise<void> {
    if (!ANALYSIS_KEY.test(key)) throw new Error(`not an analysis key: ${key.slice(0, 80)}`);
    const value = { schemaVersion: STORAGE_SCHEMA_VERSION, analysis: packed };
    const bytes = key.length + JSON.stringify(value).length;
    await this.change(async (entries) => {
      const found = entries.find((e) => e.key === key);
      const entry: IndexEntry = { key, bytes, tabs: found?.tabs ?? [] };
      return { entries: [entry, ...entries.filter((e) => e.key !== key)], write: { [key]: value }, added: key };
    });
  }

  /** The index, most recent first; a corrupt index reads as empty (its analyses are then orphans
   *  until the browser ends the session, which is when storage.session is cleared anyway). */
  async entries(): Promise<IndexEntry[]> {
    const index = current(await readOrNothing(this.area, ANALYSIS_INDEX_KEY));
    const raw = Array.isArray(index?.['entries']) ? (index['entries'] as unknown[]) : [];
    const seen = new Set<string>();
    const out: IndexEntry[] = [];
    for (const item of raw) {
      const entry = fields(item);
      const key = entry?.['key'];
      const bytes = entry?.['bytes'];
      const tabs = entry?.['tabs'];
      if (!isString(key) || !ANALYSIS_KEY.test(key) || !isNumber(bytes) || seen.has(key)) continue;
      if (!Array.isArray(tabs) || !tabs.every(isTabId)) continue;
      seen.add(key);
      out.push({ key, bytes, tabs: [...new Set(tabs)] });
    }
    return out;
  }

  private change(update: (entries: IndexEntry[]) => Change | Promise<Change>): Promise<void> {
    const run = this.queue.then(async () => {
      const { entries, write: wanted = {}, remove = [], added, mustFit = false } = await update(await this.entries());
      const { kept, evicted } = this.evict(entries, added);
      const full = (cause?: unknown) => new StorageFullError(t('storageFullTab', String(kept.filter((e) => e.tabs.length > 0).length)), { cause });
      const noRoom = added !== undefined && evicted.some((e) => e.key === added);
      if (noRoom && mustFit) throw full();
      const write = noRoom ? Object.fromEntries(Object.entries(wanted).filter(([key]) => key !== added)) : wanted;
      // Remove before writing the new index: if the worker dies in between, the index names a
      // missing key (read as a miss), rather than a key that no index names (a leak).
      const gone = [...remove, ...evicted.map((e) => e.key)];
      if (gone.length > 0) await this.area.remove(gone);
      try {
        await this.area.set({ ...write, [ANALYSIS_INDEX_KEY]: { schemaVersion: STORAGE_SCHEMA_VERSION, entries: kept } });
      } catch (error) {
        // The real quota, when others' data (or our tab records) leave less than the budget.
        if (isQuotaError(error)) throw full(error);
        throw error;
      }
    });
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** Least recently used first, analyses no tab shows go while there are too many of them or all
   *  together pass the budget. Analyses tabs show stay, even over the budget, except the one this
   *  change adds: there is no room for that one. */
  private evict(entries: IndexEntry[], added: string | undefined): { kept: IndexEntry[]; evicted: IndexEntry[] } {
    let total = entries.reduce((sum, e) => sum + e.bytes, 0);
    let unpinned = entries.filter((e) => e.tabs.length === 0).length;
    const evicted = new Set<IndexEntry>();
    for (let i = entries.length - 1; i >= 0 && (total > this.budget || unpinned > this.limit); i--) {
      const entry = entries[i];
      if (!entry || entry.tabs.length > 0) continue;
      evicted.add(entry);
      total -= entry.bytes;
      unpinned -= 1;
    }
    const newest = entries.find((e) => e.key === added);
    if (total > this.budget && newest && !evicted.has(newest)) evicted.add(newest);
    return { kept: entries.filter((e) => !evicted.has(e)), evicted: entries.filter((e) => evicted.has(e)) };
  }
}

function unpin(entries: IndexEntry[], tabId: number): IndexEntry[] {
  return entries.map((e) => (e.tabs.includes(tabId) ? { ...e, tabs: e.tabs.filter((id) => id !== tabId) } : e));
}

function record(state: StoredTabState): Fields {
  return { schemaVersion: STORAGE_SCHEMA_VERSION, state };
}

