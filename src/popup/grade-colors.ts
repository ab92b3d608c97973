// Badge colours per grade, green to red. Each keeps white text at ≥ 4.5:1 contrast
// (A and E are GitHub's success and danger colours).
import type { Flag, Grade } from '../engine/types.ts';

export const GRADE_COLORS: Readonly<Record<Grade, string>> = {
  A: '#1a7f37',
  B: '#4d7c0f',
  C: '#9a6700',
  D: '#bc4c00',
  E: '#cf222e',
};

/** The icon and the words a screen reader says instead of it. */
export const FLAG_ICONS: Readonly<Record<Flag | 'none', { icon: string; spoken: string }>> = {
  good: { icon: '✓', spoken: 'Good' },
  caution: { icon: '!', spoken: 'Caution' },
  bad: { icon: '✗', spoken: 'Bad' },
  none: { icon: '•', spoken: 'Note' },
};
