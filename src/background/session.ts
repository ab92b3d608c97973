// The worker's only state: everything lives in storage.session, because MV3 stops an idle
// service worker (and Firefox its event page) and anything held in memory goes with it. One
// store holds the tabs' states and the analyses they point to (src/shared/session-store.ts).
import browser from 'webextension-polyfill';
import { SessionStore } from '../shared/session-store.ts';

export const tabStates = new SessionStore(browser.storage.session);
