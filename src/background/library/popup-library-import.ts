// Adds the entries of an exported library file; what cannot be imported is listed with a reason.
import type { PopupHandler } from '../handlers/types.ts';
import { LibraryError } from '../../shared/library.ts';
import { library } from './library.ts';
import { orError } from './respond.ts';

export const popupLibraryImport: PopupHandler<'popup/library-import'> = ({ json }) =>
  orError(async () => {
    let parsed: unknown;
    try {
      parsed = JSON.parse(json);
    } catch (error) {
      throw new LibraryError(`This file is not JSON: ${error instanceof Error ? error.message : String(error)}`);
    }
    return library.importLibrary(parsed);
  });
