// How long they keep it: the actual periods, the open-ended policies, or that it doesn't say.
import type { SummaryPoint } from '../types.ts';
import type { PointsFor } from './types.ts';
import { duration } from './words.ts';

export const retentionPoints: PointsFor = (facts) => {
  const { periods, policies } = facts.retention;
  const points: SummaryPoint[] = [];
  if (periods.length > 0) {
    const phrases = periods.map((p) => `${p.appliesTo ?? 'your data'} for ${duration(p)}`);
    points.push({ id: 'retention.period', question: 'retention', text: `Keeps ${phrases.join('; ')}.`, flag: 'good', evidence: periods.flatMap((p) => p.evidence) });
  }
  const kinds = new Set(policies.map((p) => p.kind));
  const evidenceOf = (kind: string): number[] => policies.filter((p) => p.kind === kind).flatMap((p) => p.evidence);
  if (kinds.has('indefinite')) {
    points.push({ id: 'retention.indefinite', question: 'retention', text: 'May keep your data indefinitely.', flag: 'bad', evidence: evidenceOf('indefinite') });
  }
  if (kinds.has('as-long-as-necessary') || kinds.has('legal-requirement')) {
    const what = periods.length > 0 ? 'other data' : 'your data';
    const why = kinds.has('as-long-as-necessary') && kinds.has('legal-requirement') ? 'as long as it needs it or the law requires'
      : kinds.has('as-long-as-necessary') ? 'as long as it needs it' : 'as long as the law requires';
    points.push({
      id: 'retention.as-needed',
      question: 'retention',
      text: `Keeps ${what} ${why}, with no fixed period.`,
      flag: 'caution',
      evidence: [...evidenceOf('as-long-as-necessary'), ...evidenceOf('legal-requirement')],
    });
  }
  if (points.length === 0) {
    points.push({ id: 'retention.not-stated', question: 'retention', text: "Doesn't say how long it keeps your data.", flag: 'bad', evidence: [] });
  }
  return points;
};
