// The shortcut that opens PolicyLens, and where to change it.
import { t } from '../../shared/i18n.ts';
import { shortcutSettings, useShortcut } from '../use-shortcut.ts';

export function ShortcutNote() {
  const shortcut = useShortcut();
  if (shortcut === undefined) return null;
  return (
    <>
      <p>{shortcut ? <>{t('shortcutIs')} <kbd class="shortcut">{shortcut}</kbd></> : t('shortcutNone')}</p>
      <p class="note">{t(shortcutSettings() === 'firefox' ? 'shortcutChangeFirefox' : 'shortcutChangeChrome')}</p>
    </>
  );
}
