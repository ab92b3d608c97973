// The library as the popup lists it: built-ins first, then saved entries, with read warnings.
import type { PopupHandler } from '../handlers/types.ts';
import { library } from './library.ts';

export const popupLibraryList: PopupHandler<'popup/library-list'> = () => library.list();
