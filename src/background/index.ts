// The background worker's entry: it only wires listeners. MV3 requires them registered
// synchronously at the top level, so that an event which wakes a stopped worker is delivered.
import browser from 'webextension-polyfill';
import { rereadOnUpdate } from './library/reread-on-update.ts';
import { route } from './router.ts';
import { upgradeSessionOnUpdate } from './session-upgrade.ts';
import { onTabRemoved } from './tab-removed.ts';
import { onTabUpdated } from './tab-updated.ts';
import { onInstalled } from './welcome.ts';

const logFailure = (what: string) => (error: unknown) => console.error(`PolicyLens: ${what} failed`, error);

browser.runtime.onMessage.addListener(route);
browser.tabs.onRemoved.addListener((tabId) => void onTabRemoved(tabId).catch(logFailure('tab cleanup')));
browser.tabs.onUpdated.addListener((tabId, change, tab) => void onTabUpdated(tabId, change, tab).catch(logFailure('tab reset')));
browser.runtime.onInstalled.addListener((details) => void onInstalled(details).catch(logFailure('first-run page')));
browser.runtime.onInstalled.addListener((details) => void rereadOnUpdate(details).catch(logFailure('reading the library again')));
browser.runtime.onInstalled.addListener((details) => void upgradeSessionOnUpdate(details).catch(logFailure('moving the open tabs\' analyses to this version')));
// The bench (npm run bench) reads when the worker's modules had all been evaluated.
performance.mark('policylens:worker-ready');
