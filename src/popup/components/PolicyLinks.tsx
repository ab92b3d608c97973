// Links to the site's privacy policy, cleaned and de-duplicated (links.ts), each opened in a new
// tab so the page the person was on stays where it was.
import { openTab } from '../browser-api.ts';
import type { PolicyLink } from '../../shared/protocol.ts';
import { t } from '../../shared/i18n.ts';
import { cleanPolicyLinks } from '../links.ts';

export function PolicyLinks({ links }: { links: readonly PolicyLink[] }) {
  const clean = cleanPolicyLinks(links);
  if (clean.length === 0) return null;
  const open = async (url: string): Promise<void> => {
    await openTab(url, true);
    window.close();
  };
  return (
    <>
      <p>{clean.length === 1 ? t('linksIntroOne') : t('linksIntroMany')}</p>
      <ul class="links">
        {clean.map((link) => (
          <li key={link.href} class="link-row">
            <span class="link-text">
              <span class="link-name">{link.text || t('policyLinkName')}</span>
              <span class="link-url">{link.href}</span>
            </span>
            <button type="button" class="button" aria-label={t('openInNewTabAria', link.text || link.href)} onClick={() => void open(link.href)}>
              {t('openInNewTab')}
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}
