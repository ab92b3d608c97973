// Not a privacy policy: offer the policy links the page has, each opened in this tab.
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { PolicyLink } from '../../shared/protocol.ts';
import { sendToTab } from '../../shared/messaging.ts';
import { LibraryView } from '../library/LibraryView.tsx';
import { isOpenableUrl } from '../safe-url.ts';
import { OpenPasteButton } from './OpenPasteButton.tsx';

export function NotPolicyView({ tabId, policyLinks }: { tabId: number; policyLinks: readonly PolicyLink[] }) {
  const [links, setLinks] = useState<readonly PolicyLink[]>(policyLinks);
  const [library, setLibrary] = useState(false);
  useEffect(() => {
    setLinks(policyLinks);
    if (policyLinks.length > 0) return undefined;
    // The worker may not have them (it saw the page before links were added): ask the page.
    let cancelled = false;
    sendToTab(tabId, 'content/get-policy-links', {})
      .then(({ policyLinks: asked }) => {
        if (!cancelled) setLinks(asked);
      })
      .catch(() => undefined);
    return () => {
      cancelled = true;
    };
  }, [tabId, policyLinks]);

  const openable = links.filter((link) => isOpenableUrl(link.href));
  // The library (and comparing saved policies) needs no policy in this tab.
  if (library) return <LibraryView onClose={() => setLibrary(false)} />;
  const open = async (url: string): Promise<void> => {
    await browser.tabs.update(tabId, { url });
    window.close();
  };
  return (
    <section class="state state-not-policy">
      <p class="state-title">This page doesn't look like a privacy policy</p>
      {openable.length === 0 ? (
        <>
          <p>No link to a privacy policy was found on it. If you have the policy's text, you can paste it.</p>
          <OpenPasteButton label="Paste a policy's text" />
        </>
      ) : (
        <>
          <p>It links to {openable.length === 1 ? 'this policy' : 'these policies'}:</p>
          <ul class="links">
            {openable.map((link) => (
              <li key={link.href} class="link-row">
                <span class="link-text">
                  <span class="link-name">{link.text.trim() || 'Privacy policy'}</span>
                  <span class="link-url">{link.href}</span>
                </span>
                <button type="button" class="button" aria-label={`Open ${link.text.trim() || link.href}`} onClick={() => void open(link.href)}>
                  Open
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      <p>
        <button type="button" class="button" onClick={() => setLibrary(true)}>
          Open the provider library
        </button>
      </p>
    </section>
  );
}
