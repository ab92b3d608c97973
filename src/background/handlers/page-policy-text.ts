// The policy's text (with the page's block structure): analyse it, or take the cached analysis,
// store the tab's result and put the grade on the badge.
import type { PageHandler } from './types.ts';
import type { TabState } from '../../shared/protocol.ts';
import { analysisForText, type HashedAnalysis } from '../analysis-for-text.ts';
import { clearBadge, showGrade } from '../badge.ts';
import { navigationOf } from '../navigation.ts';
import { reported } from '../reports.ts';
import { tabStates } from '../session.ts';
import { withTabLock } from '../tab-lock.ts';

export const pagePolicyText: PageHandler<'page/policy-text'> = async ({ url, title, text, blocks }, { tabId }) => {
  const navigation = navigationOf(tabId);
  let result: HashedAnalysis;
  try {
    result = await analysisForText(text, blocks);
  } catch (error) {
    // Without a final state the popup would show 'analysing' until it gives up polling.
    const message = error instanceof Error ? error.message : String(error);
    await settle(tabId, navigation, { kind: 'error', url, message });
    throw error;
  }
  const { textHash, analysis } = result;
  const state: TabState =
    analysis.language === 'en'
      ? { kind: 'ready', url, title, textHash, analysis }
      : { kind: 'language-unsupported', url, language: analysis.language };
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
    if (state.kind === 'ready') await showGrade(tabId, state.analysis.rating.grade);
    else await clearBadge(tabId);
  });
}
