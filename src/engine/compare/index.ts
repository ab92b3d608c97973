// compareAnalyses: the same questions asked of up to a few policies side by side. Each row reads
// every policy (text, rank, stated); each other policy is then judged against the current one
// (the first) alone: better, worse or the same, or not stated when it says nothing. The first
// cell is the reference.
import { QUESTION_MODULES, QUESTION_ORDER } from '../questions/index.ts';
import type { Analysis } from '../types.ts';
import { gradeReading, questionReading } from './rows.ts';
import type { Comparison, ComparisonCell, ComparisonRow, CompareRowId, RowReading, Verdict } from './types.ts';

export type { CompareRowId, Comparison, ComparisonCell, ComparisonRow, RowReading, Verdict } from './types.ts';
export { comparisonMarkdown, comparisonText, VERDICT_MARKS } from './render.ts';

/** The rows, in reading order, the grade last. */
export const COMPARE_ROWS: readonly CompareRowId[] = [...QUESTION_ORDER, 'grade'];

function rowHeading(id: CompareRowId): string {
  return id === 'grade' ? 'Grade' : QUESTION_MODULES[id].heading;
}

function verdictOf(reading: RowReading, current: RowReading): Verdict {
  if (!reading.stated) return 'not-stated';
  return reading.rank > current.rank ? 'better' : reading.rank < current.rank ? 'worse' : 'same';
}

function tidy(evidence: readonly number[], count: number): number[] {
  return [...new Set(evidence)].filter((i) => Number.isInteger(i) && i >= 0 && i < count);
}

function compareRow(id: CompareRowId, analyses: readonly Analysis[]): ComparisonRow {
  const readings = analyses.map((a) => (id === 'grade' ? gradeReading(a) : questionReading(id, a)));
  const [current] = readings;
  const cells = readings.map((reading, i): ComparisonCell => ({
    text: reading.text,
    detail: reading.detail,
    verdict: i === 0 || !current ? 'current' : verdictOf(reading, current),
    evidence: tidy(reading.evidence, analyses[i]?.sentences.length ?? 0),
  }));
  return { id, heading: rowHeading(id), cells };
}

export function compareAnalyses(entries: readonly { name: string; analysis: Analysis }[]): Comparison {
  const analyses = entries.map((e) => e.analysis);
  return { names: entries.map((e) => e.name), rows: COMPARE_ROWS.map((id) => compareRow(id, analyses)) };
}
