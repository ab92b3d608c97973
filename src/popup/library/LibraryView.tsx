// The provider library: built-in providers first, then what was saved. Pick entries to compare
// (with the current policy when there is one), rename or delete saved ones, export and import.
import { useEffect, useState } from 'preact/hooks';
import { ViewBar } from '../components/ViewBar.tsx';
import type { Analysis } from '../../engine/types.ts';
import type { LibraryEntrySummary } from '../../shared/protocol.ts';
import { CompareView } from '../compare/CompareView.tsx';
import { listLibrary } from './api.ts';
import { EntryRow } from './EntryRow.tsx';
import { ImportExport } from './ImportExport.tsx';

/** Columns the comparison table can show and still be read in a popup. */
export const MAX_COLUMNS = 4;

export interface CurrentPolicy {
  name: string;
  analysis: Analysis;
}

interface Props {
  current?: CurrentPolicy | undefined;
  /** Scrolls the tab to a sentence of the current policy (its evidence in the comparison). */
  onShowCurrent?: ((sentenceIndex: number) => void) | undefined;
  onClose: () => void;
}

export function LibraryView({ current, onShowCurrent, onClose }: Props) {
  const [entries, setEntries] = useState<LibraryEntrySummary[] | undefined>(undefined);
  const [warnings, setWarnings] = useState<string[]>([]);
  const [status, setStatus] = useState<{ ok: boolean; text: string }>({ ok: true, text: '' });
  const [selected, setSelected] = useState<string[]>([]);
  const [comparing, setComparing] = useState<string[] | undefined>(undefined);
  const [version, setVersion] = useState(0);

  useEffect(() => {
    let cancelled = false;
    listLibrary()
      .then((list) => {
        if (cancelled) return;
        setEntries(list.entries);
        setWarnings(list.warnings);
        setSelected((ids) => ids.filter((id) => list.entries.some((e) => e.id === id)));
      })
      .catch((error: unknown) => !cancelled && setStatus({ ok: false, text: error instanceof Error ? error.message : String(error) }));
    return () => {
      cancelled = true;
    };
  }, [version]);

  const reload = (message: string): void => {
    setStatus({ ok: true, text: message });
    setVersion((v) => v + 1);
  };
  const maxPicks = current ? MAX_COLUMNS - 1 : MAX_COLUMNS;
  const minPicks = current ? 1 : 2;

  if (comparing) return <CompareView current={current} onShowCurrent={onShowCurrent} ids={comparing} onBack={() => setComparing(undefined)} />;

  return (
    <section class="library" aria-labelledby="library-heading">
      <ViewBar headingId="library-heading" title="Provider library" backLabel="Back" onBack={onClose} />
      {warnings.length > 0 && (
        <ul class="warnings" aria-label="Library warnings">
          {warnings.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      )}
      <p class={status.ok ? 'library-status' : 'library-status problem'} role="status">
        {status.text}
      </p>
      {entries === undefined ? (
        <p class="note">Loading the library…</p>
      ) : (
        <>
          <p class="note">
            {current
              ? `Pick 1 to ${maxPicks} to compare with “${current.name}”.`
              : `Pick ${minPicks} to ${maxPicks} to compare; the first one picked is the one the others are measured against.`}
          </p>
          <ul class="entries">
            {entries.map((entry) => (
              <EntryRow
                key={`${entry.id}:${entry.name}`}
                entry={entry}
                selected={selected.includes(entry.id)}
                canSelect={selected.length < maxPicks}
                onSelect={(on) => setSelected((ids) => (on ? [...ids, entry.id] : ids.filter((id) => id !== entry.id)))}
                onChanged={reload}
                onError={(text) => setStatus({ ok: false, text })}
              />
            ))}
          </ul>
          <button type="button" class="button button-primary" disabled={selected.length < minPicks} onClick={() => setComparing(selected)}>
            Compare{selected.length > 0 ? ` (${selected.length + (current ? 1 : 0)})` : ''}
          </button>
        </>
      )}
      <ImportExport onImported={() => setVersion((v) => v + 1)} />
    </section>
  );
}
