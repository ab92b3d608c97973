// Grade colours are shared with the toolbar badge (src/shared/grade-colors.ts); the flag icons
// are the popup's own.
import type { Flag } from '../engine/types.ts';

export { GRADE_COLORS } from '../shared/grade-colors.ts';

/** The icon and the words a screen reader says instead of it. */
export const FLAG_ICONS: Readonly<Record<Flag | 'none', { icon: string; spoken: string }>> = {
  good: { icon: '✓', spoken: 'Good' },
  caution: { icon: '!', spoken: 'Caution' },
  bad: { icon: '✗', spoken: 'Bad' },
  none: { icon: '•', spoken: 'Note' },
};
