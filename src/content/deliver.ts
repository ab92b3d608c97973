// Did a page/* message land? A message that found no receiver (the worker restarting, the
// extension updated under the page) is left for the next look at the page to send again. One
// the background refused or failed on, or whose worker stopped while answering it, is given up
// and reported, so the tab ends in an error state rather than "analysing" or nothing.
// (webextension-polyfill resolves a reply the worker never sent as undefined; every background
// handler answers with an object.)
import { undelivered, type Undelivered } from '../shared/delivery.ts';

export interface Outcome {
  /** The background answered. */
  delivered: () => void;
  /** The message is given up: do not send the same one again. */
  given: () => void;
  report: (failure: Undelivered) => void;
}

export async function deliverOrReport(send: () => Promise<unknown>, outcome: Outcome): Promise<void> {
  let reply: unknown;
  try {
    reply = await send();
  } catch (error) {
    const failure = undelivered(error);
    if (!failure) return;
    outcome.given();
    outcome.report(failure);
    return;
  }
  if (reply !== undefined) {
    outcome.delivered();
    return;
  }
  outcome.given();
  outcome.report({ reason: 'stopped', detail: 'the extension stopped before it answered' });
}
