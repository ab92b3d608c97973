// The popup opens on a tab and asks what PolicyLens knows about it.
import type { PopupHandler } from './types.ts';
import { tabStates } from '../session.ts';

export const popupGetState: PopupHandler<'popup/get-state'> = async ({ tabId }) => (await tabStates.get(tabId)) ?? { kind: 'unknown' };
