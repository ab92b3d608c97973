// The saved entries as one JSON file for the person to keep or move to another browser.
import type { PopupHandler } from '../handlers/types.ts';
import { library } from './library.ts';

export const popupLibraryExport: PopupHandler<'popup/library-export'> = async () => ({ json: JSON.stringify(await library.exportLibrary()) });
