// A LibraryError is an answer for the person ("Not enough storage to save …"), not a failure of
// the worker: it goes back as `{ error }`. Anything else propagates to the router, which logs it.
import { LibraryError } from '../../shared/library.ts';

export async function orError<T>(task: () => Promise<T>): Promise<T | { error: string }> {
  try {
    return await task();
  } catch (error) {
    if (error instanceof LibraryError) return { error: error.message };
    throw error;
  }
}
