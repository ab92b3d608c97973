// What comparing policies produces: one row per question, one cell per policy in the order given.
// Plain JSON, like Analysis: the popup renders it and `compare --format json` prints it.
import type { Analysis } from '../types.ts';

export type CompareRowId = 'collect' | 'share' | 'sell' | 'retention' | 'rights' | 'choices' | 'security' | 'changes' | 'children' | 'rating';

/** Relative to the first policy (the current one); the first cell is relative to the best of the others. */
export type Verdict = 'better' | 'worse' | 'same' | 'not-stated';

export interface ComparisonCell {
  text: string;
  verdict: Verdict;
  /** Sentence indexes into this cell's own policy (its Analysis.sentences). */
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

/** What a row rule reads from one policy before verdicts are given. */
export interface RowReading {
  text: string;
  /** Higher is better; only compared within one row. */
  rank: number;
  /** False when the policy says nothing on the question: the cell's verdict is then 'not-stated'. */
  stated: boolean;
  evidence: number[];
}

/** One row: a stable id, the heading a person sees, and how to read one policy for it. */
export interface RowRule {
  id: CompareRowId;
  heading: string;
  read: (analysis: Analysis) => RowReading;
}
