// The content script has decided whether its page is a policy. Not a policy: remember the policy
// links it found (the popup offers them). A policy: mark the tab as analysing until the text comes.
import type { PageHandler } from './types.ts';
import { clearBadge } from '../badge.ts';
import { navigationOf } from '../navigation.ts';
import { tabStates } from '../session.ts';

export const pageDetected: PageHandler<'page/detected'> = async ({ url, detection, policyLinks }, { tabId }) => {
  if (!detection.isPolicy) {
    await tabStates.set(tabId, { kind: 'not-policy', url, policyLinks });
    await clearBadge(tabId);
    return { ok: true };
  }
  const navigation = navigationOf(tabId);
  const current = await tabStates.get(tabId);
  // A later ('full') detection can arrive after the text was analysed: keep the result.
  const analysed = (current?.kind === 'ready' || current?.kind === 'language-unsupported') && current.url === url;
  if (analysed || navigation !== navigationOf(tabId)) return { ok: true };
  await tabStates.set(tabId, { kind: 'analysing', url, progress: 0 });
  await clearBadge(tabId);
  return { ok: true };
};
