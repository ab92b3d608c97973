// What changed between two versions of a policy: the sentences, and what that means in facts.
import type { Flag } from '../types.ts';

export interface SummaryChange {
  /** Stable id of the kind of change, e.g. 'sale.now-sells', 'retention.period-changed'. */
  id: string;
  /** One plain sentence, e.g. "Now says it may sell your data." */
  text: string;
  flag: Flag;
}

export interface PolicyDiff {
  /** False when the texts are the same once whitespace and case are ignored. */
  changed: boolean;
  /** Indexes into current.analysis.sentences. */
  addedSentences: number[];
  /** Indexes into previous.analysis.sentences. */
  removedSentences: number[];
  summaryChanges: SummaryChange[];
}

/** Both versions' facts and rating, as a change rule reads them. */
export interface VersionPair<T> {
  before: T;
  after: T;
}
