// The provider library's layout in `storage.local` (durable across browser restarts and updates):
//
//   lib:meta          → { schemaVersion }
//   lib:entry:<id>    → StoredEntry, one key per saved policy: what the person gave (name, page,
//                       dates), the grade for listing, and the packed analysis with the policy's
//                       text inside (stored-analysis.ts: the text once, sentences as offsets)
//
// One key per entry, so two popups saving at once each write only their own key, and a failed
// write (quota) cannot take an existing entry with it. Reads check every entry and skip what does
// not fit, with a warning: a corrupt entry costs that entry, never the whole library.
import type { Analysis, AnalysisInput, Block, Grade } from '../engine/types.ts';
import { isAnalysis } from './analysis-shape.ts';
import { isPackedAnalysis, packAnalysis, unpackAnalysis, type PackedAnalysis } from './stored-analysis.ts';

export const LIBRARY_SCHEMA_VERSION = 3;
/** The export file's own format: entries with their text (analyses are redone on import, so a
 *  new engine does not change it). */
export const EXPORT_SCHEMA_VERSION = 1;
export const LIBRARY_META_KEY = 'lib:meta';
export const ENTRY_KEY_PREFIX = 'lib:entry:';
export const entryKey = (id: string): string => `${ENTRY_KEY_PREFIX}${id}`;
/** Where version 0 kept the whole library, as one array. */
export const V0_LIBRARY_KEY = 'library';

/** A saved policy with its text and analysis, as the library hands it out (and exports it). */
export interface LibraryEntry {
  id: string;
  name: string;
  url: string;
  savedAt: string;
  /** sha-256 hex of `text`. */
  textHash: string;
  text: string;
  analysis: Analysis;
  builtIn: boolean;
  /** The date the policy states for itself, YYYY-MM-DD. */
  date?: string;
}

/** A saved policy as stored (schema 3). */
export interface StoredEntry {
  id: string;
  name: string;
  url: string;
  savedAt: string;
  date?: string;
  textHash: string;
  builtIn: false;
  /** The analysis's grade, so that listing the library unpacks nothing. */
  grade: Grade | null;
  packed: PackedAnalysis;
}

/** The part of `browser.storage.local` used here; tests pass an in-memory one. */
export interface StorageArea {
  get(keys: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

export type Checked<T> = { ok: true; value: T } | { ok: false; reason: string };

type Fields = Record<string, unknown>;

function fields(value: unknown): Fields | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Fields) : undefined;
}

const SHA256_HEX = /^[0-9a-f]{64}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
export const MAX_NAME_LENGTH = 200;
export const MAX_ID_LENGTH = 200;

export const isIsoTime = (value: unknown): value is string => typeof value === 'string' && !Number.isNaN(Date.parse(value));

function text(f: Fields, key: string, max = Infinity): string {
  const value = f[key];
  if (typeof value !== 'string') throw new Error(`${key} must be a string`);
  if (value.length > max) throw new Error(`${key} is longer than ${max} characters`);
  return value;
}

/** The fields a person's entry carries besides its text and analysis, checked one by one so the
 *  reason names the first that is wrong. Shared by stored entries, v0 entries and imports. */
export function checkHeader(value: unknown): Checked<{ id: string; name: string; url: string; savedAt: string; date?: string }> {
  const f = fields(value);
  if (!f) return { ok: false, reason: 'not an object' };
  try {
    const id = text(f, 'id', MAX_ID_LENGTH);
    if (id === '') throw new Error('id must not be empty');
    const name = text(f, 'name', MAX_NAME_LENGTH).trim();
    if (name === '') throw new Error('name must not be blank');
    const url = text(f, 'url');
    if (!isIsoTime(f['savedAt'])) throw new Error('savedAt must be an ISO date-time');
    const date = f['date'];
    if (date !== undefined && !(typeof date === 'string' && DATE.test(date))) throw new Error('date must be YYYY-MM-DD');
    const header = { id, name, url, savedAt: f['savedAt'] };
    return { ok: true, value: date === undefined ? header : { ...header, date } };
  } catch (error) {
    return { ok: false, reason: (error as Error).message };
  }
}

/** A person's entry as schema 2 stored it, whole: the header plus its text, hash and analysis. */
export function checkEntry(value: unknown): Checked<LibraryEntry> {
  const header = checkHeader(value);
  if (!header.ok) return header;
  const f = fields(value) as Fields;
  if (typeof f['text'] !== 'string') return { ok: false, reason: 'text must be a string' };
  if (typeof f['textHash'] !== 'string' || !SHA256_HEX.test(f['textHash'])) return { ok: false, reason: 'textHash must be a sha-256 hex digest' };
  if (!isAnalysis(f['analysis'])) return { ok: false, reason: 'analysis is missing or from another version' };
  if (f['builtIn'] !== false) return { ok: false, reason: 'a stored entry cannot be built-in' };
  return { ok: true, value: { ...header.value, text: f['text'], textHash: f['textHash'], analysis: f['analysis'], builtIn: false } };
}

const GRADES: readonly unknown[] = ['A', 'B', 'C', 'D', 'E', null];

/** A person's entry as stored now (schema 3): the header, its grade and its packed analysis. */
export function checkStoredEntry(value: unknown): Checked<StoredEntry> {
  const header = checkHeader(value);
  if (!header.ok) return header;
  const f = fields(value) as Fields;
  if (typeof f['textHash'] !== 'string' || !SHA256_HEX.test(f['textHash'])) return { ok: false, reason: 'textHash must be a sha-256 hex digest' };
  if (!GRADES.includes(f['grade'])) return { ok: false, reason: 'grade must be A to E or null' };
  if (!isPackedAnalysis(f['packed'])) return { ok: false, reason: 'packed analysis is missing or from another version' };
  if (f['builtIn'] !== false) return { ok: false, reason: 'a stored entry cannot be built-in' };
  return { ok: true, value: { ...header.value, textHash: f['textHash'], builtIn: false, grade: f['grade'] as Grade | null, packed: f['packed'] } };
}

/** An entry as storage.local may hold it: packed (schema 3), or whole (schema 2) when moving it
 *  to the packed form failed. Both are read; neither is ever dropped. */
export type ReadableEntry = { layout: 'packed'; stored: StoredEntry } | { layout: 'whole'; entry: LibraryEntry };

export function readEntry(value: unknown): Checked<ReadableEntry> {
  const packed = checkStoredEntry(value);
  if (packed.ok) return { ok: true, value: { layout: 'packed', stored: packed.value } };
  if (fields(value)?.['packed'] !== undefined) return packed;
  const whole = checkEntry(value);
  return whole.ok ? { ok: true, value: { layout: 'whole', entry: whole.value } } : whole;
}

/** The engine that wrote an entry's analysis; null when unknown (a whole, schema-2 entry). */
export const engineOf = (entry: ReadableEntry): string | null => (entry.layout === 'packed' ? entry.stored.packed.engine : null);

export const idOf = (entry: ReadableEntry): string => (entry.layout === 'packed' ? entry.stored.id : entry.entry.id);

/** Packs an entry for storage: its analysis (and the blocks it was read with) with the engine that wrote it. */
export async function packEntry(entry: LibraryEntry, blocks: Block[] | undefined, engine: string | null): Promise<StoredEntry> {
  const { id, name, url, savedAt, date, textHash, text, analysis } = entry;
  const packed = await packAnalysis(blocks ? { text, blocks, analysis } : { text, analysis }, engine);
  const stored: StoredEntry = { id, name, url, savedAt, textHash, builtIn: false, grade: analysis.rating.grade, packed };
  if (date !== undefined) stored.date = date;
  return stored;
}

/** An entry with its text and analysis, and the blocks its analysis was read with. Throws, with
 *  a reason, when the packed analysis cannot be read. */
export async function unpackEntry(entry: ReadableEntry): Promise<{ entry: LibraryEntry; blocks?: Block[] }> {
  if (entry.layout === 'whole') return { entry: entry.entry };
  const { id, name, url, savedAt, date, textHash } = entry.stored;
  const { text, blocks, analysis } = await unpackAnalysis(entry.stored.packed);
  const out: LibraryEntry = { id, name, url, savedAt, textHash, text, analysis, builtIn: false };
  if (date !== undefined) out.date = date;
  return blocks ? { entry: out, blocks } : { entry: out };
}

/** What a migration gets: the area to rewrite, a way to report what it could not move, and the
 *  text hash (older layouts may not have stored one). */
export interface MigrationContext {
  area: StorageArea;
  warn: (message: string) => void;
  hash: (text: string) => Promise<string>;
  /** The current engine: entries whose stored analysis an older engine wrote are re-read. */
  analyze: (input: AnalysisInput) => Analysis;
}

export type Migration = (context: MigrationContext) => Promise<void>;

/** From version N (the key) to N+1. Each writes its new layout before removing the old one, so
 *  a worker stopped half-way re-runs it on the next read and loses nothing. */
export const migrations: Record<number, Migration> = {
  // v0 kept every entry in one array under `library`; v1 gives each its own key.
  0: async ({ area, warn, hash }) => {
    const items = await area.get(V0_LIBRARY_KEY);
    const old = items[V0_LIBRARY_KEY];
    if (old === undefined) return;
    if (!Array.isArray(old)) {
      warn(`The old library (key "${V0_LIBRARY_KEY}") is not a list; left as it was.`);
      return;
    }
    const writes: Record<string, unknown> = {};
    let unreadable = 0;
    for (const [index, item] of old.entries()) {
      const f = fields(item);
      const textHash = typeof f?.['text'] === 'string' && typeof f['textHash'] !== 'string' ? await hash(f['text']) : f?.['textHash'];
      const entry = checkEntry({ ...f, textHash, builtIn: false });
      if (!entry.ok) {
        unreadable += 1;
        warn(`Old library entry ${index} could not be moved: ${entry.reason}`);
        continue;
      }
      writes[entryKey(entry.value.id)] = entry.value;
    }
    await area.set(writes);
    // Keep the old array while anything in it could not be moved: it is the only copy.
    if (unreadable === 0) await area.remove(V0_LIBRARY_KEY);
  },
  // v2: analyses carry claims (analysis schema 2) instead of facts. Each entry's own text is
  // analysed again; the person's name, date and saving time are kept. An entry that cannot be
  // read stays as it was (and is skipped with a warning when listed): it is never deleted.
  1: async ({ area, warn, analyze }) => {
    const items = await area.get(null);
    const writes: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(items)) {
      if (!key.startsWith(ENTRY_KEY_PREFIX)) continue;
      const f = fields(item);
      if (!f || fields(f['analysis'])?.['schemaVersion'] === 2) continue;
      if (typeof f['text'] !== 'string') {
        warn(`Saved entry ${key} has no text to analyse again; left as it was.`);
        continue;
      }
      const entry = checkEntry({ ...f, analysis: analyze({ text: f['text'] }) });
      if (!entry.ok) {
        warn(`Saved entry ${key} could not be upgraded: ${entry.reason}`);
        continue;
      }
      writes[key] = entry.value;
    }
    if (Object.keys(writes).length > 0) await area.set(writes);
  },
  // v3: each entry packed (stored-analysis.ts): its text once, sentences as offsets into it,
  // compressed; 4.4–6.3× the policy's text before, 0.95–1.33× after on the five seeds. The
  // analysis moves as it is, its engine unknown (null), so the library then reads it again with
  // the current engine. One write per entry: an entry that cannot be moved stays whole, is still
  // read, and is never deleted.
  2: async ({ area, warn }) => {
    const items = await area.get(null);
    for (const [key, item] of Object.entries(items)) {
      if (!key.startsWith(ENTRY_KEY_PREFIX) || checkStoredEntry(item).ok) continue;
      const entry = checkEntry(item);
      if (!entry.ok) {
        warn(`Saved entry ${key} could not be moved to the new layout: ${entry.reason}; left as it was.`);
        continue;
      }
      try {
        await area.set({ [key]: await packEntry(entry.value, undefined, null) });
      } catch (error) {
        warn(`Saved entry ${key} could not be moved to the new layout (${error instanceof Error ? error.message : String(error)}); it is read as it was.`);
      }
    }
  },
};

/** The schema version stored in `lib:meta`; 0 for a library from before `lib:meta` existed. */
export function storedVersion(meta: unknown): number | undefined {
  if (meta === undefined) return 0;
  const version = fields(meta)?.['schemaVersion'];
  return typeof version === 'number' && Number.isInteger(version) && version >= 0 ? version : undefined;
}

/** Brings the area up to LIBRARY_SCHEMA_VERSION. A version newer than this build is left alone
 *  (a downgraded extension must not rewrite its successor's data). */
export async function migrate(context: MigrationContext): Promise<void> {
  const { area, warn } = context;
  const version = storedVersion((await area.get(LIBRARY_META_KEY))[LIBRARY_META_KEY]);
  if (version === undefined) {
    warn('The library version record is unreadable; entries are read as they are.');
    return;
  }
  if (version > LIBRARY_SCHEMA_VERSION) {
    warn(`The library was written by a newer PolicyLens (schema ${version}); entries this version cannot read are skipped.`);
    return;
  }
  for (let v = version; v < LIBRARY_SCHEMA_VERSION; v += 1) {
    const step = migrations[v];
    if (!step) throw new Error(`no library migration from version ${v}`);
    await step(context);
    await area.set({ [LIBRARY_META_KEY]: { schemaVersion: v + 1 } });
  }
}
