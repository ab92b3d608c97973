// From a score to a grade, by the scheme's cut-offs.
import { GRADE_CUTOFFS } from '../../rules/grade/scheme.ts';
import type { Grade } from '../types.ts';

export function gradeOf(score: number): Grade {
  return GRADE_CUTOFFS.find(([, min]) => score >= min)?.[0] ?? 'E';
}
