// The summary arrives flat; the popup shows it under the questions' headings, in QUESTIONS
// order, skipping questions the policy says nothing about.
import { QUESTIONS } from '../engine/report/questions.ts';
import type { QuestionId, SummaryPoint } from '../engine/types.ts';

export interface SummaryGroup {
  id: QuestionId;
  heading: string;
  points: SummaryPoint[];
}

export function groupSummary(points: readonly SummaryPoint[]): SummaryGroup[] {
  return QUESTIONS.map(({ id, heading }) => ({ id, heading, points: points.filter((p) => p.question === id) })).filter(
    (group) => group.points.length > 0,
  );
}
