// What the grade means: the A–E scale, what moved this policy's grade most (each a link to its
// answer row, where the reason is: not a second list of them), and how sure the grade is. The
// worker worked out all of it (src/shared/answer-rows.ts): it comes with the analysis' view.
import type { Grade, Rating } from '../../engine/types.ts';
import { t } from '../../shared/i18n.ts';
import type { PopupView, RowId } from '../../shared/popup-view.ts';
import { GRADE_COLORS } from '../grade-colors.ts';

const GRADES: readonly Grade[] = ['A', 'B', 'C', 'D', 'E'];

interface Props {
  id: string;
  rating: Rating;
  view: PopupView;
  onOpenRow?: ((row: RowId) => void) | undefined;
}

export function GradeExplainer({ id, rating, view, onOpenRow }: Props) {
  const { moved } = view;
  return (
    <section id={id} class="grade-explainer" aria-label={t('gradeExplainLabel')}>
      <p>{t('gradeScaleIntro')}</p>
      <ul class="grade-scale">
        {GRADES.map((g) => (
          <li key={g} class={g === rating.grade ? 'grade-scale-current' : ''}>
            <span class="grade-chip" style={{ backgroundColor: GRADE_COLORS[g] }} aria-hidden="true">
              {g}
            </span>
            <span>
              <span class="visually-hidden">{g}: </span>
              {view.meanings[g]}
            </span>
          </li>
        ))}
      </ul>
      {moved.length > 0 && (
        <>
          <p class="grade-moved-intro">{t('gradeMovedIntro')}</p>
          <ul class="grade-moved">
            {moved.map(({ row, effect, heading }) => (
              <li key={row}>
                <button type="button" class="link-button" onClick={() => onOpenRow?.(row)}>
                  <span aria-hidden="true">{effect === 'raises' ? '▲ ' : '▼ '}</span>
                  {t(effect === 'raises' ? 'gradeMovedUp' : 'gradeMovedDown', heading)}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      <p class="grade-how">{t('gradeHow')}</p>
      <p class="grade-how">{t('gradeSureLong', Math.round(rating.confidence * 100))}</p>
    </section>
  );
}
