// The policy's text (with the page's block structure): analyse it, or take the cached analysis,
// store the tab's result and put the grade on the badge — with a "!" when the person saved this
// page's policy before and it has changed since.
import type { PageHandler } from './types.ts';
import type { TabState } from '../../shared/protocol.ts';
import { analysisForText, type HashedAnalysis } from '../analysis-for-text.ts';
import { clearBadge, showChanged, showGrade } from '../badge.ts';
import { failureMessage } from '../failure-message.ts';
import { changedSince } from '../library/change-check.ts';
import { rememberText } from '../library/tab-text.ts';
import { navigationOf } from '../navigation.ts';
import { reported } from '../reports.ts';
import { tabStates } from '../session.ts';
import { withTabLock } from '../tab-lock.ts';

export const pagePolicyText: PageHandler<'page/policy-text'> = async ({ url, title, text, blocks, policyLinks = [], cut }, { tabId }) => {
  const navigation = navigationOf(tabId);
  let result: HashedAnalysis;
  try {
    result = await analysisForText(text, blocks, cut);
  } catch (error) {
    // Without a final state the popup would show 'analysing' until it gives up polling.
    const message = failureMessage('failed', error instanceof Error ? error.message : String(error));
    await settle(tabId, navigation, { kind: 'error', url, message });
    throw error;
  }
  const { textHash, analysis } = result;
  let state: TabState = { kind: 'language-unsupported', url, language: analysis.language };
  if (analysis.language === 'en' && analysis.rating.grade === null && policyLinks.length > 0) {
    // Too little policy text to grade, and the page points to a policy: offer that instead.
    state = { kind: 'not-policy', url, policyLinks };
  } else if (analysis.language === 'en') {
    state = { kind: 'ready', url, title, textHash, analysis };
    // The library is an extra: failing to read it must not cost the person the analysis.
    await rememberText(tabId, { url, textHash, text }).catch((error: unknown) => console.warn('PolicyLens: policy text not kept for saving', error));
    const changed = await changedSince(url, { text, textHash, analysis }).catch((error: unknown) => {
      console.warn('PolicyLens: change check failed', error);
      return undefined;
    });
    if (changed) state.changedSince = changed;
  }
  await settle(tabId, navigation, state);
  return { ok: true, textHash };
};

/** Stores the tab's final state and its badge, unless the tab navigated away (or closed) while
 *  the analysis ran: then the result belongs to no page any more. */
function settle(tabId: number, navigation: number, state: TabState): Promise<void> {
  return withTabLock(tabId, async () => {
    if (navigation !== navigationOf(tabId)) return;
    reported(tabId);
    await tabStates.set(tabId, state);
    if (state.kind === 'ready' && state.changedSince) await showChanged(tabId, state.analysis.rating.grade, state.changedSince.savedAt);
    else if (state.kind === 'ready') await showGrade(tabId, state.analysis.rating.grade);
    else await clearBadge(tabId);
  });
}
