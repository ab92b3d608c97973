// A handler per background message type. `page/*` handlers get the sender's tab (the sender
// check guarantees one); `popup/*` handlers get only their payload, which names the tab.
import type { MessageType, RequestOf, ResponseOf } from '../../shared/protocol.ts';

export type PageType = Extract<MessageType, `page/${string}`>;
export type PopupType = Extract<MessageType, `popup/${string}`>;
export type BackgroundType = PageType | PopupType;

export interface SenderTab {
  tabId: number;
}

export type PageHandler<K extends PageType> = (payload: RequestOf<K>, sender: SenderTab) => Promise<ResponseOf<K>>;
export type PopupHandler<K extends PopupType> = (payload: RequestOf<K>) => Promise<ResponseOf<K>>;

/** Total over the protocol: a new page/* or popup/* message fails to compile until handled. */
export type PageHandlers = { [K in PageType]: PageHandler<K> };
export type PopupHandlers = { [K in PopupType]: PopupHandler<K> };
export type Handlers = PageHandlers & PopupHandlers;
