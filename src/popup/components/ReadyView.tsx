// A policy that has been read: the analysis, with evidence that scrolls the page and the
// highlight switch with its legend; saving to the provider library, the way into the library
// (and comparing), and a banner when the policy changed since it was saved.
import { useMemo, useState } from 'preact/hooks';
import type { Analysis } from '../../engine/types.ts';
import { sendToTab } from '../../shared/messaging.ts';
import type { ChangedSince } from '../../shared/protocol.ts';
import { ChangedBanner } from '../library/ChangedBanner.tsx';
import { LibraryView } from '../library/LibraryView.tsx';
import { SaveToLibrary } from '../library/SaveToLibrary.tsx';
import { AnalysisView } from './AnalysisView.tsx';
import { HighlightSwitch } from './HighlightSwitch.tsx';
import { LabelLegend } from './LabelLegend.tsx';

interface Props {
  tabId: number;
  analysis: Analysis;
  title: string;
  url: string;
  changedSince?: ChangedSince | undefined;
}

export function ReadyView({ tabId, analysis, title, url, changedSince }: Props) {
  const [library, setLibrary] = useState(false);
  // One object per analysis: the compare view reloads whenever it gets a new one.
  const current = useMemo(() => ({ name: title || 'This policy', analysis }), [title, analysis]);
  const show = (sentenceIndex: number): void => {
    // Best effort: if the page went away the popup has nothing better to offer.
    sendToTab(tabId, 'content/scroll-to', { sentenceIndex }).catch(() => undefined);
  };
  if (library) return <LibraryView current={current} onShowCurrent={show} onClose={() => setLibrary(false)} />;
  return (
    <AnalysisView analysis={analysis} title={title} onShow={show}>
      {changedSince && <ChangedBanner changed={changedSince} />}
      <div class="controls">
        <HighlightSwitch tabId={tabId} />
        <LabelLegend />
      </div>
      <div class="library-controls">
        <SaveToLibrary tabId={tabId} url={url} />
        <button type="button" class="button" onClick={() => setLibrary(true)}>
          Library &amp; compare
        </button>
      </div>
    </AnalysisView>
  );
}
