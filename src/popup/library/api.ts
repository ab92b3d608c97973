// The popup's calls to the provider library in the background worker (storage lives there).
// A call that is rejected, or answers `{ error }`, becomes a thrown Error with the worker's
// words, so each view shows one message whatever went wrong.
import { sendToBackground } from '../browser-api.ts';
import type { MessageType, RequestOf, ResponseOf } from '../../shared/protocol.ts';

type Ok<T extends MessageType> = Exclude<ResponseOf<T>, { error: string }>;

async function call<T extends MessageType>(type: T, payload: RequestOf<T>): Promise<Ok<T>> {
  let answer: unknown;
  try {
    answer = await sendToBackground(type, payload);
  } catch (error) {
    throw new Error(error instanceof Error ? error.message : String(error), { cause: error });
  }
  if (answer === undefined || answer === null) throw new Error('The extension did not answer. Close the popup and try again.');
  if (typeof answer === 'object' && 'error' in answer && typeof answer.error === 'string') throw new Error(answer.error);
  return answer as Ok<T>;
}

export const listLibrary = () => call('popup/library-list', {});
export const saveToLibrary = (tabId: number, name: string) => call('popup/library-save', name.trim() ? { tabId, name: name.trim() } : { tabId });
export const saveTextToLibrary = (name: string, text: string) => call('popup/library-save-text', { name: name.trim(), text });
export const renameEntry = (id: string, name: string) => call('popup/library-rename', { id, name });
export const deleteEntry = (id: string) => call('popup/library-delete', { id });
export const exportLibrary = () => call('popup/library-export', {});
export const importLibrary = (json: string) => call('popup/library-import', { json });
export const getEntries = (ids: string[]) => call('popup/library-get', { ids });

/** "8 Jun 2018" from an ISO time or date; the raw text when it is not one. */
export function formatDate(value: string): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return date.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: /^\d{4}-\d{2}-\d{2}$/.test(value) ? 'UTC' : undefined });
}
