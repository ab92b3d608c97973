// Deletes a saved entry (built-ins cannot be deleted).
import type { PopupHandler } from '../handlers/types.ts';
import { library } from './library.ts';
import { orError } from './respond.ts';

export const popupLibraryDelete: PopupHandler<'popup/library-delete'> = ({ id }) =>
  orError(async () => {
    await library.delete(id);
    return { ok: true as const };
  });
