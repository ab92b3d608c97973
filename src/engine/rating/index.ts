// rate: every rating rule whose condition holds becomes a reason citing its sentences; the
// score is 50 plus the reasons' points, clamped to 0–100; the grade follows the cut-offs in
// grade.ts, lowered by any rule that caps it.
import type { Facts } from '../facts/types.ts';
import type { ClassifiedSentence, Grade, Rating, RatingReason } from '../types.ts';
import { gradeOf, scoreOf } from './grade.ts';
import { RATING_RULES } from './rules.ts';

export { RATING_RULES } from './rules.ts';
export { BASE_SCORE, GRADE_CUTOFFS } from './grade.ts';

/** Sentences cited per reason: enough to check it, few enough to read. */
const MAX_EVIDENCE = 5;

export function rate(facts: Facts, sentences: readonly ClassifiedSentence[]): Rating {
  const reasons: RatingReason[] = [];
  const caps: Grade[] = [];
  for (const rule of RATING_RULES) {
    const evidence = rule.when(facts, sentences);
    if (evidence === null) continue;
    const detail = rule.detail?.(facts) ?? '';
    const text = detail ? `${rule.text.replace(/\.$/, '')} (${detail}).` : /\.$/.test(rule.text) ? rule.text : `${rule.text}.`;
    const cited = [...new Set(evidence)].filter((i) => i >= 0 && i < sentences.length).sort((a, b) => a - b).slice(0, MAX_EVIDENCE);
    reasons.push({ id: rule.id, text, flag: rule.flag, points: rule.points, evidence: cited });
    if (rule.caps) caps.push(rule.caps);
  }
  const score = scoreOf(reasons.map((r) => r.points));
  return { grade: gradeOf(score, caps), score, reasons };
}
