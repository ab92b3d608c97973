// How safe it is: the measures named, breach notice, and the caveats that matter as much.
import type { SummaryPoint } from '../types.ts';
import type { PointsFor } from './types.ts';
import { listJoin } from './words.ts';

export const securityPoints: PointsFor = (facts) => {
  const { measures, breachNotification, noGuarantee, liabilityDisclaimer, unsecuredTransmission } = facts.security;
  const points: SummaryPoint[] = [];
  if (measures.length > 0) {
    const encrypts = measures.some((m) => m.kind === 'encryption');
    points.push({
      id: 'security.measures',
      question: 'security',
      text: `Protects data with ${listJoin(measures.map((m) => m.name))}.`,
      ...(encrypts ? { flag: 'good' as const } : {}),
      evidence: measures.flatMap((m) => m.evidence),
    });
  }
  if (breachNotification) points.push({ id: 'security.breach-notice', question: 'security', text: 'Says it will tell you about data breaches.', flag: 'good', evidence: breachNotification.evidence });
  if (unsecuredTransmission) points.push({ id: 'security.unsecured', question: 'security', text: 'Some data you send travels without a secure connection.', flag: 'bad', evidence: unsecuredTransmission.evidence });
  if (liabilityDisclaimer) points.push({ id: 'security.disclaimer', question: 'security', text: "Says it isn't responsible if others break in and take your data.", flag: 'caution', evidence: liabilityDisclaimer.evidence });
  if (noGuarantee) points.push({ id: 'security.no-guarantee', question: 'security', text: 'Admits no system is completely secure.', evidence: noGuarantee.evidence });
  if (points.length === 0) points.push({ id: 'security.not-stated', question: 'security', text: "Doesn't say how it protects your data.", flag: 'caution', evidence: [] });
  return points;
};
