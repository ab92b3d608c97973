// Children: one point saying, in the policy's own ages, how children are kept out or protected.
import type { ChildrenStatementKind } from '../facts/types.ts';
import type { PointsFor } from './types.ts';
import { capitalise, howPhrase, listJoin } from './words.ts';

export const childrenPoints: PointsFor = (facts) => {
  const { statements, how } = facts.children;
  if (statements.length === 0) {
    return [{ id: 'children.not-stated', question: 'children', text: "Doesn't say anything about children's data.", flag: 'caution', evidence: [] }];
  }
  const ages = (kind: ChildrenStatementKind): number[] => [...new Set(statements.filter((s) => s.kind === kind && s.age !== null).map((s) => s.age ?? 0))];
  const has = (kind: ChildrenStatementKind): boolean => statements.some((s) => s.kind === kind);
  const clauses: string[] = [];
  const adults = ages('adults-only');
  if (has('adults-only')) clauses.push(adults.length > 0 ? `users must be ${Math.max(...adults)} or older` : 'users must be adults');
  if (has('not-directed')) clauses.push("it isn't meant for children");
  const noCollect = ages('no-knowing-collection');
  if (has('no-knowing-collection')) clauses.push(`it doesn't knowingly collect data from children${noCollect.length > 0 ? ` under ${listJoin(noCollect.map(String), 'or')}` : ''}`);
  if (has('deletes')) clauses.push("it deletes a child's data when it finds it");
  if (has('parental-consent')) clauses.push("minors need a parent's consent");
  if (has('report-contact') && how.length > 0) clauses.push(`to report a child's data, ${howPhrase(how, 1)}`);
  const protective = has('adults-only') || has('not-directed') || has('no-knowing-collection') || has('deletes');
  return [{
    id: 'children.protection',
    question: 'children',
    text: `${capitalise(clauses.join('; ') || 'mentions children without saying how they are protected')}.`,
    ...(protective ? { flag: 'good' as const } : {}),
    evidence: statements.flatMap((s) => s.evidence),
  }];
};
