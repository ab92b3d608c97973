// runtime.onMessage → validate → check the sender → the type's handler. Everything arriving here
// is untrusted until parsed; whatever is refused gets `{ error }` back, never an exception.
import type { Runtime } from 'webextension-polyfill';
import type { Message, RequestOf, ResponseOf } from '../shared/protocol.ts';
import { parseMessage } from '../shared/validate.ts';
import { handlers } from './handlers/index.ts';
import type { PageHandler, PageHandlers, PageType, PopupHandler, PopupHandlers, PopupType } from './handlers/types.ts';
import { checkSender } from './sender-check.ts';

export interface ErrorResponse {
  error: string;
}

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

function refuse(error: string): ErrorResponse {
  console.debug('PolicyLens: message refused:', error);
  return { error };
}

async function dispatch(raw: unknown, sender: Runtime.MessageSender): Promise<unknown> {
  const parsed = parseMessage(raw);
  if (!parsed.ok) return refuse(parsed.error);
  const { message } = parsed;
  const trusted = checkSender(message.type, sender);
  if (!trusted.ok) return refuse(trusted.error);
  if (isPage(message) && trusted.tabId !== undefined) return runPage(message.type, message.payload, trusted.tabId);
  if (isPopup(message)) return runPopup(message.type, message.payload);
  return refuse(`${message.type}: not a message for the background`);
}

/** The onMessage listener: always answers, with the handler's response or `{ error }`. */
export function route(raw: unknown, sender: Runtime.MessageSender): Promise<unknown> {
  return dispatch(raw, sender).catch((error: unknown): ErrorResponse => {
    console.error('PolicyLens: handler failed', error);
    return { error: error instanceof Error ? error.message : String(error) };
  });
}
