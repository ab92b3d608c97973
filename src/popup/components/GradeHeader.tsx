// Grade letter in its colour, the score and what was read.
import type { Rating } from '../../engine/types.ts';
import { GRADE_COLORS } from '../grade-colors.ts';

export function GradeHeader({ rating, title }: { rating: Rating; title: string }) {
  return (
    <header class="grade-header">
      <span class="grade-badge" style={{ backgroundColor: GRADE_COLORS[rating.grade] }} role="img" aria-label={`Grade ${rating.grade}`}>
        {rating.grade}
      </span>
      <div class="grade-text">
        <p class="grade-score">
          Score <strong>{rating.score}</strong> / 100
        </p>
        <h1 class="page-title">{title || 'Privacy policy'}</h1>
      </div>
    </header>
  );
}
