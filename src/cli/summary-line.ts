// One analysis as one JSON line for batch output: the grade and every question's answers, the
// summary lines a person reads, and (with --full) the whole analysis.
import type { Analysis } from '../engine/types.ts';

export function compactAnalysis(analysis: Analysis): Record<string, unknown> {
  const claims: Record<string, Record<string, string>> = {};
  for (const [q, answers] of Object.entries(analysis.claims)) {
    claims[q] = Object.fromEntries(Object.entries(answers as Record<string, { value: string }>).map(([item, a]) => [item, a.value]));
  }
  return {
    language: analysis.language,
    grade: analysis.rating.grade,
    score: analysis.rating.score,
    confidence: analysis.rating.confidence,
    policyDate: analysis.policyDate?.text ?? null,
    sentences: analysis.sentences.length,
    claims,
    summary: analysis.summary.map((p) => p.text),
  };
}
