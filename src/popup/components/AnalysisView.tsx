// Grade, reasons and summary of one analysis: the popup's ready state and the paste page both
// show this. `onShow` is given only where there is a page to scroll to.
import type { ComponentChildren } from 'preact';
import type { Analysis } from '../../engine/types.ts';
import { GradeHeader } from './GradeHeader.tsx';
import { RatingReasons } from './RatingReasons.tsx';
import { SummaryList } from './SummaryList.tsx';

interface Props {
  analysis: Analysis;
  title: string;
  onShow?: ((sentenceIndex: number) => void) | undefined;
  titleLevel?: 1 | 2;
  /** Controls shown between the header and the summary (the highlight switch). */
  children?: ComponentChildren;
}

export function AnalysisView({ analysis, title, titleLevel = 1, onShow, children }: Props) {
  return (
    <div class="analysis">
      <GradeHeader rating={analysis.rating} title={title} titleLevel={titleLevel} />
      {children}
      <RatingReasons reasons={analysis.rating.reasons} sentences={analysis.sentences} onShow={onShow} />
      <SummaryList summary={analysis.summary} sentences={analysis.sentences} onShow={onShow} />
    </div>
  );
}
