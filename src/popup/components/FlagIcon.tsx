// ✓ / ! / ✗ before a point: the shape carries the meaning as well as the colour, and a screen
// reader hears the word instead of the glyph.
import type { Flag } from '../../engine/types.ts';
import { t } from '../../shared/i18n.ts';
import { FLAG_ICONS } from '../grade-colors.ts';

export function FlagIcon({ flag }: { flag: Flag | undefined }) {
  const key = flag ?? 'none';
  const { icon, spoken } = FLAG_ICONS[key];
  return (
    <span class={`flag flag-${key}`}>
      <span aria-hidden="true">{icon}</span>
      <span class="visually-hidden">{t(spoken)}: </span>
    </span>
  );
}
