// The toolbar badge shows a policy's grade on its tab, and its title says what the badge means
// (the letter is the grade, A best to E worst; "!" means the policy changed since it was saved):
// the badge legend is where a person hovers. Badge calls are cosmetic: a tab closed while its
// analysis ran makes them reject, which must not fail the message that triggered them.
import browser from 'webextension-polyfill';
import { GRADE_MEANINGS } from '../engine/rating/index.ts';
import type { Grade } from '../engine/types.ts';
import { GRADE_COLORS } from '../shared/grade-colors.ts';
import type { TabState } from '../shared/protocol.ts';
import { t } from '../shared/i18n.ts';

async function quietly(calls: Promise<void>[]): Promise<void> {
  const results = await Promise.allSettled(calls);
  for (const result of results) if (result.status === 'rejected') console.debug('PolicyLens: badge update failed', result.reason);
}

/** The grade on the tab, with what it means in the tooltip; nothing when the page was not
 *  graded (not enough policy text). */
export async function showGrade(tabId: number, grade: Grade | null): Promise<void> {
  if (grade === null) {
    await quietly([
      browser.action.setBadgeText({ tabId, text: '' }),
      browser.action.setTitle({ tabId, title: t('badgeTitleNotGraded') }),
    ]);
    return;
  }
  await quietly([
    browser.action.setBadgeText({ tabId, text: grade }),
    browser.action.setBadgeBackgroundColor({ tabId, color: GRADE_COLORS[grade] }),
    // White on every grade colour; without it Chrome picks black for the lighter ones.
    browser.action.setBadgeTextColor({ tabId, color: '#ffffff' }),
    browser.action.setTitle({ tabId, title: t('badgeTitleGrade', grade, GRADE_MEANINGS[grade]) }),
  ]);
}

export async function clearBadge(tabId: number): Promise<void> {
  await quietly([
    browser.action.setBadgeText({ tabId, text: '' }),
    browser.action.setTitle({ tabId, title: t('actionTitle') }),
  ]);
}

/** The grade with a "!" when the policy differs from the copy the person saved. */
export async function showChanged(tabId: number, grade: Grade | null, savedAt: string): Promise<void> {
  await quietly([
    browser.action.setBadgeText({ tabId, text: `${grade ?? ''}!` }),
    browser.action.setBadgeBackgroundColor({ tabId, color: GRADE_COLORS[grade ?? 'C'] }),
    browser.action.setBadgeTextColor({ tabId, color: '#ffffff' }),
    browser.action.setTitle({ tabId, title: t('badgeTitleChanged', grade ?? '–', savedAt.slice(0, 10)) }),
  ]);
}

/** The badge for a tab's settled state: the grade (with "!" when the policy changed since it was
 *  saved) for a ready page, nothing otherwise. */
export async function showStateBadge(tabId: number, state: TabState): Promise<void> {
  if (state.kind !== 'ready') await clearBadge(tabId);
  else if (state.changedSince) await showChanged(tabId, state.analysis.rating.grade, state.changedSince.savedAt);
  else await showGrade(tabId, state.analysis.rating.grade);
}
