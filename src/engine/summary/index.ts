// summarize: plain-language points by question, in the order a person reads them (QUESTIONS).
// Every point cites the sentences it was drawn from; only "doesn't say …" points cite none.
import { QUESTIONS } from '../report/questions.ts';
import type { Facts } from '../facts/types.ts';
import type { ClassifiedSentence, QuestionId, SummaryPoint } from '../types.ts';
import { audiencesPoints } from './audiences.ts';
import { changesPoints } from './changes.ts';
import { childrenPoints } from './children.ts';
import { choicesPoints } from './choices.ts';
import { collectPoints } from './collect.ts';
import { contactPoints } from './contact.ts';
import { retentionPoints } from './retention.ts';
import { securityPoints } from './security.ts';
import { sellPoints } from './sell.ts';
import { sharePoints } from './share.ts';
import type { PointsFor } from './types.ts';

export { summaryText, countWords } from './render.ts';

/** One file per question; the registry is keyed by question so none can be left out. */
export const POINTS_BY_QUESTION: Readonly<Record<QuestionId, PointsFor>> = {
  collect: collectPoints,
  share: sharePoints,
  sell: sellPoints,
  retention: retentionPoints,
  choices: choicesPoints,
  security: securityPoints,
  changes: changesPoints,
  children: childrenPoints,
  audiences: audiencesPoints,
  contact: contactPoints,
};

/** Sorted, unique, and within the policy: points are built from several facts. */
function tidyEvidence(evidence: readonly number[], count: number): number[] {
  return [...new Set(evidence)].filter((i) => Number.isInteger(i) && i >= 0 && i < count).sort((a, b) => a - b);
}

export function summarize(facts: Facts, sentences: readonly ClassifiedSentence[]): SummaryPoint[] {
  return QUESTIONS.flatMap(({ id }) =>
    POINTS_BY_QUESTION[id](facts, sentences).map((point) => ({ ...point, evidence: tidyEvidence(point.evidence, sentences.length) })),
  );
}
