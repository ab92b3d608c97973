// Whether a message landed. The background answers a message it refuses (validation, sender
// check) or fails to handle by rejecting the sender's promise with an Error whose message holds
// a fixed prefix, never with a normal reply, so a sender cannot take a refusal for delivery.
// A sender tells those apart from a message that found no one (the worker restarting, the
// extension updated under the page: worth sending again later) and from a worker that stopped
// while answering (out of memory or time: sending again would only stop it again).
import type { FailureReason } from './protocol.ts';

export const REFUSED_PREFIX = 'PolicyLens refused the message: ';
export const FAILED_PREFIX = 'PolicyLens could not handle the message: ';

export function refusal(reason: string): Error {
  return new Error(`${REFUSED_PREFIX}${reason}`);
}

export function handlerFailure(reason: string): Error {
  return new Error(`${FAILED_PREFIX}${reason}`);
}

/** Chrome's words when the receiving end went away before it answered. (webextension-polyfill
 *  turns "The message port closed before a response was received." into an undefined reply.) */
const CHANNEL_CLOSED = /message (?:channel|port) (?:closed|was closed)|before a response was received/i;

export interface Undelivered {
  reason: FailureReason;
  detail: string;
}

/** What a rejected send means: a failure to report, or null when the message found no receiver
 *  (nothing is wrong with the page; the next look at it sends again). */
export function undelivered(error: unknown): Undelivered | null {
  const message = error instanceof Error ? error.message : String(error);
  // Chrome's own promise replies (its native `browser`, which webextension-polyfill then passes
  // through) reject with the listener's error as "Uncaught Error: <message>": find the prefix.
  const refused = message.indexOf(REFUSED_PREFIX);
  if (refused >= 0) return { reason: 'refused', detail: message.slice(refused + REFUSED_PREFIX.length) };
  const failed = message.indexOf(FAILED_PREFIX);
  if (failed >= 0) return { reason: 'failed', detail: message.slice(failed + FAILED_PREFIX.length) };
  if (CHANNEL_CLOSED.test(message)) return { reason: 'stopped', detail: message };
  return null;
}
