// The policy's text (with the page's block structure): analyse it, or take the cached analysis,
// store the tab's result and put the grade on the badge.
import type { PageHandler } from './types.ts';
import { analysisForText } from '../analysis-for-text.ts';
import { clearBadge, showGrade } from '../badge.ts';
import { navigationOf } from '../navigation.ts';
import { tabStates } from '../session.ts';
import { withTabLock } from '../tab-lock.ts';

export const pagePolicyText: PageHandler<'page/policy-text'> = async ({ url, title, text, blocks }, { tabId }) => {
  const navigation = navigationOf(tabId);
  const { textHash, analysis } = await analysisForText(text, blocks);
  return withTabLock(tabId, async () => {
    // The tab navigated away (or closed) while this ran: the result belongs to no page now.
    if (navigation !== navigationOf(tabId)) return { ok: true, textHash };
    if (analysis.language !== 'en') {
      await tabStates.set(tabId, { kind: 'language-unsupported', url, language: analysis.language });
      await clearBadge(tabId);
      return { ok: true, textHash };
    }
    await tabStates.set(tabId, { kind: 'ready', url, title, textHash, analysis });
    await showGrade(tabId, analysis.rating.grade);
    return { ok: true, textHash };
  });
};
