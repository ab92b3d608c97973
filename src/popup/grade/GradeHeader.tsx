// The grade, what it means in one line, and how sure it is, with "What does B mean?" opening the
// explanation (GradeExplainer): the first thing on the first screen.
import { useId, useState } from 'preact/hooks';
import type { Rating } from '../../engine/types.ts';
import { t } from '../../shared/i18n.ts';
import type { PopupView, RowId } from '../../shared/popup-view.ts';
import { GRADE_COLORS } from '../grade-colors.ts';
import { GradeExplainer } from './GradeExplainer.tsx';

interface Props {
  rating: Rating & { grade: NonNullable<Rating['grade']> };
  /** The worker's view of the analysis: what the explanation says. */
  view: PopupView;
  /** Opens an answer row (from the explanation's "what moved it most"). */
  onOpenRow?: ((row: RowId) => void) | undefined;
}

export function GradeHeader({ rating, view, onOpenRow }: Props) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const percent = Math.round(rating.confidence * 100);
  return (
    <header class="grade-header">
      <div class="grade-top">
        <span class="grade-badge" style={{ backgroundColor: GRADE_COLORS[rating.grade] }} role="img" aria-label={t('gradeAria', rating.grade)}>
          {rating.grade}
        </span>
        <div class="grade-text">
          <p class="grade-meaning">{rating.meaning}</p>
          <p class="grade-sure">{t('gradeSure', percent)}</p>
        </div>
      </div>
      <button type="button" class="link-button grade-explain-toggle" aria-expanded={open} aria-controls={panelId} onClick={() => setOpen(!open)}>
        {open ? t('gradeExplainHide') : t('gradeExplainShow', rating.grade)}
      </button>
      {open && <GradeExplainer id={panelId} rating={rating} view={view} onOpenRow={onOpenRow} />}
    </header>
  );
}
