// Entries with their text and analysis, for the compare view.
import type { PopupHandler } from '../handlers/types.ts';
import { library } from './library.ts';

export const popupLibraryGet: PopupHandler<'popup/library-get'> = ({ ids }) => library.get(ids);
