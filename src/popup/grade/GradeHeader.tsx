// Grade letter in its colour, the score and what was read.
import type { Rating } from '../../engine/types.ts';
import { GRADE_COLORS } from '../grade-colors.ts';

interface Props {
  rating: Rating;
  title: string;
  /** h1 in the popup; h2 on the paste page, which has its own h1. */
  titleLevel?: 1 | 2;
}

export function GradeHeader({ rating, title, titleLevel = 1 }: Props) {
  const Title = titleLevel === 1 ? 'h1' : 'h2';
  return (
    <header class="grade-header">
      {rating.grade === null ? (
        <span class="grade-badge grade-none" role="img" aria-label="Not graded">–</span>
      ) : (
        <span class="grade-badge" style={{ backgroundColor: GRADE_COLORS[rating.grade] }} role="img" aria-label={`Grade ${rating.grade}`}>
          {rating.grade}
        </span>
      )}
      <div class="grade-text">
        <p class="grade-score">
          {rating.grade === null ? 'Not graded: not enough policy text on this page.' : rating.meaning}
        </p>
        <Title class="page-title">{title || 'Privacy policy'}</Title>
      </div>
    </header>
  );
}
