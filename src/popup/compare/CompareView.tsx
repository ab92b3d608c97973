// Side by side: the current policy (when there is one) then the picked library entries, one row
// per question. The engine's compareAnalyses is pure, so it runs here on the analyses the worker
// hands over (library-get) and the tab's own.
import { useEffect, useState } from 'preact/hooks';
import { ViewBar } from '../components/ViewBar.tsx';
import { compareAnalyses, type Comparison } from '../../engine/compare/index.ts';
import type { Analysis } from '../../engine/types.ts';
import { getEntries } from '../library/api.ts';
import { CompareCell } from './CompareCell.tsx';

interface Props {
  current?: { name: string; analysis: Analysis } | undefined;
  ids: readonly string[];
  onShowCurrent?: ((sentenceIndex: number) => void) | undefined;
  onBack: () => void;
}

type Loaded = { ok: true; comparison: Comparison; analyses: Analysis[]; missing: number } | { ok: false; message: string };

export function CompareView({ current, ids, onShowCurrent, onBack }: Props) {
  const [loaded, setLoaded] = useState<Loaded | undefined>(undefined);
  useEffect(() => {
    let cancelled = false;
    getEntries([...ids])
      .then(({ entries, missing }) => {
        const all = [...(current ? [current] : []), ...entries.map((e) => ({ name: e.name, analysis: e.analysis }))];
        if (!cancelled) setLoaded({ ok: true, comparison: compareAnalyses(all), analyses: all.map((e) => e.analysis), missing: missing.length });
      })
      .catch((error: unknown) => !cancelled && setLoaded({ ok: false, message: error instanceof Error ? error.message : String(error) }));
    return () => {
      cancelled = true;
    };
  }, [current, ids]);

  return (
    <section class="compare" aria-labelledby="compare-heading">
      <ViewBar headingId="compare-heading" title="Compare policies" backLabel="Library" onBack={onBack} />
      {loaded === undefined ? (
        <p class="note" role="status">
          Reading the saved policies…
        </p>
      ) : !loaded.ok ? (
        <p class="problem" role="alert">
          {loaded.message}
        </p>
      ) : (
        <ComparisonTable comparison={loaded.comparison} analyses={loaded.analyses} missing={loaded.missing} onShowFirst={current ? onShowCurrent : undefined} />
      )}
    </section>
  );
}

interface TableProps {
  comparison: Comparison;
  analyses: Analysis[];
  missing: number;
  /** For the first column when it is the tab's policy: its evidence can scroll the page. */
  onShowFirst: ((sentenceIndex: number) => void) | undefined;
}

function ComparisonTable({ comparison, analyses, missing, onShowFirst }: TableProps) {
  const [first, ...others] = comparison.names;
  return (
    <>
      <p class="note">
        Marks say how each policy stands against {others.length > 0 ? `“${first ?? ''}”` : 'the others'}; the first column against the best of
        the others.
        {missing > 0 && ` ${missing} picked entr${missing === 1 ? 'y is' : 'ies are'} no longer in the library.`}
      </p>
      <div class="compare-scroll">
        <table class="compare-table">
          <thead>
            <tr>
              <th scope="col">
                <span class="visually-hidden">Question</span>
              </th>
              {comparison.names.map((name, i) => (
                <th key={i} scope="col">
                  {name}
                  {i === 0 && <span class="column-note"> (reference)</span>}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {comparison.rows.map((row) => (
              <tr key={row.id} data-row={row.id}>
                <th scope="row">{row.heading}</th>
                {row.cells.map((cell, i) => (
                  <CompareCell
                    key={i}
                    cell={cell}
                    policyName={comparison.names[i] ?? ''}
                    rowHeading={row.heading}
                    sentences={analyses[i]?.sentences ?? []}
                    onShow={i === 0 ? onShowFirst : undefined}
                  />
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
