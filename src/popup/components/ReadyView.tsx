// A policy that has been read and graded: the answers first (AnalysisView), then the controls:
// highlights with their legend, saving to the provider library, the library and comparing,
// copying or downloading the summary, and the footer. A banner says when a saved policy changed.
import { useMemo, useState } from 'preact/hooks';
import type { Analysis } from '../../engine/types.ts';
import { t } from '../../shared/i18n.ts';
import { sendToTab } from '../browser-api.ts';
import type { PopupView } from '../../shared/popup-view.ts';
import type { ChangedSince } from '../../shared/protocol.ts';
import { ChangedBanner } from '../library/ChangedBanner.tsx';
import { LibraryView } from '../library/LibraryView.tsx';
import { SaveToLibrary } from '../library/SaveToLibrary.tsx';
import { ShareSummary } from '../share/ShareSummary.tsx';
import { AnalysisView } from './AnalysisView.tsx';
import { HighlightLegend } from './HighlightLegend.tsx';
import { HighlightSwitch } from './HighlightSwitch.tsx';
import { PopupFooter } from './PopupFooter.tsx';

interface Props {
  tabId: number;
  analysis: Analysis;
  view: PopupView;
  title: string;
  url: string;
  changedSince?: ChangedSince | undefined;
  /** Entries to compare with at once (the comparison opened in a tab). */
  compare?: readonly string[] | undefined;
}

export function ReadyView({ tabId, analysis, view, title, url, changedSince, compare }: Props) {
  const [library, setLibrary] = useState(compare !== undefined);
  // One object per analysis: the compare view reloads whenever it gets a new one.
  const current = useMemo(() => ({ name: title || t('thisPolicy'), analysis }), [title, analysis]);
  const show = (sentenceIndex: number): void => {
    // Best effort: if the page went away the popup has nothing better to offer.
    sendToTab(tabId, 'content/scroll-to', { sentenceIndex }).catch(() => undefined);
  };
  if (library) return <LibraryView tabId={tabId} current={current} onShowCurrent={show} initialCompare={compare} onClose={() => setLibrary(false)} />;
  return (
    <AnalysisView analysis={analysis} view={view} title={title} url={url} onShow={show} between={changedSince && <ChangedBanner changed={changedSince} />}>
      <section class="controls" aria-label={t('controlsLabel')}>
        <HighlightSwitch tabId={tabId} />
        <HighlightLegend />
      </section>
      <div class="library-controls">
        <SaveToLibrary tabId={tabId} url={url} title={title} />
        <button type="button" class="button" onClick={() => setLibrary(true)}>
          {t('libraryAndCompare')}
        </button>
      </div>
      <ShareSummary analysis={analysis} title={title} />
      <PopupFooter url={url} />
    </AnalysisView>
  );
}
