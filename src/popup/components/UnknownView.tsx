// Nothing is known about the tab yet. The page's content script says why: it is still looking
// (then the state arrives on its own), PolicyLens is off for this site or everywhere (then the
// popup offers to switch it back on, or to read this page once), or no script answers at all (a
// browser page, the PDF viewer: PolicyLens cannot read it).
import { useEffect, useState } from 'preact/hooks';
import { openOptionsPage, sendToTab } from '../browser-api.ts';
import { t } from '../../shared/i18n.ts';
import { siteOf, type Detection } from '../../shared/options.ts';
import { setSiteOff } from '../site-options.ts';
import { AnalyseAnyway } from './AnalyseAnyway.tsx';
import { Analysing } from './Analysing.tsx';
import { CantReadView } from './CantReadView.tsx';

/** How long no answer may just mean "the content script is still loading". */
export const UNKNOWN_GRACE_MS = 1_500;

type Info = { kind: 'asking' } | { kind: 'none' } | { kind: 'page'; url: string; detection: Detection };

export function UnknownView({ tabId, onRetry }: { tabId: number; onRetry: () => void }) {
  const [info, setInfo] = useState<Info>({ kind: 'asking' });
  const [graceOver, setGraceOver] = useState(false);
  useEffect(() => {
    let cancelled = false;
    sendToTab(tabId, 'content/page-info', {}).then(
      (answer) => !cancelled && setInfo({ kind: 'page', url: answer.url, detection: answer.detection }),
      () => !cancelled && setInfo({ kind: 'none' }),
    );
    const timer = setTimeout(() => !cancelled && setGraceOver(true), UNKNOWN_GRACE_MS);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [tabId]);
  if (info.kind === 'page' && info.detection === 'off-site') {
    const site = siteOf(info.url) ?? info.url;
    return (
      <section class="state state-off">
        <p class="state-title">{t('siteOffTitle', site)}</p>
        <p>{t('siteOffBody')}</p>
        <div class="button-row">
          <button type="button" class="button" onClick={() => void setSiteOff(site, false)}>
            {t('siteTurnOn', site)}
          </button>
          <AnalyseAnyway tabId={tabId} label={t('analyseOnce')} />
        </div>
      </section>
    );
  }
  if (info.kind === 'page' && info.detection === 'off-everywhere') {
    return (
      <section class="state state-off">
        <p class="state-title">{t('autoOffTitle')}</p>
        <p>{t('autoOffBody')}</p>
        <div class="button-row">
          <AnalyseAnyway tabId={tabId} label={t('analyseThisPage')} />
          <button type="button" class="button" onClick={() => void openOptionsPage()}>
            {t('openOptions')}
          </button>
        </div>
      </section>
    );
  }
  if (info.kind === 'none' && graceOver) return <CantReadView />;
  return <Analysing progress={undefined} slow={false} onRetry={onRetry} label={t('checkingPage')} />;
}
