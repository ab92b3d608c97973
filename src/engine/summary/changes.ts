// Whether they can change the policy, and how you would hear of it.
import type { ChangeKind } from '../facts/types.ts';
import type { SummaryPoint } from '../types.ts';
import type { PointsFor } from './types.ts';

export const changesPoints: PointsFor = (facts) => {
  const byKind = new Map(facts.changes.statements.map((s) => [s.kind, s.evidence]));
  const has = (kind: ChangeKind): boolean => byKind.has(kind);
  const evidence = (...kinds: ChangeKind[]): number[] => kinds.flatMap((k) => byKind.get(k) ?? []);
  const points: SummaryPoint[] = [];
  if (has('notice-direct')) points.push({ id: 'changes.notice-direct', question: 'changes', text: 'Tells you directly (for example by email) about changes.', flag: 'good', evidence: evidence('notice-direct', 'material-notice') });
  if (has('material-consent')) points.push({ id: 'changes.material-consent', question: 'changes', text: 'Asks your consent before big changes apply.', flag: 'good', evidence: evidence('material-consent') });
  if (has('without-notice')) {
    points.push({ id: 'changes.without-notice', question: 'changes', text: 'Can change this policy at any time without notice.', flag: 'bad', evidence: evidence('without-notice', 'any-time', 'posting-only') });
  } else if (!has('notice-direct') && (has('notice-on-site') || has('material-notice'))) {
    points.push({ id: 'changes.notice-on-site', question: 'changes', text: 'Can change this policy at any time; says it will note big changes on its site.', flag: 'caution', evidence: evidence('any-time', 'notice-on-site', 'material-notice', 'posting-only') });
  } else if (!has('notice-direct') && has('posting-only')) {
    points.push({ id: 'changes.posting-only', question: 'changes', text: "Can change this policy at any time; changes apply once posted, so you'd have to check.", flag: 'caution', evidence: evidence('any-time', 'posting-only') });
  } else if (!has('notice-direct') && has('any-time')) {
    points.push({ id: 'changes.any-time', question: 'changes', text: "Can change this policy at any time and doesn't say it will tell you.", flag: 'bad', evidence: evidence('any-time') });
  }
  if (has('continued-use')) points.push({ id: 'changes.continued-use', question: 'changes', text: 'Using the service after a change counts as accepting it.', flag: 'caution', evidence: evidence('continued-use') });
  if (points.length === 0) points.push({ id: 'changes.not-stated', question: 'changes', text: "Doesn't say how it announces changes to this policy.", flag: 'caution', evidence: [] });
  return points;
};
