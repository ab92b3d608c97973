// The provider library: built-in providers first, then what was saved. Pick entries to compare
// (with the current policy when there is one), rename or delete saved ones, export and import.
import type { ComponentProps } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { ViewBar } from '../components/ViewBar.tsx';
import type { Analysis } from '../../engine/types.ts';
import { t } from '../../shared/i18n.ts';
import type { LibraryEntrySummary } from '../../shared/protocol.ts';
import { useLazy } from '../lazy.ts';
import { listLibrary } from './api.ts';
import { EntryRow } from './EntryRow.tsx';
import { ImportExport } from './ImportExport.tsx';

/** Columns the comparison table can show and still be read in a popup. */
export const MAX_COLUMNS = 4;

export interface CurrentPolicy {
  name: string;
  analysis: Analysis;
}

/** The comparison runs the engine's compareAnalyses: loaded when a comparison is asked for. */
const loadCompare = () => import('../compare/CompareView.tsx');

function LazyCompareView(props: ComponentProps<Awaited<ReturnType<typeof loadCompare>>['CompareView']>) {
  const compare = useLazy(loadCompare);
  return compare ? <compare.CompareView {...props} /> : null;
}

interface Props {
  /** The tab the popup speaks for (the comparison can open in a tab of its own for it). */
  tabId?: number | undefined;
  current?: CurrentPolicy | undefined;
  /** Entries to compare at once (the comparison opened in its own tab). */
  initialCompare?: readonly string[] | undefined;
  /** Scrolls the tab to a sentence of the current policy (its evidence in the comparison). */
  onShowCurrent?: ((sentenceIndex: number) => void) | undefined;
  onClose: () => void;
}

export function LibraryView({ tabId, current, onShowCurrent, initialCompare, onClose }: Props) {
  const [entries, setEntries] = useState<LibraryEntrySummary[] | undefined>(undefined);
  const [warnings, setWarnings] = useState<string[]>([]);
  const [status, setStatus] = useState<{ ok: boolean; text: string }>({ ok: true, text: '' });
  const [selected, setSelected] = useState<string[]>([]);
  const [comparing, setComparing] = useState<readonly string[] | undefined>(initialCompare);
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

  if (comparing) return <LazyCompareView tabId={tabId} current={current} onShowCurrent={onShowCurrent} ids={comparing} onBack={() => setComparing(undefined)} />;

  return (
    <section class="library" aria-labelledby="library-heading">
      <ViewBar headingId="library-heading" title={t('libraryTitle')} backLabel={t('back')} onBack={onClose} />
      {warnings.length > 0 && (
        <ul class="warnings" aria-label={t('libraryWarnings')}>
          {warnings.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      )}
      <p class={status.ok ? 'library-status' : 'library-status problem'} role="status">
        {status.text}
      </p>
      {entries === undefined ? (
        <p class="note">{t('libraryLoading')}</p>
      ) : (
        <>
          <p class="note">
            {current ? t('pickWithCurrent', maxPicks, current.name) : t('pickWithout', minPicks, maxPicks)}
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
            {selected.length > 0 ? t('compareCount', selected.length + (current ? 1 : 0)) : t('compare')}
          </button>
        </>
      )}
      <ImportExport onImported={() => setVersion((v) => v + 1)} />
    </section>
  );
}
