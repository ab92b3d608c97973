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
// The quota (10 MB in Chrome) is kept by design: an analysis a tab shows is never evicted, the
// others go least recently used first once there are more than ANALYSIS_CACHE_LIMIT of them or
// all analyses together pass ANALYSIS_BUDGET. A tab whose analysis cannot be kept gets a
// StorageFullError, which the caller turns into an error state the person sees.
//
// Reads validate the shape and treat anything unknown (an older schema, a half-written record)
// as absent: a corrupt entry costs one re-analysis, never an exception in the worker. Chrome
// empties storage.session when the extension is updated; where a browser keeps it, the worker
// moves the previous schema's records up when it starts (upgradeSession).
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
export type StoredReady = Omit<ReadyState, 'analysis' | 'view'> & { analysisKey: string };
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

const analysisRecord = ({ packed, view }: AnalysisRecord): Fields => ({ schemaVersion: STORAGE_SCHEMA_VERSION, analysis: packed, view });

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
    private readonly area: ListableArea,
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
    return { state: withAnalysis(state, stored.analysis, stored.view), text: stored.text, ...(stored.blocks ? { blocks: stored.blocks } : {}) };
  }

  /** Any state but 'ready' (which needs its analysis stored: setReady). */
  async set(tabId: number, state: Exclude<TabState, ReadyState>): Promise<void> {
    await this.change((entries) => ({ entries: unpin(entries, tabId), write: { [tabKey(tabId)]: record(state) } }));
  }

  /** A ready state pointing at its analysis, stored under `state.analysisKey`; `record` is written
   *  there when it is not stored yet. Throws StorageFullError when it cannot be kept: the caller
   *  then stores an error state instead. */
  async setReady(tabId: number, state: StoredReady, stored?: AnalysisRecord): Promise<void> {
    const packed = stored?.packed;
    const key = state.analysisKey;
    if (!ANALYSIS_KEY.test(key)) throw new Error(`not an analysis key: ${key.slice(0, 80)}`);
    await this.change(async (before) => {
      const others = unpin(before, tabId);
      const found = others.find((e) => e.key === key);
      const existing = found && current(await readOrNothing(this.area, key))?.['analysis'];
      // Stored already (by this engine): only the pin changes.
      const there = isPackedAnalysis(existing) && (!packed || existing.engine === packed.engine);
      const write: Fields = { [tabKey(tabId)]: record(state) };
      let bytes = found?.bytes ?? 0;
      if (!there) {
        if (!stored) throw new Error(`no analysis stored under ${key}`);
        write[key] = analysisRecord(stored);
        bytes = key.length + JSON.stringify(write[key]).length;
      }
      const entry: IndexEntry = { key, bytes, tabs: [...(found?.tabs ?? []), tabId] };
      const entries = [entry, ...others.filter((e) => e.key !== key)];
      return there ? { entries, write } : { entries, write, added: key, mustFit: true };
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
  async keep(key: string, stored: AnalysisRecord): Promise<void> {
    if (!ANALYSIS_KEY.test(key)) throw new Error(`not an analysis key: ${key.slice(0, 80)}`);
    const value = analysisRecord(stored);
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

  /** Moves what the previous schema (2) stored up to this one, in the queue of changes: each
   *  analysis gets its view (`viewOf` needs the engine, so the worker passes it in), the tab
   *  records and the index keep their shape. A record that cannot be read is removed, as is a tab
   *  record naming it: that tab is analysed again when it is next shown. The index says whether
   *  there is anything to do, so this costs one read when there is not. */
  upgrade(viewOf: (analysis: Analysis) => PopupView): Promise<{ moved: number; dropped: number }> {
    const run = this.queue.then(() => upgradeSession(this.area, viewOf));
    this.queue = run.catch(() => undefined);
    return run;
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


/** A session area that can also list everything it holds (`get(null)`). */
export interface ListableArea extends SessionArea {
  get(keys: string | string[] | null): Promise<Record<string, unknown>>;
}

const PREVIOUS_SCHEMA_VERSION = 2;

/** Schema 2 → 3 (see SessionStore.upgrade, which runs this in its queue). */
async function upgradeSession(area: ListableArea, viewOf: (analysis: Analysis) => PopupView): Promise<{ moved: number; dropped: number }> {
  const index = fields(await readOrNothing(area, ANALYSIS_INDEX_KEY));
  if (index?.['schemaVersion'] !== PREVIOUS_SCHEMA_VERSION) return { moved: 0, dropped: 0 };
  const all = await area.get(null);
  const write: Fields = {};
  const dropped = new Set<string>();
  const relabel = (value: Fields): Fields => ({ ...value, schemaVersion: STORAGE_SCHEMA_VERSION });
  for (const [key, value] of Object.entries(all)) {
    const r = fields(value);
    if (r?.['schemaVersion'] !== PREVIOUS_SCHEMA_VERSION || !ANALYSIS_KEY.test(key)) continue;
    const packed = r['analysis'];
    const unpacked = isPackedAnalysis(packed) ? await unpackAnalysis(packed).catch(() => undefined) : undefined;
    if (!isPackedAnalysis(packed) || !unpacked) dropped.add(key);
    else write[key] = analysisRecord({ packed, view: viewOf(unpacked.analysis) });
  }
  for (const [key, value] of Object.entries(all)) {
    const r = fields(value);
    if (r?.['schemaVersion'] !== PREVIOUS_SCHEMA_VERSION || ANALYSIS_KEY.test(key)) continue;
    if (key === ANALYSIS_INDEX_KEY) {
      const entries = Array.isArray(r['entries']) ? r['entries'].filter((e) => !dropped.has(String(fields(e)?.['key']))) : [];
      write[key] = { ...relabel(r), entries };
    } else if (key.startsWith('tab:')) {
      const state = fields(r['state']);
      const names = state?.['kind'] === 'ready' ? String(state['analysisKey']) : undefined;
      if (names !== undefined && (dropped.has(names) || !Object.hasOwn(write, names))) dropped.add(key);
      else write[key] = relabel(r);
    }
  }
  if (dropped.size > 0) await area.remove([...dropped]);
  await area.set(write);
  return { moved: Object.keys(write).length, dropped: dropped.size };
}
