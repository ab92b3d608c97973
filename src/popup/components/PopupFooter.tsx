// The popup's last lines: what the badge means, the options, and switching PolicyLens off for
// this site (it then looks at none of its pages until switched back on).
import { useState } from 'preact/hooks';
import { openOptionsPage } from '../browser-api.ts';
import { t } from '../../shared/i18n.ts';
import { siteOf } from '../../shared/options.ts';
import { setSiteOff } from '../site-options.ts';
import { BadgeLegend } from './BadgeLegend.tsx';

export function PopupFooter({ url }: { url?: string | undefined }) {
  const site = url && /^https?:/.test(url) ? siteOf(url) : null;
  const [off, setOff] = useState(false);
  const switchOff = async (): Promise<void> => {
    if (!site) return;
    await setSiteOff(site, true);
    setOff(true);
  };
  return (
    <footer class="popup-footer">
      <BadgeLegend />
      <p class="footer-links">
        <button type="button" class="link-button" onClick={() => void openOptionsPage()}>
          {t('openOptions')}
        </button>
        {site && !off && (
          <button type="button" class="link-button" onClick={() => void switchOff()}>
            {t('siteTurnOff', site)}
          </button>
        )}
      </p>
      {off && site && (
        <p class="note" role="status">
          {t('siteTurnedOff', site)}
        </p>
      )}
    </footer>
  );
}
