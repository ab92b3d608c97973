// The page detector's text vocabulary for the content script, which carries only the quick
// stage's signals: most pages are settled by their URL, title and headings, and the vocabulary
// would be a third of the script injected into every one of them. Compiled at build time.
import { vocabularyTable } from '../../engine/detect/patterns.ts';
import type { PageHandler } from './types.ts';

export const pageGetDetectVocabulary: PageHandler<'page/get-detect-vocabulary'> = async () => ({ vocabulary: [...vocabularyTable()] });
