// What the library says about one entry without the Library itself: its summary line, its page,
// and what changed since it was saved. Used by library.ts and by the background's handlers.
import { diffPolicies } from '../engine/diff/index.ts';
import type { Analysis } from '../engine/types.ts';
import type { LibraryEntry, ReadableEntry } from './library-schema.ts';
import type { ChangedSince, LibraryEntrySummary, Snapshot } from './protocol.ts';

/** The page a URL names, without its #fragment (a table-of-contents link is the same policy). */
export function pageOf(url: string): string {
  const hash = url.indexOf('#');
  return hash < 0 ? url : url.slice(0, hash);
}

export function summaryOf(entry: LibraryEntry & { snapshot?: Snapshot }): LibraryEntrySummary {
  const summary: LibraryEntrySummary = {
    id: entry.id, name: entry.name, url: entry.url, savedAt: entry.savedAt, builtIn: entry.builtIn, grade: entry.analysis.rating.grade,
  };
  if (entry.date !== undefined) summary.date = entry.date;
  if (entry.snapshot !== undefined) summary.snapshot = entry.snapshot;
  return summary;
}

/** What changed since the person saved this page's policy, or undefined when nothing did. A
 *  different hash is only a hint (whitespace or a reflowed line changes it too): diffPolicies decides. */
export function changeSince(saved: LibraryEntry | undefined, current: { text: string; textHash: string; analysis: Analysis }): ChangedSince | undefined {
  if (!saved || saved.textHash === current.textHash) return undefined;
  const diff = diffPolicies({ text: saved.text, analysis: saved.analysis }, { text: current.text, analysis: current.analysis });
  if (!diff.changed) return undefined;
  return {
    entryId: saved.id,
    name: saved.name,
    savedAt: saved.savedAt,
    summaryChanges: diff.summaryChanges.map(({ id, text, flag }) => ({ id, text, flag })),
    added: diff.addedSentences.length,
    removed: diff.removedSentences.length,
  };
}

/** What listing an entry needs, read without unpacking it. */
export function header(entry: ReadableEntry): LibraryEntrySummary {
  if (entry.layout === 'whole') return summaryOf(entry.entry);
  const { id, name, url, savedAt, date, grade } = entry.stored;
  const summary: LibraryEntrySummary = { id, name, url, savedAt, builtIn: false, grade };
  if (date !== undefined) summary.date = date;
  return summary;
}

export const textHashOf = (entry: ReadableEntry): string => (entry.layout === 'packed' ? entry.stored.textHash : entry.entry.textHash);
