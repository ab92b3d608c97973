// The grade: one line when it moves, flagged by direction.
import type { Grade } from '../../types.ts';
import type { ChangeRule } from './types.ts';

const ORDER: readonly Grade[] = ['A', 'B', 'C', 'D', 'E'];

export const gradeChanges: ChangeRule = ({ before, after }) => {
  const from = before.rating.grade;
  const to = after.rating.grade;
  if (from === to) return [];
  return [{ id: 'rating.grade-changed', text: `Grade went from ${from} to ${to}.`, flag: ORDER.indexOf(to) > ORDER.indexOf(from) ? 'bad' : 'good' }];
};
