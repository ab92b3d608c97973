// Saves what the tab shows: its 'ready' analysis and the text (and page blocks) behind it, stored
// with it in storage.session, named after the site unless the person gave a name.
import type { Grade } from '../../engine/types.ts';
import type { PopupHandler } from '../handlers/types.ts';
import { LibraryError } from '../../shared/library.ts';
import { summaryOf } from '../../shared/library-entry.ts';
import { showGrade } from '../badge.ts';
import { tabStates } from '../session.ts';
import { withTabLock } from '../tab-lock.ts';
import { library } from './library.ts';
import { orError } from './respond.ts';

function hostname(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '') || url;
  } catch {
    return url;
  }
}

export const popupLibrarySave: PopupHandler<'popup/library-save'> = ({ tabId, name }) =>
  orError(async () => {
    const stored = await tabStates.stored(tabId);
    if (stored?.kind !== 'ready') throw new LibraryError('There is no analysed policy in this tab to save.');
    const content = await tabStates.content(tabId);
    if (!content) throw new LibraryError('The policy text for this tab is not available any more; reload the page and try again.');
    const { state, text, blocks } = content;
    const date = state.analysis.policyDate?.iso;
    const entry = await library.save({ name: name ?? hostname(state.url), url: state.url, text, analysis: state.analysis, ...(blocks ? { blocks } : {}), ...(date ? { date } : {}) });
    await clearChanged(tabId, state.textHash, state.analysis.rating.grade);
    return { entry: summaryOf(entry) };
  });

/** The text just saved is now the saved copy: it has not changed since itself, so drop the tab's
 *  "changed" mark and the "!" on the badge. */
function clearChanged(tabId: number, textHash: string, grade: Grade | null): Promise<void> {
  return withTabLock(tabId, async () => {
    const state = await tabStates.stored(tabId);
    if (state?.kind !== 'ready' || state.textHash !== textHash || !state.changedSince) return;
    const unchanged = { ...state };
    delete unchanged.changedSince;
    await tabStates.setReady(tabId, unchanged);
    await showGrade(tabId, grade);
  });
}
