// runtime.onMessage → validate → check the sender → the type's handler. Everything arriving here
// is untrusted until parsed. What is refused, and a handler that throws, rejects the sender's
// promise with an Error it can recognise (shared/delivery.ts): never a normal reply, which a
// sender could take for delivery.
import type { Runtime } from 'webextension-polyfill';
import { handlerFailure, refusal } from '../shared/delivery.ts';
import type { Message, RequestOf, ResponseOf } from '../shared/protocol.ts';
import { parseMessage } from '../shared/validate.ts';
import { handlers } from './handlers/index.ts';
import type { PageHandler, PageHandlers, PageType, PopupHandler, PopupHandlers, PopupType } from './handlers/types.ts';
import { checkSender } from './sender-check.ts';

const isPage = (message: Message): message is Message<PageType> => message.type.startsWith('page/');
const isPopup = (message: Message): message is Message<PopupType> => message.type.startsWith('popup/');

const pageHandlers: PageHandlers = handlers;
const popupHandlers: PopupHandlers = handlers;

// TypeScript cannot correlate a message union's payload with its type (parseMessage did), so
// the type and payload are passed as one generic pair.
function runPage<K extends PageType>(type: K, payload: RequestOf<K>, tabId: number): Promise<ResponseOf<K>> {
  const handler: PageHandler<K> = pageHandlers[type];
  return handler(payload, { tabId });
}

function runPopup<K extends PopupType>(type: K, payload: RequestOf<K>): Promise<ResponseOf<K>> {
  const handler: PopupHandler<K> = popupHandlers[type];
  return handler(payload);
}

class Refused extends Error {}

function refuse(error: string): never {
  console.debug('PolicyLens: message refused:', error);
  throw new Refused(error);
}

async function dispatch(raw: unknown, sender: Runtime.MessageSender): Promise<unknown> {
  const parsed = parseMessage(raw);
  if (!parsed.ok) refuse(parsed.error);
  const { message } = parsed;
  const trusted = checkSender(message.type, sender);
  if (!trusted.ok) refuse(trusted.error);
  if (isPage(message) && trusted.tabId !== undefined) return runPage(message.type, message.payload, trusted.tabId);
  if (isPopup(message)) return runPopup(message.type, message.payload);
  return refuse(`${message.type}: not a message for the background`);
}

/** The onMessage listener: resolves with the handler's response, or rejects with a refusal or
 *  a handler failure the sender can tell from a message that did not arrive. */
export function route(raw: unknown, sender: Runtime.MessageSender): Promise<unknown> {
  return dispatch(raw, sender).catch((error: unknown) => {
    if (error instanceof Refused) throw refusal(error.message);
    console.error('PolicyLens: handler failed', error);
    throw handlerFailure(error instanceof Error ? error.message : String(error));
  });
}
