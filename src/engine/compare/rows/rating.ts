// The overall rating: the grade decides (A best); the score is shown but a few points within
// one grade are not a difference worth a mark.
import type { Grade } from '../../types.ts';
import type { RowRule } from '../types.ts';

const GRADES: readonly Grade[] = ['E', 'D', 'C', 'B', 'A'];

export const ratingRow: RowRule = {
  id: 'rating',
  heading: 'Overall rating',
  read: ({ rating }) => ({
    text: `${rating.grade} (${rating.score}/100)`,
    rank: GRADES.indexOf(rating.grade),
    stated: true,
    evidence: [],
  }),
};
