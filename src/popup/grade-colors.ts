// Grade colours are shared with the toolbar badge (src/shared/grade-colors.ts); the flag icons
// are the popup's own.
import type { Flag } from '../engine/types.ts';
import type { MessageKey } from '../shared/i18n.ts';

export { GRADE_COLORS } from '../shared/grade-colors.ts';

/** The icon and the words a screen reader says instead of it. */
export const FLAG_ICONS: Readonly<Record<Flag | 'none', { icon: string; spoken: MessageKey }>> = {
  good: { icon: '✓', spoken: 'flagGood' },
  caution: { icon: '!', spoken: 'flagCaution' },
  bad: { icon: '✗', spoken: 'flagBad' },
  none: { icon: '•', spoken: 'flagNote' },
};
