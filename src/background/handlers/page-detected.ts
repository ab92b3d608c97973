// The content script has decided whether its page is a policy. Not a policy: say so (the popup asks
// the page for its policy links when it shows them). A policy: mark the tab as analysing until the
// text comes.
import type { PageHandler } from './types.ts';
import { clearBadge } from '../badge.ts';
import { reported } from '../reports.ts';
import { tabStates } from '../session.ts';
import { withTabLock } from '../tab-lock.ts';

export const pageDetected: PageHandler<'page/detected'> = ({ url, detection, policyLinks = [] }, { tabId }) =>
  withTabLock(tabId, async () => {
    reported(tabId);
    if (!detection.isPolicy) {
      await tabStates.set(tabId, { kind: 'not-policy', url, policyLinks });
      await clearBadge(tabId);
      return { ok: true };
    }
    const current = await tabStates.stored(tabId);
    // The text can be analysed before this (or a later 'full' detection) is handled: keep it.
    const analysed = (current?.kind === 'ready' || current?.kind === 'language-unsupported') && current.url === url;
    if (analysed) return { ok: true };
    await tabStates.set(tabId, { kind: 'analysing', url, progress: 0 });
    await clearBadge(tabId);
    return { ok: true };
  });
