// The worker's one Library, over storage.local (saved entries) and storage.session (built-in analyses).
import browser from 'webextension-polyfill';
import { analyzeWithin } from '../../engine/budget.ts';
import { Library } from '../../shared/library.ts';
import { textHash } from '../text-hash.ts';
import { BUILT_INS, REFERENCES } from './built-ins.ts';

export const library = new Library({
  local: browser.storage.local,
  session: browser.storage.session,
  builtIns: BUILT_INS,
  references: REFERENCES,
  analyze: analyzeWithin,
  hash: textHash,
});
