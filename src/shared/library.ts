// The provider library: the five seed providers (built in, analysed on first use) and every
// policy a person saved. Storage layout and migrations: library-schema.ts. Nothing here throws
// on bad stored data — it is skipped with a warning — and nothing here deletes an entry except
// `delete`: saves, renames and imports write only their own entry's key.
//
// Every stored analysis records the engine that wrote it (engine-fingerprint.ts). When this
// build's engine is another one (the extension was updated, or an entry was moved from an older
// layout), the entry is read again from its own text (and the blocks its page gave), once, when
// the library is first used — runtime.onInstalled starts that on an update — so that a fixed
// claim reaches saved providers too. What the person gave (name, page, dates) is kept.
import type { Analysis, AnalysisInput, Block } from '../engine/types.ts';
import { ENGINE_FINGERPRINT } from './engine-fingerprint.ts';
import { header, pageOf, summaryOf, textHashOf } from './library-entry.ts';
import type { LibraryEntryContent, LibraryEntrySummary, Snapshot } from './protocol.ts';
import {
  ENTRY_KEY_PREFIX, EXPORT_SCHEMA_VERSION, MAX_ID_LENGTH, checkHeader, engineOf, entryKey, idOf, migrate, packEntry, readEntry, unpackEntry,
  type LibraryEntry, type ReadableEntry, type StorageArea,
} from './library-schema.ts';
import type { BuiltInReference } from './references.ts';
import { isQuotaError } from './storage.ts';
import { isPackedAnalysis, packAnalysis, unpackAnalysis } from './stored-analysis.ts';

/** A seed policy shipped with the extension (see seed-library.ts). */
export interface BuiltInSeed {
  id: string;
  name: string;
  url: string;
  date?: string;
  text: string;
}

export interface LibraryDeps {
  /** browser.storage.local */
  local: StorageArea;
  /** browser.storage.session: built-in analyses, redone at most once per browser session. */
  session: StorageArea;
  builtIns: readonly BuiltInSeed[];
  /** Well-known services' policies, shipped analysed (listed after the seeds). */
  references?: readonly BuiltInReference[];
  analyze: (input: AnalysisInput) => Analysis;
  /** sha-256 hex of a text. */
  hash: (text: string) => Promise<string>;
  /** The fingerprint of the engine `analyze` runs (this build's, unless a test says otherwise). */
  engine?: string;
  now?: () => Date;
  newId?: () => string;
}

export interface LibraryExport {
  schemaVersion: 1;
  exportedAt: string;
  entries: LibraryEntry[];
}

export interface ImportResult {
  imported: number;
  skipped: { index: number; reason: string }[];
}

/** A refusal meant for the person (shown as-is in the popup). */
export class LibraryError extends Error {}

export const BUILT_IN_PREFIX = 'builtin:';
const builtInAnalysisKey = (id: string): string => `lib:builtin-analysis:${id}`;
/** Characters of text one imported entry may have (the protocol's limit for page text). */
const MAX_IMPORTED_TEXT = 5 * 1024 * 1024;

export class Library {
  private readonly now: () => Date;
  private readonly newId: () => string;
  private readonly engine: string;
  private prepared: Promise<string[]> | undefined;
  /** Renames, deletes and re-readings read an entry and then write or remove it: one at a time,
   *  so a rename finishing after a delete cannot bring the entry back. */
  private changes: Promise<unknown> = Promise.resolve();
  /** When built-ins were first listed by this worker; they were never "saved" by anyone. */
  private readonly builtInTime: string;

  constructor(private readonly deps: LibraryDeps) {
    this.now = deps.now ?? (() => new Date());
    this.newId = deps.newId ?? (() => crypto.randomUUID());
    this.engine = deps.engine ?? ENGINE_FINGERPRINT;
    this.builtInTime = this.now().toISOString();
  }

  /** Runs the migrations, then reads again what an older engine wrote; once per instance (a
   *  worker's lifetime). Their warnings are reported with every list. */
  prepare(): Promise<string[]> {
    this.prepared ??= (async () => {
      const warnings: string[] = [];
      const warn = (message: string): void => void warnings.push(message);
      try {
        await migrate({ area: this.deps.local, warn, hash: this.deps.hash, analyze: this.deps.analyze });
      } catch (error) {
        warnings.push(`Library upgrade failed: ${error instanceof Error ? error.message : String(error)}`);
      }
      await this.reread(warn);
      return warnings;
    })();
    return this.prepared;
  }

  /** Every entry an older engine analysed, analysed again from its text by this one. An entry
   *  that cannot be (unreadable, or no room for its new analysis) keeps the analysis it has. */
  private async reread(warn: (message: string) => void): Promise<void> {
    const { entries } = await this.records();
    for (const stale of entries.filter((e) => engineOf(e) !== this.engine)) {
      const id = idOf(stale);
      await this.serially(async () => {
        const key = entryKey(id);
        const now = readEntry((await this.deps.local.get(key))[key]);
        if (!now.ok || engineOf(now.value) === this.engine) return;
        try {
          const { entry, blocks } = await unpackEntry(now.value);
          const analysis = this.deps.analyze(blocks ? { text: entry.text, blocks } : { text: entry.text });
          await this.write(await packEntry({ ...entry, analysis }, blocks, this.engine));
        } catch (error) {
          warn(`Saved entry ${key} could not be read again by this version: ${error instanceof Error ? error.message : String(error)}; it keeps its earlier analysis.`);
        }
      });
    }
  }

  /** Every readable saved entry as stored, newest first, and a warning for each that is not. */
  private async records(): Promise<{ entries: ReadableEntry[]; warnings: string[] }> {
    const items = await this.deps.local.get(null);
    const entries: ReadableEntry[] = [];
    const warnings: string[] = [];
    for (const [key, value] of Object.entries(items)) {
      if (!key.startsWith(ENTRY_KEY_PREFIX)) continue;
      const checked = readEntry(value);
      if (!checked.ok) warnings.push(`Skipped a saved entry (${key}): ${checked.reason}`);
      else if (entryKey(idOf(checked.value)) !== key) warnings.push(`Skipped a saved entry (${key}): its id does not match its key`);
      else entries.push(checked.value);
    }
    entries.sort((a, b) => header(b).savedAt.localeCompare(header(a).savedAt));
    return { entries, warnings };
  }

  /** Every readable saved entry with its text and analysis, newest first, and a warning for each
   *  that is not. */
  async saved(): Promise<{ entries: LibraryEntry[]; warnings: string[] }> {
    const warnings = [...(await this.prepare())];
    const records = await this.records();
    warnings.push(...records.warnings);
    const entries: LibraryEntry[] = [];
    for (const record of records.entries) {
      const unpacked = await unpackEntry(record).catch((error: unknown) => {
        warnings.push(`Skipped a saved entry (${entryKey(idOf(record))}): ${error instanceof Error ? error.message : String(error)}`);
        return undefined;
      });
      if (unpacked) entries.push(unpacked.entry);
    }
    return { entries, warnings };
  }

  private seed(id: string): BuiltInSeed | undefined {
    return this.deps.builtIns.find((seed) => BUILT_IN_PREFIX + seed.id === id);
  }

  private reference(id: string): BuiltInReference | undefined {
    return this.deps.references?.find((ref) => BUILT_IN_PREFIX + ref.id === id);
  }

  /** A reference ships its analysis and the sentences it cites, not the policy's text. */
  private referenceEntry(ref: BuiltInReference): LibraryEntry & { snapshot: Snapshot } {
    const entry: LibraryEntry & { snapshot: Snapshot } = {
      id: BUILT_IN_PREFIX + ref.id, name: ref.name, url: ref.url, savedAt: this.builtInTime, textHash: '', text: '', analysis: ref.analysis, builtIn: true,
      snapshot: ref.snapshot,
    };
    if (ref.date !== undefined) entry.date = ref.date;
    return entry;
  }

  /** A built-in with its analysis: from storage.session when this engine wrote it there, else
   *  analysed now and kept there (packed, like every stored analysis). */
  private async builtIn(seed: BuiltInSeed): Promise<LibraryEntry> {
    const key = builtInAnalysisKey(seed.id);
    const stored: Record<string, unknown> = await this.deps.session.get(key).catch(() => ({}));
    const cached = stored[key] as { textHash?: unknown; packed?: unknown } | undefined;
    let textHash: string | undefined;
    let analysis: Analysis | undefined;
    if (cached && typeof cached.textHash === 'string' && isPackedAnalysis(cached.packed) && cached.packed.engine === this.engine) {
      textHash = cached.textHash;
      analysis = await unpackAnalysis(cached.packed).then((u) => (u.text === seed.text ? u.analysis : undefined), () => undefined);
    }
    if (!textHash || !analysis) {
      textHash = await this.deps.hash(seed.text);
      analysis = this.deps.analyze({ text: seed.text });
      const packed = await packAnalysis({ text: seed.text, analysis }, this.engine);
      // A full session area only costs re-analysing next time.
      await this.deps.session.set({ [key]: { textHash, packed } }).catch(() => undefined);
    }
    const entry: LibraryEntry = {
      id: BUILT_IN_PREFIX + seed.id, name: seed.name, url: seed.url, savedAt: this.builtInTime, textHash, text: seed.text, analysis, builtIn: true,
    };
    if (seed.date !== undefined) entry.date = seed.date;
    return entry;
  }

  /** Built-ins first (seeds, then references), then saved entries, newest first. */
  async list(): Promise<{ entries: LibraryEntrySummary[]; warnings: string[] }> {
    const builtIns: (LibraryEntry & { snapshot?: Snapshot })[] = [];
    for (const seed of this.deps.builtIns) builtIns.push(await this.builtIn(seed));
    for (const ref of this.deps.references ?? []) builtIns.push(this.referenceEntry(ref));
    const warnings = [...(await this.prepare())];
    const records = await this.records();
    return { entries: [...builtIns.map(summaryOf), ...records.entries.map(header)], warnings: [...warnings, ...records.warnings] };
  }

  /** Writes only the new entry's own key: a failed write leaves every saved entry as it was.
   *  `blocks`: the page's structure the analysis was read with, kept for reading it again. */
  async save(input: { name: string; url: string; text: string; analysis: Analysis; blocks?: Block[]; date?: string }): Promise<LibraryEntry> {
    await this.prepare();
    const entry: LibraryEntry = {
      id: this.newId(),
      name: input.name.trim().slice(0, 200) || 'Untitled policy',
      url: input.url,
      savedAt: this.now().toISOString(),
      textHash: await this.deps.hash(input.text),
      text: input.text,
      analysis: input.analysis,
      builtIn: false,
    };
    if (input.date !== undefined) entry.date = input.date;
    await this.write(await packEntry(entry, input.blocks, this.engine));
    return entry;
  }

  async rename(id: string, name: string): Promise<LibraryEntry> {
    if (this.seed(id) || this.reference(id)) throw new LibraryError('Built-in providers cannot be renamed.');
    const trimmed = name.trim();
    if (trimmed === '') throw new LibraryError('A name cannot be blank.');
    return this.serially(async () => {
      const found = await this.find(id);
      // Only the name changes: the packed analysis is written back as it was.
      const renamed: ReadableEntry = found.layout === 'packed'
        ? { layout: 'packed', stored: { ...found.stored, name: trimmed } }
        : { layout: 'whole', entry: { ...found.entry, name: trimmed } };
      await this.write(renamed.layout === 'packed' ? renamed.stored : renamed.entry);
      return (await this.unpack(renamed)).entry;
    });
  }

  async delete(id: string): Promise<void> {
    if (this.seed(id) || this.reference(id)) throw new LibraryError('Built-in providers cannot be deleted.');
    await this.serially(async () => {
      await this.prepare();
      const key = entryKey(id);
      if ((await this.deps.local.get(key))[key] === undefined) throw new LibraryError('That entry is no longer in the library.');
      await this.deps.local.remove(key);
    });
  }

  private serially<T>(task: () => Promise<T>): Promise<T> {
    const run = this.changes.then(task, task);
    this.changes = run.catch(() => undefined);
    return run;
  }

  /** Entries with their text and analysis, for comparing; built-ins are analysed on demand. */
  async get(ids: readonly string[]): Promise<{ entries: LibraryEntryContent[]; missing: string[] }> {
    const entries: LibraryEntryContent[] = [];
    const missing: string[] = [];
    for (const id of ids) {
      const seed = this.seed(id);
      const ref = this.reference(id);
      const entry = seed
        ? await this.builtIn(seed)
        : ref
          ? this.referenceEntry(ref)
          : await this.find(id).then((found) => this.unpack(found)).then((u) => u.entry, () => undefined);
      if (!entry) missing.push(id);
      else entries.push({ id: entry.id, name: entry.name, text: entry.text, analysis: entry.analysis });
    }
    return { entries, missing };
  }

  /** The most recently saved entry for the page a URL names (fragment ignored). */
  async findByUrl(url: string): Promise<LibraryEntry | undefined> {
    await this.prepare();
    const page = pageOf(url);
    const { entries } = await this.records();
    for (const record of entries) {
      const { url: saved } = header(record);
      if (saved === '' || pageOf(saved) !== page) continue;
      const unpacked = await unpackEntry(record).catch(() => undefined);
      if (unpacked) return unpacked.entry;
    }
    return undefined;
  }

  async exportLibrary(): Promise<LibraryExport> {
    const { entries } = await this.saved();
    return { schemaVersion: EXPORT_SCHEMA_VERSION, exportedAt: this.now().toISOString(), entries };
  }

  /** Adds every valid entry of an export. Texts are re-analysed (the file's analyses are not
   *  trusted, and this build's engine may read them differently); an id already in use gets a new
   *  one; an entry whose page and text are already saved is skipped; nothing is overwritten. */
  async importLibrary(json: unknown): Promise<ImportResult> {
    const file = typeof json === 'object' && json !== null && !Array.isArray(json) ? (json as Record<string, unknown>) : undefined;
    if (!file) throw new LibraryError('This is not a PolicyLens library export.');
    if (file['schemaVersion'] !== EXPORT_SCHEMA_VERSION) {
      throw new LibraryError(`This export has schema version ${JSON.stringify(file['schemaVersion'])}; this PolicyLens reads version ${EXPORT_SCHEMA_VERSION}.`);
    }
    const list = file['entries'];
    if (!Array.isArray(list)) throw new LibraryError('This export has no list of entries.');
    await this.prepare();
    const { entries: existing } = await this.records();
    const ids = new Set(existing.map(idOf));
    const contents = new Set(existing.map((e) => `${pageOf(header(e).url)} ${textHashOf(e)}`));
    const result: ImportResult = { imported: 0, skipped: [] };
    for (const [index, item] of list.entries()) {
      const skip = (reason: string) => result.skipped.push({ index, reason });
      const checked = checkHeader(item);
      if (!checked.ok) {
        skip(checked.reason);
        continue;
      }
      const fields = item as Record<string, unknown>;
      const text = fields['text'];
      if (fields['builtIn'] === true) skip('built-in providers come with PolicyLens and are not imported');
      else if (typeof text !== 'string' || text.trim() === '') skip('text must be a non-empty string');
      else if (text.length > MAX_IMPORTED_TEXT) skip(`text is longer than ${MAX_IMPORTED_TEXT} characters`);
      else if (!/^https?:/.test(checked.value.url) && checked.value.url !== '') skip('url must be an http(s) URL or empty');
      else {
        const textHash = await this.deps.hash(text);
        const content = `${pageOf(checked.value.url)} ${textHash}`;
        if (contents.has(content)) {
          skip(`already in the library (${checked.value.name})`);
          continue;
        }
        let id = checked.value.id;
        if (ids.has(id) || id.startsWith(BUILT_IN_PREFIX) || id.length > MAX_ID_LENGTH) id = this.newId();
        const entry: LibraryEntry = { ...checked.value, id, textHash, text, analysis: this.deps.analyze({ text }), builtIn: false };
        try {
          await this.write(await packEntry(entry, undefined, this.engine));
        } catch (error) {
          skip(error instanceof Error ? error.message : String(error));
          continue;
        }
        ids.add(id);
        contents.add(content);
        result.imported += 1;
      }
    }
    return result;
  }

  private async find(id: string): Promise<ReadableEntry> {
    await this.prepare();
    const key = entryKey(id);
    const stored = (await this.deps.local.get(key))[key];
    if (stored === undefined) throw new LibraryError('That entry is no longer in the library.');
    const checked = readEntry(stored);
    if (!checked.ok) throw new LibraryError(`That entry cannot be read: ${checked.reason}`);
    return checked.value;
  }

  private async unpack(entry: ReadableEntry): Promise<{ entry: LibraryEntry; blocks?: Block[] }> {
    try {
      return await unpackEntry(entry);
    } catch (error) {
      throw new LibraryError(`That entry cannot be read: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  private async write(entry: { id: string; name: string }): Promise<void> {
    try {
      await this.deps.local.set({ [entryKey(entry.id)]: entry });
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      if (isQuotaError(error)) throw new LibraryError(`Not enough storage to save ${entry.name}: ${detail}`);
      throw error;
    }
  }
}
