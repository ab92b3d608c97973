// The content script, run once per page at document_idle: unless the person switched PolicyLens
// off for this site (or everywhere), detect whether the page is a privacy policy, send its text
// if so, and keep watching pages that render late; always serve the popup's requests (policy
// links, scroll to a sentence, highlights, "analyse anyway"). Everything it registers hangs off
// one AbortController, so aborting it leaves the page as it found it.
import { forceThisPage } from './forced.ts';
import { highlightByDefault } from './highlights-switch.ts';
import { listenForRequests } from './messages.ts';
import { checkPage } from './page-check.ts';
import { watchForChanges } from './rechecks.ts';
import { followOptions } from './site-switch.ts';

/** Starts everything; aborting the returned controller removes it all again. */
export function start(): AbortController {
  const controller = new AbortController();
  const { signal } = controller;
  let checkNow: (() => void) | undefined;
  const watch = (): void => {
    if (checkNow || signal.aborted) return;
    checkNow = watchForChanges(checkPage(), signal, () => controller.abort());
  };
  listenForRequests(signal, {
    analyseAnyway: () => {
      forceThisPage();
      if (checkNow) checkNow();
      else watch();
    },
  });
  followOptions(signal, (detection) => {
    if (detection === 'on') watch();
  });
  highlightByDefault(signal);
  return controller;
}

start();
