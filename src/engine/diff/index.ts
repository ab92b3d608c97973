// diffPolicies: what changed between the version of a policy a person saved and the one they
// see now: the sentences added and removed, and what that means in plain words (the change
// question modules, ./moves.ts). Texts equal but for whitespace and case are unchanged, whatever the
// segmenter made of the whitespace.
import type { Analysis } from '../types.ts';
import { claimMoves } from './moves.ts';
import { diffSentences, normaliseText } from './sentences.ts';
import type { PolicyDiff } from './types.ts';

export type { PolicyDiff, SummaryChange } from './types.ts';
export { normaliseText } from './sentences.ts';
export { policyDiffMarkdown, policyDiffText } from './render.ts';

export function diffPolicies(previous: { text: string; analysis: Analysis }, current: { text: string; analysis: Analysis }): PolicyDiff {
  if (normaliseText(previous.text) === normaliseText(current.text)) {
    return { changed: false, addedSentences: [], removedSentences: [], summaryChanges: [] };
  }
  const { added, removed } = diffSentences(previous.analysis.sentences.map((s) => s.text), current.analysis.sentences.map((s) => s.text));
  return { changed: true, addedSentences: added, removedSentences: removed, summaryChanges: claimMoves(previous.analysis, current.analysis) };
}
