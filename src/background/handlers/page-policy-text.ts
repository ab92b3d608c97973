// The policy's text (with the page's block structure): analyse it, or take the cached analysis,
// store the tab's result and put the grade on the badge — with a "!" when the person saved this
// page's policy before and it has changed since.
import type { PageHandler } from './types.ts';
import { t } from '../../shared/i18n.ts';
import type { TabState } from '../../shared/protocol.ts';
import { StorageFullError, byReference } from '../../shared/storage.ts';
import { analysisForText, type HashedAnalysis } from '../analysis-for-text.ts';
import { showStateBadge } from '../badge.ts';
import { failureMessage } from '../failure-message.ts';
import { changedSince } from '../library/change-check.ts';
import { navigationOf } from '../navigation.ts';
import { reported } from '../reports.ts';
import { tabStates } from '../session.ts';
import { withTabLock } from '../tab-lock.ts';

type FinalState = Exclude<TabState, { kind: 'unknown' } | { kind: 'analysing' }>;

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
  let state: FinalState = { kind: 'language-unsupported', url, language: analysis.language };
  if (analysis.language === 'en' && analysis.rating.grade === null && policyLinks.length > 0) {
    // Too little policy text to grade, and the page points to a policy: offer that instead.
    state = { kind: 'not-policy', url, policyLinks };
  } else if (analysis.language === 'en') {
    state = { kind: 'ready', url, title, textHash, analysis, view: result.view };
    // The library is an extra: failing to read it must not cost the person the analysis.
    const changed = await changedSince(url, { text, textHash, analysis }).catch((error: unknown) => {
      console.warn('PolicyLens: change check failed', error);
      return undefined;
    });
    if (changed) state.changedSince = changed;
  }
  await settle(tabId, navigation, state, result);
  return { ok: true, textHash };
};

/** Stores the tab's final state and its badge, unless the tab navigated away (or closed) while
 *  the analysis ran: then the result belongs to no page any more (its analysis is still kept,
 *  for when the page is opened again). */
function settle(tabId: number, navigation: number, state: FinalState, stored?: HashedAnalysis): Promise<void> {
  return withTabLock(tabId, async () => {
    if (navigation !== navigationOf(tabId)) {
      if (stored) await tabStates.keep(stored.analysisKey, stored).catch((error: unknown) => console.warn('PolicyLens: analysis not cached', error));
      return;
    }
    reported(tabId);
    await showStateBadge(tabId, await store(tabId, state, stored));
  });
}

/** Writes the state; when that fails (no room in storage.session), the tab gets an error state
 *  saying so — never a silent 'analysing'. */
async function store(tabId: number, state: FinalState, stored: HashedAnalysis | undefined): Promise<FinalState> {
  try {
    if (state.kind === 'ready' && stored) {
      await tabStates.setReady(tabId, byReference(state, stored.analysisKey), stored);
    } else if (state.kind !== 'ready') {
      await tabStates.set(tabId, state);
      // Not shown, but cheap to keep: the same page opened again is not analysed again.
      if (stored) await tabStates.keep(stored.analysisKey, stored).catch((error: unknown) => console.warn('PolicyLens: analysis not cached', error));
    } else {
      throw new Error('a ready state without its analysis');
    }
    return state;
  } catch (error) {
    console.warn('PolicyLens: tab state not stored', error);
    const reason = error instanceof Error ? error.message : String(error);
    const failed: FinalState = { kind: 'error', url: state.url, message: error instanceof StorageFullError ? reason : t('storageFailed', reason) };
    // If even that cannot be written, no state is better than 'analysing' for ever: the popup
    // then asks the page again.
    await tabStates.set(tabId, failed).catch(() => tabStates.delete(tabId).catch(() => undefined));
    return failed;
  }
}
