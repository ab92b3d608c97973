// What an answer line needs beyond its own data: the policy's sentences, a way to show one in the
// page (only where there is a page), and what a report of a wrong statement names.
import type { ClassifiedSentence } from '../../engine/types.ts';

export interface AnswerContext {
  sentences: readonly ClassifiedSentence[];
  onShow?: ((sentenceIndex: number) => void) | undefined;
  page: { title: string; url: string; policyDate: string | null };
  /** The grading scheme's version (the analysis' view carries it). */
  scheme: number;
}
