// The session store: the stored analyses, their index and the tab states that point into it,
// changed one at a time, with eviction and the schema 2 → 3 upgrade (records: ./storage.ts).
//
// The quota (10 MB in Chrome) is kept by design: an analysis a tab shows is never evicted, the
// others go least recently used first once there are more than ANALYSIS_CACHE_LIMIT of them or
// all analyses together pass ANALYSIS_BUDGET. A tab whose analysis cannot be kept gets a
// StorageFullError, which the caller turns into an error state the person sees.
import type { Analysis, Block } from '../engine/types.ts';
import { t } from './i18n.ts';
import type { PopupView } from './popup-view.ts';
import type { TabState } from './protocol.ts';
import {
  ANALYSIS_BUDGET, ANALYSIS_CACHE_LIMIT, ANALYSIS_INDEX_KEY, ANALYSIS_KEY, STORAGE_SCHEMA_VERSION, StorageFullError, analysisKey, analysisRecord, current, fields,
  isNumber, isQuotaError, isString, isTabId, readAnalysis, readOrNothing, storedStateFromRecord, tabKey, tabStateFromRecord, withAnalysis,
  type AnalysisRecord, type Fields, type ReadyState, type SessionArea, type StoredAnalysis, type StoredReady, type StoredTabState,
} from './storage.ts';
import { isPackedAnalysis, unpackAnalysis } from './stored-analysis.ts';

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
