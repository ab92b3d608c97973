// The first-run page, opened once on install: what PolicyLens does, that nothing leaves the
// device, how to pin its button and open it from the keyboard, and where to start.
import { extensionUrl, openOptionsPage, openTab } from '../browser-api.ts';
import { t } from '../../shared/i18n.ts';
import { ShortcutNote } from '../options/ShortcutNote.tsx';
import { shortcutSettings } from '../use-shortcut.ts';

export function WelcomeApp() {
  const firefox = shortcutSettings() === 'firefox';
  return (
    <main class="page welcome">
      <header class="welcome-head">
        <img src={extensionUrl('icons/icon-128.png')} alt="" width={64} height={64} />
        <h1>{t('welcomeTitle')}</h1>
      </header>
      <p class="welcome-lead">{t('welcomeLead')}</p>
      <section aria-labelledby="w-device">
        <h2 id="w-device">{t('welcomeDeviceHeading')}</h2>
        <p>{t('onDeviceLong')}</p>
      </section>
      <section aria-labelledby="w-pin">
        <h2 id="w-pin">{t('welcomePinHeading')}</h2>
        <p>{t(firefox ? 'welcomePinFirefox' : 'welcomePinChrome')}</p>
      </section>
      <section aria-labelledby="w-keys">
        <h2 id="w-keys">{t('welcomeKeysHeading')}</h2>
        <ShortcutNote />
      </section>
      <section aria-labelledby="w-start">
        <h2 id="w-start">{t('welcomeStartHeading')}</h2>
        <p>{t('welcomeStart')}</p>
        <div class="button-row">
          <button type="button" class="button" onClick={() => void openTab(extensionUrl('src/popup/paste.html'))}>
            {t('pasteInstead')}
          </button>
          <button type="button" class="button" onClick={() => void openOptionsPage()}>
            {t('openOptions')}
          </button>
        </div>
      </section>
    </main>
  );
}
