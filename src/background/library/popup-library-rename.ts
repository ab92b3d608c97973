// Renames a saved entry (built-ins keep their names).
import type { PopupHandler } from '../handlers/types.ts';
import { summaryOf } from '../../shared/library-entry.ts';
import { library } from './library.ts';
import { orError } from './respond.ts';

export const popupLibraryRename: PopupHandler<'popup/library-rename'> = ({ id, name }) =>
  orError(async () => ({ entry: summaryOf(await library.rename(id, name)) }));
