// The page's policy links: those the worker was told of, else asked of the page itself (the
// worker may have seen the page before its links were added).
import { useEffect, useState } from 'preact/hooks';
import type { PolicyLink } from '../shared/protocol.ts';
import { sendToTab } from './browser-api.ts';

export function usePolicyLinks(tabId: number, known: readonly PolicyLink[]): readonly PolicyLink[] {
  const [links, setLinks] = useState<readonly PolicyLink[]>(known);
  useEffect(() => {
    setLinks(known);
    if (known.length > 0) return undefined;
    let cancelled = false;
    sendToTab(tabId, 'content/get-policy-links', {})
      .then(({ policyLinks }) => !cancelled && setLinks(policyLinks))
      .catch(() => undefined);
    return () => {
      cancelled = true;
    };
  }, [tabId, known]);
  return links;
}
