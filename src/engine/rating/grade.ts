// From points to a score and a grade. Every policy starts at 50, a neutral policy that says
// little either way; each rule adds or takes away; the score is clamped to 0–100.
//   A ≥ 85   B ≥ 70   C ≥ 50   D ≥ 30   E below 30
// A rule may cap the grade (selling data caps it at D however much else is good).
import type { Grade } from '../types.ts';

export const BASE_SCORE = 50;

export const GRADE_CUTOFFS: ReadonlyArray<readonly [Grade, number]> = [
  ['A', 85],
  ['B', 70],
  ['C', 50],
  ['D', 30],
  ['E', 0],
];

const ORDER: readonly Grade[] = ['A', 'B', 'C', 'D', 'E'];

export function scoreOf(points: readonly number[]): number {
  return Math.max(0, Math.min(100, BASE_SCORE + points.reduce((sum, p) => sum + p, 0)));
}

export function gradeOf(score: number, caps: readonly Grade[] = []): Grade {
  const byScore = GRADE_CUTOFFS.find(([, min]) => score >= min)?.[0] ?? 'E';
  return [byScore, ...caps].reduce((worst, g) => (ORDER.indexOf(g) > ORDER.indexOf(worst) ? g : worst), byScore);
}
