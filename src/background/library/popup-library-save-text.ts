// Saves a policy read outside any tab (the paste page) under the person's name for it. The text
// is analysed here, by the worker's engine, as imported entries are: the library holds one
// engine's reading, whatever page produced the text.
import type { PopupHandler } from '../handlers/types.ts';
import { analyzeWithin } from '../../engine/budget.ts';
import { LibraryError } from '../../shared/library.ts';
import { summaryOf } from '../../shared/library-entry.ts';
import { library } from './library.ts';
import { orError } from './respond.ts';

export const popupLibrarySaveText: PopupHandler<'popup/library-save-text'> = ({ name, text }) =>
  orError(async () => {
    const analysis = analyzeWithin({ text });
    if (analysis.language !== 'en') throw new LibraryError('This text is not in English; PolicyLens reads English policies only for now.');
    const entry = await library.save({ name, url: '', text, analysis, ...(analysis.policyDate?.iso ? { date: analysis.policyDate.iso } : {}) });
    return { entry: summaryOf(entry) };
  });
