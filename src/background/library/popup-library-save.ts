// Saves what the tab shows: its 'ready' analysis and the text behind it, named after the site
// unless the person gave a name.
import type { PopupHandler } from '../handlers/types.ts';
import { LibraryError, summaryOf } from '../../shared/library.ts';
import { showGrade } from '../badge.ts';
import { tabStates } from '../session.ts';
import { withTabLock } from '../tab-lock.ts';
import { library } from './library.ts';
import { orError } from './respond.ts';
import { textOf } from './tab-text.ts';

function hostname(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '') || url;
  } catch {
    return url;
  }
}

export const popupLibrarySave: PopupHandler<'popup/library-save'> = ({ tabId, name }) =>
  orError(async () => {
    const state = await tabStates.get(tabId);
    if (state?.kind !== 'ready') throw new LibraryError('There is no analysed policy in this tab to save.');
    const page = await textOf(tabId);
    // The text is stored with the state; a mismatch means the tab moved on between the two reads.
    if (!page || page.textHash !== state.textHash) throw new LibraryError('The policy text for this tab is not available any more; reload the page and try again.');
    const date = state.analysis.policyDate?.iso;
    const entry = await library.save({ name: name ?? hostname(state.url), url: state.url, text: page.text, analysis: state.analysis, ...(date ? { date } : {}) });
    await clearChanged(tabId, state.textHash);
    return { entry: summaryOf(entry) };
  });

/** The text just saved is now the saved copy: it has not changed since itself, so drop the tab's
 *  "changed" mark and the "!" on the badge. */
function clearChanged(tabId: number, textHash: string): Promise<void> {
  return withTabLock(tabId, async () => {
    const state = await tabStates.get(tabId);
    if (state?.kind !== 'ready' || state.textHash !== textHash || !state.changedSince) return;
    const unchanged = { ...state };
    delete unchanged.changedSince;
    await tabStates.set(tabId, unchanged);
    await showGrade(tabId, unchanged.analysis.rating.grade);
  });
}
