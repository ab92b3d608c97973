// The detector's text vocabulary, asked of the worker on the first page whose URL, title and
// headings leave detection undecided: most pages never need it, and carried here it would be a
// third of a script injected into every page. Asked once per page load; a failed ask (the
// worker restarting) is asked again at the next look.
import { compileVocabulary, type CompiledVocabularyRule } from '../../engine/detect/index.ts';
import { sendToBackground } from '../browser-api.ts';

let vocabulary: readonly CompiledVocabularyRule[] | undefined;
let asking: Promise<boolean> | undefined;

/** The vocabulary, if it has arrived. */
export function loadedVocabulary(): readonly CompiledVocabularyRule[] | undefined {
  return vocabulary;
}

/** Hands the vocabulary in directly (the worker's answer; the in-page tests and bench). */
export function useVocabulary(rows: Parameters<typeof compileVocabulary>[0]): void {
  vocabulary = compileVocabulary(rows);
}

/** Asks the worker once; true when the vocabulary is here. */
export function askVocabulary(): Promise<boolean> {
  if (vocabulary) return Promise.resolve(true);
  asking ??= sendToBackground('page/get-detect-vocabulary', {}).then(
    (answer) => {
      // A refused message is answered with { error }, without a vocabulary.
      if (!Array.isArray(answer.vocabulary)) throw new Error('no vocabulary in the answer');
      useVocabulary(answer.vocabulary);
      return true;
    },
  ).catch(() => {
    asking = undefined;
    return false;
  });
  return asking;
}
