// A policy that has been read: the analysis, with evidence that scrolls the page and the
// highlight switch with its legend.
import type { Analysis } from '../../engine/types.ts';
import { sendToTab } from '../../shared/messaging.ts';
import { AnalysisView } from './AnalysisView.tsx';
import { HighlightSwitch } from './HighlightSwitch.tsx';
import { LabelLegend } from './LabelLegend.tsx';

export function ReadyView({ tabId, analysis, title }: { tabId: number; analysis: Analysis; title: string }) {
  const show = (sentenceIndex: number): void => {
    // Best effort: if the page went away the popup has nothing better to offer.
    sendToTab(tabId, 'content/scroll-to', { sentenceIndex }).catch(() => undefined);
  };
  return (
    <AnalysisView analysis={analysis} title={title} onShow={show}>
      <div class="controls">
        <HighlightSwitch tabId={tabId} />
        <LabelLegend />
      </div>
    </AnalysisView>
  );
}
