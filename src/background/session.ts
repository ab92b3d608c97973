// The worker's only state: everything lives in storage.session, because MV3 stops an idle
// service worker (and Firefox its event page) and anything held in memory goes with it.
import browser from 'webextension-polyfill';
import { AnalysisCache, TabStates } from '../shared/storage.ts';

export const tabStates = new TabStates(browser.storage.session);
export const analysisCache = new AnalysisCache(browser.storage.session);
