// What comparing policies produces: one row per question, one cell per policy in the order
// given, the first being the current policy. Plain JSON, like Analysis: the popup renders it and
// `compare --format json` prints it.
import type { QuestionId } from '../questions/types.ts';

export type CompareRowId = QuestionId | 'grade';

/** Each other policy against the current one (the first); the current one is the reference. */
export type Verdict = 'current' | 'better' | 'worse' | 'same' | 'not-stated';

export interface ComparisonCell {
  /** The summary line: one short sentence. */
  text: string;
  /** Every line of the question, for a cell opened in full. */
  detail: string[];
  verdict: Verdict;
  /** Sentence indexes into this cell's own policy (its Analysis.sentences), deciding first. */
  evidence: number[];
}

export interface ComparisonRow {
  id: CompareRowId;
  heading: string;
  cells: ComparisonCell[];
}

export interface Comparison {
  names: string[];
  rows: ComparisonRow[];
}

/** What a row reads from one policy before verdicts are given. */
export interface RowReading {
  text: string;
  detail: string[];
  /** Higher is better; only compared within one row. */
  rank: number;
  /** False when the policy says nothing on the question: the cell's verdict is then 'not-stated'. */
  stated: boolean;
  evidence: number[];
}
