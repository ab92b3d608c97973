// Is our content script still running in the tab's page? Asked with a harmless read-only
// message: no receiver means the document it reported from is gone (or the tab now shows a page
// the script cannot run in, such as chrome:// or the Web Store).
import { sendToTab } from '../shared/messaging.ts';

const PING_TIMEOUT_MS = 2_000;

export async function contentScriptAnswers(tabId: number): Promise<boolean> {
  const timeout = new Promise<boolean>((resolve) => setTimeout(() => resolve(true), PING_TIMEOUT_MS));
  const answer = sendToTab(tabId, 'content/get-policy-links', {}).then(
    () => true,
    () => false,
  );
  // A script too busy to answer in time is still there: keep its state rather than wipe it.
  return Promise.race([answer, timeout]);
}
