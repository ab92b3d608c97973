// What the popup says when a page could not be analysed: a worker that stopped while reading it
// (out of memory or time) is a page too large; anything else says why, in the worker's words.
import type { FailureReason } from '../shared/protocol.ts';
import { t } from '../shared/i18n.ts';

export function failureMessage(reason: FailureReason, detail: string): string {
  return reason === 'stopped' ? t('errorTooLarge') : t('errorCouldNotAnalyse', detail);
}
