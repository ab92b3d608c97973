// The content script has decided whether its page is a policy. Not a policy: say so (the popup asks
// the page for its policy links when it shows them). A policy: mark the tab as analysing until the
// text comes.
import { isAnalysed } from './analysed.ts';
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
    // The text can be analysed before this (or a later 'full' detection) is handled: keep it.
    if (isAnalysed(await tabStates.stored(tabId), url)) return { ok: true };
    await tabStates.set(tabId, { kind: 'analysing', url, progress: 0 });
    await clearBadge(tabId);
    return { ok: true };
  });
