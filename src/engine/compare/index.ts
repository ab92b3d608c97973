// compareAnalyses: the same questions asked of up to a few policies side by side. Each row rule
// reads one policy (text, rank, stated); verdicts then follow from the ranks alone, relative to
// the first policy (the one the person is looking at): every other cell says whether it is
// better, worse or the same as the first; the first cell says how it stands against the best
// of the others. A policy silent on a question gets 'not-stated', whatever its rank.
import type { Analysis } from '../types.ts';
import { ROW_RULES } from './rows/index.ts';
import type { Comparison, ComparisonCell, ComparisonRow, RowReading, RowRule, Verdict } from './types.ts';

export type { CompareRowId, Comparison, ComparisonCell, ComparisonRow, RowReading, RowRule, Verdict } from './types.ts';
export { ROW_RULES } from './rows/index.ts';
export { comparisonMarkdown, comparisonText, VERDICT_MARKS } from './render.ts';

function verdictOf(rank: number, against: number): Verdict {
  return rank > against ? 'better' : rank < against ? 'worse' : 'same';
}

function tidy(evidence: readonly number[], count: number): number[] {
  return [...new Set(evidence)].filter((i) => Number.isInteger(i) && i >= 0 && i < count).sort((a, b) => a - b);
}

function compareRow(rule: RowRule, analyses: readonly Analysis[]): ComparisonRow {
  const readings: RowReading[] = analyses.map((a) => rule.read(a));
  const [first, ...others] = readings;
  const bestOther = Math.max(...others.map((r) => r.rank));
  const cells = readings.map((reading, i): ComparisonCell => {
    const against = i === 0 ? bestOther : (first?.rank ?? reading.rank);
    // Alone, the first policy has nothing to be measured against.
    const verdict: Verdict = !reading.stated ? 'not-stated' : others.length === 0 ? 'same' : verdictOf(reading.rank, against);
    return { text: reading.text, verdict, evidence: tidy(reading.evidence, analyses[i]?.sentences.length ?? 0) };
  });
  return { id: rule.id, heading: rule.heading, cells };
}

export function compareAnalyses(entries: readonly { name: string; analysis: Analysis }[]): Comparison {
  const analyses = entries.map((e) => e.analysis);
  return { names: entries.map((e) => e.name), rows: ROW_RULES.map((rule) => compareRow(rule, analyses)) };
}
