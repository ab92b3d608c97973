// summarize: the question modules' lines, in the order a person reads them. Every line cites
// the sentences it was drawn from, the deciding one first; only "the policy doesn't say …"
// lines cite none.
import { QUESTION_MODULES, QUESTION_ORDER } from '../questions/index.ts';
import type { Claims, QuestionId } from '../questions/types.ts';
import type { SummaryPoint } from '../types.ts';

export { summaryText, countWords } from './render.ts';

/** Unique and within the policy, in the order given (deciding sentence first). */
function tidyEvidence(evidence: readonly number[], count: number): number[] {
  return [...new Set(evidence)].filter((i) => Number.isInteger(i) && i >= 0 && i < count);
}

function linesOf<Q extends QuestionId>(q: Q, claims: Claims): SummaryPoint[] {
  return QUESTION_MODULES[q].lines(claims[q]);
}

export function summarize(claims: Claims, sentenceCount: number): SummaryPoint[] {
  return QUESTION_ORDER.flatMap((q) => linesOf(q, claims).map((point) => ({ ...point, evidence: tidyEvidence(point.evidence, sentenceCount) })));
}
