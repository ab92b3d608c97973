// Children: each distinct protection the policy states counts (not aimed at children, no knowing
// collection, parental consent, deleting what it learns of, a way to report).
import type { ChildrenStatementKind } from '../../facts/types.ts';
import type { RowRule } from '../types.ts';

const PHRASES: Readonly<Record<ChildrenStatementKind, string>> = {
  'min-age': 'sets a minimum age',
  'adults-only': 'for adults only',
  'not-directed': 'not aimed at children',
  'no-knowing-collection': "doesn't knowingly collect children's data",
  deletes: "deletes children's data it finds",
  'parental-consent': 'asks parental consent',
  'report-contact': 'gives a way to report a child',
};

export const childrenRow: RowRule = {
  id: 'children',
  heading: 'Children',
  read: ({ facts }) => {
    const { statements } = facts.children;
    if (statements.length === 0) return { text: "Doesn't say anything about children.", rank: 0, stated: false, evidence: [] };
    const kinds = [...new Set(statements.map((s) => s.kind))];
    const ages = [...new Set(statements.flatMap((s) => (s.age === null ? [] : [s.age])))].sort((a, b) => a - b);
    const text = kinds.map((k) => PHRASES[k]).join('; ');
    return {
      text: `${text.charAt(0).toUpperCase()}${text.slice(1)}${ages.length > 0 ? ` (age ${ages.join('/')})` : ''}.`,
      rank: kinds.length,
      stated: true,
      evidence: statements.flatMap((s) => s.evidence),
    };
  },
};
