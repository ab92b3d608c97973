// The content script could not get its page analysed: a message about it was refused, its
// handler failed, or the worker stopped while answering. The tab ends in an error state the
// popup shows (and no badge), never at "analysing".
import type { PageHandler } from './types.ts';
import { clearBadge } from '../badge.ts';
import { failureMessage } from '../failure-message.ts';
import { reported } from '../reports.ts';
import { tabStates } from '../session.ts';
import { withTabLock } from '../tab-lock.ts';

export const pageFailed: PageHandler<'page/failed'> = ({ url, reason, detail }, { tabId }) =>
  withTabLock(tabId, async () => {
    reported(tabId);
    await tabStates.set(tabId, { kind: 'error', url, message: failureMessage(reason, detail) });
    await clearBadge(tabId);
    return { ok: true };
  });
