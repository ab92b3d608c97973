// What a page that could not be graded held, in numbers a person can weigh: its sentences, and
// how many of them say something about what happens to data. The engine grades only with enough
// of the latter (src/rules/grade/scheme.ts GRADE_GATE); the popup says what it found instead.
import type { Analysis } from '../engine/types.ts';

const NOT_PRACTICE = new Set(['Introductory/Generic', 'Practice not covered', 'Privacy contact information']);

export function foundText(analysis: Analysis): { sentences: number; practice: number } {
  const body = analysis.sentences.filter((s) => !s.isHeading);
  return { sentences: body.length, practice: body.filter((s) => s.labels.some((l) => !NOT_PRACTICE.has(l.label))).length };
}
