// The content script asks for its tab's analysis (to highlight sentences after a reload of the
// script, or once the analysis it triggered is ready).
import type { PageHandler } from './types.ts';
import { tabStates } from '../session.ts';

export const pageGetAnalysis: PageHandler<'page/get-analysis'> = async (_payload, { tabId }) => {
  const state = await tabStates.get(tabId);
  return { analysis: state?.kind === 'ready' ? state.analysis : null };
};
