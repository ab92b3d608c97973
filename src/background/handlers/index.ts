// The one registry of background message handlers, one file each, named after the message.
import type { Handlers } from './types.ts';
import { pageDetected } from './page-detected.ts';
import { pageGetAnalysis } from './page-get-analysis.ts';
import { pagePolicyText } from './page-policy-text.ts';
import { popupGetState } from './popup-get-state.ts';

export const handlers: Handlers = {
  'page/detected': pageDetected,
  'page/policy-text': pagePolicyText,
  'page/get-analysis': pageGetAnalysis,
  'popup/get-state': popupGetState,
};
