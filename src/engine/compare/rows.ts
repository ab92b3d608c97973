// How one policy reads in a comparison row: for a question, its module's lines (the first as
// the cell, all of them as its detail) and a rank summed from the module's value wordings; for
// the grade, the grade and score.
import { QUESTION_MODULES } from '../questions/index.ts';
import type { ItemWordings } from '../questions/module.ts';
import type { Answer, Claims, QuestionId } from '../questions/types.ts';
import type { Analysis, Grade } from '../types.ts';
import type { RowReading } from './types.ts';

const GRADES: readonly Grade[] = ['E', 'D', 'C', 'B', 'A'];

export function questionReading<Q extends QuestionId>(q: Q, analysis: Analysis): RowReading {
  const module = QUESTION_MODULES[q];
  const claim = analysis.claims[q];
  const wordings = module.items as ItemWordings<Claims[Q]>;
  let rank = 0;
  let stated = false;
  for (const [item, table] of Object.entries(wordings) as [keyof Claims[Q], Record<string, { rank: number }> | undefined][]) {
    const answer = claim[item] as Answer | undefined;
    if (!answer || !table) continue;
    rank += table[answer.value]?.rank ?? 0;
    if (answer.value !== 'not-stated') stated = true;
  }
  const lines = module.lines(claim);
  return {
    text: module.compareText?.(claim) ?? lines[0]?.text ?? '',
    detail: lines.map((l) => l.text),
    rank,
    stated,
    evidence: [...new Set(lines.flatMap((l) => l.evidence))],
  };
}

export function gradeReading(analysis: Analysis): RowReading {
  const { grade, score } = analysis.rating;
  if (grade === null) return { text: 'Not graded', detail: [analysis.rating.notGraded ?? ''], rank: -1, stated: false, evidence: [] };
  return { text: `${grade} (${score}/100)`, detail: [analysis.rating.meaning], rank: GRADES.indexOf(grade), stated: true, evidence: [] };
}
