// The content script, run once per page at document_idle: detect whether the page is a privacy
// policy, send its text if so, keep watching pages that render late, and serve the popup's
// requests (policy links, scroll to a sentence, inline highlights). Everything it registers
// hangs off one AbortController, so aborting it leaves the page as it found it.
import { listenForRequests } from './messages.ts';
import { checkPage } from './page-check.ts';
import { watchForChanges } from './rechecks.ts';

export function start(signal: AbortSignal): void {
  listenForRequests(signal);
  watchForChanges(checkPage(), signal);
}

start(new AbortController().signal);
