// The content script, run once per page at document_idle: detect whether the page is a privacy
// policy, send its text if so, keep watching pages that render late, and serve the popup's
// requests (policy links, scroll to a sentence, inline highlights). Everything it registers
// hangs off one AbortController, so aborting it leaves the page as it found it.
import { listenForRequests } from './messages.ts';
import { checkPage } from './page-check.ts';
import { watchForChanges } from './rechecks.ts';

/** Starts everything; aborting the returned controller removes it all again. */
export function start(): AbortController {
  const controller = new AbortController();
  listenForRequests(controller.signal);
  watchForChanges(checkPage(), controller.signal, () => controller.abort());
  return controller;
}

start();
