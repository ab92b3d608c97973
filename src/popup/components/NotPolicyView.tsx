// Not a privacy policy: the site's policy links (cleaned, each once, opened in a new tab),
// "Analyse this page anyway", pasting a text, and the library.
import { useState } from 'preact/hooks';
import type { PolicyLink } from '../../shared/protocol.ts';
import { t } from '../../shared/i18n.ts';
import { LibraryView } from '../library/LibraryView.tsx';
import { cleanPolicyLinks } from '../links.ts';
import { usePolicyLinks } from '../use-policy-links.ts';
import { AnalyseAnyway } from './AnalyseAnyway.tsx';
import { OpenPasteButton } from './OpenPasteButton.tsx';
import { PolicyLinks } from './PolicyLinks.tsx';
import { PopupFooter } from './PopupFooter.tsx';

export function NotPolicyView({ tabId, policyLinks, url }: { tabId: number; policyLinks: readonly PolicyLink[]; url: string }) {
  const links = usePolicyLinks(tabId, policyLinks);
  const [library, setLibrary] = useState(false);
  // The library (and comparing saved policies) needs no policy in this tab.
  if (library) return <LibraryView tabId={tabId} onClose={() => setLibrary(false)} />;
  return (
    <section class="state state-not-policy">
      <p class="state-title">{t('notPolicyTitle')}</p>
      {cleanPolicyLinks(links).length === 0 ? <p>{t('notPolicyNoLinks')}</p> : <PolicyLinks links={links} />}
      <div class="button-row">
        <AnalyseAnyway tabId={tabId} />
        <OpenPasteButton label={t('pasteInstead')} />
      </div>
      <p>
        <button type="button" class="button" onClick={() => setLibrary(true)}>
          {t('openLibrary')}
        </button>
      </p>
      <PopupFooter url={url} />
    </section>
  );
}
