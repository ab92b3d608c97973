// What the background keeps in `storage.session`: MV3 service workers (and Firefox event pages)
// are stopped when idle, so per-tab state and the analysis cache live here, not in memory.
//
//   tab:<tabId>        → { schemaVersion, state: TabState }
//   analysis:<sha256>  → { schemaVersion, blocksHash, analysis }   (sha-256 of the policy text)
//   analysis-index     → { schemaVersion, entries: [{ hash, bytes }] }, most recently used first
//
// Reads validate the shape and treat anything unknown (an older schema, a half-written record)
// as absent: a corrupt entry costs one re-analysis, never an exception in the worker.
import type { Analysis, Grade } from '../engine/types.ts';
import type { PolicyLink, TabState } from './protocol.ts';

export const STORAGE_SCHEMA_VERSION = 1;
/** How many analyses the cache keeps. */
export const ANALYSIS_CACHE_LIMIT = 20;
/** And how much of the 10 MB storage.session quota they may take (JSON characters), leaving
 *  room for the per-tab states, which carry their own copy of a ready tab's analysis. */
export const ANALYSIS_CACHE_BUDGET = 4_000_000;

export const ANALYSIS_INDEX_KEY = 'analysis-index';
export const tabKey = (tabId: number): string => `tab:${tabId}`;
export const analysisKey = (hash: string): string => `analysis:${hash}`;

/** The part of `browser.storage.session` used here; tests pass an in-memory one. */
export interface SessionArea {
  get(keys: string | string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

type Fields = Record<string, unknown>;

function fields(value: unknown): Fields | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Fields) : undefined;
}

const isString = (value: unknown): value is string => typeof value === 'string';
const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
const SHA256_HEX = /^[0-9a-f]{64}$/;
const GRADES: readonly Grade[] = ['A', 'B', 'C', 'D', 'E'];

function isPolicyLinks(value: unknown): value is PolicyLink[] {
  return Array.isArray(value) && value.every((link) => isString(fields(link)?.['href']) && isString(fields(link)?.['text']));
}

/** A shape check, not a full schema walk: only this extension writes storage.session, so what can
 *  go wrong is a record from an older build, which the engine's schemaVersion catches. */
export function isAnalysis(value: unknown): value is Analysis {
  const a = fields(value);
  const rating = fields(a?.['rating']);
  return (
    a?.['schemaVersion'] === 2 &&
    (a['language'] === 'en' || a['language'] === 'unsupported') &&
    isNumber(a['textLength']) &&
    Array.isArray(a['sentences']) &&
    Array.isArray(a['summary']) &&
    fields(a['claims']) !== undefined &&
    (rating?.['grade'] === null || GRADES.includes(rating?.['grade'] as Grade)) &&
    (rating?.['score'] === null || isNumber(rating?.['score'])) &&
    Array.isArray(rating?.['reasons'])
  );
}

export function isTabState(value: unknown): value is TabState {
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
      return isString(s['title']) && isString(s['textHash']) && isAnalysis(s['analysis']);
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

/** The state a stored `tab:<id>` record holds; undefined for an absent, older or broken record.
 *  The popup reads records itself (on storage.onChanged), so it checks them with this too. */
export function tabStateFromRecord(record: unknown): TabState | undefined {
  const state = current(record)?.['state'];
  return isTabState(state) ? state : undefined;
}

/** Per-tab state, one key per tab. */
export class TabStates {
  constructor(private readonly area: SessionArea) {}

  async get(tabId: number): Promise<TabState | undefined> {
    return tabStateFromRecord(await readOrNothing(this.area, tabKey(tabId)));
  }

  async set(tabId: number, state: TabState): Promise<void> {
    await this.area.set({ [tabKey(tabId)]: { schemaVersion: STORAGE_SCHEMA_VERSION, state } });
  }

  async delete(tabId: number): Promise<void> {
    await this.area.remove(tabKey(tabId));
  }
}

interface IndexEntry {
  hash: string;
  bytes: number;
}

/** Analyses by the sha-256 of their text. `blocksHash` tells apart the same text analysed with
 *  different block structure (from a page vs. pasted), which can segment differently. */
export class AnalysisCache {
  /** Index updates are read-modify-write: run them one at a time so none is lost. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly area: SessionArea,
    private readonly limit = ANALYSIS_CACHE_LIMIT,
    private readonly budget = ANALYSIS_CACHE_BUDGET,
  ) {}

  async get(hash: string, blocksHash: string): Promise<Analysis | undefined> {
    const record = current(await readOrNothing(this.area, analysisKey(hash)));
    if (record?.['blocksHash'] !== blocksHash || !isAnalysis(record['analysis'])) return undefined;
    const analysis = record['analysis'];
    await this.serially(async (entries) => {
      const entry = entries.find((e) => e.hash === hash);
      return entry ? { entries: [entry, ...entries.filter((e) => e !== entry)] } : { entries };
    });
    return analysis;
  }

  async put(hash: string, blocksHash: string, analysis: Analysis): Promise<void> {
    if (!SHA256_HEX.test(hash)) throw new Error(`not a sha-256 hex digest: ${hash.slice(0, 80)}`);
    const bytes = JSON.stringify(analysis).length;
    if (bytes > this.budget) return;
    await this.serially(async (entries) => ({
      entries: [{ hash, bytes }, ...entries.filter((e) => e.hash !== hash)],
      write: { [analysisKey(hash)]: { schemaVersion: STORAGE_SCHEMA_VERSION, blocksHash, analysis } },
    }));
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
      const hash = entry?.['hash'];
      const bytes = entry?.['bytes'];
      if (!isString(hash) || !SHA256_HEX.test(hash) || !isNumber(bytes) || seen.has(hash)) continue;
      seen.add(hash);
      out.push({ hash, bytes });
    }
    return out;
  }

  private serially(update: (entries: IndexEntry[]) => Promise<{ entries: IndexEntry[]; write?: Fields }>): Promise<void> {
    const run = this.queue.then(async () => {
      const { entries, write } = await update(await this.entries());
      const kept: IndexEntry[] = [];
      let total = 0;
      for (const entry of entries) {
        if (kept.length >= this.limit || total + entry.bytes > this.budget) break;
        kept.push(entry);
        total += entry.bytes;
      }
      const evicted = entries.slice(kept.length).map((e) => analysisKey(e.hash));
      // Remove before writing the new index: if the worker dies in between, the index names a
      // missing key (read as a miss), rather than a key that no index names (a leak).
      if (evicted.length > 0) await this.area.remove(evicted);
      await this.area.set({ ...write, [ANALYSIS_INDEX_KEY]: { schemaVersion: STORAGE_SCHEMA_VERSION, entries: kept } });
    });
    this.queue = run.catch(() => undefined);
    return run;
  }
}

async function readOrNothing(area: SessionArea, key: string): Promise<unknown> {
  const items = await area.get(key);
  return Object.hasOwn(items, key) ? items[key] : undefined;
}
