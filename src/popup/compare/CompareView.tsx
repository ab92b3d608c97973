// Side by side: the current policy (when there is one) then the picked library entries, one row
// per question. Every other column is judged against the first alone (better, worse, the same,
// not stated): the first column is the reference and gets no verdict. The engine's
// compareAnalyses is pure, so it runs here on the analyses the worker hands over. The table
// takes the window's width; in the 380 px toolbar popup it can open in a tab of its own.
import { useEffect, useState } from 'preact/hooks';
import { extensionUrl, openTab } from '../browser-api.ts';
import { ViewBar } from '../components/ViewBar.tsx';
import { compareAnalyses, type Comparison } from '../../engine/compare/index.ts';
import type { Analysis } from '../../engine/types.ts';
import { t } from '../../shared/i18n.ts';
import { getEntries } from '../library/api.ts';
import { comparePagePath } from '../tab-id.ts';
import { CompareCell } from './CompareCell.tsx';

interface Props {
  tabId?: number | undefined;
  current?: { name: string; analysis: Analysis } | undefined;
  ids: readonly string[];
  onShowCurrent?: ((sentenceIndex: number) => void) | undefined;
  onBack: () => void;
}

type Loaded = { ok: true; comparison: Comparison; analyses: Analysis[]; missing: number } | { ok: false; message: string };

export function CompareView({ tabId, current, ids, onShowCurrent, onBack }: Props) {
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

  // Only the toolbar popup is narrow; a page of its own (a tab, the paste page) has the width already.
  const narrow = tabId !== undefined && !document.documentElement.classList.contains('in-tab');
  const openInTab = async (): Promise<void> => {
    await openTab(extensionUrl(comparePagePath(tabId, ids)));
    window.close();
  };
  return (
    <section class="compare" aria-labelledby="compare-heading">
      <ViewBar headingId="compare-heading" title={t('compareTitle')} backLabel={t('libraryTitle')} onBack={onBack} />
      {narrow && (
        <p>
          <button type="button" class="link-button compare-open-tab" onClick={() => void openInTab()}>
            {t('compareOpenInTab')}
          </button>
        </p>
      )}
      {loaded === undefined ? (
        <p class="note" role="status">
          {t('compareLoading')}
        </p>
      ) : !loaded.ok ? (
        <p class="problem" role="alert">
          {loaded.message}
        </p>
      ) : (
        <ComparisonTable comparison={loaded.comparison} analyses={loaded.analyses} missing={loaded.missing} current={current !== undefined} onShowFirst={current ? onShowCurrent : undefined} />
      )}
    </section>
  );
}

interface TableProps {
  comparison: Comparison;
  analyses: Analysis[];
  missing: number;
  /** The first column is the tab's policy (else the first entry picked). */
  current: boolean;
  /** For the first column when it is the tab's policy: its evidence can scroll the page. */
  onShowFirst: ((sentenceIndex: number) => void) | undefined;
}

function ComparisonTable({ comparison, analyses, missing, current, onShowFirst }: TableProps) {
  const [first = ''] = comparison.names;
  return (
    <>
      <p class="note">
        {t(current ? 'compareNoteCurrent' : 'compareNotePicked', first)}
        {missing > 0 && ` ${t('compareMissing', missing)}`}
      </p>
      <div class="compare-scroll">
        <table class="compare-table">
          <thead>
            <tr>
              <th scope="col">
                <span class="visually-hidden">{t('compareQuestion')}</span>
              </th>
              {comparison.names.map((name, i) => (
                <th key={i} scope="col">
                  {name}
                  {i === 0 && <span class="column-note"> {t(current ? 'columnThisPolicy' : 'columnReference')}</span>}
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
