// The one registry of background message handlers, one file each, named after the message.
import type { Handlers } from './types.ts';
import { pageDetected } from './page-detected.ts';
import { pageFailed } from './page-failed.ts';
import { pageGetAnalysis } from './page-get-analysis.ts';
import { pageGetDetectVocabulary } from './page-get-detect-vocabulary.ts';
import { pageGetGlosses } from './page-get-glosses.ts';
import { pagePolicyText } from './page-policy-text.ts';
import { popupGetState } from './popup-get-state.ts';
import { popupLibraryDelete } from '../library/popup-library-delete.ts';
import { popupLibraryExport } from '../library/popup-library-export.ts';
import { popupLibraryGet } from '../library/popup-library-get.ts';
import { popupLibraryImport } from '../library/popup-library-import.ts';
import { popupLibraryList } from '../library/popup-library-list.ts';
import { popupLibraryRename } from '../library/popup-library-rename.ts';
import { popupLibrarySave } from '../library/popup-library-save.ts';
import { popupLibrarySaveText } from '../library/popup-library-save-text.ts';

export const handlers: Handlers = {
  'page/detected': pageDetected,
  'page/policy-text': pagePolicyText,
  'page/failed': pageFailed,
  'page/get-analysis': pageGetAnalysis,
  'page/get-glosses': pageGetGlosses,
  'page/get-detect-vocabulary': pageGetDetectVocabulary,
  'popup/get-state': popupGetState,
  // The provider library (src/background/library): one file per message there too.
  'popup/library-list': popupLibraryList,
  'popup/library-save': popupLibrarySave,
  'popup/library-save-text': popupLibrarySaveText,
  'popup/library-rename': popupLibraryRename,
  'popup/library-delete': popupLibraryDelete,
  'popup/library-export': popupLibraryExport,
  'popup/library-import': popupLibraryImport,
  'popup/library-get': popupLibraryGet,
};
