// Where you live: California rights with where to ask, the EU, data sent to the US, and a
// waiver of your home country's law.
import type { RegionKind } from '../facts/types.ts';
import type { SummaryPoint } from '../types.ts';
import type { PointsFor } from './types.ts';
import { howPhrase } from './words.ts';

export const audiencesPoints: PointsFor = (facts) => {
  const byKind = new Map(facts.regions.map((r) => [r.kind, r]));
  const has = (kind: RegionKind): boolean => byKind.has(kind);
  const points: SummaryPoint[] = [];
  const california = facts.regions.filter((r) => r.kind.startsWith('california'));
  if (california.length > 0) {
    const how = howPhrase(california.flatMap((r) => r.how), 2);
    const what = has('california-ccpa') ? 'have extra rights under the CCPA'
      : has('california-shine-the-light') ? 'can ask which companies got their data for direct marketing'
      : 'get their own section';
    points.push({ id: 'audiences.california', question: 'audiences', text: `California residents ${what}${how ? `: ${how}` : ''}.`, evidence: california.flatMap((r) => r.evidence) });
  }
  const eu = byKind.get('eu');
  if (eu) points.push({ id: 'audiences.eu', question: 'audiences', text: 'Has terms for people in the EU or UK.', evidence: eu.evidence });
  const us = byKind.get('transfer-us');
  if (us) points.push({ id: 'audiences.transfer-us', question: 'audiences', text: 'Your data is stored or processed in the United States.', evidence: us.evidence });
  const abroad = byKind.get('transfer-abroad');
  if (abroad) points.push({ id: 'audiences.transfer-abroad', question: 'audiences', text: 'Your data may be sent to other countries.', evidence: abroad.evidence });
  const waiver = byKind.get('waives-home-law');
  if (waiver) points.push({ id: 'audiences.waives-home-law', question: 'audiences', text: "Using the site waives claims under your own country's privacy laws.", flag: 'bad', evidence: waiver.evidence });
  const states = byKind.get('other-us-states');
  if (states) points.push({ id: 'audiences.other-us-states', question: 'audiences', text: 'Has terms for residents of some other US states.', evidence: states.evidence });
  if (points.length === 0) points.push({ id: 'audiences.not-stated', question: 'audiences', text: "Doesn't mention extra rights for California, EU or other residents.", evidence: [] });
  return points;
};
