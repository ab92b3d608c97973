// Who they share with: the parties by name, advertisers on their own point (flagged), parties
// that only get anonymised data apart, and the limits put on vendors.
import type { SummaryPoint } from '../types.ts';
import type { PointsFor } from './types.ts';
import { listJoin } from './words.ts';

export const sharePoints: PointsFor = (facts) => {
  const { parties, vendorLimits } = facts.recipients;
  if (parties.length === 0) {
    return [{ id: 'share.not-stated', question: 'share', text: "Doesn't say who it shares your data with.", flag: 'caution', evidence: [] }];
  }
  const points: SummaryPoint[] = [];
  const identified = parties.filter((p) => !p.deidentifiedOnly);
  const named = identified.filter((p) => p.kind !== 'advertisers');
  if (named.length > 0) {
    points.push({ id: 'share.parties', question: 'share', text: `Shares your data with ${listJoin(named.map((p) => p.name))}.`, evidence: named.flatMap((p) => p.evidence) });
  }
  const advertisers = identified.find((p) => p.kind === 'advertisers');
  if (advertisers) {
    points.push({ id: 'share.advertisers', question: 'share', text: 'Shares or may share your data with advertisers.', flag: 'bad', evidence: advertisers.evidence });
  }
  const anonymous = parties.filter((p) => p.deidentifiedOnly);
  if (anonymous.length > 0) {
    points.push({ id: 'share.deidentified', question: 'share', text: `Shares only anonymised data with ${listJoin(anonymous.map((p) => p.name))}.`, evidence: anonymous.flatMap((p) => p.evidence) });
  }
  if (vendorLimits) {
    points.push({ id: 'share.vendor-limits', question: 'share', text: 'Requires its vendors to keep your data confidential and use it only for its work.', flag: 'good', evidence: vendorLimits.evidence });
  }
  return points;
};
