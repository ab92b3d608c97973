// The content script could not get its page analysed: a message about it was refused, its
// handler failed, or the worker stopped while answering. The tab ends in an error state the
// popup shows (and no badge), never at "analysing".
//
// Except when the worker stopped after it had stored the page's result: page/policy-text stores
// the tab's state, then sets the badge, then answers, so a worker stopped in between (Chrome
// ending it, or CDP's Target.closeTarget as npm run bench:cold does the moment the state is
// stored) leaves a stored result and a content script told "stopped while answering". That
// result stands, with its badge set again: "too large" over it showed an error in about one
// popup in 60 of bench:cold.
import { isAnalysed } from './analysed.ts';
import type { PageHandler } from './types.ts';
import { clearBadge, showStateBadge } from '../badge.ts';
import { failureMessage } from '../failure-message.ts';
import { reported } from '../reports.ts';
import { tabStates } from '../session.ts';
import { withTabLock } from '../tab-lock.ts';

export const pageFailed: PageHandler<'page/failed'> = ({ url, reason, detail }, { tabId }) =>
  withTabLock(tabId, async () => {
    reported(tabId);
    const stored = reason === 'stopped' ? await tabStates.get(tabId) : undefined;
    if (isAnalysed(stored, url)) {
      await showStateBadge(tabId, stored);
      return { ok: true };
    }
    await tabStates.set(tabId, { kind: 'error', url, message: failureMessage(reason, detail) });
    await clearBadge(tabId);
    return { ok: true };
  });
