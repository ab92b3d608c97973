// rate: the grade from the claims, by the scheme (src/rules/grade/scheme.ts). Each criterion's
// reading becomes a reason citing its sentences; the reasons are ordered by how far they moved
// the score. A policy is graded only when there is enough policy text to grade (a 404 page, a
// loading shell or a cookie banner is not graded).
import { CRITERIA, GRADE_GATE, GRADE_MEANINGS, SCHEME_VERSION, UNKNOWN } from '../../rules/grade/scheme.ts';
import type { Claims } from '../questions/types.ts';
import type { ClassifiedSentence, Flag, Rating, RatingReason } from '../types.ts';
import { CRITERION_READERS } from './criteria.ts';
import { gradeOf } from './grade.ts';

export { gradeOf } from './grade.ts';
export { CRITERIA, GRADE_CUTOFFS, GRADE_MEANINGS, SCHEME_VERSION } from '../../rules/grade/scheme.ts';

const PRACTICE_LABELS = new Set(['First Party Collection/Use', 'Third Party Sharing/Collection', 'User Choice/Control', 'User Access, Edit and Deletion', 'Data Retention', 'Data Security', 'Policy Change', 'Do Not Track', 'International and Specific Audiences']);
/** Sentences cited per reason: enough to check it, few enough to read. */
const MAX_EVIDENCE = 5;

/** Is there enough policy text to grade? Null when there is; the reason when not. */
export function notEnoughPolicyText(sentences: readonly ClassifiedSentence[]): string | null {
  const body = sentences.filter((s) => !s.isHeading);
  const practice = body.filter((s) => s.labels.some((l) => PRACTICE_LABELS.has(l.label)));
  const topics = new Set(practice.flatMap((s) => s.labels.map((l) => l.label).filter((l) => PRACTICE_LABELS.has(l))));
  if (body.length < GRADE_GATE.minSentences || practice.length < GRADE_GATE.minPracticeSentences || topics.size < GRADE_GATE.minTopics) {
    return 'not enough policy text to grade';
  }
  return null;
}

function flagOf(score: number): Flag {
  return score >= 0.75 ? 'good' : score >= 0.4 ? 'caution' : 'bad';
}

export function rate(claims: Claims, sentences: readonly ClassifiedSentence[]): Rating {
  const gate = notEnoughPolicyText(sentences);
  let total = 0;
  let weight = 0;
  let answeredWeight = 0;
  let applicableWeight = 0;
  const reasons: (RatingReason & { impact: number })[] = [];
  for (const criterion of CRITERIA) {
    const reader = CRITERION_READERS[criterion.id];
    if (!reader) throw new Error(`no reader for grading criterion ${criterion.id}`);
    const reading = reader(claims);
    if (reading.score === 'na') continue;
    const full = criterion.weight * (reading.weightShare ?? 1);
    applicableWeight += full;
    const known = typeof reading.score === 'number';
    const w = known ? full : full * UNKNOWN.weightFactor;
    const s = typeof reading.score === 'number' ? reading.score : UNKNOWN.score;
    total += w * s;
    weight += w;
    if (known) answeredWeight += full;
    const evidence = reading.evidence.filter((i) => i >= 0 && i < sentences.length).slice(0, MAX_EVIDENCE);
    reasons.push({
      id: `${criterion.id}`,
      criterion: criterion.id,
      group: criterion.group,
      text: reading.text,
      ...(known ? { flag: flagOf(s) } : {}),
      known,
      points: Math.round(w * (s - 0.5) * 10) / 10,
      evidence,
      impact: Math.abs(w * (s - 0.5)),
    });
  }
  const score = weight > 0 ? Math.round((100 * total) / weight) : 50;
  reasons.sort((a, b) => b.impact - a.impact);
  const grade = gate === null ? gradeOf(score) : null;
  return {
    scheme: SCHEME_VERSION,
    grade,
    score: gate === null ? score : null,
    confidence: applicableWeight > 0 ? Math.round((100 * answeredWeight) / applicableWeight) / 100 : 0,
    meaning: grade ? GRADE_MEANINGS[grade] : '',
    ...(gate !== null ? { notGraded: gate } : {}),
    reasons: reasons.map((r) => {
      const { impact, ...reason } = r;
      void impact;
      return reason;
    }),
  };
}
