// One analysis, answer first: the grade with what it means, which policy it is, the five answers
// of the first screen, then the other questions and the controls given as children. The popup's
// ready view, its "show what was found" on ungraded pages, and the paste page all show this.
import type { ComponentChildren } from 'preact';
import { useMemo, useRef, useState } from 'preact/hooks';
import type { Analysis } from '../../engine/types.ts';
import { AnswerList } from '../answers/AnswerList.tsx';
import type { AnswerContext } from '../answers/context.ts';
import { resolveRows, type PopupView, type RowId } from '../../shared/popup-view.ts';
import { GradeHeader } from '../grade/GradeHeader.tsx';
import { PolicyMeta } from './PolicyMeta.tsx';

interface Props {
  analysis: Analysis;
  /** What to show of it beyond the analysis, made by the worker (or the paste page). */
  view: PopupView;
  title: string;
  url: string;
  /** Given only where there is a page to scroll to. */
  onShow?: ((sentenceIndex: number) => void) | undefined;
  titleLevel?: 1 | 2;
  /** Shown after the first five answers (the changed-policy banner). */
  between?: ComponentChildren;
  /** Controls below the answers (highlight, save, library, compare, share). */
  children?: ComponentChildren;
}

export function AnalysisView({ analysis, view, title, url, onShow, titleLevel = 1, between, children }: Props) {
  const rows = useMemo(() => resolveRows(view, analysis), [view, analysis]);
  const [open, setOpen] = useState<ReadonlySet<RowId>>(new Set());
  const toggles = useRef(new Map<RowId, HTMLButtonElement>()).current;
  const toggle = (id: RowId): void => setOpen((rows) => {
    const next = new Set(rows);
    if (!next.delete(id)) next.add(id);
    return next;
  });
  // From the grade's explanation: open the row and take the person there.
  const openRow = (id: RowId): void => {
    setOpen((rows) => new Set(rows).add(id));
    requestAnimationFrame(() => {
      const button = toggles.get(id);
      button?.scrollIntoView({ block: 'start', behavior: 'smooth' });
      button?.focus({ preventScroll: true });
    });
  };
  const context: AnswerContext = {
    sentences: analysis.sentences,
    onShow,
    page: { title, url, policyDate: analysis.policyDate?.text ?? null },
    scheme: view.scheme,
  };
  const { rating } = analysis;
  return (
    <div class="analysis">
      {rating.grade !== null && <GradeHeader rating={{ ...rating, grade: rating.grade }} view={view} onOpenRow={openRow} />}
      <PolicyMeta title={title} policyDate={analysis.policyDate} titleLevel={titleLevel} analysedLength={analysis.analysedLength} />
      <AnswerList rows={rows} open={open} onToggle={toggle} context={context} between={between} toggleRefs={toggles} />
      {children}
    </div>
  );
}
